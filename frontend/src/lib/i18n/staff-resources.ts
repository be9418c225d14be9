import enAuditLog from './locales/en/auditLog.json';
import enCampaigns from './locales/en/campaigns.json';
import enDashboard from './locales/en/dashboard.json';
import enIdentityDisputes from './locales/en/identityDisputes.json';
import enIntegratorTokens from './locales/en/integratorTokens.json';
import enStaffAccounts from './locales/en/staffAccounts.json';
import enTicketReview from './locales/en/ticketReview.json';
import zhAuditLog from './locales/zh-CN/auditLog.json';
import zhCampaigns from './locales/zh-CN/campaigns.json';
import zhDashboard from './locales/zh-CN/dashboard.json';
import zhIdentityDisputes from './locales/zh-CN/identityDisputes.json';
import zhIntegratorTokens from './locales/zh-CN/integratorTokens.json';
import zhStaffAccounts from './locales/zh-CN/staffAccounts.json';
import zhTicketReview from './locales/zh-CN/ticketReview.json';

/**
 * Namespaces of staff-only screens. Only the lazily loaded staff layout imports this module (and
 * registers them), so their text never reaches the student entry bundle.
 */
export const staffResources = {
  'zh-CN': {
    campaigns: zhCampaigns,
    staffAccounts: zhStaffAccounts,
    ticketReview: zhTicketReview,
    dashboard: zhDashboard,
    integratorTokens: zhIntegratorTokens,
    auditLog: zhAuditLog,
    identityDisputes: zhIdentityDisputes,
  },
  en: {
    campaigns: enCampaigns,
    staffAccounts: enStaffAccounts,
    ticketReview: enTicketReview,
    dashboard: enDashboard,
    integratorTokens: enIntegratorTokens,
    auditLog: enAuditLog,
    identityDisputes: enIdentityDisputes,
  },
} as const;

export type StaffResources = (typeof staffResources)['zh-CN'];
