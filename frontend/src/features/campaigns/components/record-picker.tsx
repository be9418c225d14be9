import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { RecordSearchQuery } from '../api/record-search-query';

interface RecordPickerProps {
  admissionYear: number;
  value?: string;
  onChange?: (recordId: string | undefined) => void;
  id?: string;
}

/** Finds a student of the cohort by name, student number or examinee number. */
export function RecordPicker({ admissionYear, value, onChange, id }: RecordPickerProps) {
  const { t } = useTranslation('campaigns');
  const [search, setSearch] = useState('');
  const text = useDebouncedValue(search.trim());
  const [{ data, fetching }] = useQuery({
    query: RecordSearchQuery,
    variables: { text, admissionYear },
    pause: text.length < 2,
  });
  const records = text.length < 2 ? [] : (data?.records.edges.map((edge) => edge.node) ?? []);
  return (
    <Select<string>
      id={id}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      aria-label={t('extend.student')}
      placeholder={t('extend.studentPlaceholder')}
      loading={fetching}
      value={value}
      onChange={(recordId) => onChange?.(recordId ?? undefined)}
      notFoundContent={text.length < 2 ? t('extend.typeMore') : undefined}
      options={records.map((record) => ({
        value: record.id,
        label: `${record.studentNumber} ${record.name} · ${record.college.name}`,
      }))}
    />
  );
}
