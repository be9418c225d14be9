import type { Level } from '@/gql/graphql';

export const LEVELS: readonly Level[] = ['DOCTORATE', 'MASTER', 'BACHELOR', 'BACHELOR_UPGRADE', 'JUNIOR_COLLEGE'];
