import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { formatShanghai, fromIsoToShanghaiWall, toShanghaiIso } from './shanghai-time';

describe('Shanghai time', () => {
  it('sends the picked wall-clock digits with the +08:00 offset', () => {
    expect(toShanghaiIso(dayjs('2025-10-22T00:00:00'))).toBe('2025-10-22T00:00:00+08:00');
    expect(toShanghaiIso(dayjs('2025-11-30T23:59:59'))).toBe('2025-11-30T23:59:59+08:00');
  });

  it('shows an instant in Shanghai whatever offset the server wrote', () => {
    expect(formatShanghai('2025-11-30T15:59:00Z')).toBe('2025-11-30 23:59');
    expect(formatShanghai('2025-10-21T16:00:00Z')).toBe('2025-10-22 00:00');
    expect(formatShanghai('2025-10-22T00:00:00+08:00')).toBe('2025-10-22 00:00');
  });

  it('round-trips through the picker value', () => {
    const iso = '2025-10-22T08:30:00+08:00';
    expect(toShanghaiIso(fromIsoToShanghaiWall(iso))).toBe(iso);
    expect(toShanghaiIso(fromIsoToShanghaiWall('2025-10-22T00:30:00Z'))).toBe('2025-10-22T08:30:00+08:00');
  });
});
