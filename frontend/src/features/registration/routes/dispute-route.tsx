import { Button, Card, Result, Tabs } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { HelpLink } from '@/components/mobile/help-link';
import { MobileLoading } from '@/components/mobile/mobile-loading';
import { QueryErrorBlock } from '@/components/mobile/query-error-block';
import type { IdentityDisputeMethod } from '@/gql/graphql';
import { DisputeQuery } from '../api/registration-api';
import { ClassmateAssist } from '../components/classmate-assist';
import { disputeTabs } from '../components/dispute-ways';
import { EnrolmentFactsForm } from '../components/enrolment-facts-form';
import { IdentityPhoto } from '../components/identity-photo';
import { RealPerson } from '../components/real-person';
import '@/components/mobile/mobile-form.css';
import '../components/dispute-ways.css';

/**
 * 证件号码已被注册: the ways the server offers (`methods`) as tabs — enrolment facts, a classmate's
 * confirmation, a photo holding the ID card for manual review, and face verification when configured.
 */
export function DisputeRoute() {
  const { t } = useTranslation('registration');
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DisputeQuery, requestPolicy: 'network-only' });
  const [active, setActive] = useState<IdentityDisputeMethod | null>(null);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  if (error && !data) return <QueryErrorBlock error={error} onRetry={refresh} />;
  if (fetching && !data) return <MobileLoading />;
  const dispute = data?.me?.identityDispute;
  if (!dispute || dispute.state !== 'OPEN') {
    const failed = dispute?.state === 'FAILED';
    return (
      <Card>
        <Result status={failed ? 'error' : 'success'} title={failed ? t('dispute.failed') : t('dispute.resolved')} />
        <Link to="/me/next">
          <Button block color="primary">
            {t('dispute.toRecords')}
          </Button>
        </Link>
      </Card>
    );
  }

  const ways = disputeTabs(dispute.methods, dispute.classmateAttemptsLeft);
  // A submitted photo or a waiting review is where the student left off: open that tab first.
  const preferred: IdentityDisputeMethod | undefined = dispute.reviewState ? 'MANUAL_REVIEW' : ways[0];
  const current = active && ways.includes(active) ? active : preferred && ways.includes(preferred) ? preferred : ways[0];

  const panel = (method: IdentityDisputeMethod) => {
    switch (method) {
      case 'ENROLMENT_FACTS':
        return <EnrolmentFactsForm attemptsLeft={dispute.factAttemptsLeft} onChanged={refresh} />;
      case 'CLASSMATE_ASSIST':
        return (
          <ClassmateAssist
            offered={dispute.methods.includes('CLASSMATE_ASSIST')}
            attemptsLeft={dispute.classmateAttemptsLeft}
            latest={dispute.latestClassmateRequest}
            onChanged={refresh}
          />
        );
      case 'MANUAL_REVIEW':
        return <IdentityPhoto reviewState={dispute.reviewState} reviewReason={dispute.reviewReason} onChanged={refresh} />;
      case 'REAL_PERSON':
        return <RealPerson />;
    }
  };

  return (
    <>
      <Card>
        <h1 className="form-title">{t('dispute.title')}</h1>
        <p className="form-intro">{t('dispute.intro', { id: dispute.maskedIdNumber })}</p>
        {ways.length > 1 && <p className="form-intro">{t('dispute.chooseWay')}</p>}
        {ways.length > 0 ? (
          <Tabs activeKey={current} onChange={(key) => setActive(key as IdentityDisputeMethod)}>
            {ways.map((method) => (
              <Tabs.Tab key={method} title={t(`dispute.ways.${method}`)}>
                {panel(method)}
              </Tabs.Tab>
            ))}
          </Tabs>
        ) : (
          <p className="input-hint input-hint-error">{t('dispute.noWays')}</p>
        )}
      </Card>
      <div className="form-links">
        <span>{t('dispute.other')}</span>
        <HelpLink topic="idRegistered" />
      </div>
    </>
  );
}
