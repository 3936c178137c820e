import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { MeetingsTable, NoMeetings } from './MeetingsTable';
import { ProposalsPanel } from './ProposalsPanel';
import './meetings.css';
import { PageHeader } from '../../components/PageHeader';

/** Every mentee's meetings by date, the proposed reviews, and the calendar export. */
export default function MeetingsPage() {
  const intl = useIntl();
  return (
    <div className="page page-fill">
      <PageHeader
        title={intl.formatMessage({ id: 'meetings.page.title' })}
        intro={intl.formatMessage({ id: 'meetings.page.intro' })}
        actions={
          <Link to="/meetings/templates" className="btn btn-secondary">
            {intl.formatMessage({ id: 'meetings.page.templates' })}
          </Link>
        }
      />
      <ProposalsPanel />
      <div className="meetings-table">
        <MeetingsTable empty={<NoMeetings>{intl.formatMessage({ id: 'meetings.page.empty' })}</NoMeetings>} />
      </div>
    </div>
  );
}
