import { Link } from 'react-router';
import { MeetingsTable, NoMeetings } from './MeetingsTable';
import { ProposalsPanel } from './ProposalsPanel';
import './meetings.css';

/** Every mentee's meetings by date, the proposed reviews, and the calendar export. */
export default function MeetingsPage() {
  return (
    <div className="page page-fill">
      <header className="page-header">
        <div>
          <h1>Meetings</h1>
          <p>Reviews, touchpoints and sessions of all your mentees. Plan them from a mentee's Meetings tab.</p>
        </div>
        <Link to="/meetings/templates" className="btn btn-secondary">
          Agenda and rubric templates
        </Link>
      </header>
      <ProposalsPanel />
      <div className="meetings-table">
        <MeetingsTable empty={<NoMeetings>Open a mentee and plan meetings from their charter, or add one by hand.</NoMeetings>} />
      </div>
    </div>
  );
}
