import { ArrowLeftOutlined, ClockCircleOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import { useFragment } from '@/gql';
import { CampaignQuery } from '../api/campaign-query';
import { CampaignFields, CampaignFields_CampaignFragment } from '../components/campaign-fields';
import { CampaignScopeCounts } from '../components/campaign-scope-counts';
import { EditCampaignModal } from '../components/edit-campaign-modal';
import { ExtendStudentModal } from '../components/extend-student-modal';
import { ExtensionsTable } from '../components/extensions-table';

interface CampaignRouteProps {
  canEdit: boolean;
  /** Analysts see aggregates only: no list of students with extensions. */
  withExtensions: boolean;
}

export function CampaignRoute({ canEdit, withExtensions }: CampaignRouteProps) {
  const { t } = useTranslation('campaigns');
  const { id = '' } = useParams();
  const [dialog, setDialog] = useState<'edit' | 'extend' | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CampaignQuery,
    variables: { id, withExtensions },
    requestPolicy: 'cache-and-network',
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const campaign = data?.campaign ?? null;
  const fields = useFragment(CampaignFields_CampaignFragment, campaign);

  return (
    <Flex vertical gap={16}>
      <Link to="/staff/campaigns">
        <ArrowLeftOutlined /> {t('detail.back')}
      </Link>
      {error && <QueryErrorAlert error={error} onRetry={refresh} />}
      {!campaign && fetching && <Skeleton active />}
      {!campaign && !fetching && !error && <Typography.Text type="secondary">{t('detail.notFound')}</Typography.Text>}
      {campaign && fields && (
        <>
          <Flex justify="space-between" align="center" wrap gap={12}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {fields.name}
            </Typography.Title>
            {canEdit && (
              <Space>
                <Button icon={<ClockCircleOutlined />} onClick={() => setDialog('extend')}>
                  {t('extend.button')}
                </Button>
                <Button type="primary" icon={<EditOutlined />} onClick={() => setDialog('edit')}>
                  {t('edit.button')}
                </Button>
              </Space>
            )}
          </Flex>
          <CampaignScopeCounts campaign={campaign} />
          <Card title={t('detail.settings')}>
            <CampaignFields campaign={campaign} />
          </Card>
          {campaign.extensions && (
            <Card title={t('extensions.title')}>
              <ExtensionsTable extensions={campaign.extensions} />
            </Card>
          )}
          {dialog === 'edit' && <EditCampaignModal campaign={fields} onClose={() => setDialog(null)} onStale={refresh} />}
          {dialog === 'extend' && (
            <ExtendStudentModal
              campaignId={fields.id}
              admissionYear={fields.admissionYear}
              campaignClosesAt={fields.closesAt}
              onClose={() => {
                setDialog(null);
                refresh();
              }}
            />
          )}
        </>
      )}
    </Flex>
  );
}
