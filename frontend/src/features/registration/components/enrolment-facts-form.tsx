import { Button, Input, Selector } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { PayloadErrorNotice } from '@/components/mobile/payload-error-notice';
import { QueryErrorBlock } from '@/components/mobile/query-error-block';
import type { Level } from '@/gql/graphql';
import { ProveFactsMutation } from '../api/registration-api';

const LEVELS: Level[] = ['JUNIOR_COLLEGE', 'BACHELOR', 'BACHELOR_UPGRADE', 'MASTER', 'DOCTORATE'];

interface EnrolmentFactsFormProps {
  attemptsLeft: number;
  onChanged: () => void;
}

/** 提供学籍信息: institution, student number, year and level resolve the claim at once. */
export function EnrolmentFactsForm({ attemptsLeft, onChanged }: EnrolmentFactsFormProps) {
  const { t } = useTranslation('registration');
  const { t: tr } = useTranslation('record');
  const [facts, setFacts] = useState({ institutionCode: '', studentNumber: '', admissionYear: '', level: 'BACHELOR' as Level });
  const [problem, setProblem] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<{ code: string; message: string } | null>(null);
  const [{ fetching: proving, error: proveError }, prove] = useMutation(ProveFactsMutation);

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
    onChanged();
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
    <section aria-label={t('dispute.ways.ENROLMENT_FACTS')}>
      <p className="form-intro">{t('dispute.factsIntro')}</p>
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
      <p className="input-hint input-hint-info">{t('dispute.attemptsLeft', { count: attemptsLeft })}</p>
      <div className="form-actions">
        <Button color="primary" loading={proving} onClick={() => void submit()}>
          {t('dispute.submit')}
        </Button>
      </div>
    </section>
  );
}
