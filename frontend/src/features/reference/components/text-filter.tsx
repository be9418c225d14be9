import { Input } from 'antd';
import { useTranslation } from 'react-i18next';

interface TextFilterProps {
  onChange: (text: string) => void;
}

/** Name/code filter applied on Enter, on the search button, or when cleared. */
export function TextFilter({ onChange }: TextFilterProps) {
  const { t } = useTranslation('reference');
  return (
    <Input.Search
      allowClear
      aria-label={t('filter.text')}
      placeholder={t('filter.text')}
      style={{ maxWidth: 320 }}
      onSearch={(value) => onChange(value.trim())}
    />
  );
}
