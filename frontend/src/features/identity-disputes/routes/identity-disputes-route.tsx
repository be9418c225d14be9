import { Card, Flex, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/desktop/page-header';
import { PagedSection } from '@/components/desktop/paged-section';
import type { IdentityDisputeReviewState } from '@/gql/graphql';
import { useKeysetConnection } from '@/lib/paging/use-keyset-connection';
import { IdentityDisputesQuery } from '../api/identity-disputes-query';
import { DisputeDrawer } from '../components/dispute-drawer';
import { DisputeQueueTable } from '../components/dispute-queue-table';

const STATES: IdentityDisputeReviewState[] = ['PENDING', 'APPROVED', 'REJECTED'];

const REVIEW_TYPENAMES = ['IdentityDisputeReview'];

/** SUPPORT: identity disputes with a photo holding the ID card, by review state; a row opens the decision. */
export function IdentityDisputesRoute() {
  const { t } = useTranslation('identityDisputes');
  const [state, setState] = useState<IdentityDisputeReviewState>(STATES[0]);
  const [openId, setOpenId] = useState<string | null>(null);
  const connection = useKeysetConnection(IdentityDisputesQuery, { state }, (data) => data.identityDisputes, 20, REVIEW_TYPENAMES);
  const open = connection.nodes.find((node) => node.id === openId) ?? null;
  return (
    <Flex vertical gap={16}>
      <PageHeader title={t('title')} description={t('description')} />
      <Card>
        <PagedSection
          connection={connection}
          filters={
            <Segmented<IdentityDisputeReviewState>
              aria-label={t('fields.reviewState')}
              value={state}
              onChange={(value) => setState(value)}
              options={STATES.map((value) => ({ value, label: t(`reviewState.${value}`) }))}
            />
          }
        >
          <DisputeQueueTable reviews={connection.nodes} loading={connection.loading} onOpen={setOpenId} />
        </PagedSection>
      </Card>
      {open && (
        <DisputeDrawer
          review={open}
          onClose={() => setOpenId(null)}
          onDecided={() => {
            setOpenId(null);
            connection.retry();
          }}
        />
      )}
    </Flex>
  );
}
