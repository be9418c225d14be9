/** Inbox messages a classmate answers in place (同学协助核验请求). */
export const CLASSMATE_ASSIST_REQUESTED = 'CLASSMATE_ASSIST_REQUESTED';

export function isClassmateRequest(topic: string, subjectId: string | null | undefined): subjectId is string {
  return topic === CLASSMATE_ASSIST_REQUESTED && !!subjectId;
}

/**
 * What an inbox message shows below its text: the answer buttons for a classmate's request that still
 * waits, a note once it was answered or withdrawn (the server says which), nothing for other messages.
 */
export function classmateRequestView(
  topic: string,
  subjectId: string | null | undefined,
  awaitingAnswer: boolean | null | undefined,
): 'ask' | 'closed' | null {
  if (!isClassmateRequest(topic, subjectId)) return null;
  return awaitingAnswer === false ? 'closed' : 'ask';
}

export type AnswerOutcome =
  | { kind: 'confirmed' }
  | { kind: 'declined' }
  /** Answered before (on another device) or withdrawn: nothing more to do. */
  | { kind: 'closed'; code: string; message: string }
  | { kind: 'refused'; code: string; message: string };

/** Codes after which the buttons make no sense any more: the request is gone or already answered. */
const CLOSED = new Set(['ASSIST_ALREADY_ANSWERED', 'ASSIST_NOT_FOUND', 'NO_OPEN_DISPUTE']);

type Payload =
  | { __typename: 'ClassmateAssistAnswered'; confirmed: boolean }
  | { __typename: 'DisputeStepRefused'; code: string; message: string }
  | { __typename?: string };

/** The answer's payload as what the classmate sees next; null when nothing came back (transport error). */
export function answerOutcome(payload: Payload | null | undefined): AnswerOutcome | null {
  if (!payload) return null;
  if (payload.__typename === 'ClassmateAssistAnswered' && 'confirmed' in payload) {
    return { kind: payload.confirmed ? 'confirmed' : 'declined' };
  }
  if (payload.__typename === 'DisputeStepRefused' && 'code' in payload) {
    return { kind: CLOSED.has(payload.code) ? 'closed' : 'refused', code: payload.code, message: payload.message };
  }
  return null;
}
