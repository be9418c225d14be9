import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PagedSection } from '@/components/desktop/paged-section';
import type { NonCompleterStage } from '@/gql/graphql';
import { downloadFile, HttpError } from '@/lib/authorized-fetch';
import { useKeysetConnection } from '@/lib/paging/use-keyset-connection';
import { NonCompletersQuery } from '../api/non-completers-query';
import { RemindNowButton } from './remind-now-button';

const STAGE_COLORS: Record<NonCompleterStage, string> = { NOT_REGISTERED: 'default', NOT_LINKED: 'orange', NOT_CONFIRMED: 'blue', TICKET_OPEN: 'purple' };

interface NonCompletersSectionProps {
  campaignId: string;
  canRemind: boolean;
}

/** Students in scope still open, with an export and "remind now". */
export function NonCompletersSection({ campaignId, canRemind }: NonCompletersSectionProps) {
  const { t } = useTranslation('dashboard');
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const connection = useKeysetConnection(NonCompletersQuery, { campaignId, collegeId: null }, (data) => data.nonCompleters, 20);

  const exportList = async () => {
    setBusy(true);
    try {
      await downloadFile(`/api/campaigns/${encodeURIComponent(campaignId)}/non-completers.xlsx`, t('nonCompleters.fileName'));
    } catch (error) {
      void message.error(t('download.failed', { ns: 'common', status: error instanceof HttpError ? error.status : 0 }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PagedSection
      connection={connection}
      filters={
        <>
          <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void exportList()}>
            {t('nonCompleters.export')}
          </Button>
          {canRemind && <RemindNowButton campaignId={campaignId} />}
        </>
      }
    >
      <Table
        rowKey="recordId"
        size="small"
        data-testid="non-completers"
        pagination={false}
        loading={connection.loading}
        dataSource={[...connection.nodes]}
        locale={{ emptyText: t('nonCompleters.empty') }}
        columns={[
          { key: 'studentNumber', title: t('nonCompleters.studentNumber'), dataIndex: 'studentNumber', width: 130 },
          { key: 'name', title: t('nonCompleters.name'), dataIndex: 'name', width: 100 },
          { key: 'college', title: t('nonCompleters.college'), dataIndex: 'collegeName' },
          { key: 'classCode', title: t('nonCompleters.classCode'), dataIndex: 'classCode', width: 120 },
          { key: 'stage', title: t('nonCompleters.stage'), width: 120, render: (_, row) => <Tag color={STAGE_COLORS[row.stage]}>{t(`stage.${row.stage}`)}</Tag> },
          { key: 'phone', title: t('nonCompleters.phone'), width: 130, render: (_, row) => row.phone ?? '—' },
        ]}
      />
    </PagedSection>
  );
}
