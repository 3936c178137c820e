import { useState } from 'react';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import { CheckboxField } from '../../components/Field';
import { MenteeSelect } from '../../components/MenteeSelect';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { SavedNote } from '../../components/SavedNote';
import { ErrorBanner } from '../../components/ErrorBanner';
import '../../components/ExportDialogs.css';

export interface JsonExportDialogProps {
  open: boolean;
  onClose(): void;
  /** Preselects one mentee; the mentor can still choose everything. */
  menteeId?: number | undefined;
}

/**
 * The plain-data export: a clear warning that the file is NOT encrypted, an explicit
 * acknowledgement, and confidential material (private notes, escalations) only when
 * the mentor opts in, with a second warning.
 */
export function JsonExportDialog(props: JsonExportDialogProps) {
  return (
    <Dialog open={props.open} onClose={props.onClose} title="Export data as JSON">
      {props.open && <JsonExportForm {...props} />}
    </Dialog>
  );
}

function JsonExportForm({ onClose, menteeId }: JsonExportDialogProps) {
  const [scope, setScope] = useState(menteeId === undefined ? '' : String(menteeId));
  const [includeConfidential, setIncludeConfidential] = useState(false);
  const [acknowledged, setAcknowledged] = useState(false);
  const run = useVaultMutation('dataExport.json');
  const busy = run.isPending;
  const tables = run.data ? Object.keys(run.data.tables).length : 0;
  const rows = run.data ? Object.values(run.data.tables).reduce((n, r) => n + r, 0) : 0;

  return (
    <div className="stack">
      <div className="export-warning" role="note">
        <strong>This file is not encrypted.</strong>
        Anyone who can read the file can read everything in it. Keep it somewhere safe and delete it when you no longer need it. For a copy
        that stays encrypted, make a backup instead.
      </div>
      <MenteeSelect label="What to export" emptyLabel="Everything (all mentees)" value={scope} disabled={busy} onChange={(event) => setScope(event.target.value)} />
      <CheckboxField
        label="Include private notes and escalation records"
        checked={includeConfidential}
        disabled={busy}
        onChange={(event) => setIncludeConfidential(event.target.checked)}
      />
      {includeConfidential && (
        <div className="export-warning is-serious" role="alert">
          <strong>Confidential material will be written in plain text.</strong>
          Private notes and escalation records are meant never to leave the vault unencrypted. Include them only for your own archive, never
          for someone else.
        </div>
      )}
      <CheckboxField
        label="I understand that this file is not encrypted"
        checked={acknowledged}
        disabled={busy}
        onChange={(event) => setAcknowledged(event.target.checked)}
      />
      {busy && <ProgressIndicator label="Writing the export…" />}
      {run.error && (
        <ErrorBanner error={run.error} />
      )}
      {run.data && (
        <SavedNote title={`Export written: ${rows} rows from ${tables} tables${run.data.includesConfidential ? ', confidential material included' : ''}.`} path={run.data.path} />
      )}
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {run.data ? 'Done' : 'Cancel'}
        </Button>
        <Button
          variant={includeConfidential ? 'danger' : 'primary'}
          busy={busy}
          disabled={!acknowledged}
          onClick={() =>
            run.mutate({
              scope: scope ? { kind: 'mentee', menteeId: Number(scope) } : { kind: 'all' },
              acknowledgeUnencrypted: true,
              includeConfidential,
            })
          }
        >
          Export JSON…
        </Button>
      </DialogActions>
    </div>
  );
}
