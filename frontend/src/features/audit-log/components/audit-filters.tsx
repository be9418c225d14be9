import { SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditFilterValues } from './audit-filter';

const ENTITY_TYPES = ['EnrolmentRecord', 'CorrectionTicket', 'Campaign', 'Account', 'Institution', 'IntegratorToken'] as const;

interface FormValues {
  actor?: string;
  action?: string;
  entityType?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** Actor, action, object type and a day range; applied on "search" (the actor is typed, not live-searched). */
export function AuditFilters({ onChange }: { onChange: (values: AuditFilterValues) => void }) {
  const { t } = useTranslation('auditLog');
  const [form] = Form.useForm<FormValues>();
  const apply = (values: FormValues) =>
    onChange({
      actor: values.actor,
      action: values.action,
      entityType: values.entityType,
      fromDay: values.range?.[0]?.format('YYYY-MM-DD') ?? null,
      toDay: values.range?.[1]?.format('YYYY-MM-DD') ?? null,
    });
  return (
    <Form form={form} layout="inline" onFinish={apply} style={{ rowGap: 8 }}>
      <Form.Item name="actor">
        <Input allowClear placeholder={t('filter.actor')} aria-label={t('filter.actor')} style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="action">
        <Input allowClear placeholder={t('filter.action')} aria-label={t('filter.action')} style={{ width: 220 }} />
      </Form.Item>
      <Form.Item name="entityType">
        <Select
          allowClear
          placeholder={t('filter.entityType')}
          aria-label={t('filter.entityType')}
          style={{ width: 160 }}
          options={ENTITY_TYPES.map((type) => ({ value: type, label: t(`entityType.${type}`) }))}
        />
      </Form.Item>
      <Form.Item name="range">
        <DatePicker.RangePicker placeholder={[t('filter.from'), t('filter.to')]} />
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
        {t('filter.search')}
      </Button>
      <Button
        onClick={() => {
          form.resetFields();
          onChange({});
        }}
      >
        {t('filter.reset')}
      </Button>
    </Form>
  );
}
