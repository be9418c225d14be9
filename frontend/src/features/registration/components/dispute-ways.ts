import type { IdentityDisputeMethod, IdentityDisputeReviewState } from '@/gql/graphql';

/** The server accepts IDENTITY_PHOTO uploads of jpg/png up to 300 KB. */
export const IDENTITY_PHOTO_MAX_BYTES = 300 * 1024;
export const IDENTITY_PHOTO_TYPES = ['image/jpeg', 'image/png'];
/** Phone originals above this are refused before decoding (a canvas of a 50 MB file freezes phones). */
export const IDENTITY_PHOTO_MAX_ORIGINAL_BYTES = 20 * 1024 * 1024;

/** Order of the tabs on the dispute page: the quickest way first. */
const ORDER: IdentityDisputeMethod[] = ['ENROLMENT_FACTS', 'CLASSMATE_ASSIST', 'MANUAL_REVIEW', 'REAL_PERSON'];

/** Classmate requests per dispute. */
export const CLASSMATE_ATTEMPTS = 3;

/**
 * The tabs to show: the ways the server offers (REAL_PERSON only when configured), in a stable
 * order — plus the classmate tab once a request was made, so a student who used the last request
 * still reads that the classmate's answer is awaited (the server stops offering the way then).
 */
export function disputeTabs(methods: readonly IdentityDisputeMethod[], classmateAttemptsLeft: number): IdentityDisputeMethod[] {
  return ORDER.filter(
    (method) => methods.includes(method) || (method === 'CLASSMATE_ASSIST' && methods.length > 0 && classmateAttemptsLeft < CLASSMATE_ATTEMPTS),
  );
}

export type PhotoProblem = 'type' | 'empty' | 'tooLarge';

/**
 * What is wrong with a chosen photo before anything is sent: only jpg/png, not empty, and an
 * original small enough to shrink in the browser (larger than 300 KB is fine: it gets compressed).
 */
export function checkIdentityPhoto(file: { type: string; size: number; name: string }): PhotoProblem | null {
  const type = file.type || (/\.jpe?g$/i.test(file.name) ? 'image/jpeg' : /\.png$/i.test(file.name) ? 'image/png' : '');
  if (!IDENTITY_PHOTO_TYPES.includes(type)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > IDENTITY_PHOTO_MAX_ORIGINAL_BYTES) return 'tooLarge';
  return null;
}

/** The compressed result must still be jpg/png within the server's limit. */
export function fitsIdentityPhotoLimit(blob: { type: string; size: number }): boolean {
  return IDENTITY_PHOTO_TYPES.includes(blob.type) && blob.size > 0 && blob.size <= IDENTITY_PHOTO_MAX_BYTES;
}

export interface ReviewView {
  /** i18n key under `dispute.review.` */
  key: 'none' | 'pending' | 'approved' | 'rejected';
  tone: 'default' | 'primary' | 'success' | 'danger';
  /** May the student send (another) photo now? */
  canSubmit: boolean;
}

/** The manual review's state in words, with whether a (new) photo may be sent. */
export function reviewView(state: IdentityDisputeReviewState | null | undefined): ReviewView {
  switch (state) {
    case 'PENDING':
      // A new photo replaces a waiting one (e.g. a blurred first try).
      return { key: 'pending', tone: 'primary', canSubmit: true };
    case 'APPROVED':
      return { key: 'approved', tone: 'success', canSubmit: false };
    case 'REJECTED':
      return { key: 'rejected', tone: 'danger', canSubmit: true };
    default:
      return { key: 'none', tone: 'default', canSubmit: true };
  }
}

export type StudentNumberProblem = 'required' | 'format';

/** A student number as schools issue them: letters, digits and dashes, 4–32 characters. */
export function checkStudentNumber(value: string): StudentNumberProblem | null {
  const trimmed = value.trim();
  if (!trimmed) return 'required';
  if (!/^[A-Za-z0-9-]{4,32}$/.test(trimmed)) return 'format';
  return null;
}

export type ClassmateRequestState =
  | { kind: 'idle' }
  | { kind: 'waiting'; maskedName: string }
  | { kind: 'declined'; maskedName: string }
  | { kind: 'refused'; code: string; message: string };

/** The latest request as the server keeps it, so a reload still shows it waiting or declined. */
export function lastRequestFromServer(
  latest: { state: string; maskedClassmateName: string } | null | undefined,
): ClassmateRequestState {
  if (latest?.state === 'PENDING') return { kind: 'waiting', maskedName: latest.maskedClassmateName };
  if (latest?.state === 'DECLINED') return { kind: 'declined', maskedName: latest.maskedClassmateName };
  return { kind: 'idle' };
}

/** The classmate section: what to show given the attempts left and the last request of this visit. */
export function classmateView(
  offered: boolean,
  attemptsLeft: number,
  last: ClassmateRequestState,
): { form: boolean; key: 'ask' | 'waiting' | 'waitingLast' | 'exhausted' } {
  if (last.kind === 'waiting') return { form: offered && attemptsLeft > 0, key: attemptsLeft > 0 ? 'waiting' : 'waitingLast' };
  if (!offered || attemptsLeft <= 0) return { form: false, key: 'exhausted' };
  return { form: true, key: 'ask' };
}
