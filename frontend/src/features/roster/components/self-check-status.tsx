import { CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Form, Input, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import { graphql, useFragment, type FragmentType } from '@/gql';
import { AssistedConfirmationMutation } from '../api/assisted-confirmation-mutation';

export const SelfCheckStatus_EnrolmentRecordFragment = graphql(`
  fragment SelfCheckStatus_EnrolmentRecordFragment on EnrolmentRecord {
    id
    version
    selfCheck {
      state
      finished
      deadline
      needsReconfirmation
      outOfScopeReason
      campaign {
        id
        name
      }
      recordConfirmation {
        valid
        assisted
        assistedBy
        assistedReason
        confirmedAt
      }
    }
  }
`);

interface SelfCheckStatusProps {
  record: FragmentType<typeof SelfCheckStatus_EnrolmentRecordFragment>;
  /** Fetch the record again (after a version conflict). */
  onStale: () => void;
}

/** The record's self-check, and the assisted confirmation (代确认) staff may give with a reason. */
export function SelfCheckStatus(props: SelfCheckStatusProps) {
  const { t } = useTranslation('roster');
  const record = useFragment(SelfCheckStatus_EnrolmentRecordFragment, props.record);
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [refusal, setRefusal] = useState<string | null>(null);
  const [{ fetching, error }, assist] = useMutation(AssistedConfirmationMutation);
  const [form] = Form.useForm<{ reason: string }>();
  const check = record.selfCheck;
  if (!check) return <Typography.Text type="secondary">{t('selfCheck.none')}</Typography.Text>;
  const confirmation = check.recordConfirmation;

  const submit = async ({ reason }: { reason: string }) => {
    setRefusal(null);
    const payload = (await assist({ input: { recordId: record.id, version: record.version, reason: reason.trim(), idempotencyKey: key } })).data
      ?.recordAssistedConfirmation;
    if (payload?.__typename === 'RecordAssistedConfirmationSuccess') {
      setOpen(false);
      setKey(crypto.randomUUID());
    } else if (payload?.__typename === 'VersionConflict') {
      setRefusal(payload.message);
      setKey(crypto.randomUUID());
      props.onStale();
    } else if (payload?.__typename === 'SelfCheckUnavailable') {
      setRefusal([payload.message, payload.instructions].filter(Boolean).join(' '));
    } else if (payload?.__typename === 'ValidationFailed') {
      setRefusal([payload.message, ...payload.fieldErrors.map((e) => e.message)].join(' '));
    } else if (payload) {
      setKey(crypto.randomUUID());
      setRefusal(payload.message);
    }
  };

  return (
    <>
      <Descriptions size="small" column={1} bordered data-testid="self-check-status">
        <Descriptions.Item label={t('selfCheck.campaign')}>{check.campaign.name}</Descriptions.Item>
        <Descriptions.Item label={t('selfCheck.state')}>
          {check.finished ? <Tag color="success">{t('selfCheck.finished')}</Tag> : <Tag>{t(`selfCheck.states.${check.state}`)}</Tag>}
          {check.needsReconfirmation && <Tag color="warning">{t('selfCheck.reconfirm')}</Tag>}
        </Descriptions.Item>
        {confirmation?.assisted && (
          <Descriptions.Item label={t('selfCheck.assisted')}>
            {confirmation.assistedBy} · {confirmation.assistedReason}
          </Descriptions.Item>
        )}
        {check.outOfScopeReason && <Descriptions.Item label={t('selfCheck.outOfScope')}>{check.outOfScopeReason}</Descriptions.Item>}
      </Descriptions>
      {check.state === 'OPEN' && !check.finished && (
        <Button icon={<CheckCircleOutlined />} onClick={() => setOpen(true)} style={{ marginTop: 8 }}>
          {t('selfCheck.assistButton')}
        </Button>
      )}
      <Modal open={open} title={t('selfCheck.assistTitle')} okText={t('selfCheck.assistConfirm')} confirmLoading={fetching} onOk={() => form.submit()} onCancel={() => setOpen(false)} destroyOnHidden>
        <Typography.Paragraph type="secondary">{t('selfCheck.assistDescription')}</Typography.Paragraph>
        {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 12 }} />}
        {error && <QueryErrorAlert error={error} />}
        <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
          <Form.Item name="reason" label={t('selfCheck.reason')} rules={[{ required: true, whitespace: true, min: 2, max: 500, message: t('selfCheck.reasonRequired') }]}>
            <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('selfCheck.reasonPlaceholder')} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
