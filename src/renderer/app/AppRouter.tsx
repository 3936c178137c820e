import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { createHashRouter, Navigate, RouterProvider, type RouteObject } from 'react-router';
import { preloadPages } from './lazy-page';
import { Layout } from './Layout';
import { RouteError, NotFound } from './RouteError';
import { DEMO_HOME_PATH, featureRoutes, HOME_PATH, type FeatureRoute } from './routes';
import { useVault } from './vault-context';
import { DEFAULT_MENTEE_TAB } from './mentee-tabs';

function toRouteObject(route: FeatureRoute, client: QueryClient): RouteObject {
  if (route.index) return { index: true, element: route.element };
  const children = route.children?.map((child) => toRouteObject(child, client));
  // A mentee's page with no tab opens on the default tab.
  if (route.path === 'mentees/:menteeId' && children) children.unshift({ index: true, element: <Navigate to={DEFAULT_MENTEE_TAB} replace /> });
  const { prefetch } = route;
  // The loader only starts queries; it returns at once, so the page never waits on it.
  const loader = prefetch ? () => (prefetch(client), null) : undefined;
  return { path: route.path, element: route.element, ...(children ? { children } : {}), ...(loader ? { loader } : {}) };
}

/** Hash routing: the app is one file served from its own origin, with no server routes. */
export default function AppRouter() {
  const client = useQueryClient();
  const { isDemo } = useVault().status;
  const [router] = useState(() => {
    // The demo opens on its overview, whatever address another vault's page left behind.
    if (isDemo) history.replaceState(history.state, '', `#${DEMO_HOME_PATH}`);
    return createHashRouter([
      {
        path: '/',
        element: <Layout />,
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to={isDemo ? DEMO_HOME_PATH : HOME_PATH} replace /> },
          ...featureRoutes.map((route) => toRouteObject(route, client)),
          { path: '*', element: <NotFound /> },
        ],
      },
    ]);
  });
  useEffect(preloadPages, []);
  return <RouterProvider router={router} />;
}
