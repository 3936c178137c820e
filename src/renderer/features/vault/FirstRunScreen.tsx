import { schemaResolver } from '../../components/schema-resolver';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { DEFAULT_BACKUP_FOLDER_NAME, DEFAULT_BACKUP_KEEP } from '../../../shared/backup/schema';
import { useVault } from '../../app/vault-context';
import { errorMessage, isBridgeError } from '../../bridge/client';
import { applyServerIssues } from '../../bridge/form-errors';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { PassphraseFields } from './PassphraseFields';
import { newPassphraseForm, type NewPassphraseValues } from './strength';
import { DemoOffer } from './TryDemoButton';
import { VaultScreen } from './VaultScreen';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useContentLocale } from '../../i18n/content-locale';

/** First run: where the vault lives, and its passphrase (typed twice, rated, weak ones refused). */
export function FirstRunScreen() {
  const { status, setStatus } = useVault();
  const intl = useIntl();
  const [chosen, setChosen] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<NewPassphraseValues>({ resolver: schemaResolver(newPassphraseForm), defaultValues: { passphrase: '', confirm: '' } });

  const choose = useVaultMutation('vault.chooseLocation', {
    onSuccess: (picked) => picked && setChosen(picked.path),
    onError: (err) => setProblem(errorMessage(err)),
  });
  // The built-in agendas and rubric are written in the screens' language.
  const contentLocale = useContentLocale();
  const create = useVaultMutation('vault.create', {
    onSuccess: (next) => {
      // Emptied before the screen goes, through the inputs' own values (React's copies follow):
      // the form unmounts before it could render a reset.
      form.setValue('passphrase', '');
      form.setValue('confirm', '');
      setStatus(next);
    },
    onError: (err) => {
      if (isBridgeError(err, 'WEAK_PASSPHRASE')) form.setError('passphrase', { message: errorMessage(err) }, { shouldFocus: true });
      else if (!applyServerIssues(err, form.setError)) setProblem(errorMessage(err));
    },
  });

  const onSubmit = form.handleSubmit((values) => {
    setProblem(null);
    create.mutate({ passphrase: values.passphrase, location: chosen ? 'chosen' : 'default', locale: contentLocale });
  });

  return (
    <VaultScreen
      title={intl.formatMessage({ id: 'vault.create.title' })}
      intro={
        <p>
          <FormattedMessage id="vault.create.intro" />
        </p>
      }
      aside={<DemoOffer />}
    >
      <FormProvider {...form}>
        <form className="stack" onSubmit={onSubmit} noValidate aria-busy={create.isPending}>
          <fieldset className="location" disabled={create.isPending}>
            <legend>
              <FormattedMessage id="vault.create.location" />
            </legend>
            <p className="location-path mono" data-testid="vault-location">
              {chosen ?? status.defaultPath}
            </p>
            <div className="row">
              <Button size="small" onClick={() => choose.mutate({})} busy={choose.isPending}>
                <FormattedMessage id="vault.create.choose" />
              </Button>
              {chosen && (
                <Button size="small" variant="ghost" onClick={() => setChosen(null)}>
                  <FormattedMessage id="vault.create.useDefault" />
                </Button>
              )}
            </div>
            <p className="backup-note" data-testid="backup-note">
              <FormattedMessage id="vault.create.backupNote" values={{ keep: DEFAULT_BACKUP_KEEP, folder: DEFAULT_BACKUP_FOLDER_NAME }} />
            </p>
          </fieldset>
          <PassphraseFields busy={create.isPending} />
          {problem && (
            <ErrorBanner>
              {problem}
            </ErrorBanner>
          )}
          {create.isPending && <ProgressIndicator label={intl.formatMessage({ id: 'vault.create.creating' })} />}
          <Button type="submit" variant="primary" busy={create.isPending || form.formState.isSubmitting}>
            <FormattedMessage id="vault.create.submit" />
          </Button>
        </form>
      </FormProvider>
    </VaultScreen>
  );
}
