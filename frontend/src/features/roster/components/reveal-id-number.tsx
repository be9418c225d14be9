import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import { RevealIdNumberMutation } from '../api/reveal-id-number-mutation';

interface RevealIdNumberProps {
  recordId: string;
  maskedIdNumber: string;
}

/** The masked number, and "show the full number" after the staff member gives a reason (audited). */
export function RevealIdNumber({ recordId, maskedIdNumber }: RevealIdNumberProps) {
  const { t } = useTranslation('roster');
  const [open, setOpen] = useState(false);
  const [revealed, setRevealed] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [{ fetching, error }, reveal] = useMutation(RevealIdNumberMutation);
  const [form] = Form.useForm<{ reason: string }>();

  const submit = async ({ reason }: { reason: string }) => {
    const result = await reveal({ input: { recordId, reason: reason.trim() } });
    const payload = result.data?.revealIdNumber;
    if (payload?.__typename === 'RevealIdNumberSuccess') {
      setRevealed(payload.idNumber);
      setOpen(false);
    } else if (payload?.__typename === 'ValidationFailed') {
      setRefusal(payload.fieldErrors[0]?.message ?? payload.message);
    }
  };

  if (revealed) return <Typography.Text copyable>{revealed}</Typography.Text>;
  return (
    <Space>
      <span>{maskedIdNumber}</span>
      <Button size="small" icon={<EyeOutlined />} onClick={() => setOpen(true)}>
        {t('reveal.button')}
      </Button>
      <Modal
        open={open}
        title={t('reveal.title')}
        okText={t('reveal.confirm')}
        confirmLoading={fetching}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('reveal.description')}</Typography.Paragraph>
        {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 12 }} />}
        {error && <QueryErrorAlert error={error} />}
        <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
          <Form.Item
            name="reason"
            label={t('reveal.reason')}
            rules={[{ required: true, whitespace: true, min: 4, message: t('reveal.reasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={200} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
