import { KeyOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/desktop/page-header';
import { PagedSection } from '@/components/desktop/paged-section';
import { useKeysetConnection } from '@/lib/paging/use-keyset-connection';
import { IntegratorTokensQuery } from '../api/integrator-tokens-query';
import { CreateTokenModal } from '../components/create-token-modal';
import { TokenTable } from '../components/token-table';

const TOKEN_TYPENAMES = ['IntegratorToken'];

export function IntegratorTokensRoute() {
  const { t } = useTranslation('integratorTokens');
  const [creating, setCreating] = useState(false);
  const connection = useKeysetConnection(IntegratorTokensQuery, {}, (data) => data.integratorTokens, 50, TOKEN_TYPENAMES);
  return (
    <Flex vertical gap={16}>
      <PageHeader title={t('title')} description={t('description')} />
      <Card>
        <PagedSection
          connection={connection}
          filters={
            <Button type="primary" icon={<KeyOutlined />} onClick={() => setCreating(true)}>
              {t('create.button')}
            </Button>
          }
        >
          <TokenTable tokens={connection.nodes} loading={connection.loading} />
        </PagedSection>
      </Card>
      {creating && <CreateTokenModal onClose={() => setCreating(false)} onCreated={connection.retry} />}
    </Flex>
  );
}
