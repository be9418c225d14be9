import { describe, expect, it } from 'vitest';
import { stepProblems, type RegistrationDraft } from './registration-draft';

const draft: RegistrationDraft = {
  phone: '138 0000 0001',
  smsCode: '123456',
  name: '李明',
  idType: 'RESIDENT_ID',
  idNumber: '11010519491231002X',
  email: '',
  password: 'Abc@12345',
  passwordConfirm: 'Abc@12345',
  consent: true,
};
const today = new Date('2026-01-01T00:00:00Z');

describe('stepProblems', () => {
  it('lets a complete draft through every step', () => {
    for (const step of [0, 1, 2, 3] as const) expect(stepProblems(draft, step, today)).toEqual({});
  });

  it('stops each step at its own problem', () => {
    expect(stepProblems({ ...draft, phone: '1380000' }, 0, today)).toEqual({ phone: 'phoneInvalid' });
    expect(stepProblems({ ...draft, smsCode: '12a456' }, 0, today)).toEqual({ smsCode: 'codeInvalid' });
    expect(stepProblems({ ...draft, name: '李 明' }, 1, today)).toEqual({ name: 'record:checks.name.spaces' });
    expect(stepProblems({ ...draft, idNumber: '11010519491231002x' }, 1, today)).toEqual({
      idNumber: 'record:checks.idNumber.lowercaseX',
    });
    expect(stepProblems({ ...draft, idNumber: '110105194912310021' }, 1, today)).toEqual({
      idNumber: 'record:checks.idNumber.checksum',
    });
    expect(stepProblems({ ...draft, idType: 'PASSPORT', idNumber: 'E12345678' }, 1, today)).toEqual({});
    expect(stepProblems({ ...draft, password: '123' , passwordConfirm: '123' }, 2, today)).toEqual({ password: 'passwordLength' });
    expect(stepProblems({ ...draft, passwordConfirm: 'other' }, 2, today)).toEqual({ passwordConfirm: 'passwordMismatch' });
    expect(stepProblems({ ...draft, consent: false }, 3, today)).toEqual({ consent: 'consentRequired' });
  });
});
