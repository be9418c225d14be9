import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { expiryProblem, toCreateTokenInput } from './token-form-values';

describe('integrator token form', () => {
  const now = dayjs('2025-11-10T10:00:00');

  it('sends the scopes in a stable order and the end of the chosen day in Shanghai', () => {
    expect(toCreateTokenInput({ name: ' 一卡通系统 ', scopes: ['STATS_READ', 'RECORDS_READ'], expiresAt: dayjs('2026-06-30') }, 'key-12345678')).toEqual({
      name: '一卡通系统',
      scopes: ['RECORDS_READ', 'STATS_READ'],
      expiresAt: '2026-06-30T23:59:59+08:00',
      idempotencyKey: 'key-12345678',
    });
  });

  it('needs an expiry in the future and at most 366 days ahead', () => {
    expect(expiryProblem(null, now)).toBe('required');
    expect(expiryProblem(dayjs('2025-11-09'), now)).toBe('past');
    expect(expiryProblem(now.add(367, 'day'), now)).toBe('tooFar');
    expect(expiryProblem(now.add(30, 'day'), now)).toBeNull();
  });
});
