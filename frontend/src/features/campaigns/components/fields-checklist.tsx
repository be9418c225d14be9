import { Button, Checkbox, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEFAULT_FIELDS, MAIN_FIELDS, NON_MAIN_FIELDS, PHOTO_FIELD } from './campaign-form-values';
import { useFieldLabel } from './field-label';

interface FieldsChecklistProps {
  value?: string[];
  onChange?: (fields: string[]) => void;
}

/** Which record fields students must check: main fields, non-main fields, the admission photo. */
export function FieldsChecklist({ value = [], onChange }: FieldsChecklistProps) {
  const { t } = useTranslation('campaigns');
  const label = useFieldLabel();
  const group = (title: string, fields: readonly string[]) => (
    <div>
      <Typography.Text type="secondary">{title}</Typography.Text>
      <Checkbox.Group
        style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 0', marginTop: 4 }}
        value={value.filter((field) => fields.includes(field))}
        onChange={(checked) => onChange?.([...value.filter((field) => !fields.includes(field)), ...(checked as string[])])}
        options={fields.map((field) => ({ value: field, label: label(field) }))}
      />
    </div>
  );
  return (
    <Flex vertical gap={8}>
      {group(t('checklist.main'), MAIN_FIELDS)}
      {group(t('checklist.nonMain'), NON_MAIN_FIELDS)}
      {group(t('checklist.photo'), [PHOTO_FIELD])}
      <Space>
        <Button size="small" onClick={() => onChange?.([...DEFAULT_FIELDS])}>
          {t('checklist.defaults')}
        </Button>
        <Button size="small" onClick={() => onChange?.([...DEFAULT_FIELDS, ...NON_MAIN_FIELDS])}>
          {t('checklist.all')}
        </Button>
      </Space>
    </Flex>
  );
}
