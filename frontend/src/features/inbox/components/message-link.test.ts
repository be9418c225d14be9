import { describe, expect, it } from 'vitest';
import { messageLink } from './message-link';

describe('messageLink', () => {
  it('leads ticket messages to the ticket and others nowhere', () => {
    expect(messageLink('TICKET_NEEDS_INFO', 'T1')).toBe('/me/tickets/T1');
    expect(messageLink('TICKET_APPROVED', 'a/b')).toBe('/me/tickets/a%2Fb');
    expect(messageLink('REMINDER', 'C1')).toBeNull();
    expect(messageLink('TICKET_APPROVED', null)).toBeNull();
  });
});
