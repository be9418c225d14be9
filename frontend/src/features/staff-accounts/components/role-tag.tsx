import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '@/gql/graphql';

const COLORS: Partial<Record<Role, string>> = { REGISTRAR: 'volcano', COLLEGE_ADMIN: 'blue', COUNSELLOR: 'cyan', SUPPORT: 'purple', ANALYST: 'gold' };

export function RoleTag({ role }: { role: Role }) {
  const { t } = useTranslation('staffAccounts');
  return <Tag color={COLORS[role]}>{t(`role.${role}`)}</Tag>;
}
