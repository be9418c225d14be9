import { Alert, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import { CreateCampaignMutation } from '../api/create-campaign-mutation';
import { applyFieldErrors } from './apply-field-errors';
import { CampaignForm } from './campaign-form';
import { emptyCampaignValues, toCreateInput, type CampaignFormValues } from './campaign-form-values';

interface CreateCampaignModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: (campaignId: string) => void;
}

/** Opens a campaign. One idempotency key per dialog: a double click or a retry creates one campaign. */
export function CreateCampaignModal({ open, onClose, onCreated }: CreateCampaignModalProps) {
  const { t } = useTranslation('campaigns');
  const [form] = Form.useForm<CampaignFormValues>();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [refusal, setRefusal] = useState<string | null>(null);
  const [{ fetching, error }, create] = useMutation(CreateCampaignMutation);

  const submit = async (values: CampaignFormValues) => {
    setRefusal(null);
    const result = await create({ input: toCreateInput(values, key) });
    const payload = result.data?.createCampaign;
    if (payload?.__typename === 'CampaignSaved') {
      setKey(crypto.randomUUID());
      onCreated(payload.campaign.id);
    } else if (payload?.__typename === 'ValidationFailed') {
      const unplaced = applyFieldErrors(form, payload.fieldErrors);
      if (unplaced.length > 0) setRefusal(unplaced.join(' '));
    } else if (payload?.__typename === 'IdempotencyKeyReused') {
      setKey(crypto.randomUUID());
      setRefusal(payload.message);
    }
  };

  return (
    <Modal
      open={open}
      title={t('create.title')}
      okText={t('create.confirm')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={760}
      destroyOnHidden
    >
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 12 }} />}
      {error && <QueryErrorAlert error={error} />}
      <CampaignForm form={form} initialValues={emptyCampaignValues(new Date().getFullYear())} onFinish={submit} />
    </Modal>
  );
}
