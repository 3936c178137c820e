import { lazyPage } from '../../app/lazy-page';
import type { FeatureRoute } from '../../app/routes';

const MeetingsPage = lazyPage(() => import('./MeetingsPage'));
const MeetingPage = lazyPage(() => import('./MeetingPage'));
const ReviewModePage = lazyPage(() => import('./mode/ReviewModePage'));

/** The meetings feature's screens, spread into the app's route list (app/routes.tsx). */
export const meetingRoutes: FeatureRoute[] = [
  { path: 'meetings', nav: { label: 'app.nav.meetings' }, element: <MeetingsPage /> },
  { path: 'meetings/:meetingId', element: <MeetingPage /> },
  { path: 'meetings/:meetingId/run', element: <ReviewModePage /> },
];
