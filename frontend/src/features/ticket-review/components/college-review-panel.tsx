import { Button, Flex, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import type { FragmentType } from '@/gql';
import type { CollegeRecommendation } from '@/gql/graphql';
import { CollegeReviewMutation } from '../api/college-review-mutation';
import { actionResult, type ActionResult } from './action-result';
import { TicketItemsTable, type TicketItemsTable_TicketItemFragment } from './ticket-items-table';

interface CollegeReviewPanelProps {
  ticketId: string;
  version: number;
  /** IDENTITY items still waiting for the college's advice. */
  identityItemIds: readonly string[];
  items: ReadonlyArray<FragmentType<typeof TicketItemsTable_TicketItemFragment>>;
  onResult: (result: ActionResult) => void;
}

/** The college's first review (学院审核): advice on each IDENTITY item before the registrar decides. */
export function CollegeReviewPanel({ ticketId, version, identityItemIds, items, onResult }: CollegeReviewPanelProps) {
  const { t } = useTranslation('ticketReview');
  const [advice, setAdvice] = useState<Record<string, CollegeRecommendation>>({});
  const [note, setNote] = useState('');
  const [{ fetching, error }, review] = useMutation(CollegeReviewMutation);
  const complete = identityItemIds.length > 0 && identityItemIds.every((id) => advice[id]);

  const submit = async () => {
    const trimmed = note.trim();
    const result = await review({
      input: {
        ticketId,
        version,
        items: identityItemIds.map((itemId) => ({ itemId, recommendation: advice[itemId], note: trimmed === '' ? null : trimmed })),
      },
    });
    const reduced = actionResult(result.data?.collegeReviewCorrectionTicket);
    if (reduced) onResult(reduced);
  };

  return (
    <Flex vertical gap={12}>
      <TicketItemsTable items={items} recommendations={advice} onRecommend={(itemId, value) => setAdvice((a) => ({ ...a, [itemId]: value }))} />
      <Input.TextArea aria-label={t('review.note')} placeholder={t('review.note')} rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
      {error && <QueryErrorAlert error={error} />}
      <Flex justify="end">
        <Button type="primary" disabled={!complete} loading={fetching} onClick={() => void submit()}>
          {t('review.submit')}
        </Button>
      </Flex>
    </Flex>
  );
}
