import { Checkbox, DatePicker, Form, Input, InputNumber, Select, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEVELS } from './campaign-levels';
import { parseReminderDays, windowProblem, type CampaignFormValues } from './campaign-form-values';
import { FieldsChecklist } from './fields-checklist';
import { NoticeEditor } from './notice-editor';

interface CampaignFormProps {
  form: FormInstance<CampaignFormValues>;
  initialValues: CampaignFormValues;
  /** Editing an existing campaign: the cohort is fixed. */
  editing?: boolean;
  onFinish: (values: CampaignFormValues) => void;
}

const REMINDER_SUGGESTIONS = [14, 7, 5, 3, 2, 1];

/** The campaign's settings; times are entered as Asia/Shanghai wall-clock times. */
export function CampaignForm({ form, initialValues, editing = false, onFinish }: CampaignFormProps) {
  const { t } = useTranslation('campaigns');
  const { t: tr } = useTranslation('record');
  return (
    <Form<CampaignFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish}>
      <Form.Item name="name" label={t('fields.name')} rules={[{ required: true, whitespace: true, max: 100, message: t('form.nameRequired') }]}>
        <Input placeholder={t('form.namePlaceholder')} maxLength={100} />
      </Form.Item>
      <Form.Item
        name="admissionYear"
        label={t('fields.admissionYear')}
        extra={editing ? t('form.cohortFixed') : undefined}
        rules={[{ required: true, type: 'integer', min: 1949, max: 2100, message: t('form.yearRequired') }]}
      >
        <InputNumber disabled={editing} min={1949} max={2100} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="levels" label={t('fields.levels')} extra={t('form.levelsHint')}>
        <Checkbox.Group disabled={editing} options={LEVELS.map((level) => ({ value: level, label: tr(`level.${level}`) }))} />
      </Form.Item>
      <Form.Item
        name="window"
        label={t('fields.window')}
        extra={t('timezoneHint')}
        rules={[
          {
            validator: async (_, value: CampaignFormValues['window']) => {
              const problem = windowProblem(value);
              if (problem) throw new Error(t(`form.window.${problem}`));
            },
          },
        ]}
      >
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          placeholder={[t('fields.opensAt'), t('fields.closesAt')]}
        />
      </Form.Item>
      <Form.Item
        name="fieldsToCheck"
        label={t('fields.fieldsToCheck')}
        rules={[{ required: true, type: 'array', min: 1, message: t('form.fieldsRequired') }]}
      >
        <FieldsChecklist />
      </Form.Item>
      <Form.Item
        name="reminderDays"
        label={t('fields.reminderDays')}
        extra={t('form.reminderHint')}
        rules={[
          {
            validator: async (_, value: CampaignFormValues['reminderDays']) => {
              if (parseReminderDays(value ?? []) === null) throw new Error(t('form.reminderInvalid'));
            },
          },
        ]}
      >
        <Select
          mode="tags"
          aria-label={t('fields.reminderDays')}
          style={{ maxWidth: 360 }}
          options={REMINDER_SUGGESTIONS.map((day) => ({ value: day, label: t('reminders.day', { count: day }) }))}
        />
      </Form.Item>
      <Form.Item name="notice" label={t('fields.notice')} extra={t('form.noticeHint')}>
        <NoticeEditor />
      </Form.Item>
    </Form>
  );
}
