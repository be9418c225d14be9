/** What SUPPORT decides about a photo, and what came of it. Pure logic, tested without a browser. */

export const REASON_MIN = 2;
export const REASON_MAX = 500;

export type ReasonProblem = 'reasonRequired' | 'reasonTooLong' | null;

/** The server counts code points after trimming; so does this check (a rare character is one). */
export function reasonProblem(reason: string): ReasonProblem {
  const length = [...reason.trim()].length;
  if (length < REASON_MIN) return 'reasonRequired';
  if (length > REASON_MAX) return 'reasonTooLong';
  return null;
}

export type DecisionPayload =
  | { __typename: 'IdentityDisputeDecided'; review: { reviewState: string } }
  | { __typename: 'DisputeStepRefused'; code: string; message: string }
  | { __typename: 'VersionConflict'; code: string; message: string }
  | { __typename: 'ValidationFailed'; code: string; message: string; fieldErrors: ReadonlyArray<{ field: string; message: string }> };

export type DecisionResult =
  | { kind: 'decided'; messageKey: 'decision.approved' | 'decision.rejected' }
  | { kind: 'stale'; messageKey: 'decision.stale' }
  | { kind: 'refused'; message: string }
  | { kind: 'invalid'; fieldErrors: Record<string, string> };

/** The payload union in words: a decision, someone else's decision first (reload), or a refusal. */
export function decisionResult(payload: DecisionPayload): DecisionResult {
  switch (payload.__typename) {
    case 'IdentityDisputeDecided':
      return { kind: 'decided', messageKey: payload.review.reviewState === 'APPROVED' ? 'decision.approved' : 'decision.rejected' };
    case 'VersionConflict':
      return { kind: 'stale', messageKey: 'decision.stale' };
    case 'DisputeStepRefused':
      return payload.code === 'REVIEW_NOT_PENDING' ? { kind: 'stale', messageKey: 'decision.stale' } : { kind: 'refused', message: payload.message };
    case 'ValidationFailed':
      return { kind: 'invalid', fieldErrors: Object.fromEntries(payload.fieldErrors.map((error) => [error.field, error.message])) };
  }
}
