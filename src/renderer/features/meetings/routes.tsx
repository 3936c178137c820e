import { lazy } from 'react';
import type { FeatureRoute } from '../../app/routes';

const MeetingsPage = lazy(() => import('./MeetingsPage'));
const TemplatesPage = lazy(() => import('./TemplatesPage'));
const MeetingPage = lazy(() => import('./MeetingPage'));
const ReviewModePage = lazy(() => import('./mode/ReviewModePage'));

/** The meetings feature's screens, spread into the app's route list (app/routes.tsx). */
export const meetingRoutes: FeatureRoute[] = [
  { path: 'meetings', nav: { label: 'Meetings' }, element: <MeetingsPage /> },
  { path: 'meetings/templates', element: <TemplatesPage /> },
  { path: 'meetings/:meetingId', element: <MeetingPage /> },
  { path: 'meetings/:meetingId/run', element: <ReviewModePage /> },
];
