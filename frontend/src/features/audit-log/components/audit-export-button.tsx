import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile, HttpError } from '@/lib/authorized-fetch';
import { auditExportUrl, type AuditFilterInput } from './audit-filter';

/** Downloads the filtered log as XLSX (registrars only: the server refuses anyone else, and audits the export). */
export function AuditExportButton({ filter }: { filter: AuditFilterInput }) {
  const { t } = useTranslation('auditLog');
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await downloadFile(auditExportUrl(filter), t('export.fileName'));
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
