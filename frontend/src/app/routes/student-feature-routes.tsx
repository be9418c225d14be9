import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { MobileLoading } from '@/components/mobile/mobile-loading';
import { RequireStudent } from './require-student';

// The student screens beyond landing, sign-in and the record list: each is its own chunk, so the
// landing page's initial JavaScript stays small (budget: 250 KB gzip).
const open = (load: () => Promise<ComponentType>): Pick<RouteObject, 'lazy' | 'HydrateFallback'> => ({
  HydrateFallback: MobileLoading,
  lazy: async () => ({ Component: await load() }),
});

const studentOnly = (load: () => Promise<ComponentType>): Pick<RouteObject, 'lazy' | 'HydrateFallback'> => ({
  HydrateFallback: MobileLoading,
  lazy: async () => {
    const Screen = await load();
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
  { path: 'help', ...open(async () => (await import('@/features/help/routes/help-route')).HelpRoute) },
  {
    path: 'me/next',
    ...studentOnly(async () => (await import('@/features/self-check/routes/next-task-route')).NextTaskRoute),
  },
  {
    path: 'me/records/:id/confirm',
    ...studentOnly(async () => (await import('@/features/self-check/routes/confirm-route')).ConfirmRoute),
  },
  {
    path: 'me/records/:id/receipts',
    ...studentOnly(async () => (await import('@/features/receipts/routes/receipts-route')).ReceiptsRoute),
  },
  {
    path: 'me/records/:id/correct',
    ...studentOnly(async () => (await import('@/features/corrections/routes/correct-route')).CorrectRoute),
  },
  {
    path: 'me/tickets',
    ...studentOnly(async () => (await import('@/features/corrections/routes/tickets-route')).TicketsRoute),
  },
  {
    path: 'me/tickets/:id',
    ...studentOnly(async () => (await import('@/features/corrections/routes/ticket-route')).TicketRoute),
  },
  { path: 'me/inbox', ...studentOnly(async () => (await import('@/features/inbox/routes/inbox-route')).InboxRoute) },
  { path: 'register', ...open(async () => (await import('@/features/registration/routes/register-route')).RegisterRoute) },
  {
    path: 'forgot-password',
    ...open(async () => (await import('@/features/registration/routes/forgot-password-route')).ForgotPasswordRoute),
  },
  {
    path: 'forgot-username',
    ...open(async () => (await import('@/features/registration/routes/forgot-username-route')).ForgotUsernameRoute),
  },
  {
    path: 'me/dispute',
    ...studentOnly(async () => (await import('@/features/registration/routes/dispute-route')).DisputeRoute),
  },
  { path: 'me/profile', ...studentOnly(async () => (await import('@/features/profile/routes/profile-route')).ProfileRoute) },
  { path: 'verify', ...open(async () => (await import('@/features/receipts/routes/verify-route')).VerifyRoute) },
  { path: 'verify/:code', ...open(async () => (await import('@/features/receipts/routes/verify-route')).VerifyRoute) },
];
