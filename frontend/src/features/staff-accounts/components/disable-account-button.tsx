import { StopOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import { DisableStaffAccountMutation } from '../api/disable-staff-account-mutation';

interface DisableAccountButtonProps {
  accountId: string;
  displayName: string;
  onDisabled: () => void;
}

/** Switches a staff account off and ends its sessions, after asking why (audited). */
export function DisableAccountButton({ accountId, displayName, onDisabled }: DisableAccountButtonProps) {
  const { t } = useTranslation('staffAccounts');
  const [open, setOpen] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [{ fetching, error }, disable] = useMutation(DisableStaffAccountMutation);
  const [form] = Form.useForm<{ reason: string }>();

  const submit = async ({ reason }: { reason: string }) => {
    setRefusal(null);
    const result = await disable({ input: { accountId, reason: reason.trim() } });
    const payload = result.data?.disableStaffAccount;
    if (payload?.__typename === 'DisableStaffAccountSuccess') {
      setOpen(false);
      onDisabled();
    } else if (payload?.__typename === 'ValidationFailed') {
      setRefusal(payload.fieldErrors.map((e) => e.message).join(' ') || payload.message);
    }
  };

  return (
    <>
      <Button size="small" danger icon={<StopOutlined />} onClick={() => setOpen(true)}>
        {t('disable.button')}
      </Button>
      <Modal
        open={open}
        title={t('disable.title', { name: displayName })}
        okText={t('disable.confirm')}
        okButtonProps={{ danger: true }}
        confirmLoading={fetching}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('disable.description')}</Typography.Paragraph>
        {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 12 }} />}
        {error && <QueryErrorAlert error={error} />}
        <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
          <Form.Item name="reason" label={t('disable.reason')} rules={[{ required: true, whitespace: true, message: t('disable.reasonRequired') }]}>
            <Input.TextArea rows={3} maxLength={200} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
