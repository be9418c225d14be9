import { Card } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { MobileLoading } from '@/components/mobile/mobile-loading';
import { QueryErrorBlock } from '@/components/mobile/query-error-block';
import { VerifyCodeQuery } from '../api/verify-code-query';
import { VerifyForm } from '../components/verify-form';
import { VerifyResult } from '../components/verify-result';
import '../components/receipts.css';

/** Public 学籍信息验证: /verify shows the form, /verify/<code> the masked result (the QR code's address). */
export function VerifyRoute() {
  const { t } = useTranslation('receipts');
  const { code } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: VerifyCodeQuery,
    variables: { code: code ?? '' },
    pause: !code,
    requestPolicy: 'network-only',
  });

  return (
    <>
      <Card>
        <h1 className="receipt-title">{t('verify.title')}</h1>
        {!code && <p className="receipt-intro">{t('verify.intro')}</p>}
        {code && (
          <div aria-live="polite">
            {error ? (
              <QueryErrorBlock error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
            ) : fetching || !data ? (
              <MobileLoading />
            ) : (
              <VerifyResult verification={data.verifyCode} />
            )}
          </div>
        )}
      </Card>
      <Card title={code ? t('verify.again') : undefined}>
        <VerifyForm key={code ?? ''} />
      </Card>
    </>
  );
}
