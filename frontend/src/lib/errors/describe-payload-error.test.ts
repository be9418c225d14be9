import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n/i18n';
import { describePayloadError, helpTopicFor } from './describe-payload-error';

describe('describePayloadError', () => {
  it('explains a known code with its next step, in Chinese by default', () => {
    expect(describePayloadError({ code: 'CAMPAIGN_CLOSED', message: 'server words' }, i18n)).toEqual({
      code: 'CAMPAIGN_CLOSED',
      message: '学籍自查已截止，不能再确认或提交勘误。',
      nextStep: '如确有特殊情况，请联系学校学籍科申请延期。',
    });
  });

  it('follows the language switch', async () => {
    await i18n.changeLanguage('en');
    expect(describePayloadError({ code: 'VERSION_CONFLICT', message: 'x' }, i18n).message).toBe(
      'The record has just changed: you were looking at an older version.',
    );
  });

  it("keeps the server's message for a code it does not know, with the general next step", () => {
    expect(describePayloadError({ code: 'SOMETHING_NEW', message: '服务器的说明' }, i18n)).toEqual({
      code: 'SOMETHING_NEW',
      message: '服务器的说明',
      nextStep: '请稍后重试；如果问题持续出现，请联系学校教务管理员。',
    });
  });

  it('points some codes at a help centre question', () => {
    expect(helpTopicFor('SMS_LOCKED')).toBe('smsLocked');
    expect(helpTopicFor('CAMPAIGN_CLOSED')).toBe('deadline');
    expect(helpTopicFor('VALIDATION_FAILED')).toBeNull();
    expect(helpTopicFor(null)).toBeNull();
  });
});
