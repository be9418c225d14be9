import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportBatchState } from '@/gql/graphql';
import { RollbackButton } from './rollback-button';

interface ImportOutcomeProps {
  batchId: string;
  outcome: ImportBatchState;
  failure: string | null;
  onRolledBack: () => void;
  onRestart: () => void;
}

export function ImportOutcome({ batchId, outcome, failure, onRolledBack, onRestart }: ImportOutcomeProps) {
  const { t } = useTranslation('import');
  const again = (
    <Button key="again" type="primary" onClick={onRestart}>
      {t('actions.another')}
    </Button>
  );
  if (outcome === 'COMMITTED') {
    return (
      <Result
        status="success"
        title={t('outcome.committed')}
        subTitle={
          <>
            <span data-testid="batch-state">{t('outcome.state', { state: outcome })}</span>
            <br />
            {t('outcome.committedHint')}
          </>
        }
        extra={[again, <RollbackButton key="rollback" batchId={batchId} onRolledBack={onRolledBack} />]}
      />
    );
  }
  if (outcome === 'ROLLED_BACK') {
    return (
      <Result
        status="info"
        title={t('outcome.rolledBack')}
        subTitle={<span data-testid="batch-state">{t('outcome.state', { state: outcome })}</span>}
        extra={[again]}
      />
    );
  }
  return <Result status="error" title={t('outcome.failed')} subTitle={
        <>
          <span data-testid="batch-state">{t('outcome.state', { state: outcome })}</span>
          <br />
          {failure ?? t('outcome.failedHint')}
        </>
      } extra={[again]} />;
}
