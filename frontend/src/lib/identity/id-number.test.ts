import { describe, expect, it } from 'vitest';
import { checkIdNumber, checkIdNumberComplete, idCheckCharacter } from './id-number';

const today = new Date('2026-01-01T00:00:00Z');
// 11010519491231002X is the standard's worked example; 500101200001010011 computed below.
const VALID_X = '11010519491231002X';

describe('checkIdNumber', () => {
  it('computes the GB 11643 check character of the worked example', () => {
    expect(idCheckCharacter('11010519491231002')).toBe('X');
  });

  it('accepts a valid number and reads its birth date and gender', () => {
    expect(checkIdNumber(VALID_X, today)).toEqual({
      state: 'valid',
      value: VALID_X,
      birthDate: '1949-12-31',
      gender: 'FEMALE',
    });
    const first17 = '50010120000101001';
    const male = first17 + idCheckCharacter(first17);
    expect(checkIdNumber(male, today)).toMatchObject({ state: 'valid', gender: 'MALE', birthDate: '2000-01-01' });
  });

  it('is incomplete, not wrong, while the student is still typing', () => {
    expect(checkIdNumber('', today)).toEqual({ state: 'empty' });
    expect(checkIdNumber('5', today)).toEqual({ state: 'incomplete', typed: 1 });
    expect(checkIdNumber('5001012000', today)).toEqual({ state: 'incomplete', typed: 10 });
  });

  it('names the problem: checksum, date, lower-case x, region, spaces, full width, length', () => {
    expect(checkIdNumber('110105194912310021', today)).toEqual({ state: 'invalid', problem: 'checksum' });
    expect(checkIdNumber('11010519491231002x', today)).toEqual({ state: 'invalid', problem: 'lowercaseX' });
    expect(checkIdNumber('11010519490231', today)).toEqual({ state: 'invalid', problem: 'date' });
    expect(checkIdNumber('11010520300101', today)).toEqual({ state: 'invalid', problem: 'date' });
    expect(checkIdNumber('99', today)).toEqual({ state: 'invalid', problem: 'region' });
    expect(checkIdNumber('110105 ', today)).toEqual({ state: 'invalid', problem: 'spaces' });
    expect(checkIdNumber('１１０１', today)).toEqual({ state: 'invalid', problem: 'fullWidth' });
    expect(checkIdNumber('1101a', today)).toEqual({ state: 'invalid', problem: 'characters' });
    expect(checkIdNumber('1101X', today)).toEqual({ state: 'invalid', problem: 'characters' });
    expect(checkIdNumber(`${VALID_X}1`, today)).toEqual({ state: 'invalid', problem: 'tooLong' });
  });

  it('on leaving the field, calls 15 digits the old format', () => {
    expect(checkIdNumberComplete('110105491231002', today)).toEqual({ state: 'invalid', problem: 'oldFifteen' });
    expect(checkIdNumberComplete('1101054912', today)).toEqual({ state: 'incomplete', typed: 10 });
  });
});
