import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/desktop/page-header';
import { BatchHistory } from '../components/batch-history';
import { ImportWizard } from '../components/import-wizard';

export function ImportRoute() {
  const { t } = useTranslation('import');
  return (
    <Flex vertical gap={16}>
      <PageHeader title={t('title')} description={t('description')} />
      <ImportWizard />
      <BatchHistory />
    </Flex>
  );
}
