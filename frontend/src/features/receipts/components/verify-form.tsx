import { Button, Form, Input } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { normaliseCode } from './code-text';

/** Type a code; it opens /verify/<code> (the address a QR code leads to). */
export function VerifyForm({ initial = '' }: { initial?: string }) {
  const { t } = useTranslation('receipts');
  const navigate = useNavigate();
  return (
    <Form
      layout="vertical"
      requiredMarkStyle="none"
      initialValues={{ code: initial }}
      onFinish={(values: { code: string }) => navigate(`/verify/${encodeURIComponent(normaliseCode(values.code))}`)}
      footer={
        <Button block type="submit" color="primary" size="large">
          {t('verify.submit')}
        </Button>
      }
    >
      <Form.Item
        name="code"
        label={t('verify.code')}
        rules={[
          {
            validator: async (_rule, value: string | undefined) => {
              if (!normaliseCode(value ?? '')) throw new Error(t('verify.required'));
            },
          },
        ]}
      >
        <Input placeholder={t('verify.placeholder')} autoComplete="off" />
      </Form.Item>
    </Form>
  );
}
