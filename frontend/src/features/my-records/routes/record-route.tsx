import type { ReactNode } from 'react';
import { Button, Card, ErrorBlock, NoticeBar } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { MobileLoading } from '@/components/mobile/mobile-loading';
import { QueryErrorBlock } from '@/components/mobile/query-error-block';
import { useFragment } from '@/gql';
import { isOutOfSelfCheck } from '@/lib/records/record-values';
import { RecordValues_EnrolmentRecordFragment } from '@/lib/records/record-values-fragment';
import { MyRecordsQuery } from '../api/my-records-query';
import { RecordPhoto } from '../components/record-photo';
import { RecordSheet, RecordSheet_EnrolmentRecordFragment } from '../components/record-sheet';
import '../components/my-records.css';

/** One record: the admission photo, every field in two groups, and whether it is in the self-check. */
interface RecordRouteProps {
  /** Shown under the title (the app puts the record's self-check there). */
  panel?: (recordId: string) => ReactNode;
}

export function RecordRoute({ panel }: RecordRouteProps = {}) {
  const { t } = useTranslation('student');
  const { t: tr } = useTranslation('record');
  const { id } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyRecordsQuery });
  const found = data?.me?.records.find((record) => record.id === id);
  const sheet = useFragment(RecordSheet_EnrolmentRecordFragment, found ?? null);
  const values = useFragment(RecordValues_EnrolmentRecordFragment, sheet);

  if (error) return <QueryErrorBlock error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (fetching || !data) return <MobileLoading />;
  if (!found || !sheet || !values) {
    return (
      <Card>
        <ErrorBlock status="empty" title={t('record.missing')} description={null}>
          <Button color="primary" size="small" onClick={() => navigate('/me')}>
            {t('record.backToList')}
          </Button>
        </ErrorBlock>
      </Card>
    );
  }

  return (
    <>
      <Card>
        <h1 className="my-records-title">
          {values.institution.name} · {tr(`level.${values.level}`)} · {values.major.name}
        </h1>
      </Card>
      {panel?.(sheet.id)}
      {isOutOfSelfCheck(found.status) && (
        <div role="note" className="my-records-actions">
          <NoticeBar color="info" wrap content={t('record.outOfScope', { status: tr(`status.${found.status}`) })} />
        </div>
      )}
      <Card title={t('record.photo')}>
        <RecordPhoto recordId={sheet.id} sha256={sheet.admissionPhoto?.sha256 ?? null} />
      </Card>
      <RecordSheet record={found} />
    </>
  );
}
