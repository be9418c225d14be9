import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, timeLeft } from './format-date-time';

describe('timeLeft', () => {
  const deadline = '2025-11-30T23:59:59+08:00';

  it('splits what is left into days, hours, minutes and seconds', () => {
    const now = Date.parse('2025-11-28T21:58:58+08:00');
    expect(timeLeft(deadline, now)).toEqual({ days: 2, hours: 2, minutes: 1, seconds: 1, over: false });
  });

  it('is over at and after the deadline, never negative', () => {
    expect(timeLeft(deadline, Date.parse(deadline))).toMatchObject({ over: true, days: 0, seconds: 0 });
    expect(timeLeft(deadline, Date.parse(deadline) + 86_400_000)).toMatchObject({ over: true, days: 0 });
  });

  it('drops parts of a second', () => {
    const now = Date.parse(deadline) - 1500;
    expect(timeLeft(deadline, now)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 1, over: false });
  });
});

describe('formatDateTime', () => {
  it('shows the moment in China time whatever the zone of the input', () => {
    expect(formatDateTime('2025-11-30T15:59:00Z', 'zh-CN')).toContain('23:59');
    expect(formatDateTime('2025-11-30T15:59:00Z', 'zh-CN')).toContain('30');
    expect(formatDate('2025-11-30T16:30:00Z', 'en')).toContain('Dec');
  });
});
