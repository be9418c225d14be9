import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile, HttpError } from '@/lib/authorized-fetch';

interface DownloadButtonProps {
  /** Relative URL of the file; fetched with the bearer token, then saved. */
  url: string;
  /** Saved under this name when the server names none. */
  fileName: string;
  label: string;
}

/** A file download behind the signed-in session, with a busy state and a message when it fails. */
export function DownloadButton({ url, fileName, label }: DownloadButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await downloadFile(url, fileName);
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 0;
      void message.error(t('download.failed', { status }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()}>
      {label}
    </Button>
  );
}
