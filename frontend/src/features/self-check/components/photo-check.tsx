import { DotLoading, Image } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useAuthorizedBlobUrl } from '@/lib/use-authorized-blob-url';

/** The admission photo to confirm, fetched with the bearer token. */
export function PhotoCheck({ recordId }: { recordId: string }) {
  const { t } = useTranslation('selfcheck');
  const photo = useAuthorizedBlobUrl(`/api/records/${encodeURIComponent(recordId)}/admission-photo`);
  return (
    <div className="confirm-photo" data-photo-state={photo.status}>
      {photo.status === 'loading' && <DotLoading />}
      {photo.status === 'shown' && (
        <Image src={photo.url} alt={t('confirm.photoAlt')} width={150} height={200} fit="cover" />
      )}
      {(photo.status === 'failed' || photo.status === 'missing') && <p role="alert">{t('confirm.photoFailed')}</p>}
    </div>
  );
}
