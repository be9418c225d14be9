import { UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/desktop/page-header';
import { PagedSection } from '@/components/desktop/paged-section';
import { useSession } from '@/lib/auth/use-session';
import { useKeysetConnection } from '@/lib/paging/use-keyset-connection';
import { StaffAccountsQuery } from '../api/staff-accounts-query';
import { CreateStaffAccountModal } from '../components/create-staff-account-modal';
import { StaffAccountTable } from '../components/staff-account-table';

export function StaffAccountsRoute() {
  const { t } = useTranslation('staffAccounts');
  const state = useSession();
  const [creating, setCreating] = useState(false);
  const connection = useKeysetConnection(StaffAccountsQuery, {}, (data) => data.staffAccounts, 50);

  return (
    <Flex vertical gap={16}>
      <PageHeader title={t('title')} description={t('description')} />
      <Card>
        <PagedSection
          connection={connection}
          filters={
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => setCreating(true)}>
              {t('create.button')}
            </Button>
          }
        >
          <StaffAccountTable
            accounts={connection.nodes}
            loading={connection.loading}
            selfId={state.status === 'signedIn' ? state.account.id : null}
            onChanged={connection.retry}
          />
        </PagedSection>
      </Card>
      <CreateStaffAccountModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          connection.retry();
        }}
      />
    </Flex>
  );
}
