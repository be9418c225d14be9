import { Alert, Checkbox, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import { CreateIntegratorTokenMutation } from '../api/create-integrator-token-mutation';
import { expiryProblem, MAX_DAYS, SCOPES, toCreateTokenInput, type TokenFormValues } from './token-form-values';

interface CreateTokenModalProps {
  onClose: () => void;
  onCreated: () => void;
}

/** A new API token; its secret is shown here once, with a copy button, and never again. */
export function CreateTokenModal({ onClose, onCreated }: CreateTokenModalProps) {
  const { t } = useTranslation('integratorTokens');
  const [form] = Form.useForm<TokenFormValues>();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [secret, setSecret] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [{ fetching, error }, create] = useMutation(CreateIntegratorTokenMutation);

  const submit = async (values: TokenFormValues) => {
    setRefusal(null);
    const result = await create({ input: toCreateTokenInput(values, key) });
    const payload = result.data?.createIntegratorToken;
    if (payload?.__typename === 'IntegratorTokenCreated') {
      setSecret(payload.secret ?? null);
      onCreated();
    } else if (payload?.__typename === 'ValidationFailed') {
      setRefusal([payload.message, ...payload.fieldErrors.map((e) => e.message)].join(' '));
    } else if (payload?.__typename === 'IdempotencyKeyReused') {
      setKey(crypto.randomUUID());
      setRefusal(payload.message);
    }
  };

  if (secret !== null) {
    return (
      <Modal open title={t('created.title')} onOk={onClose} onCancel={onClose} cancelButtonProps={{ style: { display: 'none' } }} okText={t('created.done')}>
        <Alert type="warning" showIcon title={t('created.once')} style={{ marginBottom: 12 }} />
        <Typography.Paragraph copyable={{ text: secret }} code data-testid="token-secret" style={{ wordBreak: 'break-all' }}>
          {secret}
        </Typography.Paragraph>
        <Typography.Text type="secondary">{t('created.usage')}</Typography.Text>
      </Modal>
    );
  }

  return (
    <Modal open title={t('create.title')} okText={t('create.confirm')} confirmLoading={fetching} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 12 }} />}
      {error && <QueryErrorAlert error={error} />}
      <Form<TokenFormValues> form={form} layout="vertical" onFinish={submit} initialValues={{ scopes: ['RECORDS_READ'], expiresAt: dayjs().add(180, 'day') }}>
        <Form.Item name="name" label={t('fields.name')} extra={t('create.nameHint')} rules={[{ required: true, whitespace: true, min: 2, max: 80, message: t('create.nameRequired') }]}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="scopes" label={t('fields.scopes')} rules={[{ required: true, type: 'array', min: 1, message: t('create.scopesRequired') }]}>
          <Checkbox.Group options={SCOPES.map((scope) => ({ value: scope, label: t(`scope.${scope}`) }))} />
        </Form.Item>
        <Form.Item
          name="expiresAt"
          label={t('fields.expiresAt')}
          extra={t('create.expiresHint', { days: MAX_DAYS })}
          rules={[
            {
              validator: async (_, value: TokenFormValues['expiresAt'] | undefined) => {
                const problem = expiryProblem(value?.endOf('day'), dayjs());
                if (problem) throw new Error(t(`create.expiry.${problem}`, { days: MAX_DAYS }));
              },
            },
          ]}
        >
          <DatePicker disabledDate={(day) => day.isBefore(dayjs(), 'day') || day.isAfter(dayjs().add(MAX_DAYS - 1, 'day'), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
