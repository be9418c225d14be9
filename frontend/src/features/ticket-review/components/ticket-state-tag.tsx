import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TicketState } from '@/gql/graphql';

const COLORS: Record<TicketState, string> = {
  SUBMITTED: 'blue',
  IN_REVIEW: 'processing',
  NEEDS_INFO: 'warning',
  APPROVED: 'cyan',
  APPLIED: 'success',
  REJECTED: 'error',
  WITHDRAWN: 'default',
};

export function TicketStateTag({ state }: { state: TicketState }) {
  const { t } = useTranslation('ticketReview');
  return (
    <Tag color={COLORS[state]} data-testid="ticket-state">
      {t(`state.${state}`)}
    </Tag>
  );
}
