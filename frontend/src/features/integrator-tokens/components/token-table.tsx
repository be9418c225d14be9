import { App, Button, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { TokenTable_IntegratorTokenFragmentFragment as TokenRow } from '@/gql/graphql';
import { RevokeIntegratorTokenMutation } from '../api/revoke-integrator-token-mutation';

export const TokenTable_IntegratorTokenFragment = graphql(`
  fragment TokenTable_IntegratorTokenFragment on IntegratorToken {
    id
    name
    prefix
    scopes
    expiresAt
    createdAt
    revokedAt
    lastUsedAt
    active
  }
`);

interface TokenTableProps {
  tokens: ReadonlyArray<FragmentType<typeof TokenTable_IntegratorTokenFragment>>;
  loading: boolean;
}

export function TokenTable(props: TokenTableProps) {
  const { t, i18n } = useTranslation('integratorTokens');
  const { message } = App.useApp();
  const tokens = useFragment(TokenTable_IntegratorTokenFragment, props.tokens);
  const [{ fetching }, revoke] = useMutation(RevokeIntegratorTokenMutation);
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Shanghai' });
  const when = (iso: string | null | undefined) => (iso ? format.format(new Date(iso)) : '—');

  const columns: TableColumnsType<TokenRow> = [
    { key: 'name', title: t('fields.name'), dataIndex: 'name' },
    { key: 'prefix', title: t('fields.prefix'), render: (_, row) => <code>{row.prefix}…</code>, width: 120 },
    { key: 'scopes', title: t('fields.scopes'), render: (_, row) => <Space size={4} wrap>{row.scopes.map((scope) => <Tag key={scope}>{t(`scope.${scope}`)}</Tag>)}</Space> },
    { key: 'expiresAt', title: t('fields.expiresAt'), render: (_, row) => when(row.expiresAt), width: 150 },
    { key: 'lastUsedAt', title: t('fields.lastUsedAt'), render: (_, row) => when(row.lastUsedAt), width: 150 },
    {
      key: 'state',
      title: t('fields.state'),
      width: 100,
      render: (_, row) => <Tag color={row.active ? 'green' : 'default'}>{row.revokedAt ? t('state.revoked') : row.active ? t('state.active') : t('state.expired')}</Tag>,
    },
    {
      key: 'actions',
      title: t('fields.actions'),
      width: 100,
      render: (_, row) =>
        row.active && (
          <Popconfirm
            title={t('revoke.confirm', { name: row.name })}
            okText={t('revoke.button')}
            okButtonProps={{ danger: true, loading: fetching }}
            onConfirm={async () => {
              const result = await revoke({ input: { id: row.id } });
              if (result.data?.revokeIntegratorToken.__typename === 'IntegratorTokenRevoked') void message.success(t('revoke.done'));
            }}
          >
            <Button size="small" danger>
              {t('revoke.button')}
            </Button>
          </Popconfirm>
        ),
    },
  ];
  return <Table<TokenRow> rowKey="id" size="middle" columns={columns} dataSource={[...tokens]} loading={props.loading} pagination={false} locale={{ emptyText: t('empty') }} />;
}
