import { Button, Card, NoticeBar } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '@/gql';
import { formatDateTime } from '@/lib/format-date-time';

export const IssuedCode_VerificationCodeIssuedFragment = graphql(`
  fragment IssuedCode_VerificationCodeIssuedFragment on VerificationCodeIssued {
    fullCode
    verificationUrl
    qrCodePath
    verificationCode {
      id
      kind
      maskedCode
      expiresAt
      issuedAt
    }
  }
`);

interface IssuedCodeProps {
  issued: FragmentType<typeof IssuedCode_VerificationCodeIssuedFragment>;
  /** What the code certifies, for the printout ("西南大学 · 本科 · 计算机科学与技术"). */
  recordTitle: string;
  onDone: () => void;
}

/** The new code, shown once: the code, the QR code of its page and a printable sheet. */
export function IssuedCode(props: IssuedCodeProps) {
  const { t, i18n } = useTranslation('receipts');
  const issued = useFragment(IssuedCode_VerificationCodeIssuedFragment, props.issued);
  const stored = issued.verificationCode;
  return (
    <Card className="receipt-print" aria-labelledby="issued-code-title">
      <h2 id="issued-code-title" className="receipt-title">
        {t(`kind.${stored.kind}`)}
      </h2>
      <div className="receipt-no-print" role="note">
        <NoticeBar color="alert" wrap content={t('issued.once')} />
      </div>
      <p className="receipt-record">{props.recordTitle}</p>
      <dl className="receipt-facts">
        <dt>{t('issued.code')}</dt>
        <dd className="receipt-code" data-testid="issued-code">
          {issued.fullCode ?? stored.maskedCode}
        </dd>
        <dt>{t('verify.issuedAt')}</dt>
        <dd>{formatDateTime(stored.issuedAt, i18n.language)}</dd>
        <dt>{t('verify.expiresAt')}</dt>
        <dd>{formatDateTime(stored.expiresAt, i18n.language)}</dd>
        {issued.verificationUrl && (
          <>
            <dt>{t('issued.url')}</dt>
            <dd className="receipt-url">{issued.verificationUrl}</dd>
          </>
        )}
      </dl>
      {issued.qrCodePath && (
        <div className="receipt-qr">
          <img src={issued.qrCodePath} alt={t('issued.qrAlt')} width={180} height={180} />
        </div>
      )}
      <div className="receipt-actions receipt-no-print">
        <Button block color="primary" onClick={() => window.print()}>
          {t('issued.print')}
        </Button>
        <Button block fill="outline" onClick={props.onDone}>
          {t('issued.done')}
        </Button>
      </div>
    </Card>
  );
}
