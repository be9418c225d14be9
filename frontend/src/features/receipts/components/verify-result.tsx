import { NoticeBar, Result } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import type { Receipts_VerifyCodeQuery } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format-date-time';
import { useCountdown } from '@/lib/use-countdown';
import { useState } from 'react';

type Verification = Receipts_VerifyCodeQuery['verifyCode'];

/** The masked answer of the public check, or why the code does not verify. */
export function VerifyResult({ verification }: { verification: Verification }) {
  const { t, i18n } = useTranslation('receipts');
  const { t: tr } = useTranslation('record');
  const [startedAt] = useState(() => Date.now());
  const wait = useCountdown(verification.retryAfterSeconds ?? 0, startedAt);
  const at = (iso: string | null | undefined) => (iso ? formatDateTime(iso, i18n.language) : '—');

  if (verification.state !== 'VALID') {
    const text =
      verification.state === 'RATE_LIMITED'
        ? t('verify.RATE_LIMITED', { seconds: wait })
        : t(`verify.${verification.state}`);
    return (
      <div role="alert" data-verify-state={verification.state}>
        <Result status="error" title={t('verify.invalidTitle')} description={text} />
        {verification.expiresAt && verification.state === 'EXPIRED' && (
          <p className="receipt-hint">
            {t('verify.expiresAt')}：{at(verification.expiresAt)}
          </p>
        )}
      </div>
    );
  }

  const rows: [string, string | null | undefined][] = [
    [t('verify.kind'), verification.kind ? t(`kind.${verification.kind}`) : null],
    [t('verify.name'), verification.maskedName],
    [t('verify.idNumber'), verification.maskedIdNumber],
    [t('verify.institution'), `${verification.institutionName ?? ''}（${verification.institutionCode ?? ''}）`],
    [t('verify.level'), verification.level ? tr(`level.${verification.level}`) : null],
    [t('verify.major'), `${verification.majorCode ?? ''} ${verification.majorName ?? ''}`.trim()],
    [t('verify.admissionYear'), verification.admissionYear ? String(verification.admissionYear) : null],
    [t('verify.status'), verification.status ? tr(`status.${verification.status}`) : null],
    [t('verify.issuedAt'), at(verification.issuedAt)],
    [t('verify.expiresAt'), at(verification.expiresAt)],
  ];
  return (
    <div data-verify-state="VALID" className="verify-result">
      <Result status="success" title={t('verify.valid')} />
      {verification.recordChanged && (
        <div role="note">
          <NoticeBar color="alert" wrap content={t('verify.changed')} />
        </div>
      )}
      <dl className="receipt-facts">
        {rows.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd>{value ?? '—'}</dd>
          </div>
        ))}
      </dl>
      <p className="receipt-hint">{t('verify.masked')}</p>
    </div>
  );
}
