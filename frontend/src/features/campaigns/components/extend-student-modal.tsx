import { Alert, DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import { ExtendCampaignMutation } from '../api/extend-campaign-mutation';
import { RecordPicker } from './record-picker';
import { formatShanghai, fromIsoToShanghaiWall, toShanghaiIso } from './shanghai-time';

interface ExtendValues {
  recordId: string;
  closesAt: Dayjs;
  reason: string;
}

interface ExtendStudentModalProps {
  campaignId: string;
  admissionYear: number;
  campaignClosesAt: string;
  onClose: () => void;
}

/** A later deadline for one student of the cohort, with a reason kept in the audit trail. */
export function ExtendStudentModal({ campaignId, admissionYear, campaignClosesAt, onClose }: ExtendStudentModalProps) {
  const { t } = useTranslation('campaigns');
  const [form] = Form.useForm<ExtendValues>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [{ fetching, error }, extend] = useMutation(ExtendCampaignMutation);
  const deadline = fromIsoToShanghaiWall(campaignClosesAt);

  const submit = async (values: ExtendValues) => {
    setRefusal(null);
    const result = await extend({
      input: { campaignId, recordId: values.recordId, closesAt: toShanghaiIso(values.closesAt), reason: values.reason.trim() },
    });
    const payload = result.data?.extendCampaignForStudent;
    if (payload?.__typename === 'CampaignSaved') {
      onClose();
    } else if (payload?.__typename === 'ValidationFailed') {
      const known = new Set(['recordId', 'closesAt', 'reason']);
      form.setFields(payload.fieldErrors.filter((e) => known.has(e.field)).map((e) => ({ name: e.field as keyof ExtendValues, errors: [e.message] })));
      const other = payload.fieldErrors.filter((e) => !known.has(e.field));
      if (other.length > 0) setRefusal(other.map((e) => e.message).join(' '));
    }
  };

  return (
    <Modal open title={t('extend.title')} okText={t('extend.confirm')} confirmLoading={fetching} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('extend.description', { deadline: formatShanghai(campaignClosesAt) })}</Typography.Paragraph>
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 12 }} />}
      {error && <QueryErrorAlert error={error} />}
      <Form<ExtendValues> form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item name="recordId" label={t('extend.student')} rules={[{ required: true, message: t('extend.studentRequired') }]}>
          <RecordPicker admissionYear={admissionYear} />
        </Form.Item>
        <Form.Item
          name="closesAt"
          label={t('extend.closesAt')}
          extra={t('timezoneHint')}
          rules={[
            { required: true, message: t('extend.closesAtRequired') },
            {
              validator: async (_, value: Dayjs | undefined) => {
                if (value && !value.isAfter(deadline)) throw new Error(t('extend.notLater'));
              },
            },
          ]}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(day) => day.isBefore(deadline, 'day')} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('extend.reason')}
          rules={[{ required: true, whitespace: true, min: 2, max: 500, message: t('extend.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
