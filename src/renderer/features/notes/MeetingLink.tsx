import { FormattedMessage } from 'react-intl';
import { Button } from '../../components/Button';

/**
 * The seam for linking a note to a meeting. Meetings arrive with their own feature;
 * until then this shows an existing link and can remove it. The meetings screens
 * replace the body with a picker of the mentee's meetings (value: meeting id or null).
 */
export function MeetingLink({ value, onChange }: { menteeId: number | undefined; value: number | null; onChange(next: number | null): void }) {
  return (
    <div className="note-meeting">
      <span className="field-label">
        <FormattedMessage id="notes.meeting.label" />
      </span>
      {value === null ? (
        <p className="muted">
          <FormattedMessage id="notes.meeting.none" />
        </p>
      ) : (
        <p className="row">
          <span>
            <FormattedMessage id="notes.meeting.linked" values={{ id: value }} />
          </span>
          <Button size="small" variant="ghost" onClick={() => onChange(null)}>
            <FormattedMessage id="notes.meeting.unlink" />
          </Button>
        </p>
      )}
    </div>
  );
}
