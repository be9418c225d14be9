import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Flex, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkRosterFile, type FileProblem } from './file-check';

interface FileStepProps {
  rejection: { code: string; message: string | null; detail: string | null } | null;
  onRefused: (problem: FileProblem) => void;
  onStart: (file: File, createMissingReference: boolean) => void;
}

/** Choosing the roster file: checked here first (type, size), then uploaded on "start". */
export function FileStep({ rejection, onRefused, onStart }: FileStepProps) {
  const { t } = useTranslation('import');
  const [file, setFile] = useState<File | null>(null);
  const [createMissing, setCreateMissing] = useState(false);

  return (
    <Flex vertical gap={16}>
      {rejection && (
        <Alert
          type="error"
          showIcon
          title={rejection.message ?? t(`fileProblems.${rejection.code}`, { defaultValue: rejection.code })}
          description={
            <>
              {rejection.detail}
              <div>{t('codeLabel', { code: rejection.code })}</div>
            </>
          }
        />
      )}
      <Upload.Dragger
        accept=".csv,.xlsx"
        multiple={false}
        maxCount={1}
        showUploadList={false}
        beforeUpload={(chosen) => {
          const problem = checkRosterFile(chosen);
          if (problem) {
            setFile(null);
            onRefused(problem);
          } else {
            setFile(chosen);
          }
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{file ? file.name : t('choose.title')}</p>
        <p className="ant-upload-hint">{t('choose.hint')}</p>
      </Upload.Dragger>
      <Checkbox checked={createMissing} onChange={(event) => setCreateMissing(event.target.checked)}>
        {t('choose.createMissingReference')}
      </Checkbox>
      <Flex justify="flex-end">
        <Button type="primary" disabled={!file} onClick={() => file && onStart(file, createMissing)}>
          {t('actions.upload')}
        </Button>
      </Flex>
    </Flex>
  );
}
