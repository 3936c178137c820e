import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { startSyncInput } from '../../../shared/sync/contract';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { fieldIssue } from '../../../shared/i18n/field-issue';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { useToast } from '../../components/Toast';
import { issueText } from '../../i18n/issue-text';
import { syncFieldErrors, type SyncField } from './sync-errors';
import { useAfterRound } from './useAfterRound';

type Errors = Partial<Record<SyncField | 'form', string>>;

/**
 * Turns sync on (a folder chosen in the system's dialog, and the passphrase), or, with the
 * folder given, unwraps the key again after a restart. The passphrase is forgotten once the
 * call has settled.
 */
export function SyncPassphraseForm({ folder: knownFolder }: { folder?: string }) {
  const intl = useIntl();
  const say = (id: MessageId) => intl.formatMessage({ id });
  const { notify } = useToast();
  const afterRound = useAfterRound();
  const [folder, setFolder] = useState(knownFolder ?? '');
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const folderErrorId = useId();
  const choose = useVaultMutation('sync.chooseFolder', {
    onSuccess: (chosen) => {
      if (!chosen) return;
      setFolder(chosen.folder);
      setErrors(({ folder: _gone, ...rest }) => rest);
    },
  });
  const start = useVaultMutation('sync.start', {
    onSuccess: async (result) => {
      await afterRound(result);
      notify('success', intl.formatMessage({ id: knownFolder ? 'sync.done' : 'sync.started' }, { sent: result.sent, received: result.received }));
    },
    onError: (err) => setErrors(syncFieldErrors(err, intl)),
    onSettled: () => setPassphrase(''),
  });
  const busy = start.isPending;

  const submit = () => {
    const parsed = startSyncInput.safeParse({ folder, passphrase });
    if (!parsed.success) {
      const found: Errors = {};
      for (const issue of parsed.error.issues.map(fieldIssue)) {
        const field = issue.path[0] === 'folder' ? 'folder' : 'passphrase';
        found[field] ??= field === 'passphrase' && passphrase === '' ? say('sync.error.passphraseMissing') : issueText(issue);
      }
      setErrors(found);
      return;
    }
    setErrors({});
    start.mutate(parsed.data);
  };

  return (
    <form
      className="stack"
      noValidate
      aria-busy={busy}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {knownFolder ? (
        <div className="sync-resume">
          <p>
            <strong>{say('sync.resume.title')}</strong>
          </p>
          <p className="settings-hint">{say('sync.resume.hint')}</p>
        </div>
      ) : (
        <div className="stack">
          <dl className="info-list sync-facts">
            <dt>{say('sync.folder')}</dt>
            <dd>{folder ? <span translate="no">{folder}</span> : say('sync.folder.none')}</dd>
          </dl>
          {errors.folder && (
            <p className="field-error" id={folderErrorId} role="alert">
              {errors.folder}
            </p>
          )}
          <div className="row">
            <Button onClick={() => choose.mutate({})} busy={choose.isPending} disabled={busy} aria-describedby={errors.folder ? folderErrorId : undefined}>
              {say('sync.folder.choose')}
            </Button>
          </div>
        </div>
      )}
      <TextField
        label={say('sync.passphrase')}
        hint={say('sync.passphrase.hint')}
        type="password"
        autoComplete="current-password"
        spellCheck={false}
        readOnly={busy}
        value={passphrase}
        error={errors.passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
      />
      {busy && <ProgressIndicator label={say(knownFolder ? 'sync.running' : 'sync.starting')} />}
      {errors.form && <ErrorBanner>{errors.form}</ErrorBanner>}
      {choose.error && <ErrorBanner error={choose.error} />}
      <div className="row">
        <Button type="submit" variant="primary" busy={busy}>
          {say(knownFolder ? 'sync.resume.submit' : 'sync.start')}
        </Button>
      </div>
    </form>
  );
}
