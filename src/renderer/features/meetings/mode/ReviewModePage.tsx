import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate, useParams } from 'react-router';
import { useVaultMutation, useVaultQuery } from '../../../bridge/hooks';
import { EmptyState } from '../../../components/EmptyState';
import { ProgressIndicator } from '../../../components/ProgressIndicator';
import { MEETING_QUERIES } from '../stale';
import { ReviewMode } from './ReviewMode';
import { ErrorBanner } from '../../../components/ErrorBanner';
import '../meetings.css';

/**
 * /meetings/:id/run. Opening it starts a planned meeting; opening it again (a reload,
 * after a crash or a lock) resumes the one in progress where it was.
 */
export default function ReviewModePage() {
  const id = Number(useParams().meetingId);
  const valid = Number.isSafeInteger(id) && id > 0;
  const navigate = useNavigate();
  const intl = useIntl();
  const meeting = useVaultQuery('meetings.get', { id }, { enabled: valid });
  const start = useVaultMutation('meetings.start', { invalidate: MEETING_QUERIES });
  const asked = useRef(false);
  // Once the mode is open it stays so through the end, to show the summary (the meeting is then held).
  const [opened, setOpened] = useState(false);
  const status = meeting.data?.status;
  // Adjusting state while rendering, as React documents for values derived from earlier renders.
  if (status === 'in-progress' && !opened) setOpened(true);
  useEffect(() => {
    if (status === 'planned' && !asked.current) {
      asked.current = true;
      start.mutate({ id });
    }
  }, [status, id, start]);

  const back = () => void navigate(`/meetings/${id}`);
  if (!valid)
    return (
      <EmptyState
        title={intl.formatMessage({ id: 'meetingsMode.page.notFound' })}
        action={
          <Link to="/meetings">
            <FormattedMessage id="meetingsMode.page.all" />
          </Link>
        }
      />
    );
  const error = meeting.error ?? start.error;
  if (error) {
    return (
      <div className="page">
        <ErrorBanner error={error} />
        <Link to={`/meetings/${id}`}>
          <FormattedMessage id="meetingsMode.page.back" />
        </Link>
      </div>
    );
  }
  const data = meeting.data;
  if (!data || data.status === 'planned') {
    return (
      <div className="page">
        <ProgressIndicator label={intl.formatMessage({ id: 'meetingsMode.page.opening' })} />
      </div>
    );
  }
  if (data.status !== 'in-progress' && !(data.status === 'held' && opened)) {
    return (
      <div className="page">
        <EmptyState
          title={intl.formatMessage({ id: 'meetingsMode.page.notRunnable' }, { status: data.status })}
          action={
            <Link to={`/meetings/${id}`}>
              <FormattedMessage id="meetingsMode.page.open" />
            </Link>
          }
        >
          <FormattedMessage id="meetingsMode.page.runsWhat" />
        </EmptyState>
      </div>
    );
  }
  return <ReviewMode key={data.id} meeting={data} onLeave={back} />;
}
