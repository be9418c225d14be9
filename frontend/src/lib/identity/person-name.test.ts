import { describe, expect, it } from 'vitest';
import { checkPersonName } from './person-name';

describe('checkPersonName', () => {
  it('accepts Han names, rare characters outside the BMP, letters and the middle dot', () => {
    expect(checkPersonName('李明')).toEqual({ ok: true, value: '李明' });
    expect(checkPersonName('𠮷野')).toEqual({ ok: true, value: '𠮷野' });
    expect(checkPersonName('阿依古丽·买买提')).toMatchObject({ ok: true });
    expect(checkPersonName('John')).toMatchObject({ ok: true });
  });

  it('says what is wrong', () => {
    expect(checkPersonName('')).toEqual({ ok: false, problem: 'empty' });
    expect(checkPersonName('李 明')).toEqual({ ok: false, problem: 'spaces' });
    expect(checkPersonName('李明 ')).toEqual({ ok: false, problem: 'spaces' });
    expect(checkPersonName('李明2')).toEqual({ ok: false, problem: 'digits' });
    expect(checkPersonName('阿依古丽.买买提')).toEqual({ ok: false, problem: 'wrongDot' });
    expect(checkPersonName('阿依古丽•买买提')).toEqual({ ok: false, problem: 'wrongDot' });
    expect(checkPersonName('·李明')).toEqual({ ok: false, problem: 'dotPlacement' });
    expect(checkPersonName('李明!')).toEqual({ ok: false, problem: 'symbols' });
    expect(checkPersonName('李'.repeat(51))).toEqual({ ok: false, problem: 'tooLong' });
    expect(checkPersonName('𠮷'.repeat(50))).toMatchObject({ ok: true });
  });
});
