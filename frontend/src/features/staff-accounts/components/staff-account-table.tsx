import { Space, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { AccountState, StaffAccountTable_AccountFragmentFragment as AccountRow } from '@/gql/graphql';
import { DisableAccountButton } from './disable-account-button';
import { ResetTotpButton } from './reset-totp-button';
import { RoleTag } from './role-tag';

export const StaffAccountTable_AccountFragment = graphql(`
  fragment StaffAccountTable_AccountFragment on Account {
    id
    username
    displayName
    roles
    state
    maskedPhone
    email
  }
`);

const STATE_COLORS: Record<AccountState, string> = { ACTIVE: 'green', DISABLED: 'default', DEACTIVATED: 'default' };

interface StaffAccountTableProps {
  accounts: ReadonlyArray<FragmentType<typeof StaffAccountTable_AccountFragment>>;
  loading: boolean;
  /** The signed-in registrar: they cannot switch themselves off here. */
  selfId: string | null;
  onChanged: () => void;
}

export function StaffAccountTable(props: StaffAccountTableProps) {
  const { t } = useTranslation('staffAccounts');
  const accounts = useFragment(StaffAccountTable_AccountFragment, props.accounts);
  const columns: TableColumnsType<AccountRow> = [
    { key: 'username', title: t('fields.username'), dataIndex: 'username', width: 160 },
    { key: 'displayName', title: t('fields.displayName'), dataIndex: 'displayName', width: 140 },
    {
      key: 'roles',
      title: t('fields.roles'),
      render: (_, row) => (
        <Space size={4} wrap>
          {row.roles.map((role) => (
            <RoleTag key={role} role={role} />
          ))}
        </Space>
      ),
    },
    {
      key: 'state',
      title: t('fields.state'),
      width: 100,
      render: (_, row) => <Tag color={STATE_COLORS[row.state]}>{t(`state.${row.state}`)}</Tag>,
    },
    { key: 'phone', title: t('fields.phone'), render: (_, row) => row.maskedPhone ?? '—', width: 130 },
    { key: 'email', title: t('fields.email'), render: (_, row) => row.email ?? '—' },
    {
      key: 'actions',
      title: t('fields.actions'),
      width: 200,
      render: (_, row) =>
        row.state === 'ACTIVE' && row.id !== props.selfId ? (
          <Space size={4}>
            <ResetTotpButton accountId={row.id} displayName={row.displayName} />
            <DisableAccountButton accountId={row.id} displayName={row.displayName} onDisabled={props.onChanged} />
          </Space>
        ) : null,
    },
  ];
  return (
    <Table<AccountRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...accounts]}
      loading={props.loading}
      pagination={false}
      locale={{ emptyText: t('empty') }}
    />
  );
}
