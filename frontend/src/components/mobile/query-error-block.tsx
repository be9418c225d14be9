import type { CombinedError } from '@urql/core';
import { Button, ErrorBlock } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useErrorDescription } from '@/lib/errors/use-error-description';

interface QueryErrorBlockProps {
  error: CombinedError;
  onRetry?: () => void;
}

/** A failed query on a phone: what happened, what to do next, the code for support, and retry. */
export function QueryErrorBlock({ error, onRetry }: QueryErrorBlockProps) {
  const { t } = useTranslation();
  const description = useErrorDescription(error);
  if (!description) return null;
  return (
    <div role="alert">
      <ErrorBlock
        status="default"
        title={description.message}
        description={
          <>
            <span>{description.nextStep}</span>
            {description.code && (
              <small style={{ display: 'block', marginTop: 4 }}>
                {t('codeLabel', { ns: 'errors', code: description.code })}
              </small>
            )}
          </>
        }
      >
        {onRetry && (
          <Button color="primary" size="small" onClick={onRetry}>
            {t('state.retry')}
          </Button>
        )}
      </ErrorBlock>
    </div>
  );
}
