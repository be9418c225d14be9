import { Alert, Button, Flex, Input, Select, Space, Typography } from 'antd';
import { useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import { DecideTicketMutation } from '../api/decide-ticket-mutation';
import { RejectionTemplatesQuery } from '../api/rejection-templates-query';
import { actionResult, type ActionResult } from './action-result';
import { decisionOutcome, decisionProblem, decisionReducer, initialDecision, toDecideInput } from './decision-reducer';
import { TicketItemsTable, type TicketItemsTable_TicketItemFragment } from './ticket-items-table';
import type { FragmentType } from '@/gql';

interface DecisionPanelProps {
  ticketId: string;
  version: number;
  itemIds: readonly string[];
  items: ReadonlyArray<FragmentType<typeof TicketItemsTable_TicketItemFragment>>;
  onResult: (result: ActionResult) => void;
}

/** The registrar's decision: accept or reject item by item, a reason template when rejecting all. */
export function DecisionPanel({ ticketId, version, itemIds, items, onResult }: DecisionPanelProps) {
  const { t } = useTranslation('ticketReview');
  const [state, dispatch] = useReducer(decisionReducer, initialDecision);
  const [{ data: templates }] = useQuery({ query: RejectionTemplatesQuery });
  const [{ fetching, error }, decide] = useMutation(DecideTicketMutation);
  const problem = decisionProblem(state, itemIds);
  const outcome = decisionOutcome(state, itemIds);

  const submit = async () => {
    const result = await decide({ input: toDecideInput(state, ticketId, version, itemIds) });
    const reduced = actionResult(result.data?.decideCorrectionTicket);
    if (reduced) onResult(reduced);
  };

  return (
    <Flex vertical gap={12}>
      <TicketItemsTable items={items} decisions={state.decisions} onDecide={(itemId, decision) => dispatch({ type: 'decide', itemId, decision })} />
      <Space>
        <Button size="small" onClick={() => dispatch({ type: 'decideAll', itemIds, decision: 'ACCEPTED' })}>
          {t('decide.acceptAll')}
        </Button>
        <Button size="small" onClick={() => dispatch({ type: 'decideAll', itemIds, decision: 'REJECTED' })}>
          {t('decide.rejectAll')}
        </Button>
      </Space>
      {outcome === 'reject' && Object.keys(state.decisions).length > 0 && (
        <Flex vertical gap={8}>
          <Select
            allowClear
            aria-label={t('decide.template')}
            placeholder={t('decide.template')}
            value={state.rejectionCode ?? undefined}
            onChange={(code) => dispatch({ type: 'template', code: code ?? null })}
            options={(templates?.correctionRejectionTemplates ?? []).map((template) => ({ value: template.code, label: template.text }))}
          />
          <Input.TextArea
            aria-label={t('decide.reason')}
            placeholder={t('decide.reasonPlaceholder')}
            rows={2}
            maxLength={500}
            value={state.reason}
            onChange={(event) => dispatch({ type: 'reason', text: event.target.value })}
          />
        </Flex>
      )}
      {error && <QueryErrorAlert error={error} />}
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary">{problem ? t(`decide.problem.${problem}`) : t(`decide.outcome.${outcome}`)}</Typography.Text>
        <Button type="primary" disabled={problem !== null} loading={fetching} onClick={() => void submit()}>
          {t('decide.submit')}
        </Button>
      </Flex>
      {problem === null && outcome === 'apply' && <Alert type="info" showIcon title={t('decide.applyHint')} />}
    </Flex>
  );
}
