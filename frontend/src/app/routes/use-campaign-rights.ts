import { useSession } from '@/lib/auth/use-session';

export const CAMPAIGN_READERS = ['REGISTRAR', 'COLLEGE_ADMIN', 'COUNSELLOR', 'ANALYST'];

/** Registrars change campaigns and see the per-student extensions; other readers see the settings and counts. */
export function useCampaignRights(): { canEdit: boolean; withExtensions: boolean } {
  const state = useSession();
  const registrar = state.status === 'signedIn' && state.account.roles.includes('REGISTRAR');
  // Extensions name students, possibly outside a college admin's or counsellor's scope (whose
  // records they may not read): only the registrar, who sees the whole institution, asks for them.
  return { canEdit: registrar, withExtensions: registrar };
}
