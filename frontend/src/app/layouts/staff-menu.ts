/** Screens of the staff side menu, in menu order. */
export type StaffMenuKey =
  | 'dashboard'
  | 'roster'
  | 'import'
  | 'tickets'
  | 'campaigns'
  | 'accounts'
  | 'tokens'
  | 'audit'
  | 'disputes'
  | 'reference';

const MENU_ORDER: readonly StaffMenuKey[] = [
  'dashboard',
  'roster',
  'import',
  'tickets',
  'campaigns',
  'accounts',
  'tokens',
  'audit',
  'disputes',
  'reference',
];

const MENUS_BY_ROLE: Readonly<Record<string, readonly StaffMenuKey[]>> = {
  REGISTRAR: ['dashboard', 'roster', 'import', 'tickets', 'campaigns', 'accounts', 'tokens', 'audit', 'reference'],
  // A college's log holds only events about its own records.
  COLLEGE_ADMIN: ['dashboard', 'roster', 'tickets', 'campaigns', 'audit', 'reference'],
  COUNSELLOR: ['roster', 'tickets', 'campaigns', 'reference'],
  // Campaigns carry no personal data: analysts read their settings and counts.
  ANALYST: ['dashboard', 'campaigns', 'reference'],
  // Identity disputes (证件号码重复) are theirs; the dispute queue comes first.
  SUPPORT: ['disputes', 'reference'],
};

/** The menus a person with these roles may open; signed out (null) gets the public ones. */
export function staffMenusFor(roles: readonly string[] | null): StaffMenuKey[] {
  const allowed = new Set<StaffMenuKey>(['reference']);
  for (const role of roles ?? []) for (const key of MENUS_BY_ROLE[role] ?? []) allowed.add(key);
  return MENU_ORDER.filter((key) => allowed.has(key));
}

/** Where /staff leads: the first screen of the menu (the dashboard for those who have it). */
export function staffHomePath(roles: readonly string[] | null): string {
  return `/staff/${staffMenusFor(roles)[0]}`;
}

export function menuKeyOf(pathname: string): StaffMenuKey | null {
  return MENU_ORDER.find((key) => pathname.startsWith(`/staff/${key}`)) ?? null;
}
