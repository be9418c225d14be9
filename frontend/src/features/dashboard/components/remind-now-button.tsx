import { NotificationOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Modal, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import type { Dashboard_RemindNowMutation } from '@/gql/graphql';
import { RemindNowMutation } from '../api/remind-now-mutation';

type Sent = Extract<Dashboard_RemindNowMutation['remindNow'], { __typename: 'RemindersSent' }>;

interface RemindNowButtonProps {
  campaignId: string;
  collegeId?: string;
}

/** "Remind now" (催办): first counts whom it would message, sends only after confirmation. */
export function RemindNowButton({ campaignId, collegeId }: RemindNowButtonProps) {
  const { t } = useTranslation('dashboard');
  const [open, setOpen] = useState(false);
  const [preview, setPreview] = useState<Sent | null>(null);
  const [sent, setSent] = useState<Sent | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [{ fetching, error }, remind] = useMutation(RemindNowMutation);

  const run = async (dryRun: boolean) => {
    setRefusal(null);
    const result = await remind({ input: { campaignId, collegeId: collegeId ?? null, dryRun } });
    const payload = result.data?.remindNow;
    if (payload?.__typename === 'RemindersSent') (dryRun ? setPreview : setSent)(payload);
    else if (payload?.__typename === 'ValidationFailed') setRefusal([payload.message, ...payload.fieldErrors.map((e) => e.message)].join(' '));
  };

  const shown = sent ?? preview;
  return (
    <>
      <Button
        icon={<NotificationOutlined />}
        onClick={() => {
          setPreview(null);
          setSent(null);
          setOpen(true);
          void run(true);
        }}
      >
        {t('remind.button')}
      </Button>
      <Modal
        open={open}
        title={t('remind.title')}
        okText={sent ? t('remind.close') : t('remind.confirm')}
        okButtonProps={{ disabled: !sent && (!preview || preview.reachable === 0) }}
        confirmLoading={fetching}
        onOk={() => (sent ? setOpen(false) : void run(false))}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        {refusal && <Alert type="error" showIcon title={refusal} />}
        {error && <QueryErrorAlert error={error} />}
        {!shown && fetching && <Skeleton active />}
        {shown && (
          <Descriptions column={1} size="small" bordered data-testid="remind-preview">
            <Descriptions.Item label={t('remind.selected')}>{shown.selected}</Descriptions.Item>
            <Descriptions.Item label={t('remind.reachable')}>{shown.reachable}</Descriptions.Item>
            {!shown.dryRun && <Descriptions.Item label={t('remind.messaged')}>{shown.messaged}</Descriptions.Item>}
          </Descriptions>
        )}
        {preview && !sent && <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('remind.previewHint')} />}
      </Modal>
    </>
  );
}
