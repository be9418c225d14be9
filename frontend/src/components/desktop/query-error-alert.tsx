import type { CombinedError } from '@urql/core';
import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorDescription } from '@/lib/errors/use-error-description';

interface QueryErrorAlertProps {
  error: CombinedError;
  onRetry?: () => void;
}

/** A failed query in the staff area: message, next step, code for support, and retry. */
export function QueryErrorAlert({ error, onRetry }: QueryErrorAlertProps) {
  const { t } = useTranslation();
  const description = useErrorDescription(error);
  if (!description) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={description.message}
      description={
        <>
          {description.nextStep}
          {description.code && (
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
              {t('codeLabel', { ns: 'errors', code: description.code })}
            </Typography.Text>
          )}
        </>
      }
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('state.retry')}
          </Button>
        )
      }
    />
  );
}
