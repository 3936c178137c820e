import { lazyPage } from '../../app/lazy-page';
import type { FeatureRoute } from '../../app/routes';

const TemplatesPage = lazyPage(() => import('./TemplatesPage'));

/** Reached from the meetings list, so its address sits under meetings. */
export const templateRoutes: FeatureRoute[] = [{ path: 'meetings/templates', element: <TemplatesPage /> }];
