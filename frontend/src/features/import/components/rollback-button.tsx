import { RollbackOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import { RollbackImportBatchMutation } from '../api/rollback-import-batch-mutation';

interface RollbackButtonProps {
  batchId: string;
  onRolledBack: () => void;
}

/** Undoes a committed batch after asking why (the reason goes to the audit trail). */
export function RollbackButton({ batchId, onRolledBack }: RollbackButtonProps) {
  const { t } = useTranslation('import');
  const [open, setOpen] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [{ fetching, error }, rollback] = useMutation(RollbackImportBatchMutation);
  const [form] = Form.useForm<{ reason: string }>();

  const submit = async ({ reason }: { reason: string }) => {
    const result = await rollback({ input: { batchId, reason: reason.trim() } });
    const payload = result.data?.rollbackImportBatch;
    if (payload?.__typename === 'ImportRolledBack') {
      setOpen(false);
      onRolledBack();
    } else if (payload) {
      setRefusal(payload.message);
    }
  };

  return (
    <>
      <Button danger icon={<RollbackOutlined />} onClick={() => setOpen(true)}>
        {t('rollback.button')}
      </Button>
      <Modal
        open={open}
        title={t('rollback.title')}
        okText={t('rollback.confirm')}
        okButtonProps={{ danger: true }}
        confirmLoading={fetching}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 12 }} />}
        {error && <QueryErrorAlert error={error} />}
        <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
          <Form.Item
            name="reason"
            label={t('rollback.reason')}
            rules={[{ required: true, whitespace: true, message: t('rollback.reasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={200} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
