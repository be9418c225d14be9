/** A code as typed (any case, spaces, dashes, full width) in the printed form ABCD-EFGH-…. */
export function normaliseCode(typed: string): string {
  const plain = typed.normalize('NFKC').toUpperCase().replace(/[^0-9A-Z]/g, '');
  return plain.match(/.{1,4}/g)?.join('-') ?? '';
}

/** Validity choices: 1 to 6 months. */
export const VALID_MONTHS = [1, 2, 3, 4, 5, 6] as const;
