import type { ConfirmationSubject, PendingTaskKind } from '@/gql/graphql';

export interface TaskTarget {
  kind: PendingTaskKind;
  recordId: string;
  subject?: ConfirmationSubject | null;
  ticketId?: string | null;
}

/** The screen where a pending task is done. */
export function taskRoute(task: TaskTarget): string {
  const record = `/me/records/${encodeURIComponent(task.recordId)}`;
  switch (task.kind) {
    case 'CONFIRM_RECORD':
      return `${record}/confirm`;
    case 'CONFIRM_PHOTO':
      return `${record}/confirm?step=photo`;
    case 'RECONFIRM':
      return task.subject === 'ADMISSION_PHOTO' ? `${record}/confirm?step=photo` : `${record}/confirm`;
    case 'ANSWER_TICKET':
      return task.ticketId ? `/me/tickets/${encodeURIComponent(task.ticketId)}` : '/me/tickets';
    default:
      return record;
  }
}
