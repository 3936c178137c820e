import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MergeCopyResult } from '../../../shared/vault/schema';
import { useVault } from '../../app/vault-context';
import { call, errorMessage, isBridgeError } from '../../bridge/client';
import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import { TextField } from '../../components/Field';
import { useContentLocale } from '../../i18n/content-locale';

type Step = { at: 'ask'; copyPassphrase: boolean } | { at: 'merging'; copyPassphrase: boolean } | { at: 'done'; result: MergeCopyResult };

/**
 * "Merge into this vault" from the unlock screen: says what will happen, takes the
 * passphrase (it unlocks the vault and opens the copy; the copy's own is asked for only when
 * that one does not open it), shows progress, then the result in words. The app opens on the
 * merged vault when the dialog closes, so the result is read first.
 */
export function MergeCopyDialog({ path, name, onClose }: { path: string; name: string; onClose(): void }) {
  const intl = useIntl();
  const locale = useContentLocale();
  const { status, setStatus } = useVault();
  const [step, setStep] = useState<Step>({ at: 'ask', copyPassphrase: false });
  const [passphrase, setPassphrase] = useState('');
  const [copyPassphrase, setCopyPassphrase] = useState('');
  const [problem, setProblem] = useState<{ field: 'vault' | 'copy'; text: string } | null>(null);
  const [unlocked, setUnlocked] = useState(status.state === 'unlocked');

  const close = async () => {
    setPassphrase('');
    setCopyPassphrase('');
    // The vault may have been unlocked here: the app follows once the mentor has read the result.
    if (unlocked) setStatus(await call('vault.status', {}));
    onClose();
  };

  const merge = async (event: FormEvent) => {
    event.preventDefault();
    const asking = step.at === 'ask' && step.copyPassphrase;
    setProblem(null);
    setStep({ at: 'merging', copyPassphrase: asking });
    if (!unlocked) {
      try {
        await call('vault.unlock', { passphrase });
        setUnlocked(true);
      } catch (err) {
        setProblem({ field: 'vault', text: errorMessage(err) });
        setStep({ at: 'ask', copyPassphrase: false });
        return;
      }
    }
    try {
      const result = await call('vault.mergeCopy', { path, passphrase: asking ? copyPassphrase : passphrase, locale });
      setPassphrase('');
      setCopyPassphrase('');
      setStep({ at: 'done', result });
    } catch (err) {
      if (isBridgeError(err, 'WRONG_PASSPHRASE')) {
        // The vault's passphrase does not open the copy: it was made with another one.
        if (asking) setProblem({ field: 'copy', text: errorMessage(err) });
        setStep({ at: 'ask', copyPassphrase: true });
        return;
      }
      setProblem({ field: asking ? 'copy' : 'vault', text: errorMessage(err) });
      setStep({ at: 'ask', copyPassphrase: asking });
    }
  };

  const title = intl.formatMessage({ id: step.at === 'done' ? 'vault.mergeCopy.done' : 'vault.mergeCopy.title' }, { name });
  if (step.at === 'done') {
    const { result } = step;
    const added = result.added.reduce((sum, a) => sum + a.count, 0);
    const skipped = result.skipped.reduce((sum, a) => sum + a.count, 0);
    return (
      <Dialog open onClose={() => void close()} title={title}>
        <div className="stack merge-copy-result" role="status">
          <p>
            <FormattedMessage id="vault.mergeCopy.added" values={{ count: added }} />
          </p>
          <p>
            <FormattedMessage id="vault.mergeCopy.differing" values={{ count: result.differing }} />
          </p>
          {result.keptTexts > 0 && (
            <p>
              <FormattedMessage id="vault.mergeCopy.kept" values={{ count: result.keptTexts }} />
            </p>
          )}
          {skipped > 0 && (
            <p>
              <FormattedMessage id="vault.mergeCopy.skipped" values={{ count: skipped }} />
            </p>
          )}
          <p className="merge-copy-moved">
            <FormattedMessage id="vault.mergeCopy.moved" values={{ path: <span className="mono" translate="no">{result.movedTo}</span> }} />
          </p>
        </div>
        <DialogActions>
          <Button variant="primary" autoFocus onClick={() => void close()}>
            <FormattedMessage id="vault.mergeCopy.close" />
          </Button>
        </DialogActions>
      </Dialog>
    );
  }

  const busy = step.at === 'merging';
  return (
    <Dialog open onClose={() => void close()} title={title} description={intl.formatMessage({ id: 'vault.mergeCopy.explain' })} dismissible={!busy}>
      <form className="stack" noValidate onSubmit={(e) => void merge(e)}>
        {!unlocked && (
          <TextField
            label={intl.formatMessage({ id: 'vault.mergeCopy.passphrase' })}
            type="password"
            autoComplete="current-password"
            spellCheck={false}
            autoFocus
            readOnly={busy}
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            error={problem?.field === 'vault' ? problem.text : undefined}
          />
        )}
        {step.copyPassphrase && (
          <TextField
            label={intl.formatMessage({ id: 'vault.mergeCopy.copyPassphrase' })}
            hint={intl.formatMessage({ id: 'vault.mergeCopy.copyPassphraseHint' })}
            type="password"
            autoComplete="off"
            spellCheck={false}
            autoFocus
            readOnly={busy}
            value={copyPassphrase}
            onChange={(e) => setCopyPassphrase(e.target.value)}
            error={problem?.field === 'copy' ? problem.text : undefined}
          />
        )}
        <p className="merge-copy-progress" role="status">
          {busy ? intl.formatMessage({ id: 'vault.mergeCopy.merging' }) : ''}
        </p>
        <DialogActions>
          <Button onClick={() => void close()} disabled={busy}>
            <FormattedMessage id="vault.mergeCopy.cancel" />
          </Button>
          <Button type="submit" variant="primary" busy={busy}>
            <FormattedMessage id="vault.mergeCopy.confirm" />
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
