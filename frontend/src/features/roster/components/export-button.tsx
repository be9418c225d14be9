import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile, HttpError } from '@/lib/authorized-fetch';
import { exportUrl, type RosterFilter } from './roster-filter';

/** Downloads the filtered roster as XLSX (fetched with the bearer token, then saved). */
export function ExportButton({ filter }: { filter: RosterFilter }) {
  const { t } = useTranslation('roster');
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await downloadFile(exportUrl(filter), t('export.fileName'));
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 0;
      void message.error(t('download.failed', { ns: 'common', status }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()}>
      {t('export.button')}
    </Button>
  );
}
