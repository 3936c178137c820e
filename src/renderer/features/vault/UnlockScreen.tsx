import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { unlockInput } from '../../../shared/vault/schema';
import { useVault } from '../../app/vault-context';
import { errorMessage, isBridgeError } from '../../bridge/client';
import { useVaultMutation } from '../../bridge/queries';
import { Button } from '../../components/Button';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { LeaveDemoButton } from './DemoBanner';
import { RecentVaults } from './RecentVaults';
import { DemoOffer } from './TryDemoButton';
import { UnlockPassphraseField } from './UnlockPassphraseField';
import { VaultScreen } from './VaultScreen';
import { ErrorBanner } from '../../components/ErrorBanner';

/** Unlock: a wrong passphrase is said next to the field, which is emptied and focused for a retry. */
export function UnlockScreen() {
  const { status } = useVault();
  // Another vault chosen from the recent list starts afresh: nothing typed for the last one stays.
  return <UnlockForm key={status.path ?? ''} />;
}

function UnlockForm() {
  const { status, setStatus } = useVault();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(unlockInput), defaultValues: { passphrase: '' } });
  const unlock = useVaultMutation('vault.unlock', {
    onSuccess: (next) => {
      // Emptied before the screen goes, through the input's own value (React's copy of it follows):
      // the form unmounts before it could render a reset.
      form.setValue('passphrase', '');
      setStatus(next);
    },
    onError: (err) => {
      if (isBridgeError(err, 'WRONG_PASSPHRASE') || isBridgeError(err, 'INVALID_INPUT')) {
        form.setValue('passphrase', '');
        form.setError('passphrase', { type: 'server', message: err.message }, { shouldFocus: true });
      } else {
        setProblem(`${errorMessage(err)}`);
      }
    },
  });
  const busy = unlock.isPending;

  return (
    <VaultScreen
      title={status.isDemo ? 'Unlock the demo vault' : 'Unlock your vault'}
      intro={
        <>
          {status.isDemo && (
            <p className="demo-note">
              <span className="demo-tag">Demo</span> This vault holds invented sample data. Its passphrase is{' '}
              <code>{status.demoPassphrase}</code>.
            </p>
          )}
          <p className="location-path mono">{status.path}</p>
        </>
      }
      aside={
        <div className="stack">
          <RecentVaults />
          {status.isDemo ? (
            <section className="demo-offer" aria-labelledby="leave-demo-title">
              <h2 id="leave-demo-title">Your own vault</h2>
              <p>Leave the demo to unlock your own vault, or to create it.</p>
              <LeaveDemoButton />
            </section>
          ) : (
            <DemoOffer />
          )}
        </div>
      }
    >
      <form className="stack" noValidate onSubmit={form.handleSubmit((values) => {
          setProblem(null);
          unlock.mutate(values);
        })}>
        <UnlockPassphraseField registration={form.register('passphrase')} error={form.formState.errors.passphrase?.message} busy={busy} />
        {problem && (
          <ErrorBanner>
            {problem}
          </ErrorBanner>
        )}
        {status.damaged && !problem && (
          <ErrorBanner>
            A check after unlocking found a damaged page in this vault file, so it was locked. Unlocking checks every page again
            first; if the file is still damaged, restore your latest backup.
          </ErrorBanner>
        )}
        {busy && <ProgressIndicator label="Unlocking: deriving the key from your passphrase…" />}
        <Button type="submit" variant="primary" busy={busy}>
          Unlock
        </Button>
      </form>
    </VaultScreen>
  );
}
