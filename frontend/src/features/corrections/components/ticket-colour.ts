import type { TicketState } from '@/gql/graphql';

/** Tag colours: waiting blue, the student's turn orange, good green, closed grey, refused red. */
export function ticketColour(state: TicketState): string {
  switch (state) {
    case 'NEEDS_INFO':
      return 'warning';
    case 'APPROVED':
    case 'APPLIED':
      return 'success';
    case 'REJECTED':
      return 'danger';
    case 'WITHDRAWN':
      return 'default';
    default:
      return 'primary';
  }
}
