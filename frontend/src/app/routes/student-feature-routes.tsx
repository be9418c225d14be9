import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { MobileLoading } from '@/components/mobile/mobile-loading';
import { loadStudentNamespaces, type StudentNamespace } from '@/lib/i18n/student-namespaces';
import { RequireStudent } from './require-student';

// The student screens beyond landing, sign-in and the record list: each is its own chunk, so the
// landing page's initial JavaScript stays small (budget: 250 KB gzip).
const open = (
  load: () => Promise<ComponentType>,
  namespaces: readonly StudentNamespace[],
): Pick<RouteObject, 'lazy' | 'HydrateFallback'> => ({
  HydrateFallback: MobileLoading,
  lazy: async () => {
    const [Screen] = await Promise.all([load(), loadStudentNamespaces(namespaces)]);
    return { Component: Screen };
  },
});

const studentOnly = (
  load: () => Promise<ComponentType>,
  namespaces: readonly StudentNamespace[],
): Pick<RouteObject, 'lazy' | 'HydrateFallback'> => ({
  HydrateFallback: MobileLoading,
  lazy: async () => {
    const [Screen] = await Promise.all([load(), loadStudentNamespaces(namespaces)]);
    return {
      element: (
        <RequireStudent>
          <Screen />
        </RequireStudent>
      ),
    };
  },
});

export const studentFeatureRoutes: RouteObject[] = [
  { path: 'help', ...open(async () => (await import('@/features/help/routes/help-route')).HelpRoute, ['help']) },
  {
    path: 'me/next',
    ...studentOnly(async () => (await import('@/features/self-check/routes/next-task-route')).NextTaskRoute, ['selfcheck']),
  },
  {
    path: 'me/records/:id/confirm',
    ...studentOnly(async () => (await import('@/features/self-check/routes/confirm-route')).ConfirmRoute, ['selfcheck']),
  },
  {
    path: 'me/records/:id/receipts',
    ...studentOnly(async () => (await import('@/features/receipts/routes/receipts-route')).ReceiptsRoute, ['receipts']),
  },
  {
    path: 'me/records/:id/correct',
    ...studentOnly(async () => (await import('@/features/corrections/routes/correct-route')).CorrectRoute, ['corrections']),
  },
  {
    path: 'me/tickets',
    ...studentOnly(async () => (await import('@/features/corrections/routes/tickets-route')).TicketsRoute, ['corrections']),
  },
  {
    path: 'me/tickets/:id',
    ...studentOnly(async () => (await import('@/features/corrections/routes/ticket-route')).TicketRoute, ['corrections']),
  },
  { path: 'me/inbox', ...studentOnly(async () => (await import('@/features/inbox/routes/inbox-route')).InboxRoute, ['inbox']) },
  { path: 'register', ...open(async () => (await import('@/features/registration/routes/register-route')).RegisterRoute, ['registration']) },
  {
    path: 'forgot-password',
    ...open(async () => (await import('@/features/registration/routes/forgot-password-route')).ForgotPasswordRoute, ['registration']),
  },
  {
    path: 'forgot-username',
    ...open(async () => (await import('@/features/registration/routes/forgot-username-route')).ForgotUsernameRoute, ['registration']),
  },
  {
    path: 'me/dispute',
    ...studentOnly(async () => (await import('@/features/registration/routes/dispute-route')).DisputeRoute, ['registration']),
  },
  { path: 'me/profile', ...studentOnly(async () => (await import('@/features/profile/routes/profile-route')).ProfileRoute, ['registration', 'profile']) },
  { path: 'verify', ...open(async () => (await import('@/features/receipts/routes/verify-route')).VerifyRoute, ['receipts']) },
  { path: 'verify/:code', ...open(async () => (await import('@/features/receipts/routes/verify-route')).VerifyRoute, ['receipts']) },
];
