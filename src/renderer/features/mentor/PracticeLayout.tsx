import { useIntl } from 'react-intl';
import { NavLink, Outlet } from 'react-router';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { useVaultQuery } from '../../bridge/hooks';
import './practice.css';
import { PageHeader } from '../../components/PageHeader';

export const PRACTICE_TABS = [
  { path: 'hours', label: 'mentor.tab.hours' },
  { path: 'training', label: 'mentor.tab.training' },
  { path: 'supervision', label: 'mentor.tab.supervision' },
  { path: 'reflections', label: 'mentor.tab.reflections' },
  { path: 'credentials', label: 'mentor.tab.credentials' },
] as const satisfies readonly { path: string; label: MessageId }[];

/** The mentor's own growth: hours derived from meetings, training, supervision, reflection, credentials. */
export default function PracticeLayout() {
  const intl = useIntl();
  const mentor = useVaultQuery('mentor.get', {});
  const name = mentor.data?.name;
  const title = mentor.data?.title;
  return (
    <div className="page">
      <PageHeader
        title={intl.formatMessage({ id: 'mentor.practice.title' })}
        intro={name ? (title ? intl.formatMessage({ id: 'mentor.practice.who' }, { name, title }) : name) : intl.formatMessage({ id: 'mentor.practice.intro' })}
      />
      <nav className="tabs" aria-label={intl.formatMessage({ id: 'mentor.practice.tabs' })}>
        {PRACTICE_TABS.map((tab) => (
          <NavLink key={tab.path} to={tab.path} className="tab">
            {intl.formatMessage({ id: tab.label })}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </div>
  );
}
