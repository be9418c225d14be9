import type { EducationCategory, Gender, Level, RecordStatus, StudyMode } from '@/gql/graphql';

export const RECORD_STATUSES: readonly RecordStatus[] = [
  'REGISTERED',
  'ADMISSION_FORFEITED',
  'ADMISSION_RESERVED',
  'SUSPENDED',
  'WITHDRAWN',
  'EXPELLED',
  'GRADUATED',
  'COMPLETED',
  'INCOMPLETE',
];

export const LEVELS: readonly Level[] = ['DOCTORATE', 'MASTER', 'BACHELOR', 'BACHELOR_UPGRADE', 'JUNIOR_COLLEGE'];

export const GENDERS: readonly Gender[] = ['MALE', 'FEMALE'];

export const STUDY_MODES: readonly StudyMode[] = ['FULL_TIME', 'PART_TIME', 'CORRESPONDENCE', 'SPARE_TIME', 'RELEASED', 'ONLINE', 'OPEN'];

export const EDUCATION_CATEGORIES: readonly EducationCategory[] = ['REGULAR', 'ADULT', 'SELF_STUDY', 'ONLINE', 'OPEN', 'POSTGRADUATE'];
