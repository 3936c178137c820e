import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { RESTORE_CONFIRMATION } from '../../../shared/backup/schema';
import type { MessageId } from '../../../shared/i18n/catalogue';
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

/** The checks the main process names (in English, as codes), in the screens' language. */
const CHECK_WORDS: Record<string, MessageId> = {
  passphrase: 'backup.check.passphrase',
  integrity: 'backup.check.integrity',
  'every row read': 'backup.check.rows',
  'hash chains': 'backup.check.chains',
};

/**
 * Restore: the backup is checked first (passphrase, integrity, every row, hash chains)
 * and refused whole if anything fails. Into a new vault file, or, after typing REPLACE,
 * in place of the open vault, whose file is kept aside.
 */
export function RestoreDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const intl = useIntl();
  return (
    <Dialog open={open} onClose={onClose} title={intl.formatMessage({ id: 'backup.restore.title' })} description={intl.formatMessage({ id: 'backup.restore.description' })}>
      {open && <RestoreForm onClose={onClose} />}
    </Dialog>
  );
}

function RestoreForm({ onClose }: { onClose(): void }) {
  const intl = useIntl();
  const say = (id: MessageId) => intl.formatMessage({ id });
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
  const problem = failure ? errorMessage(failure) : '';
  // Most errors already say that nothing was changed; it is said once.
  const saysUnchanged = problem.toLowerCase().includes(say('backup.restore.unchangedPhrase').toLowerCase());

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
        label={say('backup.restore.passphrase')}
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={passphrase}
        readOnly={busy}
        error={missing ? say('backup.restore.passphraseMissing') : undefined}
        onChange={(event) => setPassphrase(event.target.value)}
      />
      <fieldset className="choice-list" disabled={busy}>
        <legend>{say('backup.restore.into')}</legend>
        <label className="choice">
          <input type="radio" name="restore-mode" checked={mode === 'new-file'} onChange={() => setMode('new-file')} />
          <span>
            {say('backup.restore.newFile')}
            <small>{say('backup.restore.newFileHint')}</small>
          </span>
        </label>
        <label className="choice">
          <input type="radio" name="restore-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
          <span>
            {say('backup.restore.replace')}
            <small>{say('backup.restore.replaceHint')}</small>
          </span>
        </label>
      </fieldset>
      {mode === 'replace' && (
        <>
          <div className="export-warning is-serious" role="note">
            <strong>{say('backup.restore.warningTitle')}</strong>
            {say('backup.restore.warningText')}
          </div>
          <TextField
            label={intl.formatMessage({ id: 'backup.restore.confirm' }, { word: RESTORE_CONFIRMATION })}
            autoComplete="off"
            spellCheck={false}
            value={confirm}
            readOnly={busy}
            onChange={(event) => setConfirm(event.target.value)}
          />
        </>
      )}
      {busy && <ProgressIndicator label={say(verify.isPending ? 'backup.restore.checking' : 'backup.restore.restoring')} />}
      {failure && (
        <ErrorBanner>
          {saysUnchanged ? problem : intl.formatMessage({ id: 'backup.restore.nothingChanged' }, { problem })}
        </ErrorBanner>
      )}
      {verify.data && (
        <SavedNote
          title={intl.formatMessage(
            { id: 'backup.restore.passed' },
            { schema: verify.data.schemaVersion, rows: verify.data.rowsRead, checks: intl.formatList(
              verify.data.checks.map((check) => (CHECK_WORDS[check] ? say(CHECK_WORDS[check]) : check)),
              { type: 'unit' },
            ) },
          )}
          path={verify.data.path}
        />
      )}
      {restore.data && (
        <SavedNote
          title={
            restore.data.mode === 'replace'
              ? say('backup.restore.replaced')
              : intl.formatMessage({ id: 'backup.restore.newVault' }, { rows: restore.data.rowsRead })
          }
          path={restore.data.keptAsidePath ?? restore.data.path}
        />
      )}
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {say(restore.data ? 'backup.done' : 'backup.cancel')}
        </Button>
        <Button onClick={() => run('verify')} busy={verify.isPending} disabled={busy}>
          {say('backup.restore.check')}
        </Button>
        <Button type="submit" variant={mode === 'replace' ? 'danger' : 'primary'} busy={restore.isPending} disabled={busy || !replaceConfirmed}>
          {say(mode === 'replace' ? 'backup.restore.submitReplace' : 'backup.restore.submit')}
        </Button>
      </DialogActions>
    </form>
  );
}
