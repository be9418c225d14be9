import type { DecideCorrectionTicketInput, ItemDecision } from '@/gql/graphql';

/** A registrar's decision on one ticket while it is being made. */
export interface DecisionState {
  decisions: Readonly<Record<string, ItemDecision>>;
  rejectionCode: string | null;
  reason: string;
}

export type DecisionAction =
  | { type: 'decide'; itemId: string; decision: ItemDecision }
  | { type: 'decideAll'; itemIds: readonly string[]; decision: ItemDecision }
  | { type: 'template'; code: string | null }
  | { type: 'reason'; text: string }
  | { type: 'reset' };

export const initialDecision: DecisionState = { decisions: {}, rejectionCode: null, reason: '' };

export function decisionReducer(state: DecisionState, action: DecisionAction): DecisionState {
  switch (action.type) {
    case 'decide':
      return { ...state, decisions: { ...state.decisions, [action.itemId]: action.decision } };
    case 'decideAll':
      return { ...state, decisions: Object.fromEntries(action.itemIds.map((id) => [id, action.decision])) };
    case 'template':
      return { ...state, rejectionCode: action.code };
    case 'reason':
      return { ...state, reason: action.text };
    case 'reset':
      return initialDecision;
  }
}

export type DecisionProblem = 'undecided' | 'reasonRequired';

/** Rejecting everything needs a template or a written reason (the student is told why). */
export function decisionProblem(state: DecisionState, itemIds: readonly string[]): DecisionProblem | null {
  if (itemIds.length === 0 || itemIds.some((id) => !state.decisions[id])) return 'undecided';
  const allRejected = itemIds.every((id) => state.decisions[id] === 'REJECTED');
  if (allRejected && !state.rejectionCode && state.reason.trim().length < 2) return 'reasonRequired';
  return null;
}

/** What the decision will do: apply (some item accepted) or reject the ticket. */
export function decisionOutcome(state: DecisionState, itemIds: readonly string[]): 'apply' | 'reject' {
  return itemIds.some((id) => state.decisions[id] === 'ACCEPTED') ? 'apply' : 'reject';
}

export function toDecideInput(state: DecisionState, ticketId: string, version: number, itemIds: readonly string[]): DecideCorrectionTicketInput {
  const reject = decisionOutcome(state, itemIds) === 'reject';
  const reason = state.reason.trim();
  return {
    ticketId,
    version,
    decisions: itemIds.map((itemId) => ({ itemId, decision: state.decisions[itemId] })),
    rejectionCode: reject ? state.rejectionCode : null,
    reason: reason === '' ? null : reason,
  };
}
