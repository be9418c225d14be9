import { describe, expect, it } from 'vitest';
import { initialWizardState, wizardReducer, type WizardAction, type WizardState } from './wizard-reducer';

function run(...actions: WizardAction[]): WizardState {
  return actions.reduce(wizardReducer, initialWizardState);
}

const toAnalysed: WizardAction[] = [
  { type: 'UPLOAD_STARTED', fileName: 'roster.csv' },
  { type: 'UPLOAD_PROGRESS', percent: 40 },
  { type: 'UPLOADED' },
  { type: 'ANALYSED', batchId: 'batch-1', version: 3 },
];

const progress = (percent: number) => ({ rowsDone: percent, rowsTotal: 100, percent });

describe('import wizard', () => {
  it('walks from choosing a file to a committed batch and a rollback', () => {
    let state = run(toAnalysed[0], toAnalysed[1]);
    expect(state).toMatchObject({ step: 'uploading', fileName: 'roster.csv', uploadPercent: 40 });
    state = run(...toAnalysed);
    expect(state).toMatchObject({ step: 'analysed', batchId: 'batch-1', version: 3, uploadPercent: 100 });

    const commitActions: WizardAction[] = [
      { type: 'COMMIT_STARTED' },
      { type: 'PROGRESS', state: 'COMMITTING', progress: progress(50) },
    ];
    state = commitActions.reduce(wizardReducer, state);
    expect(state).toMatchObject({ step: 'committing', progress: progress(50) });

    state = wizardReducer(state, { type: 'COMMIT_FINISHED', state: 'COMMITTED', failure: null });
    expect(state).toMatchObject({ step: 'finished', outcome: 'COMMITTED' });
    expect(wizardReducer(state, { type: 'ROLLED_BACK' })).toMatchObject({ step: 'finished', outcome: 'ROLLED_BACK' });
  });

  it('finishes from the live progress alone when the commit answer is lost', () => {
    const state = run(...toAnalysed, { type: 'COMMIT_STARTED' }, { type: 'PROGRESS', state: 'COMMITTED', progress: progress(100) });
    expect(state).toMatchObject({ step: 'finished', outcome: 'COMMITTED' });
    const withFailure = wizardReducer(state, { type: 'COMMIT_FINISHED', state: 'COMMITTED', failure: null });
    expect(withFailure.outcome).toBe('COMMITTED');
  });

  it('reports a failed commit with its reason', () => {
    const state = run(...toAnalysed, { type: 'COMMIT_STARTED' }, { type: 'COMMIT_FINISHED', state: 'FAILED', failure: '数据库超时' });
    expect(state).toMatchObject({ step: 'finished', outcome: 'FAILED', failure: '数据库超时' });
    // Only a committed batch can be rolled back.
    expect(wizardReducer(state, { type: 'ROLLED_BACK' })).toBe(state);
  });

  it('never moves progress backwards and ignores progress outside a commit', () => {
    const committing = run(...toAnalysed, { type: 'COMMIT_STARTED' }, { type: 'PROGRESS', state: 'COMMITTING', progress: progress(70) });
    expect(wizardReducer(committing, { type: 'PROGRESS', state: 'COMMITTING', progress: progress(30) }).progress?.percent).toBe(70);
    const analysed = run(...toAnalysed);
    expect(wizardReducer(analysed, { type: 'PROGRESS', state: 'COMMITTING', progress: progress(30) })).toBe(analysed);
  });

  it('ignores a second commit click', () => {
    const committing = run(...toAnalysed, { type: 'COMMIT_STARTED' });
    expect(wizardReducer(committing, { type: 'COMMIT_STARTED' })).toBe(committing);
  });

  it('goes back to the review when the commit request fails', () => {
    const state = run(...toAnalysed, { type: 'COMMIT_STARTED' }, { type: 'REQUEST_FAILED', message: '版本冲突' });
    expect(state).toMatchObject({ step: 'analysed', error: '版本冲突' });
  });

  it('shows why a file was refused, before or after upload, and starts again', () => {
    expect(run({ type: 'FILE_REFUSED', problem: 'FILE_TOO_LARGE' })).toMatchObject({
      step: 'choose',
      rejection: { code: 'FILE_TOO_LARGE' },
    });
    const uploadRefused = run(toAnalysed[0], { type: 'UPLOAD_FAILED', code: 'FILE_EMPTY', message: '文件为空' });
    expect(uploadRefused).toMatchObject({ step: 'rejected', rejection: { code: 'FILE_EMPTY', message: '文件为空' } });
    const rejected = run(toAnalysed[0], toAnalysed[2], {
      type: 'FILE_REJECTED',
      code: 'COLUMN_UNKNOWN',
      message: '未知列',
      detail: '备注',
    });
    expect(rejected).toMatchObject({ step: 'rejected', rejection: { code: 'COLUMN_UNKNOWN', detail: '备注' } });
    expect(wizardReducer(rejected, { type: 'UPLOAD_STARTED', fileName: 'b.csv' })).toMatchObject({
      step: 'uploading',
      fileName: 'b.csv',
      rejection: null,
    });
    expect(wizardReducer(rejected, { type: 'RESET' })).toEqual(initialWizardState);
  });
});
