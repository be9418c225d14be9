import { useTranslation } from 'react-i18next';
import { DownloadButton } from '@/components/desktop/download-button';
import { exportUrl, type RosterFilter } from './roster-filter';

/** Downloads the filtered roster as XLSX (fetched with the bearer token, then saved). */
export function ExportButton({ filter }: { filter: RosterFilter }) {
  const { t } = useTranslation('roster');
  return <DownloadButton url={exportUrl(filter)} fileName={t('export.fileName')} label={t('export.button')} />;
}
