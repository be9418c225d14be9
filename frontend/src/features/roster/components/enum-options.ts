import type { Level, RecordStatus } from '@/gql/graphql';

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
