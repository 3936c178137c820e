import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { DEFAULT_BACKUP_FOLDER_NAME, DEFAULT_BACKUP_KEEP } from '../../../shared/backup/schema';
import { useVault } from '../../app/vault-context';
import { errorMessage, isBridgeError } from '../../bridge/client';
import { applyServerIssues } from '../../bridge/form-errors';
import { useVaultMutation } from '../../bridge/queries';
import { Button } from '../../components/Button';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { PassphraseFields } from './PassphraseFields';
import { newPassphraseForm, type NewPassphraseValues } from './strength';
import { DemoOffer } from './TryDemoButton';
import { VaultScreen } from './VaultScreen';
import { ErrorBanner } from '../../components/ErrorBanner';

/** First run: where the vault lives, and its passphrase (typed twice, rated, weak ones refused). */
export function FirstRunScreen() {
  const { status, setStatus } = useVault();
  const [chosen, setChosen] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<NewPassphraseValues>({ resolver: zodResolver(newPassphraseForm), defaultValues: { passphrase: '', confirm: '' } });

  const choose = useVaultMutation('vault.chooseLocation', {
    onSuccess: (picked) => picked && setChosen(picked.path),
    onError: (err) => setProblem(errorMessage(err)),
  });
  const create = useVaultMutation('vault.create', {
    onSuccess: (next) => {
      // Emptied before the screen goes, through the inputs' own values (React's copies follow):
      // the form unmounts before it could render a reset.
      form.setValue('passphrase', '');
      form.setValue('confirm', '');
      setStatus(next);
    },
    onError: (err) => {
      if (isBridgeError(err, 'WEAK_PASSPHRASE')) form.setError('passphrase', { message: err.message }, { shouldFocus: true });
      else if (!applyServerIssues(err, form.setError)) setProblem(errorMessage(err));
    },
  });

  const onSubmit = form.handleSubmit((values) => {
    setProblem(null);
    create.mutate({ passphrase: values.passphrase, location: chosen ? 'chosen' : 'default' });
  });

  return (
    <VaultScreen
      title="Create your vault"
      intro={
        <p>
          Everything you record about your mentees is kept in one encrypted file on this computer. Only your passphrase opens it:
          there is no way to recover it if you forget it.
        </p>
      }
      aside={<DemoOffer />}
    >
      <FormProvider {...form}>
        <form className="stack" onSubmit={onSubmit} noValidate aria-busy={create.isPending}>
          <fieldset className="location" disabled={create.isPending}>
            <legend>Where the vault lives</legend>
            <p className="location-path mono" data-testid="vault-location">
              {chosen ?? status.defaultPath}
            </p>
            <div className="row">
              <Button size="small" onClick={() => choose.mutate({})} busy={choose.isPending}>
                Choose another place…
              </Button>
              {chosen && (
                <Button size="small" variant="ghost" onClick={() => setChosen(null)}>
                  Use the default place
                </Button>
              )}
            </div>
            <p className="backup-note" data-testid="backup-note">
              Automatic backups are on: every day, the last {DEFAULT_BACKUP_KEEP} kept, in a folder named “{DEFAULT_BACKUP_FOLDER_NAME}”
              beside the vault. You can change them or turn them off in Settings.
            </p>
          </fieldset>
          <PassphraseFields busy={create.isPending} />
          {problem && (
            <ErrorBanner>
              {problem}
            </ErrorBanner>
          )}
          {create.isPending && <ProgressIndicator label="Creating the vault and deriving its key…" />}
          <Button type="submit" variant="primary" busy={create.isPending || form.formState.isSubmitting}>
            Create vault
          </Button>
        </form>
      </FormProvider>
    </VaultScreen>
  );
}
