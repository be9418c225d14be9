import { Button, Card, Input, Result, Selector } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { HelpLink } from '@/components/mobile/help-link';
import { MobileLoading } from '@/components/mobile/mobile-loading';
import { PayloadErrorNotice } from '@/components/mobile/payload-error-notice';
import { QueryErrorBlock } from '@/components/mobile/query-error-block';
import type { Level } from '@/gql/graphql';
import { DisputeQuery, ProveFactsMutation } from '../api/registration-api';
import '@/components/mobile/mobile-form.css';

const LEVELS: Level[] = ['JUNIOR_COLLEGE', 'BACHELOR', 'BACHELOR_UPGRADE', 'MASTER', 'DOCTORATE'];

/** 证件号码已被注册 → 提供学籍信息: institution, student number, year and level resolve the claim at once. */
export function DisputeRoute() {
  const { t } = useTranslation('registration');
  const { t: tr } = useTranslation('record');
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DisputeQuery, requestPolicy: 'network-only' });
  const [facts, setFacts] = useState({ institutionCode: '', studentNumber: '', admissionYear: '', level: 'BACHELOR' as Level });
  const [problem, setProblem] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<{ code: string; message: string } | null>(null);
  const [{ fetching: proving, error: proveError }, prove] = useMutation(ProveFactsMutation);

  if (error && !data) return <QueryErrorBlock error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
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

  const submit = async () => {
    setRefusal(null);
    const year = Number(facts.admissionYear);
    if (!/^\d{5}$/.test(facts.institutionCode.trim()) || !facts.studentNumber.trim() || !/^\d{4}$/.test(facts.admissionYear)) {
      return setProblem(t('dispute.required'));
    }
    setProblem(null);
    const result = await prove({
      input: { institutionCode: facts.institutionCode.trim(), studentNumber: facts.studentNumber.trim(), admissionYear: year, level: facts.level },
    });
    const payload = result.data?.proveEnrolmentFacts;
    if (payload?.__typename === 'IdentityDisputeRefused') setRefusal({ code: payload.code, message: payload.message });
    reexecute({ requestPolicy: 'network-only' });
  };

  const field = (key: 'institutionCode' | 'studentNumber' | 'admissionYear', placeholder?: string) => (
    <>
      <label className="form-label" htmlFor={`dispute-${key}`}>
        {t(`dispute.${key}`)}
      </label>
      <Input
        id={`dispute-${key}`}
        className="form-input"
        value={facts[key]}
        onChange={(value) => setFacts({ ...facts, [key]: value })}
        placeholder={placeholder}
        inputMode={key === 'studentNumber' ? 'text' : 'numeric'}
      />
    </>
  );

  return (
    <>
      <Card>
        <h1 className="form-title">{t('dispute.title')}</h1>
        <p className="form-intro">{t('dispute.intro', { id: dispute.maskedIdNumber })}</p>
        {field('institutionCode', t('dispute.institutionCodePlaceholder'))}
        {field('studentNumber')}
        {field('admissionYear', '2025')}
        <p className="form-label">{t('dispute.level')}</p>
        <Selector
          columns={2}
          value={[facts.level]}
          onChange={(values) => values[0] && setFacts({ ...facts, level: values[0] })}
          options={LEVELS.map((value) => ({ value, label: tr(`level.${value}`) }))}
        />
        {problem && (
          <p className="input-hint input-hint-error" role="alert">
            {problem}
          </p>
        )}
        {refusal && <PayloadErrorNotice error={refusal} />}
        {proveError && <QueryErrorBlock error={proveError} />}
        <p className="input-hint input-hint-info">{t('dispute.attemptsLeft', { count: dispute.factAttemptsLeft })}</p>
        <div className="form-actions">
          <Button color="primary" loading={proving} onClick={() => void submit()}>
            {t('dispute.submit')}
          </Button>
        </div>
      </Card>
      <div className="form-links">
        <span>{t('dispute.other')}</span>
        <HelpLink topic="idRegistered" />
      </div>
    </>
  );
}
