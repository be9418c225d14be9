import { Select } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '@/gql';
import { useDebouncedValue } from '@/lib/use-debounced-value';

const CollegeSelectOptionsQuery = graphql(`
  query CollegeSelect_Options($text: String) {
    colleges(filter: { text: $text }, first: 100) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`);

interface CollegeSelectProps {
  /** Accessible name and placeholder, already translated by the caller's feature. */
  label: string;
  value: string | undefined;
  onChange: (collegeId: string | undefined) => void;
}

/**
 * Picks one college. It searches on the server, so it works for institutions with many colleges;
 * colleges are public reference data, so every caller sees the same list.
 */
export function CollegeSelect({ label, value, onChange }: CollegeSelectProps) {
  const [search, setSearch] = useState('');
  const text = useDebouncedValue(search.trim());
  const [{ data, fetching }] = useQuery({
    query: CollegeSelectOptionsQuery,
    variables: { text: text === '' ? null : text },
  });
  const colleges = data?.colleges.edges.map((edge) => edge.node) ?? [];
  return (
    <Select<string>
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      aria-label={label}
      placeholder={label}
      style={{ minWidth: 240 }}
      loading={fetching}
      value={value}
      onChange={(collegeId) => onChange(collegeId ?? undefined)}
      options={colleges.map((college) => ({ value: college.id, label: `${college.code} ${college.name}` }))}
    />
  );
}
