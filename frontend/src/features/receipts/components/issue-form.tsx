import type { CombinedError } from '@urql/core';
import { Button, Card, Form, Selector } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { PayloadErrorNotice } from '@/components/mobile/payload-error-notice';
import { QueryErrorBlock } from '@/components/mobile/query-error-block';
import type { FragmentType } from '@/gql';
import type { VerificationKind } from '@/gql/graphql';
import type { PayloadError } from '@/lib/errors/describe-payload-error';
import { useIdempotencyKey } from '@/lib/use-idempotency-key';
import { IssueReceiptMutation, IssueReportMutation } from '../api/code-mutations';
import { VALID_MONTHS } from './code-text';
import type { IssuedCode_VerificationCodeIssuedFragment } from './issued-code';

interface IssueFormProps {
  recordId: string;
  /** A receipt needs a finished self-check; a report does not. */
  selfCheckFinished: boolean;
  onIssued: (issued: FragmentType<typeof IssuedCode_VerificationCodeIssuedFragment>) => void;
}

/** Choose receipt or report and a validity of 1–6 months; the code comes back once. */
export function IssueForm({ recordId, selfCheckFinished, onIssued }: IssueFormProps) {
  const { t } = useTranslation('receipts');
  const [kind, setKind] = useState<VerificationKind>(
    selfCheckFinished ? 'SELF_CHECK_RECEIPT' : 'ENROLMENT_VERIFICATION_REPORT',
  );
  const [months, setMonths] = useState(3);
  const [receiptState, issueReceipt] = useMutation(IssueReceiptMutation);
  const [reportState, issueReport] = useMutation(IssueReportMutation);
  const { key, settle } = useIdempotencyKey();
  const [refusal, setRefusal] = useState<PayloadError | null>(null);
  const [error, setError] = useState<CombinedError | undefined>();

  const submit = async () => {
    setRefusal(null);
    setError(undefined);
    const input = { recordId, validMonths: months, idempotencyKey: key() };
    const result = kind === 'SELF_CHECK_RECEIPT' ? await issueReceipt({ input }) : await issueReport({ input });
    if (result.error) return setError(result.error);
    settle();
    const data = result.data;
    const payload = data && ('issueSelfCheckReceipt' in data ? data.issueSelfCheckReceipt : data.issueVerificationReport);
    if (!payload) return;
    if (payload.__typename === 'VerificationCodeIssued') onIssued(payload);
    else if ('code' in payload) setRefusal({ code: payload.code, message: payload.message });
  };

  return (
    <Card title={<h2 className="receipt-title">{t('issue.title')}</h2>}>
      {refusal && <PayloadErrorNotice error={refusal} />}
      {error && <QueryErrorBlock error={error} />}
      <Form layout="vertical">
        <Form.Item label={t('issue.kind')}>
          <Selector
            columns={1}
            value={[kind]}
            onChange={(values) => values[0] && setKind(values[0])}
            options={(['SELF_CHECK_RECEIPT', 'ENROLMENT_VERIFICATION_REPORT'] as const).map((value) => ({
              label: t(`kind.${value}`),
              value,
              disabled: value === 'SELF_CHECK_RECEIPT' && !selfCheckFinished,
            }))}
          />
          {!selfCheckFinished && <p className="receipt-hint">{t('issue.notFinished')}</p>}
        </Form.Item>
        <Form.Item label={t('issue.months')}>
          <Selector
            columns={3}
            value={[months]}
            onChange={(values) => values[0] && setMonths(values[0])}
            options={VALID_MONTHS.map((value) => ({ label: t('issue.monthsValue', { count: value }), value }))}
          />
        </Form.Item>
      </Form>
      <Button
        block
        color="primary"
        size="large"
        loading={receiptState.fetching || reportState.fetching}
        onClick={() => void submit()}
      >
        {t('issue.submit')}
      </Button>
    </Card>
  );
}
