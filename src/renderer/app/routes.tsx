import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { MessageId } from '../../shared/i18n/catalogue';
import { Navigate } from 'react-router';
import { lazyPage } from './lazy-page';
import { meetingRoutes } from '../features/meetings/routes';
import { templateRoutes } from '../features/templates/routes';
import { prefetchNotesList } from '../features/notes/prefetch';
import { menteeTabs } from './mentee-tabs';

/**
 * Every screen of the unlocked app, in one list. A feature adds one line here: its
 * path, its label in the sidebar (if it has one, an id in the catalogue) and its page, loaded lazily so the
 * first screen stays small. Mentee-scoped pages go in mentee-tabs.tsx instead.
 */
export interface FeatureRoute {
  path: string;
  /** Present = listed in the sidebar, in the order of this list. */
  nav?: { label: MessageId; section?: 'main' | 'footer' };
  element: ReactNode;
  children?: FeatureRoute[];
  index?: boolean;
  /** Starts the page's first queries as the navigation starts, not after its first render. */
  prefetch?: (client: QueryClient) => void;
}

const MenteesPage = lazyPage(() => import('../features/mentees/MenteesPage'));
const OverviewPage = lazyPage(() => import('../features/dashboard/OverviewPage'));
const CompetenciesPage = lazyPage(() => import('../features/assessment/CompetenciesPage'));
const NewMenteePage = lazyPage(() => import('../features/mentees/NewMenteePage'));
const MenteeLayout = lazyPage(() => import('../features/mentees/MenteeLayout'));
const SettingsPage = lazyPage(() => import('../features/settings/SettingsPage'));
const SearchPage = lazyPage(() => import('../features/search/SearchPage'));
const NotesPage = lazyPage(() => import('../features/notes/NotesPage'));
const NoteEditorPage = lazyPage(() => import('../features/notes/NoteEditorPage'));
const EscalationsPage = lazyPage(() => import('../features/escalations/EscalationsPage'));
const NewEscalationPage = lazyPage(() => import('../features/escalations/NewEscalationPage'));
const EscalationPage = lazyPage(() => import('../features/escalations/EscalationPage'));
const ExportsPage = lazyPage(() => import('./ExportsPage'));
const PracticeLayout = lazyPage(() => import('../features/mentor/PracticeLayout'));
const HoursPage = lazyPage(() => import('../features/mentor/HoursPage'));
const TrainingPage = lazyPage(() => import('../features/mentor/TrainingPage'));
const SupervisionPage = lazyPage(() => import('../features/mentor/SupervisionPage'));
const ReflectionsPage = lazyPage(() => import('../features/mentor/ReflectionsPage'));
const CredentialsPage = lazyPage(() => import('../features/mentor/CredentialsPage'));

/** Where the app opens after unlocking. */
export const HOME_PATH = '/mentees';
/** Where the demo vault opens: its overview shows at once what the app is for. */
export const DEMO_HOME_PATH = '/overview';

export const featureRoutes: FeatureRoute[] = [
  { path: 'overview', nav: { label: 'app.nav.overview' }, element: <OverviewPage /> },
  { path: 'mentees', nav: { label: 'app.nav.mentees' }, element: <MenteesPage /> },
  { path: 'mentees/new', element: <NewMenteePage /> },
  { path: 'mentees/:menteeId', element: <MenteeLayout />, children: menteeTabs.map(({ path, element }) => ({ path, element })) },
  ...meetingRoutes,
  ...templateRoutes,
  { path: 'search', element: <SearchPage /> },
  { path: 'notes', nav: { label: 'app.nav.notes' }, element: <NotesPage />, prefetch: prefetchNotesList },
  { path: 'notes/new', element: <NoteEditorPage /> },
  { path: 'notes/:noteId', element: <NoteEditorPage /> },
  { path: 'escalations', nav: { label: 'app.nav.escalations' }, element: <EscalationsPage /> },
  { path: 'escalations/new', element: <NewEscalationPage /> },
  { path: 'escalations/:escalationId', element: <EscalationPage /> },
  {
    path: 'practice',
    nav: { label: 'app.nav.practice' },
    element: <PracticeLayout />,
    children: [
      { path: '', index: true, element: <Navigate to="hours" replace /> },
      { path: 'hours', element: <HoursPage /> },
      { path: 'training', element: <TrainingPage /> },
      { path: 'supervision', element: <SupervisionPage /> },
      { path: 'reflections', element: <ReflectionsPage /> },
      { path: 'credentials', element: <CredentialsPage /> },
    ],
  },
  { path: 'exports', nav: { label: 'app.nav.exports', section: 'footer' }, element: <ExportsPage /> },
  { path: 'competencies', nav: { label: 'app.nav.competencies', section: 'footer' }, element: <CompetenciesPage /> },
  { path: 'settings', nav: { label: 'app.nav.settings', section: 'footer' }, element: <SettingsPage /> },
];
