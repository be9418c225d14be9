import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql, useFragment } from '@/gql';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { CollegeOptionsQuery } from '../api/college-options-query';

export const CollegeSelect_CollegeFragment = graphql(`
  fragment CollegeSelect_CollegeFragment on College {
    id
    code
    name
  }
`);

interface CollegeSelectProps {
  value: string | undefined;
  onChange: (collegeId: string | undefined) => void;
}

/** Picks one college; searches on the server, so it works for institutions with many colleges. */
export function CollegeSelect({ value, onChange }: CollegeSelectProps) {
  const { t } = useTranslation('reference');
  const [search, setSearch] = useState('');
  const text = useDebouncedValue(search.trim());
  const [{ data, fetching }] = useQuery({
    query: CollegeOptionsQuery,
    variables: { text: text === '' ? null : text },
  });
  const colleges = useFragment(
    CollegeSelect_CollegeFragment,
    data?.colleges.edges.map((edge) => edge.node) ?? [],
  );

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
