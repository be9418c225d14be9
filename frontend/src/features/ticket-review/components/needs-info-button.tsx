import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import { RequestInfoMutation } from '../api/request-info-mutation';
import { actionResult, type ActionResult } from './action-result';

interface NeedsInfoButtonProps {
  ticketId: string;
  version: number;
  onResult: (result: ActionResult) => void;
}

/** Asks the student for more (NEEDS_INFO); the message also goes out by SMS. */
export function NeedsInfoButton({ ticketId, version, onResult }: NeedsInfoButtonProps) {
  const { t } = useTranslation('ticketReview');
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ message: string }>();
  const [{ fetching, error }, request] = useMutation(RequestInfoMutation);

  const submit = async ({ message }: { message: string }) => {
    const result = await request({ input: { ticketId, version, message: message.trim() } });
    const reduced = actionResult(result.data?.requestCorrectionInfo);
    if (reduced) {
      setOpen(false);
      onResult(reduced);
    }
  };

  return (
    <>
      <Button icon={<QuestionCircleOutlined />} onClick={() => setOpen(true)}>
        {t('needsInfo.button')}
      </Button>
      <Modal open={open} title={t('needsInfo.title')} okText={t('needsInfo.confirm')} confirmLoading={fetching} onOk={() => form.submit()} onCancel={() => setOpen(false)} destroyOnHidden>
        <Typography.Paragraph type="secondary">{t('needsInfo.description')}</Typography.Paragraph>
        {error && <QueryErrorAlert error={error} />}
        <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
          <Form.Item name="message" label={t('needsInfo.message')} rules={[{ required: true, whitespace: true, min: 2, max: 500, message: t('needsInfo.messageRequired') }]}>
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
