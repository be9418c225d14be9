import type { ReactNode } from 'react';
import { Card } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { MobileLoading } from '@/components/mobile/mobile-loading';
import { QueryErrorBlock } from '@/components/mobile/query-error-block';
import { MyRecordsQuery } from '../api/my-records-query';
import { RecordCard } from '../components/record-card';
import { RecordNotFound } from '../components/record-not-found';
import { SignOutButton } from '../components/sign-out-button';
import '../components/my-records.css';

/** 我的学籍: a card per linked record, or why none was found. */
interface MyRecordsRouteProps {
  /** Shown above the records (the app puts the pending tasks there). */
  header?: ReactNode;
  /** Shown under the records (the app puts the student's menu there). */
  footer?: ReactNode;
}

export function MyRecordsRoute({ header, footer }: MyRecordsRouteProps = {}) {
  const { t } = useTranslation('student');
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyRecordsQuery });
  const me = data?.me;

  let body;
  if (error) body = <QueryErrorBlock error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (fetching || !me) body = <MobileLoading />;
  else if (me.records.length === 0) body = <RecordNotFound link={me.recordLink ?? null} />;
  else
    body = (
      <>
        <Card>
          <h1 className="my-records-title">{t('records.title')}</h1>
          <p className="my-records-hint">
            {t('records.count', { count: me.records.length })} · {t('records.hint')}
          </p>
        </Card>
        {header}
        {me.records.map((record) => (
          <RecordCard key={record.id} record={record} to={`/me/records/${encodeURIComponent(record.id)}`} />
        ))}
      </>
    );

  return (
    <>
      {body}
      {footer}
      <div className="my-records-actions">
        <SignOutButton />
      </div>
    </>
  );
}
