import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { ClassOptionsQuery } from '../api/class-options-query';

interface ClassSelectProps {
  /** Narrows the list to one college when chosen. */
  collegeId?: string;
  value?: string[];
  onChange?: (classIds: string[]) => void;
  id?: string;
}

/** Picks the classes a counsellor looks after, searching by class code or name on the server. */
export function ClassSelect({ collegeId, value, onChange, id }: ClassSelectProps) {
  const { t } = useTranslation('staffAccounts');
  const [search, setSearch] = useState('');
  const text = useDebouncedValue(search.trim());
  const [{ data, fetching }] = useQuery({
    query: ClassOptionsQuery,
    variables: { filter: { text: text === '' ? null : text, collegeId: collegeId ?? null } },
  });
  const classes = data?.classes.edges.map((edge) => edge.node) ?? [];
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      aria-label={t('form.classes')}
      placeholder={t('form.classesPlaceholder')}
      loading={fetching}
      value={value}
      onChange={(classIds) => onChange?.(classIds)}
      options={classes.map((schoolClass) => ({ value: schoolClass.id, label: `${schoolClass.code} ${schoolClass.name}` }))}
    />
  );
}
