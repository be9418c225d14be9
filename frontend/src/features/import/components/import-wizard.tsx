import { Card, Flex, Progress, Steps, Typography } from 'antd';
import { useCallback, useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useErrorDescription } from '@/lib/errors/use-error-description';
import type { ImportBatchState } from '@/gql/graphql';
import { CommitImportBatchMutation } from '../api/commit-import-batch-mutation';
import { StartRosterImportMutation } from '../api/start-roster-import-mutation';
import { UploadRefused, uploadRoster } from '../api/upload-roster';
import { CommitProgress } from './commit-progress';
import { DryRunResult } from './dry-run-result';
import { FileStep } from './file-step';
import { ImportOutcome } from './import-outcome';
import { initialWizardState, wizardReducer, type Progress as CommitProgressValue, type WizardStep } from './wizard-reducer';

const STEP_INDEX: Record<WizardStep, number> = {
  choose: 0,
  rejected: 0,
  uploading: 1,
  analysing: 1,
  analysed: 2,
  committing: 3,
  finished: 4,
};

/** 名单导入: choose a file → upload → dry run → commit with live progress → result (and rollback). */
export function ImportWizard() {
  const { t } = useTranslation('import');
  const [state, dispatch] = useReducer(wizardReducer, initialWizardState);
  const [startResult, startImport] = useMutation(StartRosterImportMutation);
  const [commitResult, commitBatch] = useMutation(CommitImportBatchMutation);
  const requestError = useErrorDescription(startResult.error ?? commitResult.error);

  const start = async (file: File, createMissingReference: boolean) => {
    dispatch({ type: 'UPLOAD_STARTED', fileName: file.name });
    let uploadId: string;
    try {
      const uploaded = await uploadRoster(file, (percent) => dispatch({ type: 'UPLOAD_PROGRESS', percent }));
      uploadId = uploaded.id;
    } catch (error) {
      const refused = error instanceof UploadRefused ? error : new UploadRefused('NETWORK', null);
      dispatch({ type: 'UPLOAD_FAILED', code: refused.code, message: refused.serverMessage });
      return;
    }
    dispatch({ type: 'UPLOADED' });
    const result = await startImport({ input: { uploadId, createMissingReference } });
    const payload = result.data?.startRosterImport;
    if (payload?.__typename === 'RosterImportAnalysed') {
      dispatch({ type: 'ANALYSED', batchId: payload.batch.id, version: payload.batch.version });
    } else if (payload?.__typename === 'RosterFileRejected') {
      dispatch({ type: 'FILE_REJECTED', code: payload.code, message: payload.message, detail: payload.detail ?? null });
    } else {
      dispatch({ type: 'UPLOAD_FAILED', code: 'ANALYSIS_FAILED', message: null });
    }
  };

  const commit = async () => {
    if (!state.batchId || state.version === null) return;
    dispatch({ type: 'COMMIT_STARTED' });
    const result = await commitBatch({ input: { batchId: state.batchId, version: state.version } });
    const payload = result.data?.commitImportBatch;
    if (payload?.__typename === 'ImportCommitFinished') {
      dispatch({ type: 'COMMIT_FINISHED', state: payload.batch.state, failure: payload.batch.failure ?? null });
    } else if (payload) {
      dispatch({ type: 'REQUEST_FAILED', message: payload.message });
    }
    // A transport error leaves the step at "committing": the progress fallback re-reads the batch.
  };

  const onProgress = useCallback(
    (batchState: ImportBatchState, progress: CommitProgressValue, failure: string | null) => {
      dispatch({ type: 'PROGRESS', state: batchState, progress });
      if (batchState === 'COMMITTED' || batchState === 'FAILED') {
        dispatch({ type: 'COMMIT_FINISHED', state: batchState, failure });
      }
    },
    [],
  );

  return (
    <Card>
      <Flex vertical gap={24}>
        <Steps
          current={STEP_INDEX[state.step]}
          status={state.step === 'rejected' || state.outcome === 'FAILED' ? 'error' : undefined}
          items={[
            { title: t('steps.choose') },
            { title: t('steps.upload') },
            { title: t('steps.review') },
            { title: t('steps.commit') },
            { title: t('steps.done') },
          ]}
        />
        {(state.step === 'choose' || state.step === 'rejected') && (
          <FileStep
            rejection={state.rejection}
            onRefused={(problem) => dispatch({ type: 'FILE_REFUSED', problem })}
            onStart={(file, createMissing) => void start(file, createMissing)}
          />
        )}
        {state.step === 'uploading' && (
          <Flex vertical gap={8}>
            <Typography.Text>{t('upload.running', { fileName: state.fileName })}</Typography.Text>
            <Progress percent={state.uploadPercent} status="active" />
          </Flex>
        )}
        {state.step === 'analysing' && (
          <Flex vertical gap={8}>
            <Typography.Text>{t('upload.analysing', { fileName: state.fileName })}</Typography.Text>
            <Progress percent={100} status="active" showInfo={false} />
          </Flex>
        )}
        {requestError && state.step !== 'finished' && (
          <Typography.Text type="danger">{requestError.message}</Typography.Text>
        )}
        {state.step === 'analysed' && state.batchId && (
          <DryRunResult
            batchId={state.batchId}
            error={state.error}
            onCommit={() => void commit()}
            onRestart={() => dispatch({ type: 'RESET' })}
          />
        )}
        {state.step === 'committing' && state.batchId && (
          <CommitProgress batchId={state.batchId} progress={state.progress} onProgress={onProgress} />
        )}
        {state.step === 'finished' && state.batchId && state.outcome && (
          <ImportOutcome
            batchId={state.batchId}
            outcome={state.outcome}
            failure={state.failure}
            onRolledBack={() => dispatch({ type: 'ROLLED_BACK' })}
            onRestart={() => dispatch({ type: 'RESET' })}
          />
        )}
      </Flex>
    </Card>
  );
}
