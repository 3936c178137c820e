import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { MeetingsTable, NoMeetings } from './MeetingsTable';
import { ProposalsPanel } from './ProposalsPanel';
import './meetings.css';

/** Every mentee's meetings by date, the proposed reviews, and the calendar export. */
export default function MeetingsPage() {
  const intl = useIntl();
  return (
    <div className="page page-fill">
      <header className="page-header">
        <div>
          <h1>{intl.formatMessage({ id: 'meetings.page.title' })}</h1>
          <p>{intl.formatMessage({ id: 'meetings.page.intro' })}</p>
        </div>
        <Link to="/meetings/templates" className="btn btn-secondary">
          {intl.formatMessage({ id: 'meetings.page.templates' })}
        </Link>
      </header>
      <ProposalsPanel />
      <div className="meetings-table">
        <MeetingsTable empty={<NoMeetings>{intl.formatMessage({ id: 'meetings.page.empty' })}</NoMeetings>} />
      </div>
    </div>
  );
}
