import { describe, expect, it } from 'vitest';
import { decisionResult, reasonProblem } from './decision';

describe('reasonProblem', () => {
  it('asks for at least two characters after trimming', () => {
    expect(reasonProblem('')).toBe('reasonRequired');
    expect(reasonProblem('  好 ')).toBe('reasonRequired');
    expect(reasonProblem('一致')).toBeNull();
  });

  it('counts a character outside the BMP once, as the server does', () => {
    expect(reasonProblem('𠮷')).toBe('reasonRequired');
    expect(reasonProblem('𠮷'.repeat(500))).toBeNull();
    expect(reasonProblem('𠮷'.repeat(501))).toBe('reasonTooLong');
  });
});

describe('decisionResult', () => {
  it('tells an approval from a rejection', () => {
    expect(decisionResult({ __typename: 'IdentityDisputeDecided', review: { reviewState: 'APPROVED' } })).toEqual({
      kind: 'decided',
      messageKey: 'decision.approved',
    });
    expect(decisionResult({ __typename: 'IdentityDisputeDecided', review: { reviewState: 'REJECTED' } })).toEqual({
      kind: 'decided',
      messageKey: 'decision.rejected',
    });
  });

  it('treats another agent deciding first as stale, whichever way the server says it', () => {
    expect(decisionResult({ __typename: 'VersionConflict', code: 'VERSION_CONFLICT', message: 'x' }).kind).toBe('stale');
    expect(decisionResult({ __typename: 'DisputeStepRefused', code: 'REVIEW_NOT_PENDING', message: 'x' }).kind).toBe('stale');
  });

  it("keeps the server's message for other refusals and maps field errors by field", () => {
    expect(decisionResult({ __typename: 'DisputeStepRefused', code: 'NO_OPEN_DISPUTE', message: '已结束' })).toEqual({
      kind: 'refused',
      message: '已结束',
    });
    expect(
      decisionResult({
        __typename: 'ValidationFailed',
        code: 'VALIDATION_FAILED',
        message: 'x',
        fieldErrors: [{ field: 'reason', message: '请填写理由' }],
      }),
    ).toEqual({ kind: 'invalid', fieldErrors: { reason: '请填写理由' } });
  });
});
