import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import { ResetStaffTotpMutation } from '../api/reset-staff-totp-mutation';

interface ResetTotpButtonProps {
  accountId: string;
  displayName: string;
}

/** Removes a colleague's two-step verification (a lost phone), with a reason for the audit trail. */
export function ResetTotpButton({ accountId, displayName }: ResetTotpButtonProps) {
  const { t } = useTranslation('staffAccounts');
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [{ fetching, error }, reset] = useMutation(ResetStaffTotpMutation);
  const [form] = Form.useForm<{ reason: string }>();

  const submit = async ({ reason }: { reason: string }) => {
    setRefusal(null);
    const payload = (await reset({ input: { accountId, reason: reason.trim() } })).data?.resetStaffTotp;
    if (payload?.__typename === 'StaffTotpReset') {
      setOpen(false);
      void message.success(payload.removed ? t('resetTotp.done') : t('resetTotp.nothing'));
    } else if (payload?.__typename === 'ValidationFailed') {
      setRefusal([payload.message, ...payload.fieldErrors.map((e) => e.message)].join(' '));
    }
  };

  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {t('resetTotp.button')}
      </Button>
      <Modal open={open} title={t('resetTotp.title', { name: displayName })} okText={t('resetTotp.confirm')} confirmLoading={fetching} onOk={() => form.submit()} onCancel={() => setOpen(false)} destroyOnHidden>
        <Typography.Paragraph type="secondary">{t('resetTotp.description')}</Typography.Paragraph>
        {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 12 }} />}
        {error && <QueryErrorAlert error={error} />}
        <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
          <Form.Item name="reason" label={t('resetTotp.reason')} rules={[{ required: true, whitespace: true, min: 2, max: 500, message: t('resetTotp.reasonRequired') }]}>
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
