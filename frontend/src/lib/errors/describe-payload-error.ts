import type { i18n as I18n } from 'i18next';
import type { ErrorDescription } from './describe-error';

/** A `MutationError` of a payload union: a stable code and the server's message in the request's language. */
export interface PayloadError {
  code: string;
  message: string;
}

/** Help centre questions that explain a code further (see features/help). */
const HELP_TOPICS: Record<string, string> = {
  CAMPAIGN_CLOSED: 'deadline',
  CAMPAIGN_NOT_OPEN: 'deadline',
  OUT_OF_SCOPE: 'outOfScope',
  NO_ADMISSION_PHOTO: 'photoWrong',
  SELF_CHECK_NOT_FINISHED: 'receipt',
  VERIFICATION_REPORT_NOT_AVAILABLE: 'receipt',
  VERIFICATION_CODE_REVOKED: 'receipt',
  RECORD_GRADUATED: 'afterGraduation',
  SMS_LOCKED: 'smsLocked',
  SMS_TOO_SOON: 'smsNotReceived',
  SMS_CODE_INVALID: 'smsNotReceived',
  SMS_CODE_EXPIRED: 'smsNotReceived',
  ID_NUMBER_REGISTERED: 'idRegistered',
  PHONE_REGISTERED: 'phoneRegistered',
};

export function helpTopicFor(code: string | null): string | null {
  return (code && HELP_TOPICS[code]) || null;
}

/**
 * A refused mutation in words for the user: our own text and next step for a code we know,
 * otherwise the server's message (already in the user's language) with a general next step.
 */
export function describePayloadError(error: PayloadError, i18n: I18n): ErrorDescription {
  const t = i18n.getFixedT(null, 'errors');
  const key = `payload.${error.code}`;
  const known = i18n.exists(`${key}.message`, { ns: 'errors' });
  return {
    code: error.code,
    message: known ? t(`${key}.message` as never) : error.message,
    nextStep: known ? t(`${key}.next` as never) : t('generic.next'),
  };
}
