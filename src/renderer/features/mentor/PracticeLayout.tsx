import { NavLink, Outlet } from 'react-router';
import { useVaultQuery } from '../../bridge/hooks';
import './practice.css';
import { PageHeader } from '../../components/PageHeader';

export const PRACTICE_TABS = [
  { path: 'hours', label: 'Hours' },
  { path: 'training', label: 'Training' },
  { path: 'supervision', label: 'Supervision' },
  { path: 'reflections', label: 'Reflections' },
  { path: 'credentials', label: 'Credentials and goals' },
] as const;

/** The mentor's own growth: hours derived from meetings, training, supervision, reflection, credentials. */
export default function PracticeLayout() {
  const mentor = useVaultQuery('mentor.get', {});
  return (
    <div className="page">
      <PageHeader
        title="My practice"
        intro={mentor.data?.name ? `${mentor.data.name}${mentor.data.title ? ` · ${mentor.data.title}` : ''}` : 'Your own growth as a mentor, and the log accreditation asks for.'}
      />
      <nav className="tabs" aria-label="Practice sections">
        {PRACTICE_TABS.map((tab) => (
          <NavLink key={tab.path} to={tab.path} className="tab">
            {tab.label}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </div>
  );
}
