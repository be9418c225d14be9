import { Empty, Image, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchBlob } from '@/lib/authorized-fetch';

interface AdmissionPhotoProps {
  recordId: string;
  /** The photo's hash, or null when the record has none. */
  sha256: string | null;
}

type PhotoState = { status: 'loading' } | { status: 'shown'; url: string } | { status: 'failed' };

/** The admission photo, fetched with the bearer token (an <img src> cannot carry it). */
export function AdmissionPhoto({ recordId, sha256 }: AdmissionPhotoProps) {
  const { t } = useTranslation('roster');
  const [state, setState] = useState<PhotoState>({ status: 'loading' });

  useEffect(() => {
    if (!sha256) return;
    let url: string | null = null;
    let cancelled = false;
    setState({ status: 'loading' });
    fetchBlob(`/api/records/${encodeURIComponent(recordId)}/admission-photo`)
      .then((blob) => {
        if (cancelled) return;
        url = URL.createObjectURL(blob);
        setState({ status: 'shown', url });
      })
      .catch(() => {
        if (!cancelled) setState({ status: 'failed' });
      });
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [recordId, sha256]);

  if (!sha256) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('photo.none')} />;
  if (state.status === 'loading') return <Skeleton.Image active />;
  if (state.status === 'failed') return <Typography.Text type="danger">{t('photo.failed')}</Typography.Text>;
  return <Image src={state.url} alt={t('photo.alt')} width={132} />;
}
