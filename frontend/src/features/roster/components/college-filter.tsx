import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { CollegeOptionsQuery } from '../api/college-options-query';

interface CollegeFilterProps {
  value: string | undefined;
  onChange: (collegeId: string | undefined) => void;
}

/** The colleges the caller may see (a college admin gets only their own). */
export function CollegeFilter({ value, onChange }: CollegeFilterProps) {
  const { t } = useTranslation('roster');
  const [search, setSearch] = useState('');
  const text = useDebouncedValue(search.trim());
  const [{ data, fetching }] = useQuery({
    query: CollegeOptionsQuery,
    variables: { text: text === '' ? null : text },
  });
  const colleges = data?.colleges.edges.map((edge) => edge.node) ?? [];
  return (
    <Select<string>
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      aria-label={t('filter.college')}
      placeholder={t('filter.college')}
      style={{ minWidth: 240 }}
      loading={fetching}
      value={value}
      onChange={(collegeId) => onChange(collegeId ?? undefined)}
      options={colleges.map((college) => ({ value: college.id, label: `${college.code} ${college.name}` }))}
    />
  );
}
