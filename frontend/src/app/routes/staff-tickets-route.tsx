import { RequireSession } from '@/features/auth/components/require-session';
import { TicketReviewRoute } from '@/features/ticket-review/routes/ticket-review-route';
import { useSession } from '@/lib/auth/use-session';

const TICKET_ROLES = ['REGISTRAR', 'COLLEGE_ADMIN', 'COUNSELLOR'];

function TicketReview() {
  const state = useSession();
  const roles = state.status === 'signedIn' ? state.account.roles : [];
  const registrar = roles.includes('REGISTRAR');
  const collegeAdmin = roles.includes('COLLEGE_ADMIN');
  // Counsellors follow their classes' tickets but decide nothing.
  return (
    <TicketReviewRoute
      rights={{ decide: registrar, collegeReview: collegeAdmin }}
      canExport={registrar || collegeAdmin}
      showCollegeFilter={registrar}
    />
  );
}

export function StaffTicketsRoute() {
  return (
    <RequireSession roles={TICKET_ROLES}>
      <TicketReview />
    </RequireSession>
  );
}
