import { useTranslation } from 'react-i18next';
import { DownloadButton } from '@/components/desktop/download-button';
import { errataUrl, type QueueFilter } from './queue-filter';

/** The 勘误表: accepted items of approved tickets, for the provincial submission (audited for registrars). */
export function ErrataExportButton({ filter }: { filter: QueueFilter }) {
  const { t } = useTranslation('ticketReview');
  return <DownloadButton url={errataUrl(filter)} fileName={t('errata.fileName')} label={t('errata.button')} />;
}
