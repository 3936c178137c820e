import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { RESTORE_CONFIRMATION } from '../../../shared/backup/schema';
import { useVault } from '../../app/vault-context';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import { TextField } from '../../components/Field';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { SavedNote } from '../../components/SavedNote';
import { ErrorBanner } from '../../components/ErrorBanner';
import '../../components/ExportDialogs.css';

type Mode = 'new-file' | 'replace';

/**
 * Restore: the backup is checked first (passphrase, integrity, every row, hash chains)
 * and refused whole if anything fails. Into a new vault file, or, after typing REPLACE,
 * in place of the open vault, whose file is kept aside.
 */
export function RestoreDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Restore from a backup" description="Nothing changes unless the backup passes every check.">
      {open && <RestoreForm onClose={onClose} />}
    </Dialog>
  );
}

function RestoreForm({ onClose }: { onClose(): void }) {
  const { setStatus } = useVault();
  const client = useQueryClient();
  const [mode, setMode] = useState<Mode>('new-file');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [missing, setMissing] = useState(false);
  const verify = useVaultMutation('backup.verify');
  const restore = useVaultMutation('backup.restore', {
    onSuccess: async (result) => {
      if (result?.mode === 'replace') {
        // The open vault is now the restored one (it opens with the backup's passphrase).
        setStatus(result.status);
        await client.invalidateQueries();
      }
    },
  });
  const busy = verify.isPending || restore.isPending;
  const replaceConfirmed = mode !== 'replace' || confirm === RESTORE_CONFIRMATION;

  const run = (what: 'verify' | 'restore') => {
    if (!passphrase) {
      setMissing(true);
      return;
    }
    setMissing(false);
    verify.reset();
    restore.reset();
    if (what === 'verify') verify.mutate({ passphrase });
    else restore.mutate(mode === 'replace' ? { mode, passphrase, confirm: RESTORE_CONFIRMATION } : { mode, passphrase });
  };
  const failure = verify.error ?? restore.error;

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        run('restore');
      }}
    >
      <TextField
        label="The backup's passphrase"
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={passphrase}
        readOnly={busy}
        error={missing ? "Type the passphrase the backup opens with (the vault's, or the backup's own)" : undefined}
        onChange={(event) => setPassphrase(event.target.value)}
      />
      <fieldset className="choice-list" disabled={busy}>
        <legend>Restore into</legend>
        <label className="choice">
          <input type="radio" name="restore-mode" checked={mode === 'new-file'} onChange={() => setMode('new-file')} />
          <span>
            A new vault file
            <small>The open vault stays exactly as it is.</small>
          </span>
        </label>
        <label className="choice">
          <input type="radio" name="restore-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
          <span>
            The open vault, replacing it
            <small>Its current file is kept aside, renamed; the vault then opens with the backup's passphrase.</small>
          </span>
        </label>
      </fieldset>
      {mode === 'replace' && (
        <>
          <div className="export-warning is-serious" role="note">
            <strong>Everything written since that backup will be replaced.</strong>
            The current file is kept aside, but the vault you work in becomes the backup.
          </div>
          <TextField
            label={`Type ${RESTORE_CONFIRMATION} to confirm`}
            autoComplete="off"
            spellCheck={false}
            value={confirm}
            readOnly={busy}
            onChange={(event) => setConfirm(event.target.value)}
          />
        </>
      )}
      {busy && <ProgressIndicator label={verify.isPending ? 'Checking the backup…' : 'Checking the backup, then restoring…'} />}
      {failure && (
        <ErrorBanner>
          {/nothing was changed/i.test(errorMessage(failure)) ? errorMessage(failure) : `${errorMessage(failure)} Nothing was changed.`}
        </ErrorBanner>
      )}
      {verify.data && (
        <SavedNote title={`The backup passed every check (schema ${verify.data.schemaVersion}, ${verify.data.rowsRead} rows read): ${verify.data.checks.join(', ')}.`} path={verify.data.path} />
      )}
      {restore.data && (
        <SavedNote
          title={
            restore.data.mode === 'replace'
              ? `Restored in place of the open vault. The previous file is kept aside.`
              : `Restored as a new vault file (${restore.data.rowsRead} rows checked). Open it from the vault screen when you want it.`
          }
          path={restore.data.keptAsidePath ?? restore.data.path}
        />
      )}
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {restore.data ? 'Done' : 'Cancel'}
        </Button>
        <Button onClick={() => run('verify')} busy={verify.isPending} disabled={busy}>
          Check a backup…
        </Button>
        <Button type="submit" variant={mode === 'replace' ? 'danger' : 'primary'} busy={restore.isPending} disabled={busy || !replaceConfirmed}>
          {mode === 'replace' ? 'Replace the vault…' : 'Restore…'}
        </Button>
      </DialogActions>
    </form>
  );
}
