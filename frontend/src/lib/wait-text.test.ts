import { describe, expect, it } from 'vitest';
import { mainlandPhone, splitSeconds } from './wait-text';

describe('splitSeconds', () => {
  it('splits a 24-hour lock-out into hours, minutes and seconds', () => {
    expect(splitSeconds(86_399)).toEqual({ hours: 23, minutes: 59, seconds: 59 });
    expect(splitSeconds(61)).toEqual({ hours: 0, minutes: 1, seconds: 1 });
    expect(splitSeconds(-5)).toEqual({ hours: 0, minutes: 0, seconds: 0 });
  });
});

describe('mainlandPhone', () => {
  it('accepts mainland numbers with +86, spaces or hyphens and refuses others', () => {
    expect(mainlandPhone('138 0000 0001')).toBe('13800000001');
    expect(mainlandPhone('+86-13800000001')).toBe('13800000001');
    expect(mainlandPhone('12800000001')).toBeNull();
    expect(mainlandPhone('1380000000')).toBeNull();
  });
});
