import { Button, ProgressBar } from 'antd-mobile';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compressImage, ImageTooLarge, jpegName } from '@/lib/image/compress-image';
import { uploadFile, UploadRefused, type UploadedFile } from '@/lib/upload-file';

export const EVIDENCE_MAX_BYTES = 1_000_000;
const ACCEPTED = ['image/jpeg', 'image/png', 'application/pdf'];

interface EvidenceUploadProps {
  /** Labels the file input for screen readers ("证明材料：姓名"). */
  label: string;
  files: UploadedFile[];
  onChange: (files: UploadedFile[]) => void;
}

type Busy = { stage: 'compressing' } | { stage: 'uploading'; percent: number } | null;

/** Evidence files: photos compressed in the browser to ≤ 1 MB, PDFs checked, each uploaded with progress. */
export function EvidenceUpload({ label, files, onChange }: EvidenceUploadProps) {
  const { t } = useTranslation('corrections');
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const add = async (file: File) => {
    setProblem(null);
    if (!ACCEPTED.includes(file.type)) return setProblem(t('evidenceType'));
    let body: Blob = file;
    let name = file.name;
    try {
      if (file.type === 'application/pdf') {
        if (file.size > EVIDENCE_MAX_BYTES) return setProblem(t('evidenceTooLarge'));
      } else if (file.size > EVIDENCE_MAX_BYTES) {
        setBusy({ stage: 'compressing' });
        body = await compressImage(file, EVIDENCE_MAX_BYTES);
        name = jpegName(file.name);
      }
      setBusy({ stage: 'uploading', percent: 0 });
      const uploaded = await uploadFile(body, name, 'EVIDENCE', (percent) =>
        setBusy({ stage: 'uploading', percent: Math.round(percent) }),
      );
      onChange([...files, uploaded]);
    } catch (error) {
      if (error instanceof ImageTooLarge) setProblem(t('evidenceImageTooLarge'));
      else if (error instanceof UploadRefused) setProblem(t('evidenceFailed', { message: error.serverMessage ?? error.code }));
      else setProblem(t('evidenceImageTooLarge'));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="evidence-upload">
      <p className="correction-hint">{t('evidenceHint')}</p>
      <ul className="evidence-files">
        {files.map((file) => (
          <li key={file.id}>
            <span>
              {file.fileName}（{Math.ceil(file.byteSize / 1024)} KB）
            </span>
            <Button size="mini" fill="none" color="danger" onClick={() => onChange(files.filter((f) => f.id !== file.id))}>
              {t('evidenceRemove')}
            </Button>
          </li>
        ))}
      </ul>
      {busy && (
        <div role="status" aria-live="polite">
          {busy.stage === 'compressing' ? (
            t('evidenceCompressing')
          ) : (
            <>
              {t('evidenceUploading', { percent: busy.percent })}
              <ProgressBar percent={busy.percent} />
            </>
          )}
        </div>
      )}
      {problem && (
        <p role="alert" className="correction-error">
          {problem}
        </p>
      )}
      <input
        ref={input}
        type="file"
        accept={ACCEPTED.join(',')}
        aria-label={label}
        className="evidence-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void add(file);
        }}
      />
      <Button size="small" fill="outline" color="primary" disabled={busy !== null} onClick={() => input.current?.click()}>
        {t('evidenceAdd')}
      </Button>
    </div>
  );
}
