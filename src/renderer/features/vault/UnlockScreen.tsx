import { schemaResolver } from '../../components/schema-resolver';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { unlockInput } from '../../../shared/vault/schema';
import { useVault } from '../../app/vault-context';
import { errorMessage, isBridgeError } from '../../bridge/client';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { LeaveDemoButton } from './DemoBanner';
import { RecentVaults } from './RecentVaults';
import { SyncedFolderWarning } from './SyncedFolderWarning';
import { DemoOffer } from './TryDemoButton';
import { UnlockPassphraseField } from './UnlockPassphraseField';
import { VaultScreen } from './VaultScreen';
import { ErrorBanner } from '../../components/ErrorBanner';
import { WORD_SPACE } from '../../i18n/symbols';

/** Unlock: a wrong passphrase is said next to the field, which is emptied and focused for a retry. */
export function UnlockScreen() {
  const { status } = useVault();
  // Another vault chosen from the recent list starts afresh: nothing typed for the last one stays.
  return <UnlockForm key={status.path ?? ''} />;
}

function UnlockForm() {
  const { status, setStatus } = useVault();
  const intl = useIntl();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({ resolver: schemaResolver(unlockInput), defaultValues: { passphrase: '' } });
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
        form.setError('passphrase', { type: 'server', message: errorMessage(err) }, { shouldFocus: true });
      } else {
        setProblem(errorMessage(err));
      }
    },
  });
  const busy = unlock.isPending;

  return (
    <VaultScreen
      title={intl.formatMessage({ id: status.isDemo ? 'vault.unlock.titleDemo' : 'vault.unlock.title' })}
      intro={
        <>
          {status.isDemo && (
            <p className="demo-note">
              <span className="demo-tag">
                <FormattedMessage id="app.demoTag" />
              </span>
              {WORD_SPACE}
              <FormattedMessage
                id="vault.unlock.demoNote"
                values={{ passphrase: status.demoPassphrase, code: (chunks) => <code>{chunks}</code> }}
              />
            </p>
          )}
          <p className="location-path mono">{status.path}</p>
        </>
      }
      aside={
        <div className="stack">
          <SyncedFolderWarning />
          <RecentVaults />
          {status.isDemo ? (
            <section className="demo-offer" aria-labelledby="leave-demo-title">
              <h2 id="leave-demo-title">
                <FormattedMessage id="vault.unlock.ownTitle" />
              </h2>
              <p>
                <FormattedMessage id="vault.unlock.ownText" />
              </p>
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
            <FormattedMessage id="vault.unlock.damaged" />
          </ErrorBanner>
        )}
        {busy && <ProgressIndicator label={intl.formatMessage({ id: 'vault.unlock.unlocking' })} />}
        <Button type="submit" variant="primary" busy={busy}>
          <FormattedMessage id="vault.unlock.submit" />
        </Button>
      </form>
    </VaultScreen>
  );
}
