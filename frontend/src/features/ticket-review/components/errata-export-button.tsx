import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile, HttpError } from '@/lib/authorized-fetch';
import { errataUrl, type QueueFilter } from './queue-filter';

/** The 勘误表: accepted items of approved tickets, for the provincial submission (audited for registrars). */
export function ErrataExportButton({ filter }: { filter: QueueFilter }) {
  const { t } = useTranslation('ticketReview');
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await downloadFile(errataUrl(filter), t('errata.fileName'));
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 0;
      void message.error(t('download.failed', { ns: 'common', status }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()}>
      {t('errata.button')}
    </Button>
  );
}
