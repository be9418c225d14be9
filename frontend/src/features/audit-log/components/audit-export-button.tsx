import { useTranslation } from 'react-i18next';
import { DownloadButton } from '@/components/desktop/download-button';
import { auditExportUrl, type AuditFilterInput } from './audit-filter';

/** Downloads the filtered log as XLSX (registrars only: the server refuses anyone else, and audits the export). */
export function AuditExportButton({ filter }: { filter: AuditFilterInput }) {
  const { t } = useTranslation('auditLog');
  return <DownloadButton url={auditExportUrl(filter)} fileName={t('export.fileName')} label={t('export.button')} />;
}
