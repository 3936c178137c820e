import { lazy, type ReactNode } from 'react';
import { meetingRoutes } from '../features/meetings/routes';
import { menteeTabs } from './mentee-tabs';

/**
 * Every screen of the unlocked app, in one list. A feature adds one line here: its
 * path, its label in the sidebar (if it has one) and its page, loaded lazily so the
 * first screen stays small. Mentee-scoped pages go in mentee-tabs.tsx instead.
 */
export interface FeatureRoute {
  path: string;
  /** Present = listed in the sidebar, in the order of this list. */
  nav?: { label: string; section?: 'main' | 'footer' };
  element: ReactNode;
  children?: FeatureRoute[];
  index?: boolean;
}

const MenteesPage = lazy(() => import('../features/mentees/MenteesPage'));
const OverviewPage = lazy(() => import('../features/dashboard/OverviewPage'));
const CompetenciesPage = lazy(() => import('../features/assessment/CompetenciesPage'));
const NewMenteePage = lazy(() => import('../features/mentees/NewMenteePage'));
const MenteeLayout = lazy(() => import('../features/mentees/MenteeLayout'));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage'));
const SearchPage = lazy(() => import('../features/search/SearchPage'));
const NotesPage = lazy(() => import('../features/notes/NotesPage'));
const NoteEditorPage = lazy(() => import('../features/notes/NoteEditorPage'));
const EscalationsPage = lazy(() => import('../features/escalations/EscalationsPage'));
const NewEscalationPage = lazy(() => import('../features/escalations/NewEscalationPage'));
const EscalationPage = lazy(() => import('../features/escalations/EscalationPage'));
const ExportsPage = lazy(() => import('../features/exports/ExportsPage'));

/** Where the app opens after unlocking. */
export const HOME_PATH = '/mentees';

export const featureRoutes: FeatureRoute[] = [
  { path: 'overview', nav: { label: 'Overview' }, element: <OverviewPage /> },
  { path: 'mentees', nav: { label: 'Mentees' }, element: <MenteesPage /> },
  { path: 'mentees/new', element: <NewMenteePage /> },
  { path: 'mentees/:menteeId', element: <MenteeLayout />, children: menteeTabs.map(({ path, element }) => ({ path, element })) },
  ...meetingRoutes,
  { path: 'search', element: <SearchPage /> },
  { path: 'notes', nav: { label: 'Notes' }, element: <NotesPage /> },
  { path: 'notes/new', element: <NoteEditorPage /> },
  { path: 'notes/:noteId', element: <NoteEditorPage /> },
  { path: 'escalations', nav: { label: 'Escalations' }, element: <EscalationsPage /> },
  { path: 'escalations/new', element: <NewEscalationPage /> },
  { path: 'escalations/:escalationId', element: <EscalationPage /> },
  { path: 'exports', nav: { label: 'Backup & export', section: 'footer' }, element: <ExportsPage /> },
  { path: 'competencies', nav: { label: 'Competencies', section: 'footer' }, element: <CompetenciesPage /> },
  { path: 'settings', nav: { label: 'Settings', section: 'footer' }, element: <SettingsPage /> },
];
