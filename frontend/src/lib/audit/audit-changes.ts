/** One field of an audit event as the API gives it (`AuditChange`). */
export interface AuditChangeLike {
  field: string;
  before?: string | null;
  after?: string | null;
}

export type ChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';

export interface DiffRow {
  key: string;
  /** The field as a record's GraphQL name where the writer used a column name (`id_number` → `idNumber`). */
  field: string;
  before: string | null;
  after: string | null;
  kind: ChangeKind;
}

/** Writers name fields as columns (`birth_date`) or GraphQL fields (`birthDate`); labels are by the latter. */
export function fieldName(field: string): string {
  return field.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

function kindOf(before: string | null, after: string | null): ChangeKind {
  if (before === after) return 'unchanged';
  if (before === null) return 'added';
  if (after === null) return 'removed';
  return 'changed';
}

/** The rows of the before/after view, in the API's field order. */
export function diffRows(changes: readonly AuditChangeLike[]): DiffRow[] {
  return changes.map((change, index) => {
    const before = change.before ?? null;
    const after = change.after ?? null;
    return { key: `${index}:${change.field}`, field: fieldName(change.field), before, after, kind: kindOf(before, after) };
  });
}

/** A short line for the table: the first changed fields' labels, then how many more. */
export function changeSummary(changes: readonly AuditChangeLike[], label: (field: string) => string, shown = 3): string {
  const fields = diffRows(changes)
    .filter((row) => row.kind !== 'unchanged')
    .map((row) => label(row.field));
  if (fields.length <= shown) return fields.join('、');
  return `${fields.slice(0, shown).join('、')} +${fields.length - shown}`;
}
