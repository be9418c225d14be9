import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select, Skeleton, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import { RecordForEditQuery } from '../api/record-for-edit-query';
import { UpdateRecordMutation } from '../api/update-record-mutation';
import { EDUCATION_CATEGORIES, GENDERS, RECORD_STATUSES, STUDY_MODES } from './enum-options';
import { placeFieldErrors, recordChanges, toEditValues, type RecordEditValues } from './record-edit-changes';

interface RecordEditFormProps {
  recordId: string;
  open: boolean;
  onClose: () => void;
  /** Called after a successful change, to reload what shows the record. */
  onSaved: () => void;
}

type FormValues = RecordEditValues & { reason: string };

const DATE = 'YYYY-MM-DD';
const dateProps = {
  getValueProps: (value: string | null) => ({ value: value ? dayjs(value, DATE) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format(DATE) : null),
};

/** A registrar changes a record's fields; only the changed ones are sent, with a reason kept in the audit trail. */
export function RecordEditForm({ recordId, open, onClose, onSaved }: RecordEditFormProps) {
  const { t } = useTranslation('roster');
  const { t: tr } = useTranslation('record');
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [notice, setNotice] = useState<{ type: 'warning' | 'error' | 'info'; text: string } | null>(null);
  const [{ data, fetching, error }, reload] = useQuery({
    query: RecordForEditQuery,
    variables: { id: recordId },
    pause: !open,
    requestPolicy: 'network-only',
  });
  const [{ fetching: saving, error: saveError }, update] = useMutation(UpdateRecordMutation);
  const record = data?.record?.id === recordId ? data.record : null;
  const initial = useMemo(() => (record ? toEditValues(record) : null), [record]);
  // Fresh values (after a version conflict) replace the edited ones; the reason stays.
  useEffect(() => {
    if (initial) form.setFieldsValue(initial);
  }, [initial, form]);

  const close = () => {
    setNotice(null);
    onClose();
  };

  const submit = async ({ reason, ...values }: FormValues) => {
    if (!record || !initial) return;
    const changes = recordChanges(initial, values);
    if (Object.keys(changes).length === 0) {
      setNotice({ type: 'info', text: t('edit.nothingChanged') });
      return;
    }
    setNotice(null);
    const result = await update(
      { input: { id: record.id, version: record.version, reason: reason.trim(), changes } },
      { additionalTypenames: ['EnrolmentRecord'] },
    );
    const payload = result.data?.updateEnrolmentRecord;
    if (payload?.__typename === 'UpdateEnrolmentRecordSuccess') {
      void message.success(t('edit.saved'));
      onSaved();
      close();
    } else if (payload?.__typename === 'ValidationFailed') {
      const placed = placeFieldErrors(payload.fieldErrors);
      form.setFields(placed.fields);
      if (placed.other.length > 0 || placed.fields.length === 0) {
        setNotice({ type: 'error', text: [payload.message, ...placed.other].join(' ') });
      }
    } else if (payload?.__typename === 'VersionConflict') {
      setNotice({ type: 'warning', text: t('edit.conflict') });
      reload({ requestPolicy: 'network-only' });
    }
  };

  return (
    <Modal
      open={open}
      title={t('edit.title')}
      okText={t('edit.save')}
      okButtonProps={{ disabled: !initial }}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={close}
      width={640}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('edit.description')}</Typography.Paragraph>
      {notice && <Alert type={notice.type} showIcon title={notice.text} style={{ marginBottom: 12 }} />}
      {error && <QueryErrorAlert error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      {saveError && <QueryErrorAlert error={saveError} />}
      {!initial && fetching && <Skeleton active />}
      {initial && record && (
        <Form<FormValues>
          form={form}
          layout="vertical"
          initialValues={initial}
          onFinish={submit}
          preserve={false}
        >
          <Form.Item name="name" label={tr('fields.name')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="gender" label={tr('fields.gender')} rules={[{ required: true }]}>
            <Select options={GENDERS.map((value) => ({ value, label: tr(`gender.${value}`) }))} />
          </Form.Item>
          <Form.Item name="birthDate" label={tr('fields.birthDate')} rules={[{ required: true }]} {...dateProps}>
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="ethnicity"
            label={tr('fields.ethnicity')}
            extra={t('edit.codeHint', { name: record.ethnicity.name })}
            rules={[{ required: true, pattern: /^\s*\d{2}\s*$/, message: t('edit.codeRequired') }]}
          >
            <Input maxLength={2} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item
            name="originProvince"
            label={tr('fields.originProvince')}
            extra={t('edit.codeHint', { name: record.originProvince.name })}
            rules={[{ required: true, pattern: /^\s*\d{2}\s*$/, message: t('edit.codeRequired') }]}
          >
            <Input maxLength={2} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="studentNumber" label={tr('fields.studentNumber')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="lengthOfSchooling" label={tr('fields.lengthOfSchooling')} rules={[{ required: true }]}>
            <InputNumber min={0.5} max={10} step={0.5} />
          </Form.Item>
          <Form.Item name="studyMode" label={tr('fields.studyMode')} rules={[{ required: true }]}>
            <Select options={STUDY_MODES.map((value) => ({ value, label: tr(`studyMode.${value}`) }))} />
          </Form.Item>
          <Form.Item name="educationCategory" label={tr('fields.educationCategory')} rules={[{ required: true }]}>
            <Select options={EDUCATION_CATEGORIES.map((value) => ({ value, label: tr(`educationCategory.${value}`) }))} />
          </Form.Item>
          <Form.Item
            name="enrolmentDate"
            label={tr('fields.enrolmentDate')}
            rules={[{ required: initial.enrolmentDate !== null }]}
            {...dateProps}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="expectedGraduationDate"
            label={tr('fields.expectedGraduationDate')}
            rules={[{ required: initial.expectedGraduationDate !== null }]}
            {...dateProps}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item name="status" label={tr('fields.status')} rules={[{ required: true }]}>
            <Select options={RECORD_STATUSES.map((value) => ({ value, label: tr(`status.${value}`) }))} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('edit.reason')}
            rules={[{ required: true, whitespace: true, min: 2, max: 500, message: t('edit.reasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
