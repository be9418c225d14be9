import { DotLoading, ErrorBlock, Image } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useAuthorizedBlobUrl } from '@/lib/use-authorized-blob-url';

interface RecordPhotoProps {
  recordId: string;
  /** The photo's hash, or null when the record has none. */
  sha256: string | null;
}

/** The admission photo, or a clear placeholder when the record has none (or the server has none: 404). */
export function RecordPhoto({ recordId, sha256 }: RecordPhotoProps) {
  const { t } = useTranslation('student');
  const photo = useAuthorizedBlobUrl(sha256 ? `/api/records/${encodeURIComponent(recordId)}/admission-photo` : null);
  const status = photo.status === 'idle' || photo.status === 'missing' ? 'none' : photo.status;

  return (
    <div className="record-photo" data-photo-state={status}>
      {photo.status === 'loading' && <DotLoading />}
      {photo.status === 'shown' && (
        <Image src={photo.url} alt={t('record.photoAlt')} width={132} height={176} fit="cover" />
      )}
      {status === 'none' && (
        <ErrorBlock status="empty" title={t('record.photoNone')} description={null} className="record-photo-none" />
      )}
      {photo.status === 'failed' && <p role="alert">{t('record.photoFailed')}</p>}
    </div>
  );
}
