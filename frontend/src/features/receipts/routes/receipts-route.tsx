import { Card, ErrorBlock } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { MobileLoading } from '@/components/mobile/mobile-loading';
import { QueryErrorBlock } from '@/components/mobile/query-error-block';
import type { FragmentType } from '@/gql';
import { ReceiptsQuery } from '../api/receipts-query';
import { CodeList } from '../components/code-list';
import { IssueForm } from '../components/issue-form';
import { IssuedCode, type IssuedCode_VerificationCodeIssuedFragment } from '../components/issued-code';
import '../components/receipts.css';

/** 自查回执与验证报告 of one record: issue (code shown once, QR, print), list, extend, revoke. */
export function ReceiptsRoute() {
  const { t } = useTranslation('receipts');
  const { t: tr } = useTranslation('record');
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ReceiptsQuery, variables: { id } });
  const [issued, setIssued] = useState<FragmentType<typeof IssuedCode_VerificationCodeIssuedFragment> | null>(null);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  if (error && !data) return <QueryErrorBlock error={error} onRetry={refresh} />;
  if (fetching && !data) return <MobileLoading />;
  const record = data?.record;
  if (!record) {
    return (
      <Card>
        <ErrorBlock status="empty" title={t('verify.NOT_FOUND')} description={null} />
      </Card>
    );
  }
  const title = `${record.institution.name} · ${tr(`level.${record.level}`)} · ${record.major.name}`;

  return (
    <>
      <Card className="receipt-no-print">
        <h1 className="receipt-title">{t('title')}</h1>
        <p className="receipt-intro">{title}</p>
        <p className="receipt-intro">{t('intro')}</p>
      </Card>
      {issued ? (
        <IssuedCode issued={issued} recordTitle={title} onDone={() => setIssued(null)} />
      ) : (
        <IssueForm
          recordId={record.id}
          selfCheckFinished={record.selfCheck?.finished ?? false}
          onIssued={(next) => {
            setIssued(next);
            refresh();
          }}
        />
      )}
      <div className="receipt-no-print">
        <CodeList codes={record.verificationCodes} onChanged={refresh} />
      </div>
    </>
  );
}
