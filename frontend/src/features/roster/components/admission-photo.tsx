import { Empty, Image, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuthorizedBlobUrl } from '@/lib/use-authorized-blob-url';

interface AdmissionPhotoProps {
  recordId: string;
  /** The photo's hash, or null when the record has none. */
  sha256: string | null;
}

/** The admission photo, fetched with the bearer token (an <img src> cannot carry it). */
export function AdmissionPhoto({ recordId, sha256 }: AdmissionPhotoProps) {
  const { t } = useTranslation('roster');
  const photo = useAuthorizedBlobUrl(sha256 ? `/api/records/${encodeURIComponent(recordId)}/admission-photo` : null);

  if (!sha256) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('photo.none')} />;
  if (photo.status === 'shown') return <Image src={photo.url} alt={t('photo.alt')} width={132} />;
  if (photo.status === 'missing' || photo.status === 'failed') {
    return <Typography.Text type="danger">{t('photo.failed')}</Typography.Text>;
  }
  return <Skeleton.Image active />;
}
