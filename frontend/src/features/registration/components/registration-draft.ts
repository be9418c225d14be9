import type { IdType } from '@/gql/graphql';
import { checkIdNumberComplete } from '@/lib/identity/id-number';
import { checkPersonName } from '@/lib/identity/person-name';
import { mainlandPhone } from '@/lib/wait-text';

export interface RegistrationDraft {
  phone: string;
  smsCode: string;
  name: string;
  idType: IdType;
  idNumber: string;
  email: string;
  password: string;
  passwordConfirm: string;
  consent: boolean;
}

export type Step = 0 | 1 | 2 | 3;

/** i18n keys (namespace `registration`, `record:` for the identity checks) of what stops a step. */
export function stepProblems(draft: RegistrationDraft, step: Step, today: Date = new Date()): Record<string, string> {
  const problems: Record<string, string> = {};
  if (step === 0) {
    if (!mainlandPhone(draft.phone)) problems.phone = 'phoneInvalid';
    if (!/^\d{6}$/.test(draft.smsCode.trim())) problems.smsCode = 'codeInvalid';
  }
  if (step === 1) {
    const name = checkPersonName(draft.name);
    if (!name.ok) problems.name = `record:checks.name.${name.problem}`;
    if (draft.idType === 'RESIDENT_ID') {
      const id = checkIdNumberComplete(draft.idNumber, today);
      if (id.state === 'invalid') problems.idNumber = `record:checks.idNumber.${id.problem}`;
      else if (id.state !== 'valid') problems.idNumber = 'idIncomplete';
    } else if (draft.idNumber.trim().length < 5) problems.idNumber = 'idNumberPlaceholder';
  }
  if (step === 2) {
    if (draft.password.length < 6 || draft.password.length > 30) problems.password = 'passwordLength';
    else if (draft.password !== draft.passwordConfirm) problems.passwordConfirm = 'passwordMismatch';
  }
  if (step === 3 && !draft.consent) problems.consent = 'consentRequired';
  return problems;
}
