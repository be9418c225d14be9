import { describe, expect, it } from 'vitest';
import {
  formFieldOf,
  generatePassword,
  PASSWORD_PATTERN,
  scopeNeed,
  toCreateStaffAccountInput,
  USERNAME_PATTERN,
} from './staff-account-form-values';

describe('staff account form → input', () => {
  const base = { username: ' wang.li ', displayName: ' 王丽 ', password: 'Secret@2025', collegeId: 'Q29sbGVnZTox', classIds: ['Q2xhc3M6MQ=='] };

  it('sends a college admin with the college and no classes', () => {
    expect(toCreateStaffAccountInput({ ...base, role: 'COLLEGE_ADMIN' })).toEqual({
      username: 'wang.li',
      displayName: '王丽',
      role: 'COLLEGE_ADMIN',
      collegeIds: ['Q29sbGVnZTox'],
      classIds: [],
      password: 'Secret@2025',
    });
  });

  it('sends a counsellor with classes and no college', () => {
    expect(toCreateStaffAccountInput({ ...base, role: 'COUNSELLOR' })).toMatchObject({ collegeIds: [], classIds: ['Q2xhc3M6MQ=='] });
  });

  it('sends an analyst without any scope, whatever the form still holds', () => {
    expect(toCreateStaffAccountInput({ ...base, role: 'ANALYST' })).toMatchObject({ collegeIds: [], classIds: [] });
  });

  it('knows which scope each role needs', () => {
    expect(scopeNeed('COLLEGE_ADMIN')).toBe('college');
    expect(scopeNeed('COUNSELLOR')).toBe('classes');
    expect(scopeNeed('REGISTRAR')).toBeNull();
    expect(scopeNeed(undefined)).toBeNull();
  });

  it('puts the server college error under the college picker', () => {
    expect(formFieldOf('collegeIds')).toBe('collegeId');
    expect(formFieldOf('username')).toBe('username');
    expect(formFieldOf('other')).toBeNull();
  });
});

describe('rules', () => {
  it.each(['registrar', 'wang.li', 'a_1-b', 'abc'])('accepts the username %s', (name) => {
    expect(USERNAME_PATTERN.test(name)).toBe(true);
  });

  it.each(['ab', '1abc', 'Wang', 'wang li', '王丽', 'a'.repeat(33)])('refuses the username %s', (name) => {
    expect(USERNAME_PATTERN.test(name)).toBe(false);
  });

  it('makes passwords the server accepts', () => {
    for (let i = 0; i < 50; i++) expect(generatePassword()).toMatch(PASSWORD_PATTERN);
    expect(generatePassword()).not.toBe(generatePassword());
  });
});
