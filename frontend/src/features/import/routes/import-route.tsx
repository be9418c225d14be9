import { Card, Flex, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/desktop/page-header';
import { BatchHistory } from '../components/batch-history';
import { ImportWizard } from '../components/import-wizard';
import { PhotoImport } from '../components/photo-import';

export function ImportRoute() {
  const { t } = useTranslation('import');
  return (
    <Flex vertical gap={16}>
      <PageHeader title={t('title')} description={t('description')} />
      <Tabs
        items={[
          {
            key: 'roster',
            label: t('tabs.roster'),
            children: (
              <Flex vertical gap={16}>
                <ImportWizard />
                <BatchHistory />
              </Flex>
            ),
          },
          {
            key: 'photos',
            label: t('tabs.photos'),
            children: (
              <Card>
                <PhotoImport />
              </Card>
            ),
          },
        ]}
      />
    </Flex>
  );
}
