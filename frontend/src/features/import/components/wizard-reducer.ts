import type { ImportBatchState } from '@/gql/graphql';
import type { FileProblem } from './file-check';

export type WizardStep = 'choose' | 'uploading' | 'analysing' | 'rejected' | 'analysed' | 'committing' | 'finished';

export interface Progress {
  rowsDone: number;
  rowsTotal: number;
  percent: number;
}

export interface WizardState {
  step: WizardStep;
  fileName: string | null;
  uploadPercent: number;
  batchId: string | null;
  version: number | null;
  progress: Progress | null;
  /** The batch state once the commit ended (COMMITTED / FAILED), later ROLLED_BACK. */
  outcome: ImportBatchState | null;
  failure: string | null;
  /** Why the whole file was refused (client check or server). */
  rejection: { code: string; message: string | null; detail: string | null } | null;
  /** A request that did not succeed; the step stays where it was. */
  error: string | null;
}

export type WizardAction =
  | { type: 'FILE_REFUSED'; problem: FileProblem }
  | { type: 'UPLOAD_STARTED'; fileName: string }
  | { type: 'UPLOAD_PROGRESS'; percent: number }
  | { type: 'UPLOADED' }
  | { type: 'UPLOAD_FAILED'; code: string; message: string | null }
  | { type: 'ANALYSED'; batchId: string; version: number }
  | { type: 'FILE_REJECTED'; code: string; message: string; detail: string | null }
  | { type: 'COMMIT_STARTED' }
  | { type: 'PROGRESS'; state: ImportBatchState; progress: Progress }
  | { type: 'COMMIT_FINISHED'; state: ImportBatchState; failure: string | null }
  | { type: 'REQUEST_FAILED'; message: string }
  | { type: 'ROLLED_BACK' }
  | { type: 'RESET' };

export const initialWizardState: WizardState = {
  step: 'choose',
  fileName: null,
  uploadPercent: 0,
  batchId: null,
  version: null,
  progress: null,
  outcome: null,
  failure: null,
  rejection: null,
  error: null,
};

const TERMINAL: readonly ImportBatchState[] = ['COMMITTED', 'FAILED', 'ROLLED_BACK'];

/**
 * The import wizard: choose → uploading → analysing → analysed (or rejected) → committing →
 * finished. Events that do not fit the current step (a late progress message, a double click)
 * leave the state as it is.
 */
export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'FILE_REFUSED':
      if (state.step !== 'choose' && state.step !== 'rejected') return state;
      return { ...initialWizardState, rejection: { code: action.problem, message: null, detail: null } };
    case 'UPLOAD_STARTED':
      if (state.step !== 'choose' && state.step !== 'rejected') return state;
      return { ...initialWizardState, step: 'uploading', fileName: action.fileName };
    case 'UPLOAD_PROGRESS':
      if (state.step !== 'uploading') return state;
      return { ...state, uploadPercent: Math.max(state.uploadPercent, Math.min(100, Math.round(action.percent))) };
    case 'UPLOADED':
      if (state.step !== 'uploading') return state;
      return { ...state, step: 'analysing', uploadPercent: 100 };
    case 'UPLOAD_FAILED':
      if (state.step !== 'uploading' && state.step !== 'analysing') return state;
      return {
        ...initialWizardState,
        step: 'rejected',
        fileName: state.fileName,
        rejection: { code: action.code, message: action.message, detail: null },
      };
    case 'FILE_REJECTED':
      if (state.step !== 'analysing') return state;
      return {
        ...state,
        step: 'rejected',
        rejection: { code: action.code, message: action.message, detail: action.detail },
      };
    case 'ANALYSED':
      if (state.step !== 'analysing') return state;
      return { ...state, step: 'analysed', batchId: action.batchId, version: action.version };
    case 'COMMIT_STARTED':
      if (state.step !== 'analysed') return state;
      return { ...state, step: 'committing', progress: { rowsDone: 0, rowsTotal: 0, percent: 0 }, error: null };
    case 'PROGRESS': {
      if (state.step !== 'committing') return state;
      if (TERMINAL.includes(action.state)) {
        return { ...state, step: 'finished', outcome: action.state, progress: action.progress };
      }
      const percent = Math.max(state.progress?.percent ?? 0, action.progress.percent);
      return { ...state, progress: { ...action.progress, percent } };
    }
    case 'COMMIT_FINISHED':
      if (state.step !== 'committing' && state.step !== 'finished') return state;
      if (!TERMINAL.includes(action.state)) return state;
      return { ...state, step: 'finished', outcome: action.state, failure: action.failure };
    case 'REQUEST_FAILED':
      // A refused or failed commit goes back to the review, where it can be tried again.
      return { ...state, step: state.step === 'committing' ? 'analysed' : state.step, error: action.message };
    case 'ROLLED_BACK':
      if (state.step !== 'finished' || state.outcome !== 'COMMITTED') return state;
      return { ...state, outcome: 'ROLLED_BACK', error: null };
    case 'RESET':
      return initialWizardState;
  }
}
