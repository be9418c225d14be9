import { describe, expect, it } from 'vitest';
import { menuKeyOf, staffHomePath, staffMenusFor } from './staff-menu';

describe('staffMenusFor', () => {
  it.each([
    [['REGISTRAR'], ['dashboard', 'roster', 'import', 'tickets', 'campaigns', 'accounts', 'tokens', 'audit', 'reference']],
    [['COLLEGE_ADMIN'], ['dashboard', 'roster', 'tickets', 'campaigns', 'audit', 'reference']],
    [['COUNSELLOR'], ['roster', 'tickets', 'campaigns', 'reference']],
    [['ANALYST'], ['dashboard', 'campaigns', 'reference']],
    [['SUPPORT'], ['disputes', 'reference']],
    [['STUDENT'], ['reference']],
    [['COUNSELLOR', 'REGISTRAR'], ['dashboard', 'roster', 'import', 'tickets', 'campaigns', 'accounts', 'tokens', 'audit', 'reference']],
    [['COLLEGE_ADMIN', 'COUNSELLOR'], ['dashboard', 'roster', 'tickets', 'campaigns', 'audit', 'reference']],
  ])('%j sees %j', (roles, menus) => {
    expect(staffMenusFor(roles)).toEqual(menus);
  });

  it('shows only the public reference data when signed out', () => {
    expect(staffMenusFor(null)).toEqual(['reference']);
    expect(staffHomePath(null)).toBe('/staff/reference');
  });

  it('sends roster users home to the roster', () => {
    expect(staffHomePath(['COUNSELLOR'])).toBe('/staff/roster');
    expect(staffHomePath(['ANALYST'])).toBe('/staff/dashboard');
    expect(staffHomePath(['REGISTRAR'])).toBe('/staff/dashboard');
    expect(staffHomePath(['COLLEGE_ADMIN'])).toBe('/staff/dashboard');
    expect(staffHomePath(['SUPPORT'])).toBe('/staff/disputes');
  });

  it('finds the menu of an address', () => {
    expect(menuKeyOf('/staff/import')).toBe('import');
    expect(menuKeyOf('/staff/roster')).toBe('roster');
    expect(menuKeyOf('/staff/campaigns/Q2FtcGFpZ246MQ')).toBe('campaigns');
    expect(menuKeyOf('/staff/accounts')).toBe('accounts');
    expect(menuKeyOf('/staff/tickets')).toBe('tickets');
    expect(menuKeyOf('/staff/disputes')).toBe('disputes');
    expect(menuKeyOf('/staff/audit')).toBe('audit');
    expect(menuKeyOf('/staff/login')).toBeNull();
  });
});
