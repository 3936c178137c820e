import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../../shared/i18n/catalogue';
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
  const intl = useIntl();
  return (
    <Dialog open={props.open} onClose={props.onClose} title={intl.formatMessage({ id: 'dataExport.json.title' })}>
      {props.open && <JsonExportForm {...props} />}
    </Dialog>
  );
}

function JsonExportForm({ onClose, menteeId }: JsonExportDialogProps) {
  const intl = useIntl();
  const say = (id: MessageId) => intl.formatMessage({ id });
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
        <strong>{say('dataExport.json.warningTitle')}</strong>
        {say('dataExport.json.warningText')}
      </div>
      <MenteeSelect
        label={say('dataExport.json.scope')}
        emptyLabel={say('dataExport.json.all')}
        value={scope} disabled={busy} onChange={(event) => setScope(event.target.value)} />
      <CheckboxField
        label={say('dataExport.json.confidential')}
        checked={includeConfidential}
        disabled={busy}
        onChange={(event) => setIncludeConfidential(event.target.checked)}
      />
      {includeConfidential && (
        <div className="export-warning is-serious" role="alert">
          <strong>{say('dataExport.json.confidentialTitle')}</strong>
          {say('dataExport.json.confidentialText')}
        </div>
      )}
      <CheckboxField
        label={say('dataExport.json.acknowledge')}
        checked={acknowledged}
        disabled={busy}
        onChange={(event) => setAcknowledged(event.target.checked)}
      />
      {busy && <ProgressIndicator label={say('dataExport.json.writing')} />}
      {run.error && (
        <ErrorBanner error={run.error} />
      )}
      {run.data && (
        <SavedNote title={intl.formatMessage({ id: 'dataExport.json.written' }, { rows, tables, confidential: run.data.includesConfidential ? 'yes' : 'no' })} path={run.data.path} />
      )}
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {say(run.data ? 'dataExport.json.done' : 'dataExport.json.cancel')}
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
          {say('dataExport.json.submit')}
        </Button>
      </DialogActions>
    </div>
  );
}
