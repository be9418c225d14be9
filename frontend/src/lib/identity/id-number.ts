/**
 * 居民身份证号码 checked as it is typed (GB 11643: 17 digits, then an ISO 7064 MOD 11-2 check
 * character 0–9 or X). Says why a number is wrong in the student's terms, never what the right
 * number would be.
 */
export type IdNumberProblem =
  | 'spaces'
  | 'fullWidth'
  | 'characters'
  | 'lowercaseX'
  | 'oldFifteen'
  | 'tooLong'
  | 'region'
  | 'date'
  | 'checksum';

export type IdNumberCheck =
  | { state: 'empty' }
  /** Fine so far; more characters to come. */
  | { state: 'incomplete'; typed: number }
  | { state: 'valid'; value: string; birthDate: string; gender: 'MALE' | 'FEMALE' }
  | { state: 'invalid'; problem: IdNumberProblem };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** GB/T 2260 province-level codes (first two digits). */
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

/** The check character of the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

function isRealDate(yyyymmdd: string, today: Date): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1900) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  return date.getTime() <= today.getTime();
}

/** Checks a resident ID number as typed so far; `today` bounds the date of birth. */
export function checkIdNumber(typed: string, today: Date = new Date()): IdNumberCheck {
  if (typed === '') return { state: 'empty' };
  if (/\s/.test(typed)) return { state: 'invalid', problem: 'spaces' };
  if (/[\uFF01-\uFF5E]/.test(typed)) return { state: 'invalid', problem: 'fullWidth' };
  if (!/^[0-9xX]*$/.test(typed)) return { state: 'invalid', problem: 'characters' };
  if (typed.length > 18) return { state: 'invalid', problem: 'tooLong' };
  // X only as the 18th character (the check character).
  if (/[xX]/.test(typed.slice(0, 17))) return { state: 'invalid', problem: 'characters' };
  if (typed.length >= 2 && !PROVINCES.has(typed.slice(0, 2))) return { state: 'invalid', problem: 'region' };
  if (typed.length >= 14 && !isRealDate(typed.slice(6, 14), today)) return { state: 'invalid', problem: 'date' };
  if (typed.length < 18) return { state: 'incomplete', typed: typed.length };
  if (typed.endsWith('x')) return { state: 'invalid', problem: 'lowercaseX' };
  if (idCheckCharacter(typed) !== typed[17]) return { state: 'invalid', problem: 'checksum' };
  const birth = typed.slice(6, 14);
  return {
    state: 'valid',
    value: typed,
    birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
    gender: Number(typed[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
  };
}

/**
 * The check on leaving the field: a 15-digit number is the old format (一代身份证), which the
 * record cannot hold, and a short number is simply incomplete.
 */
export function checkIdNumberComplete(typed: string, today: Date = new Date()): IdNumberCheck {
  if (/^\d{15}$/.test(typed) && PROVINCES.has(typed.slice(0, 2))) return { state: 'invalid', problem: 'oldFifteen' };
  return checkIdNumber(typed, today);
}
