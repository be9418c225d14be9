import { CombinedError } from '@urql/core';
import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n/i18n';
import { describeError, KNOWN_ERROR_CODES } from './describe-error';

function graphQLError(extensions: Record<string, unknown>): CombinedError {
  return new CombinedError({ graphQLErrors: [{ message: 'server text', extensions }] });
}

const serverMessages = { 'zh-CN': '服务器说的话', en: 'What the server said' };

describe('describeError', () => {
  it('explains FORBIDDEN with a next step in Chinese by default', () => {
    const description = describeError(graphQLError({ code: 'FORBIDDEN' }), i18n, true);
    expect(description).toEqual({
      code: 'FORBIDDEN',
      message: '您没有权限查看或修改这些数据。',
      nextStep: '如需权限，请联系所在学院或学校的教务管理员。',
    });
  });

  it('explains the same code in English after switching language', async () => {
    await i18n.changeLanguage('en');
    const description = describeError(graphQLError({ code: 'UNAUTHENTICATED' }), i18n, true);
    expect(description.message).toBe('You are not signed in, or your session has expired.');
    expect(description.nextStep).toBe('Sign in again, then retry.');
  });

  it('prefers its own text over the server message for a known code', () => {
    const description = describeError(
      graphQLError({ code: 'QUERY_TOO_DEEP', messages: serverMessages }),
      i18n,
      true,
    );
    expect(description.message).toBe('查询嵌套层数过多。');
  });

  it.each([
    ['zh-CN', '服务器说的话'],
    ['en', 'What the server said'],
  ])('falls back to extensions.messages[%s] for an unknown code', async (language, expected) => {
    await i18n.changeLanguage(language);
    const description = describeError(
      graphQLError({ code: 'CAMPAIGN_CLOSED', messages: serverMessages }),
      i18n,
      true,
    );
    expect(description).toMatchObject({ code: 'CAMPAIGN_CLOSED', message: expected });
    expect(description.nextStep).toBe(i18n.t('generic.next', { ns: 'errors' }));
  });

  it('falls back to a generic message when there is neither a known code nor server messages', async () => {
    await i18n.changeLanguage('en');
    const description = describeError(graphQLError({}), i18n, true);
    expect(description).toEqual({
      code: null,
      message: 'The request did not succeed.',
      nextStep: "Try again later; if it keeps happening, contact your university's registry office.",
    });
  });

  it('tells an offline user to reconnect, and an online one that the server is unreachable', () => {
    const error = new CombinedError({ networkError: new TypeError('Failed to fetch') });
    expect(describeError(error, i18n, false)).toMatchObject({
      code: 'OFFLINE',
      message: '设备当前没有联网。',
    });
    expect(describeError(error, i18n, true)).toMatchObject({
      code: 'NETWORK',
      message: '无法连接到服务器。',
    });
  });

  it('reads a bare HTTP 401 without a GraphQL body as UNAUTHENTICATED', () => {
    const error = new CombinedError({
      networkError: new Error('Unauthorized'),
      response: { status: 401 },
    });
    expect(describeError(error, i18n, true).code).toBe('UNAUTHENTICATED');
  });

  it('has a message and a next step for every known code in both languages', async () => {
    for (const language of ['zh-CN', 'en']) {
      await i18n.changeLanguage(language);
      for (const code of KNOWN_ERROR_CODES) {
        const description = describeError(graphQLError({ code }), i18n, true);
        expect(description.message, `${language} ${code}`).not.toMatch(/^codes\./);
        expect(description.nextStep, `${language} ${code}`).not.toMatch(/^codes\./);
      }
    }
  });
});
