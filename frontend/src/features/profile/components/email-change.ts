import type { PayloadError } from '@/lib/errors/describe-payload-error';

// The server's rule (identity/RegistrationRules.EMAIL), so a typo is caught before the password is sent.
const EMAIL = /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,180}\.[A-Za-z]{2,24}$/;

/** The e-mail to send (trimmed, lower case; null removes it), or 'invalid'. */
export function normaliseEmail(raw: string): string | null | 'invalid' {
  const email = raw.trim().toLowerCase();
  if (email === '') return null;
  return email.length <= 254 && EMAIL.test(email) ? email : 'invalid';
}

interface ValidationPayload {
  code: string;
  message: string;
  fieldErrors: ReadonlyArray<{ field: string; code: string; message: string }>;
}

/**
 * A refused change as one notice: the field's code when there is one (WRONG_PASSWORD, EMAIL_TAKEN,
 * EMAIL_FORMAT: the error mapping and support know those) and the server's words in the user's language.
 */
export function emailChangeProblem(payload: ValidationPayload): PayloadError {
  const first = payload.fieldErrors[0];
  return {
    code: first?.code ?? payload.code,
    message: payload.fieldErrors.map((error) => error.message).join(' ') || payload.message,
  };
}
