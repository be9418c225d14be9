import { Alert, Image, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuthorizedBlobUrl } from '@/lib/use-authorized-blob-url';

/** The photo holding the ID card, fetched with the bearer token (each view is audited by the server). */
export function DisputePhoto({ url }: { url: string }) {
  const { t } = useTranslation('identityDisputes');
  const photo = useAuthorizedBlobUrl(url);
  if (photo.status === 'loading' || photo.status === 'idle') return <Spin />;
  if (photo.status !== 'shown') return <Alert type="warning" showIcon title={t('photo.failed')} />;
  // antd's preview zooms and rotates: a card held at an angle can be read.
  return <Image src={photo.url} alt={t('photo.alt')} style={{ maxHeight: 360, objectFit: 'contain' }} />;
}
