import enAuth from './locales/en/auth.json';
import enCampaigns from './locales/en/campaigns.json';
import enStaffAccounts from './locales/en/staffAccounts.json';
import enTicketReview from './locales/en/ticketReview.json';
import enDashboard from './locales/en/dashboard.json';
import enIntegratorTokens from './locales/en/integratorTokens.json';
import enCommon from './locales/en/common.json';
import enErrors from './locales/en/errors.json';
import enImport from './locales/en/import.json';
import enLanding from './locales/en/landing.json';
import enRecord from './locales/en/record.json';
import enReference from './locales/en/reference.json';
import enRoster from './locales/en/roster.json';
import enStudent from './locales/en/student.json';
import zhAuth from './locales/zh-CN/auth.json';
import zhCampaigns from './locales/zh-CN/campaigns.json';
import zhStaffAccounts from './locales/zh-CN/staffAccounts.json';
import zhTicketReview from './locales/zh-CN/ticketReview.json';
import zhDashboard from './locales/zh-CN/dashboard.json';
import zhIntegratorTokens from './locales/zh-CN/integratorTokens.json';
import zhCommon from './locales/zh-CN/common.json';
import zhErrors from './locales/zh-CN/errors.json';
import zhImport from './locales/zh-CN/import.json';
import zhLanding from './locales/zh-CN/landing.json';
import zhRecord from './locales/zh-CN/record.json';
import zhReference from './locales/zh-CN/reference.json';
import zhRoster from './locales/zh-CN/roster.json';
import zhStudent from './locales/zh-CN/student.json';

// The student screens' own namespaces load with their screens: see student-namespaces.ts.
// `record` is the shared vocabulary of enrolment records (field and enum labels) for every screen.
export const NAMESPACES = ['common', 'errors', 'landing', 'reference', 'auth', 'record', 'roster', 'import', 'campaigns', 'staffAccounts', 'ticketReview', 'dashboard', 'integratorTokens', 'student'] as const;

export const resources = {
  'zh-CN': {
    common: zhCommon,
    errors: zhErrors,
    landing: zhLanding,
    reference: zhReference,
    auth: zhAuth,
    record: zhRecord,
    roster: zhRoster,
    import: zhImport,
    campaigns: zhCampaigns,
    staffAccounts: zhStaffAccounts,
    ticketReview: zhTicketReview,
    dashboard: zhDashboard,
    integratorTokens: zhIntegratorTokens,
    student: zhStudent,
  },
  en: {
    common: enCommon,
    errors: enErrors,
    landing: enLanding,
    reference: enReference,
    auth: enAuth,
    record: enRecord,
    roster: enRoster,
    import: enImport,
    campaigns: enCampaigns,
    staffAccounts: enStaffAccounts,
    ticketReview: enTicketReview,
    dashboard: enDashboard,
    integratorTokens: enIntegratorTokens,
    student: enStudent,
  },
} as const;
