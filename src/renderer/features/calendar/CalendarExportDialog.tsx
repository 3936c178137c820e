import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import { MenteeSelect } from '../../components/MenteeSelect';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { SavedNote } from '../../components/SavedNote';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ExportLocaleField, useExportLocale } from '../documents/ExportLocaleField';
import '../../components/ExportDialogs.css';

/** Planned meetings as an .ics file for a calendar (one mentee or all), its words in the chosen language; no private text goes in it. */
export function CalendarExportDialog({ open, onClose, menteeId }: { open: boolean; onClose(): void; menteeId?: number | undefined }) {
  const intl = useIntl();
  return (
    <Dialog open={open} onClose={onClose} title={intl.formatMessage({ id: 'calendar.export.title' })} description={intl.formatMessage({ id: 'calendar.export.description' })}>
      {open && <CalendarForm onClose={onClose} menteeId={menteeId} />}
    </Dialog>
  );
}

function CalendarForm({ onClose, menteeId }: { onClose(): void; menteeId?: number | undefined }) {
  const intl = useIntl();
  const [scope, setScope] = useState(menteeId === undefined ? '' : String(menteeId));
  const run = useVaultMutation('calendar.exportIcs');
  const { locale, setLocale } = useExportLocale(scope ? Number(scope) : undefined);
  const busy = run.isPending;
  return (
    <div className="stack">
      <MenteeSelect
        label={intl.formatMessage({ id: 'calendar.export.scope' })}
        emptyLabel={intl.formatMessage({ id: 'calendar.export.all' })}
        value={scope} disabled={busy} onChange={(event) => setScope(event.target.value)} />
      <ExportLocaleField
        value={locale}
        disabled={busy}
        onChange={(next) => {
          setLocale(next);
          run.reset();
        }}
      />
      {busy && <ProgressIndicator label={intl.formatMessage({ id: 'calendar.export.choosing' })} />}
      {run.error && (
        <ErrorBanner error={run.error} />
      )}
      {run.data && <SavedNote title={intl.formatMessage({ id: 'calendar.export.written' }, { count: run.data.events })} path={run.data.path} />}
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {intl.formatMessage({ id: run.data ? 'calendar.export.done' : 'calendar.export.cancel' })}
        </Button>
        <Button variant="primary" busy={busy} onClick={() => run.mutate(scope ? { menteeId: Number(scope), locale } : { locale })}>
          {intl.formatMessage({ id: 'calendar.export.submit' })}
        </Button>
      </DialogActions>
    </div>
  );
}
