import { describe, expect, it } from 'vitest';
import { decisionOutcome, decisionProblem, decisionReducer, initialDecision, toDecideInput, type DecisionAction } from './decision-reducer';

const items = ['i1', 'i2'];
const run = (...actions: DecisionAction[]) => actions.reduce(decisionReducer, initialDecision);

describe('ticket decision', () => {
  it('needs a decision on every item', () => {
    expect(decisionProblem(initialDecision, items)).toBe('undecided');
    expect(decisionProblem(run({ type: 'decide', itemId: 'i1', decision: 'ACCEPTED' }), items)).toBe('undecided');
    expect(decisionProblem(initialDecision, [])).toBe('undecided');
  });

  it('accepts some and rejects others without a reason, and applies', () => {
    const state = run({ type: 'decide', itemId: 'i1', decision: 'ACCEPTED' }, { type: 'decide', itemId: 'i2', decision: 'REJECTED' });
    expect(decisionProblem(state, items)).toBeNull();
    expect(decisionOutcome(state, items)).toBe('apply');
    expect(toDecideInput(state, 't1', 3, items)).toEqual({
      ticketId: 't1',
      version: 3,
      decisions: [
        { itemId: 'i1', decision: 'ACCEPTED' },
        { itemId: 'i2', decision: 'REJECTED' },
      ],
      rejectionCode: null,
      reason: null,
    });
  });

  it('rejecting everything needs a template or a reason', () => {
    const rejected = run({ type: 'decideAll', itemIds: items, decision: 'REJECTED' });
    expect(decisionOutcome(rejected, items)).toBe('reject');
    expect(decisionProblem(rejected, items)).toBe('reasonRequired');
    expect(decisionProblem(decisionReducer(rejected, { type: 'reason', text: ' 证明材料不清晰 ' }), items)).toBeNull();
    const templated = decisionReducer(rejected, { type: 'template', code: 'EVIDENCE_UNCLEAR' });
    expect(decisionProblem(templated, items)).toBeNull();
    expect(toDecideInput(templated, 't1', 1, items)).toMatchObject({ rejectionCode: 'EVIDENCE_UNCLEAR', reason: null });
  });

  it('sends no template when something is accepted', () => {
    const state = run(
      { type: 'template', code: 'EVIDENCE_UNCLEAR' },
      { type: 'decideAll', itemIds: items, decision: 'ACCEPTED' },
    );
    expect(toDecideInput(state, 't1', 1, items).rejectionCode).toBeNull();
  });

  it('starts over on reset', () => {
    expect(run({ type: 'decide', itemId: 'i1', decision: 'ACCEPTED' }, { type: 'reset' })).toEqual(initialDecision);
  });
});
