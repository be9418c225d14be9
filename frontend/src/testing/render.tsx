import type { Client } from '@urql/core';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { Provider } from 'urql';

/** Renders routes in a memory router with a (stubbed) urql client, as the app would. */
export function renderRoutes(routes: RouteObject[], client: Client, path = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <Provider value={client}>
      <RouterProvider router={router} />
    </Provider>,
  );
  return { ...view, router };
}

/** Renders one element at `path` (for components that need a router and a client). */
export function renderWithClient(element: ReactElement, client: Client, path = '/') {
  return renderRoutes([{ path: '*', element }], client, path);
}
