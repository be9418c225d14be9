import { describe, expect, it } from 'vitest';
import { answerOutcome, classmateRequestView, isClassmateRequest } from './classmate-answer';
import { messageLink } from './message-link';

describe('isClassmateRequest', () => {
  it('answers in place only requests with a request id', () => {
    expect(isClassmateRequest('CLASSMATE_ASSIST_REQUESTED', 'Q2xhc3M6MQ==')).toBe(true);
    expect(isClassmateRequest('CLASSMATE_ASSIST_REQUESTED', null)).toBe(false);
    expect(isClassmateRequest('CLASSMATE_ASSIST_DECLINED', 'x')).toBe(false);
  });
});

describe('answerOutcome', () => {
  it('tells a confirmation from a decline', () => {
    expect(answerOutcome({ __typename: 'ClassmateAssistAnswered', confirmed: true })).toEqual({ kind: 'confirmed' });
    expect(answerOutcome({ __typename: 'ClassmateAssistAnswered', confirmed: false })).toEqual({ kind: 'declined' });
  });

  it('closes requests answered elsewhere or withdrawn, and keeps other refusals retryable', () => {
    expect(answerOutcome({ __typename: 'DisputeStepRefused', code: 'ASSIST_ALREADY_ANSWERED', message: 'm' })).toEqual({
      kind: 'closed',
      code: 'ASSIST_ALREADY_ANSWERED',
      message: 'm',
    });
    expect(answerOutcome({ __typename: 'DisputeStepRefused', code: 'ASSIST_NOT_FOUND', message: 'm' })?.kind).toBe('closed');
    expect(answerOutcome({ __typename: 'DisputeStepRefused', code: 'SOMETHING_ELSE', message: 'm' })?.kind).toBe('refused');
    expect(answerOutcome(null)).toBeNull();
  });
});

describe('messageLink for dispute messages', () => {
  it('keeps the classmate request in the inbox and leads the claimant back to the dispute page', () => {
    expect(messageLink('CLASSMATE_ASSIST_REQUESTED', 'R1')).toBeNull();
    expect(messageLink('CLASSMATE_ASSIST_DECLINED', null)).toBe('/me/dispute');
    expect(messageLink('IDENTITY_REVIEW_REJECTED', null)).toBe('/me/dispute');
    expect(messageLink('IDENTITY_DISPUTE_RESOLVED', null)).toBe('/me/dispute');
  });
});

describe('classmateRequestView', () => {
  it('asks while the request waits, notes it once answered, says nothing for other messages', () => {
    expect(classmateRequestView('CLASSMATE_ASSIST_REQUESTED', 'Q2xhc3M6MQ==', true)).toBe('ask');
    expect(classmateRequestView('CLASSMATE_ASSIST_REQUESTED', 'Q2xhc3M6MQ==', false)).toBe('closed');
    // a server that does not say yet: the buttons, and the server refuses a second answer
    expect(classmateRequestView('CLASSMATE_ASSIST_REQUESTED', 'Q2xhc3M6MQ==', null)).toBe('ask');
    expect(classmateRequestView('REMINDER', 'Q2FtcGFpZ246MQ==', null)).toBeNull();
    expect(classmateRequestView('CLASSMATE_ASSIST_REQUESTED', null, true)).toBeNull();
  });
});
