import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CollegeSelect } from '@/components/desktop/college-select';
import { useRecordFieldLabel } from '@/lib/i18n/use-record-field-label';
import { AGE_BUCKETS, TICKET_STATES, TIERS, type QueueFilter } from './queue-filter';

const FIELDS = ['name', 'gender', 'birthDate', 'idType', 'idNumber', 'ethnicity', 'examineeNumber', 'studentNumber', 'originProvince', 'college', 'major', 'classCode', 'lengthOfSchooling', 'level', 'studyMode', 'educationCategory', 'enrolmentDate', 'expectedGraduationDate', 'admissionPhoto'];

interface QueueFiltersProps {
  value: QueueFilter;
  onChange: (filter: QueueFilter) => void;
  /** A college admin's queue is their college already. */
  showCollege: boolean;
}

export function QueueFilters({ value, onChange, showCollege }: QueueFiltersProps) {
  const { t } = useTranslation('ticketReview');
  const fieldLabel = useRecordFieldLabel();
  const select = <K extends keyof QueueFilter>(key: K, label: string, options: { value: NonNullable<QueueFilter[K]>; label: string }[]) => (
    <Select
      allowClear
      aria-label={label}
      placeholder={label}
      style={{ minWidth: 150 }}
      value={value[key]}
      onChange={(next) => onChange({ ...value, [key]: next ?? undefined })}
      options={options}
    />
  );
  return (
    <>
      {select('state', t('filter.state'), TICKET_STATES.map((state) => ({ value: state, label: t(`state.${state}`) })))}
      {select('tier', t('filter.tier'), TIERS.map((tier) => ({ value: tier, label: t(`tier.${tier}`) })))}
      {showCollege && (
        <CollegeSelect label={t('filter.college')} value={value.collegeId} onChange={(collegeId) => onChange({ ...value, collegeId })} />
      )}
      {select('field', t('filter.field'), FIELDS.map((field) => ({ value: field, label: fieldLabel(field) })))}
      {select('age', t('filter.age'), AGE_BUCKETS.map((age) => ({ value: age, label: t(`age.${age}`) })))}
    </>
  );
}
