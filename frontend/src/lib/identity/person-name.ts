/**
 * 姓名 rules of the domain: 1–50 characters after NFC; Han characters (rare ones outside the BMP
 * such as 𠮷 included), letters, and the middle dot `·` of minority and foreign names.
 */
export type NameProblem = 'empty' | 'spaces' | 'digits' | 'wrongDot' | 'dotPlacement' | 'symbols' | 'tooLong';

// Dots that look like 间隔号 U+00B7 but are not (full stop, bullet, katakana middle dot, …).
const LOOKALIKE_DOTS = /[.\uFF0E\u3002\u2022\u30FB\u2219\u22C5\u2027\uFF65]/u;

export function checkPersonName(typed: string): { ok: true; value: string } | { ok: false; problem: NameProblem } {
  const value = typed.normalize('NFC');
  if (value === '') return { ok: false, problem: 'empty' };
  if (/\s/u.test(value)) return { ok: false, problem: 'spaces' };
  if (/[\p{Nd}\uFF10-\uFF19]/u.test(value)) return { ok: false, problem: 'digits' };
  if (LOOKALIKE_DOTS.test(value)) return { ok: false, problem: 'wrongDot' };
  if (!/^[\p{Script=Han}\p{L}·]+$/u.test(value)) return { ok: false, problem: 'symbols' };
  if (value.startsWith('·') || value.endsWith('·') || value.includes('··')) {
    return { ok: false, problem: 'dotPlacement' };
  }
  // Characters, not UTF-16 units: 𠮷 counts once.
  if ([...value].length > 50) return { ok: false, problem: 'tooLong' };
  return { ok: true, value };
}
