import { Button, ProgressBar, Tag } from 'antd-mobile';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { PayloadErrorNotice } from '@/components/mobile/payload-error-notice';
import { QueryErrorBlock } from '@/components/mobile/query-error-block';
import type { IdentityDisputeReviewState } from '@/gql/graphql';
import { compressImage, ImageTooLarge, jpegName } from '@/lib/image/compress-image';
import { uploadFile, UploadRefused } from '@/lib/upload-file';
import { SubmitIdentityPhotoMutation } from '../api/dispute-ways-api';
import {
  checkIdentityPhoto,
  fitsIdentityPhotoLimit,
  IDENTITY_PHOTO_MAX_BYTES,
  IDENTITY_PHOTO_TYPES,
  reviewView,
} from './dispute-ways';

interface IdentityPhotoProps {
  reviewState: IdentityDisputeReviewState | null | undefined;
  reviewReason: string | null | undefined;
  onChanged: () => void;
}

type Busy = { stage: 'compressing' } | { stage: 'uploading'; percent: number } | { stage: 'submitting' } | null;

/** 人工审核: a photo holding the ID card, shrunk in the browser to ≤ 300 KB, reviewed by SUPPORT. */
export function IdentityPhoto({ reviewState, reviewReason, onChanged }: IdentityPhotoProps) {
  const { t } = useTranslation('registration');
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<{ code: string; message: string } | null>(null);
  const [{ error }, submitPhoto] = useMutation(SubmitIdentityPhotoMutation);
  const view = reviewView(reviewState);

  const send = async (file: File) => {
    setProblem(null);
    setRefusal(null);
    const invalid = checkIdentityPhoto(file);
    if (invalid) return setProblem(t(`dispute.photo.problem.${invalid}`));
    try {
      let body: Blob = file;
      let name = file.name;
      if (file.size > IDENTITY_PHOTO_MAX_BYTES) {
        setBusy({ stage: 'compressing' });
        body = await compressImage(file, IDENTITY_PHOTO_MAX_BYTES);
        name = jpegName(file.name);
      }
      if (!fitsIdentityPhotoLimit(body)) return setProblem(t('dispute.photo.problem.cannotShrink'));
      setBusy({ stage: 'uploading', percent: 0 });
      const uploaded = await uploadFile(body, name, 'IDENTITY_PHOTO', (percent) =>
        setBusy({ stage: 'uploading', percent: Math.round(percent) }),
      );
      setBusy({ stage: 'submitting' });
      const result = await submitPhoto({ input: { uploadId: uploaded.id } });
      const payload = result.data?.submitIdentityPhoto;
      if (payload?.__typename === 'DisputeStepRefused') setRefusal({ code: payload.code, message: payload.message });
      onChanged();
    } catch (failure) {
      if (failure instanceof UploadRefused) setProblem(t('dispute.photo.problem.upload', { message: failure.serverMessage ?? failure.code }));
      else if (failure instanceof ImageTooLarge) setProblem(t('dispute.photo.problem.cannotShrink'));
      else setProblem(t('dispute.photo.problem.cannotShrink'));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="dispute-photo-title">
      <h2 id="dispute-photo-title" className="dispute-way-title">
        {t('dispute.photo.title')}
      </h2>
      <p className="form-intro">{t('dispute.photo.intro')}</p>
      <div role="status" className="dispute-status">
        <Tag color={view.tone}>{t(`dispute.review.${view.key}`)}</Tag>
        <p>{t(`dispute.review.${view.key}Next`)}</p>
        {reviewState === 'REJECTED' && reviewReason && (
          <p className="input-hint input-hint-error">{t('dispute.review.reason', { reason: reviewReason })}</p>
        )}
      </div>
      {busy && (
        <div role="status" aria-live="polite">
          {busy.stage === 'uploading' ? (
            <>
              {t('dispute.photo.uploading', { percent: busy.percent })}
              <ProgressBar percent={busy.percent} />
            </>
          ) : (
            t(`dispute.photo.${busy.stage}`)
          )}
        </div>
      )}
      {problem && (
        <p className="input-hint input-hint-error" role="alert">
          {problem}
        </p>
      )}
      {refusal && <PayloadErrorNotice error={refusal} />}
      {error && <QueryErrorBlock error={error} />}
      {view.canSubmit && (
        <>
          <input
            ref={input}
            type="file"
            accept={IDENTITY_PHOTO_TYPES.join(',')}
            aria-label={t('dispute.photo.choose')}
            className="dispute-file-input"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void send(file);
            }}
          />
          <p className="input-hint input-hint-info">{t('dispute.photo.rules')}</p>
          <div className="form-actions">
            <Button color="primary" loading={busy !== null} disabled={busy !== null} onClick={() => input.current?.click()}>
              {reviewState ? t('dispute.photo.chooseAgain') : t('dispute.photo.choose')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
