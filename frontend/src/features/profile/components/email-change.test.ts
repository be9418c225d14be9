import { describe, expect, it } from 'vitest';
import { emailChangeProblem, normaliseEmail } from './email-change';

describe('normaliseEmail', () => {
  it('trims and lower-cases a valid address', () => {
    expect(normaliseEmail('  Zhang.San@Example.EDU.cn ')).toBe('zhang.san@example.edu.cn');
  });

  it('treats an empty field as removing the e-mail', () => {
    expect(normaliseEmail('   ')).toBeNull();
  });

  it('refuses what the server would refuse', () => {
    expect(normaliseEmail('zhangsan')).toBe('invalid');
    expect(normaliseEmail('zhang@localhost')).toBe('invalid');
    expect(normaliseEmail('张三@example.com')).toBe('invalid');
    expect(normaliseEmail(`${'a'.repeat(65)}@example.com`)).toBe('invalid');
  });
});

describe('emailChangeProblem', () => {
  it('names the field code and the server message', () => {
    expect(
      emailChangeProblem({
        code: 'VALIDATION_FAILED',
        message: '输入有误。',
        fieldErrors: [{ field: 'currentPassword', code: 'WRONG_PASSWORD', message: '当前密码不正确。' }],
      }),
    ).toEqual({ code: 'WRONG_PASSWORD', message: '当前密码不正确。' });
  });

  it('falls back to the payload code and message without field errors', () => {
    expect(emailChangeProblem({ code: 'VALIDATION_FAILED', message: '输入有误。', fieldErrors: [] })).toEqual({
      code: 'VALIDATION_FAILED',
      message: '输入有误。',
    });
  });
});
