import { describe, expect, it } from 'vitest';
import { taskRoute } from './task-route';

describe('taskRoute', () => {
  it('leads each kind of task to its screen', () => {
    expect(taskRoute({ kind: 'CONFIRM_RECORD', recordId: 'R1' })).toBe('/me/records/R1/confirm');
    expect(taskRoute({ kind: 'CONFIRM_PHOTO', recordId: 'R1' })).toBe('/me/records/R1/confirm?step=photo');
    expect(taskRoute({ kind: 'RECONFIRM', recordId: 'R1', subject: 'RECORD' })).toBe('/me/records/R1/confirm');
    expect(taskRoute({ kind: 'RECONFIRM', recordId: 'R1', subject: 'ADMISSION_PHOTO' })).toBe(
      '/me/records/R1/confirm?step=photo',
    );
    expect(taskRoute({ kind: 'ANSWER_TICKET', recordId: 'R1', ticketId: 'T/9' })).toBe('/me/tickets/T%2F9');
    expect(taskRoute({ kind: 'ANSWER_TICKET', recordId: 'R1', ticketId: null })).toBe('/me/tickets');
  });

  it('escapes ids that are not URL-safe', () => {
    expect(taskRoute({ kind: 'CONFIRM_RECORD', recordId: 'a b/c' })).toBe('/me/records/a%20b%2Fc/confirm');
  });
});
