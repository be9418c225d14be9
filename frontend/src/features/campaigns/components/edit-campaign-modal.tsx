import { Alert, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import { UpdateCampaignMutation } from '../api/update-campaign-mutation';
import { applyFieldErrors } from './apply-field-errors';
import { CampaignForm } from './campaign-form';
import { toUpdateInput, valuesFromCampaign, type CampaignFormValues, type StoredCampaign } from './campaign-form-values';
import { conflictRows } from './conflict-rows';
import { useFieldLabel } from './field-label';
import { VersionConflictAlert } from './version-conflict-alert';

interface EditCampaignModalProps {
  /** The campaign as last fetched; refreshed by `onStale`. */
  campaign: StoredCampaign & { id: string; version: number };
  onClose: () => void;
  /** Fetch the campaign again (after a version conflict). */
  onStale: () => void;
}

/**
 * Changes a campaign against the version the registrar opened. When someone saved in between, the
 * server answers VERSION_CONFLICT; the fresh values are shown beside the unsaved ones.
 */
export function EditCampaignModal({ campaign, onClose, onStale }: EditCampaignModalProps) {
  const { t } = useTranslation('campaigns');
  const fieldLabel = useFieldLabel();
  const [form] = Form.useForm<CampaignFormValues>();
  const [baseVersion, setBaseVersion] = useState(campaign.version);
  const [conflict, setConflict] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [{ fetching, error }, update] = useMutation(UpdateCampaignMutation);

  const submit = async (values: CampaignFormValues) => {
    setRefusal(null);
    const result = await update({ input: toUpdateInput(values, campaign.id, baseVersion) });
    const payload = result.data?.updateCampaign;
    if (payload?.__typename === 'CampaignSaved') {
      onClose();
    } else if (payload?.__typename === 'VersionConflict') {
      setConflict(payload.message);
      onStale();
    } else if (payload?.__typename === 'ValidationFailed') {
      const unplaced = applyFieldErrors(form, payload.fieldErrors);
      if (unplaced.length > 0) setRefusal(unplaced.join(' '));
    }
  };

  // The fresh campaign arrives through the prop; until then the conflict waits for it.
  const freshArrived = conflict !== null && campaign.version !== baseVersion;

  return (
    <Modal
      open
      title={t('edit.title')}
      okText={t('edit.confirm')}
      okButtonProps={{ disabled: conflict !== null }}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={760}
      destroyOnHidden
    >
      {conflict !== null && !freshArrived && <Alert type="warning" showIcon title={conflict} style={{ marginBottom: 12 }} />}
      {freshArrived && (
        <VersionConflictAlert
          message={conflict}
          storedVersion={campaign.version}
          rows={conflictRows(form.getFieldsValue(true) as CampaignFormValues, campaign, fieldLabel)}
          onUseStored={() => {
            form.setFieldsValue(valuesFromCampaign(campaign));
            setBaseVersion(campaign.version);
            setConflict(null);
          }}
          onKeepMine={() => {
            setBaseVersion(campaign.version);
            setConflict(null);
          }}
        />
      )}
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 12 }} />}
      {error && <QueryErrorAlert error={error} />}
      <CampaignForm form={form} editing initialValues={valuesFromCampaign(campaign)} onFinish={submit} />
    </Modal>
  );
}
