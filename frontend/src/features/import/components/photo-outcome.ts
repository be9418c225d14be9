import type { Import_ImportAdmissionPhotosMutation, UnmatchedPhotoReason } from '@/gql/graphql';

export interface UnmatchedPhotoRow {
  key: string;
  fileName: string;
  reason: UnmatchedPhotoReason;
  message: string;
}

/** What the photo import shows once the server has answered. */
export type PhotoOutcome =
  | {
      kind: 'imported';
      matched: number;
      /** Of matched: photos stored for records that had none. */
      added: number;
      replaced: number;
      unchanged: number;
      unmatched: UnmatchedPhotoRow[];
    }
  | { kind: 'rejected'; code: string; message: string };

type Payload = Import_ImportAdmissionPhotosMutation['importAdmissionPhotos'];

/** Maps the mutation's payload to the outcome shown to the registrar. */
export function photoOutcome(payload: Payload): PhotoOutcome {
  if (payload.__typename === 'PhotoArchiveRejected') {
    return { kind: 'rejected', code: payload.code, message: payload.message };
  }
  return {
    kind: 'imported',
    matched: payload.matched,
    added: Math.max(0, payload.matched - payload.replaced - payload.unchanged),
    replaced: payload.replaced,
    unchanged: payload.unchanged,
    unmatched: payload.unmatched.map((photo, index) => ({
      key: `${index}:${photo.fileName}`,
      fileName: photo.fileName,
      reason: photo.reason,
      message: photo.message,
    })),
  };
}

/** Counts of unmatched photos per reason, most frequent first. */
export function unmatchedByReason(rows: readonly UnmatchedPhotoRow[]): { reason: UnmatchedPhotoReason; count: number }[] {
  const counts = new Map<UnmatchedPhotoReason, number>();
  for (const row of rows) counts.set(row.reason, (counts.get(row.reason) ?? 0) + 1);
  return [...counts.entries()]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}
