import { Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Level, RecordStatus } from '@/gql/graphql';
import { CollegeSelect } from '@/components/desktop/college-select';
import { LEVELS, RECORD_STATUSES } from './enum-options';
import type { RosterFilter } from './roster-filter';

interface RosterFiltersProps {
  value: RosterFilter;
  onChange: (filter: RosterFilter) => void;
}

export function RosterFilters({ value, onChange }: RosterFiltersProps) {
  const { t } = useTranslation('roster');
  const { t: tr } = useTranslation('record');
  return (
    <>
      <Input.Search
        allowClear
        aria-label={t('filter.text')}
        placeholder={t('filter.text')}
        style={{ maxWidth: 320 }}
        onSearch={(text) => onChange({ ...value, text: text.trim() || undefined })}
      />
      <CollegeSelect label={t('filter.college')} value={value.collegeId} onChange={(collegeId) => onChange({ ...value, collegeId })} />
      <Select<RecordStatus>
        allowClear
        aria-label={t('filter.status')}
        placeholder={t('filter.status')}
        style={{ minWidth: 160 }}
        value={value.status}
        onChange={(status) => onChange({ ...value, status: status ?? undefined })}
        options={RECORD_STATUSES.map((status) => ({ value: status, label: tr(`status.${status}`) }))}
      />
      <Select<Level>
        allowClear
        aria-label={t('filter.level')}
        placeholder={t('filter.level')}
        style={{ minWidth: 140 }}
        value={value.level}
        onChange={(level) => onChange({ ...value, level: level ?? undefined })}
        options={LEVELS.map((level) => ({ value: level, label: tr(`level.${level}`) }))}
      />
    </>
  );
}
