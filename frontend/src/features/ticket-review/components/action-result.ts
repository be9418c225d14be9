/** What a reviewer's mutation answered, reduced to what the drawer shows. */
export type ActionResult =
  | { kind: 'saved' }
  | { kind: 'conflict'; message: string }
  | { kind: 'refused'; message: string };

interface Payload {
  __typename?: string;
  message?: string;
  fieldErrors?: ReadonlyArray<{ message: string }>;
}

export function actionResult(payload: Payload | null | undefined): ActionResult | null {
  if (!payload) return null;
  if (payload.__typename === 'TicketSaved') return { kind: 'saved' };
  if (payload.__typename === 'VersionConflict') return { kind: 'conflict', message: payload.message ?? '' };
  const details = payload.fieldErrors?.map((error) => error.message).join(' ');
  return { kind: 'refused', message: details ? `${payload.message ?? ''} ${details}`.trim() : (payload.message ?? '') };
}
