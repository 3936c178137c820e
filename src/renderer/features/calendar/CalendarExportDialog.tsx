import { useState } from 'react';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import { MenteeSelect } from '../../components/MenteeSelect';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { SavedNote } from '../../components/SavedNote';
import { ErrorBanner } from '../../components/ErrorBanner';
import '../../components/ExportDialogs.css';

/** Planned meetings as an .ics file for a calendar (one mentee or all); no private text goes in it. */
export function CalendarExportDialog({ open, onClose, menteeId }: { open: boolean; onClose(): void; menteeId?: number | undefined }) {
  return (
    <Dialog open={open} onClose={onClose} title="Meetings as a calendar file" description="Planned meetings as an .ics file your calendar can import; importing it again updates the same events.">
      {open && <CalendarForm onClose={onClose} menteeId={menteeId} />}
    </Dialog>
  );
}

function CalendarForm({ onClose, menteeId }: { onClose(): void; menteeId?: number | undefined }) {
  const [scope, setScope] = useState(menteeId === undefined ? '' : String(menteeId));
  const run = useVaultMutation('calendar.exportIcs');
  const busy = run.isPending;
  return (
    <div className="stack">
      <MenteeSelect label="Meetings of" emptyLabel="All mentees" value={scope} disabled={busy} onChange={(event) => setScope(event.target.value)} />
      {busy && <ProgressIndicator label="Choose where to save the calendar…" />}
      {run.error && (
        <ErrorBanner error={run.error} />
      )}
      {run.data && <SavedNote title={`Calendar written: ${run.data.events === 1 ? '1 event' : `${run.data.events} events`}.`} path={run.data.path} />}
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {run.data ? 'Done' : 'Cancel'}
        </Button>
        <Button variant="primary" busy={busy} onClick={() => run.mutate(scope ? { menteeId: Number(scope) } : {})}>
          Export .ics…
        </Button>
      </DialogActions>
    </div>
  );
}
