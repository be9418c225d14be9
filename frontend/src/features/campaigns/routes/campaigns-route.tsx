import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/desktop/page-header';
import { PagedSection } from '@/components/desktop/paged-section';
import { useKeysetConnection } from '@/lib/paging/use-keyset-connection';
import { CampaignsQuery } from '../api/campaigns-query';
import { CampaignTable } from '../components/campaign-table';
import { CreateCampaignModal } from '../components/create-campaign-modal';

const CAMPAIGN_TYPENAMES = ['Campaign'];

interface CampaignsRouteProps {
  /** Registrars open and change campaigns; other staff read them. */
  canEdit: boolean;
}

export function CampaignsRoute({ canEdit }: CampaignsRouteProps) {
  const { t } = useTranslation('campaigns');
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const connection = useKeysetConnection(CampaignsQuery, {}, (data) => data.campaigns, 20, CAMPAIGN_TYPENAMES);

  return (
    <Flex vertical gap={16}>
      <PageHeader title={t('list.title')} description={t('list.description')} />
      <Card>
        <PagedSection
          connection={connection}
          filters={
            canEdit && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('create.button')}
              </Button>
            )
          }
        >
          <CampaignTable campaigns={connection.nodes} loading={connection.loading} />
        </PagedSection>
      </Card>
      {canEdit && (
        <CreateCampaignModal
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            void navigate(`/staff/campaigns/${encodeURIComponent(id)}`);
          }}
        />
      )}
    </Flex>
  );
}
