import type { CorrectionReason } from '@/gql/graphql';
import { checkIdNumberComplete } from '@/lib/identity/id-number';
import { checkPersonName } from '@/lib/identity/person-name';
import type { CorrectableField } from './field-catalogue';

export interface ItemDraft {
  field: string;
  requestedValue: string;
  reasonCode: CorrectionReason | null;
  note: string;
  evidenceIds: string[];
}

/** i18n keys (namespace `corrections`, or `record:` for the shared identity checks) per problem. */
export type ItemErrors = Partial<Record<'requestedValue' | 'reasonCode' | 'note' | 'evidence', string>>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function checkValue(field: CorrectableField, value: string, today: Date): string | null {
  switch (field.input) {
    case 'name': {
      const check = checkPersonName(value);
      return check.ok ? null : `record:checks.name.${check.problem}`;
    }
    case 'idNumber': {
      const check = checkIdNumberComplete(value, today);
      if (check.state === 'valid') return null;
      if (check.state === 'invalid') return `record:checks.idNumber.${check.problem}`;
      return 'validation.idNumberIncomplete';
    }
    case 'date':
      return isRealDate(value) ? null : 'validation.date';
    case 'text':
      if (field.field === 'examineeNumber' && !/^\d{14}$/.test(value)) return 'validation.examineeNumber';
      if (field.field === 'studentNumber' && !/^[A-Za-z0-9]{1,20}$/.test(value)) return 'validation.studentNumber';
      if (field.field === 'admissionYear' && !/^(19|20)\d{2}$/.test(value)) return 'validation.year';
      if (field.field === 'lengthOfSchooling' && !/^(10|[1-9])(\.5)?$/.test(value)) return 'validation.lengthOfSchooling';
      return value.length > 100 ? 'validation.tooLong' : null;
    default:
      return value.length > 100 ? 'validation.tooLong' : null;
  }
}

/**
 * The client-side checks of one item before filing (the server checks again): a requested value
 * that differs from the current one and obeys the field's rule, a reason, a note when the reason is
 * "other", at most 500 characters of note, and evidence for a main field.
 */
export function validateItem(
  draft: ItemDraft,
  field: CorrectableField,
  currentValue: string | null,
  today: Date = new Date(),
): ItemErrors {
  const errors: ItemErrors = {};
  const value = field.input === 'name' || field.input === 'idNumber' ? draft.requestedValue : draft.requestedValue.trim();
  if (value.trim() === '') errors.requestedValue = 'validation.required';
  else if (currentValue !== null && value === currentValue) errors.requestedValue = 'validation.same';
  else {
    const problem = checkValue(field, value, today);
    if (problem) errors.requestedValue = problem;
  }
  if (!draft.reasonCode) errors.reasonCode = 'validation.reason';
  if (draft.note.length > 500) errors.note = 'validation.noteTooLong';
  else if (draft.reasonCode === 'OTHER' && draft.note.trim() === '') errors.note = 'validation.noteRequired';
  if (field.main && draft.evidenceIds.length === 0) errors.evidence = 'validation.evidence';
  return errors;
}

export function hasErrors(errors: ItemErrors): boolean {
  return Object.keys(errors).length > 0;
}
