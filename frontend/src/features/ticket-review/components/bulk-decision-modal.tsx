import { Alert, Flex, Input, Modal, Radio, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import type { BulkDecision, TicketReview_DecideTicketsMutation } from '@/gql/graphql';
import { useRecordFieldLabel } from '@/lib/i18n/use-record-field-label';
import { DecideTicketsMutation } from '../api/decide-tickets-mutation';
import { RejectionTemplatesQuery } from '../api/rejection-templates-query';
import type { SelectedTicket } from './ticket-queue-table';

type BulkResult = Extract<TicketReview_DecideTicketsMutation['decideCorrectionTickets'], { __typename: 'CorrectionBulkDecision' }>;
type Entry = BulkResult['entries'][number];

interface BulkDecisionModalProps {
  tickets: readonly SelectedTicket[];
  onClose: () => void;
  onDone: () => void;
}

/** Many tickets decided alike: a dry run shows every change first; only then is it written. */
export function BulkDecisionModal({ tickets, onClose, onDone }: BulkDecisionModalProps) {
  const { t } = useTranslation('ticketReview');
  const fieldLabel = useRecordFieldLabel();
  const [decision, setDecision] = useState<BulkDecision>('ACCEPT_ALL');
  const [rejectionCode, setRejectionCode] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [preview, setPreview] = useState<BulkResult | null>(null);
  const [done, setDone] = useState<BulkResult | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [{ data: templates }] = useQuery({ query: RejectionTemplatesQuery });
  const [{ fetching, error }, decide] = useMutation(DecideTicketsMutation);

  const run = async (dryRun: boolean) => {
    setRefusal(null);
    const trimmed = reason.trim();
    const result = await decide({
      input: {
        tickets: tickets.map(({ ticketId, version }) => ({ ticketId, version })),
        decision,
        rejectionCode: decision === 'REJECT_ALL' ? rejectionCode : null,
        reason: decision === 'REJECT_ALL' && trimmed !== '' ? trimmed : null,
        dryRun,
      },
    });
    const payload = result.data?.decideCorrectionTickets;
    if (payload?.__typename === 'CorrectionBulkDecision') {
      if (dryRun) setPreview(payload);
      else {
        setDone(payload);
        onDone();
      }
    } else if (payload?.__typename === 'ValidationFailed') {
      setRefusal([payload.message, ...payload.fieldErrors.map((e) => e.message)].join(' '));
    }
  };

  const shown = done ?? preview;
  const needsReason = decision === 'REJECT_ALL' && !rejectionCode && reason.trim().length < 2;
  return (
    <Modal
      open
      width={900}
      title={t('bulk.title', { count: tickets.length })}
      okText={done ? t('bulk.close') : preview ? t('bulk.confirm') : t('bulk.preview')}
      okButtonProps={{ disabled: !done && needsReason }}
      confirmLoading={fetching}
      onOk={() => (done ? onClose() : void run(preview === null))}
      onCancel={onClose}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <Radio.Group
          disabled={preview !== null}
          value={decision}
          onChange={(event) => setDecision(event.target.value as BulkDecision)}
          options={[
            { value: 'ACCEPT_ALL', label: t('bulk.ACCEPT_ALL') },
            { value: 'REJECT_ALL', label: t('bulk.REJECT_ALL') },
          ]}
        />
        {decision === 'REJECT_ALL' && (
          <>
            <Select
              allowClear
              disabled={preview !== null}
              aria-label={t('decide.template')}
              placeholder={t('decide.template')}
              value={rejectionCode ?? undefined}
              onChange={(code) => setRejectionCode(code ?? null)}
              options={(templates?.correctionRejectionTemplates ?? []).map((template) => ({ value: template.code, label: template.text }))}
            />
            <Input.TextArea disabled={preview !== null} rows={2} maxLength={500} placeholder={t('decide.reasonPlaceholder')} value={reason} onChange={(e) => setReason(e.target.value)} />
          </>
        )}
        {refusal && <Alert type="error" showIcon title={refusal} />}
        {error && <QueryErrorAlert error={error} />}
        {shown && (
          <>
            <Typography.Text strong>{shown.dryRun ? t('bulk.previewTitle') : t('bulk.doneTitle')}</Typography.Text>
            <Table<Entry>
              size="small"
              data-testid="bulk-preview"
              rowKey={(entry) => entry.ticket.id}
              pagination={false}
              dataSource={[...shown.entries]}
              columns={[
                { key: 'student', title: t('queue.name'), render: (_, e) => `${e.ticket.record.studentNumber} ${e.ticket.record.name}` },
                { key: 'outcome', title: t('bulk.outcome'), render: (_, e) => <Tag color={/REJECT|CONFLICT|REFUS/.test(e.outcome) ? 'error' : 'success'}>{t(`outcome.${e.outcome}`, { defaultValue: e.outcome })}</Tag> },
                {
                  key: 'changes',
                  title: t('bulk.changes'),
                  render: (_, e) =>
                    e.changes.map((c) => (
                      <div key={c.field}>
                        {fieldLabel(c.field)}: {c.currentValue ?? '—'} → <strong>{c.requestedValue}</strong>
                      </div>
                    )),
                },
              ]}
            />
          </>
        )}
      </Flex>
    </Modal>
  );
}
