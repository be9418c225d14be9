import type { CreateStaffAccountInput, Role } from '@/gql/graphql';

/** Roles a registrar may give a staff account (students and integrators come by other ways). */
export const STAFF_ROLES: readonly Role[] = ['REGISTRAR', 'COLLEGE_ADMIN', 'COUNSELLOR', 'SUPPORT', 'ANALYST'];

/** The server's rule for sign-in names: 3–32 lower-case letters, digits or . _ -, starting with a letter. */
export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{2,31}$/;
/** 6–30 letters, digits or symbols (printable ASCII, no spaces). */
export const PASSWORD_PATTERN = /^[\x21-\x7e]{6,30}$/;

export interface StaffAccountFormValues {
  username: string;
  displayName: string;
  role: Role;
  collegeId?: string;
  classIds?: string[];
  password: string;
}

export type ScopeNeed = 'college' | 'classes' | null;

/** Which scope a role needs: a college admin a college, a counsellor classes; the others none. */
export function scopeNeed(role: Role | undefined): ScopeNeed {
  if (role === 'COLLEGE_ADMIN') return 'college';
  if (role === 'COUNSELLOR') return 'classes';
  return null;
}

/** The form as `createStaffAccount` input: only the scope the role uses is sent. */
export function toCreateStaffAccountInput(values: StaffAccountFormValues): CreateStaffAccountInput {
  const need = scopeNeed(values.role);
  return {
    username: values.username.trim(),
    displayName: values.displayName.trim(),
    role: values.role,
    collegeIds: need === 'college' && values.collegeId ? [values.collegeId] : [],
    classIds: need === 'classes' ? (values.classIds ?? []) : [],
    password: values.password,
  };
}

/** A password to hand over: 14 characters from letters, digits and a few symbols, from the browser's CSPRNG. */
export function generatePassword(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789@#%+=';
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < 14) {
    for (const byte of random(32)) {
      if (byte < limit && out.length < 14) out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}

/** Which form item shows a server field error. */
export function formFieldOf(serverField: string): keyof StaffAccountFormValues | null {
  if (serverField === 'collegeIds') return 'collegeId';
  const known: ReadonlyArray<keyof StaffAccountFormValues> = ['username', 'displayName', 'role', 'classIds', 'password'];
  return known.find((name) => name === serverField) ?? null;
}
