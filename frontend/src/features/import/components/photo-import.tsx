import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useErrorDescription } from '@/lib/errors/use-error-description';
import { uploadFile, UploadRefused } from '@/lib/upload-file';
import { ImportAdmissionPhotosMutation } from '../api/import-admission-photos-mutation';
import { PhotoImportResult } from './photo-import-result';
import { photoOutcome, type PhotoOutcome } from './photo-outcome';

type Phase = 'choose' | 'uploading' | 'importing' | 'done';

/** Admission photos: a ZIP of `<考生号 or 学号>.jpg` files, uploaded (purpose PHOTO_ZIP) and imported. */
export function PhotoImport() {
  const { t } = useTranslation('import');
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>('choose');
  const [percent, setPercent] = useState(0);
  const [uploadError, setUploadError] = useState<UploadRefused | null>(null);
  const [outcome, setOutcome] = useState<PhotoOutcome | null>(null);
  const [result, importPhotos] = useMutation(ImportAdmissionPhotosMutation);
  const requestError = useErrorDescription(result.error);

  const start = async (chosen: File) => {
    setPhase('uploading');
    setPercent(0);
    setUploadError(null);
    setOutcome(null);
    try {
      const uploaded = await uploadFile(chosen, chosen.name, 'PHOTO_ZIP', setPercent);
      setPhase('importing');
      const answer = await importPhotos({ input: { uploadId: uploaded.id } });
      const payload = answer.data?.importAdmissionPhotos;
      if (payload) setOutcome(photoOutcome(payload));
      setPhase(payload ? 'done' : 'choose');
    } catch (error) {
      setUploadError(error instanceof UploadRefused ? error : new UploadRefused('NETWORK', null));
      setPhase('choose');
    }
  };

  const busy = phase === 'uploading' || phase === 'importing';
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary">{t('photos.description')}</Typography.Paragraph>
      {uploadError && (
        <Alert
          type="error"
          showIcon
          title={uploadError.serverMessage ?? t('photos.uploadFailed')}
          description={t('codeLabel', { code: uploadError.code })}
        />
      )}
      {requestError && (
        <Alert type="error" showIcon title={requestError.message} description={requestError.nextStep} />
      )}
      <Upload.Dragger
        accept=".zip,application/zip"
        multiple={false}
        maxCount={1}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(chosen) => {
          setFile(chosen);
          setPhase('choose');
          setOutcome(null);
          setUploadError(null);
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{file ? file.name : t('photos.choose')}</p>
        <p className="ant-upload-hint">{t('photos.hint')}</p>
      </Upload.Dragger>
      {phase === 'uploading' && <Progress percent={Math.round(percent)} status="active" />}
      {phase === 'importing' && (
        <Flex vertical gap={4}>
          <Progress percent={100} status="active" showInfo={false} />
          <Typography.Text type="secondary">{t('photos.importing')}</Typography.Text>
        </Flex>
      )}
      <Flex justify="flex-end">
        <Button type="primary" disabled={!file || busy} loading={busy} onClick={() => file && void start(file)}>
          {t('photos.start')}
        </Button>
      </Flex>
      {outcome && <PhotoImportResult outcome={outcome} />}
    </Flex>
  );
}
