import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { PageLoading } from '@/components/page-loading';
import { InstitutionRoute } from '@/features/landing/routes/institution-route';
import { LandingRoute } from '@/features/landing/routes/landing-route';
import { MyRecordsRoute } from '@/features/my-records/routes/my-records-route';
import { RecordRoute } from '@/features/my-records/routes/record-route';
import { StudentLoginRoute } from '@/features/student-login/routes/student-login-route';
import { StudentLayout } from './layouts/student-layout';
import { StudentMenu } from './layouts/student-menu';
import { RequireStudent } from './routes/require-student';
import { RouteError } from './routes/route-error';
import { StudentNotFound } from './routes/student-not-found';
import { studentFeatureRoutes } from './routes/student-feature-routes';
import { StudentPendingTasks, StudentRecordPanel } from './routes/student-record-panel';

// The student area is in the entry chunk (phones get it in one request); the staff area (antd,
// echarts) is fetched only when a /staff address is opened, so phones never download it.
export const routes: RouteObject[] = [
  {
    path: '/staff',
    errorElement: <RouteError />,
    HydrateFallback: PageLoading,
    lazy: async () => ({ Component: (await import('./layouts/staff-layout')).StaffLayout }),
    children: [
      {
        index: true,
        lazy: async () => ({
          Component: (await import('./routes/staff-home-redirect')).StaffHomeRedirect,
        }),
      },
      {
        path: 'login',
        lazy: async () => ({ Component: (await import('@/features/auth/routes/login-route')).LoginRoute }),
      },
      {
        path: 'roster',
        lazy: async () => ({ Component: (await import('./routes/staff-roster-route')).StaffRosterRoute }),
      },
      {
        path: 'import',
        lazy: async () => ({ Component: (await import('./routes/staff-import-route')).StaffImportRoute }),
      },
      {
        path: 'campaigns',
        lazy: async () => ({ Component: (await import('./routes/staff-campaigns-route')).StaffCampaignsRoute }),
      },
      {
        path: 'campaigns/:id',
        lazy: async () => ({ Component: (await import('./routes/staff-campaign-route')).StaffCampaignRoute }),
      },
      {
        path: 'dashboard',
        lazy: async () => ({ Component: (await import('./routes/staff-dashboard-route')).StaffDashboardRoute }),
      },
      {
        path: 'tickets',
        lazy: async () => ({ Component: (await import('./routes/staff-tickets-route')).StaffTicketsRoute }),
      },
      {
        path: 'accounts',
        lazy: async () => ({ Component: (await import('./routes/staff-accounts-route')).StaffStaffAccountsRoute }),
      },
      {
        path: 'tokens',
        lazy: async () => ({ Component: (await import('./routes/staff-tokens-route')).StaffTokensRoute }),
      },
      {
        path: 'disputes',
        lazy: async () => ({ Component: (await import('./routes/staff-disputes-route')).StaffDisputesRoute }),
      },
      {
        path: 'audit',
        lazy: async () => ({ Component: (await import('./routes/staff-audit-route')).StaffAuditRoute }),
      },
      {
        path: 'security',
        lazy: async () => ({ Component: (await import('./routes/staff-security-route')).StaffSecurityRoute }),
      },
      {
        path: 'reference',
        lazy: async () => ({
          Component: (await import('@/features/reference/routes/reference-route')).ReferenceRoute,
        }),
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('./routes/staff-not-found')).StaffNotFound }),
      },
    ],
  },
  {
    path: '/',
    element: <StudentLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <LandingRoute /> },
      { path: 'institutions/:code', element: <InstitutionRoute /> },
      { path: 'login', element: <StudentLoginRoute /> },
      ...studentFeatureRoutes,
      {
        path: 'me',
        element: (
          <RequireStudent>
            <MyRecordsRoute header={<StudentPendingTasks />} footer={<StudentMenu />} />
          </RequireStudent>
        ),
      },
      {
        path: 'me/records/:id',
        element: (
          <RequireStudent>
            <RecordRoute panel={(recordId) => <StudentRecordPanel recordId={recordId} />} />
          </RequireStudent>
        ),
      },
      { path: '*', element: <StudentNotFound /> },
    ],
  },
];

let router: ReturnType<typeof createBrowserRouter> | null = null;

export function AppRouter() {
  router ??= createBrowserRouter(routes);
  return <RouterProvider router={router} />;
}
