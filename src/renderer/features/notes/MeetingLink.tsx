import { Button } from '../../components/Button';

/**
 * The seam for linking a note to a meeting. Meetings arrive with their own feature;
 * until then this shows an existing link and can remove it. The meetings screens
 * replace the body with a picker of the mentee's meetings (value: meeting id or null).
 */
export function MeetingLink({ value, onChange }: { menteeId: number | undefined; value: number | null; onChange(next: number | null): void }) {
  return (
    <div className="note-meeting">
      <span className="field-label">Meeting</span>
      {value === null ? (
        <p className="muted">Not linked to a meeting.</p>
      ) : (
        <p className="row">
          <span>Linked to meeting #{value}.</span>
          <Button size="small" variant="ghost" onClick={() => onChange(null)}>
            Unlink
          </Button>
        </p>
      )}
    </div>
  );
}
