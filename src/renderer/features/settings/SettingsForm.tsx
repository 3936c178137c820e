import { schemaResolver } from '../../components/schema-resolver';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { appSettingsShape, type AppSettings } from '../../../shared/settings/schema';
import { errorMessage } from '../../bridge/client';
import { useServerIssues } from '../../bridge/form-errors';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { useToast } from '../../components/Toast';
import { ErrorBanner } from '../../components/ErrorBanner';

export function SettingsForm() {
  const intl = useIntl();
  const settings = useVaultQuery('settings.get', {});
  return (
    <section className="card stack" aria-labelledby="settings-protection">
      <h2 id="settings-protection">
        <FormattedMessage id="settings.protection.title" />
      </h2>
      {settings.data ? (
        <ProtectionForm settings={settings.data} />
      ) : settings.error ? (
        <ErrorBanner error={settings.error} />
      ) : (
        <ProgressIndicator label={intl.formatMessage({ id: 'settings.loading' })} />
      )}
    </section>
  );
}

function ProtectionForm({ settings }: { settings: AppSettings }) {
  const { notify } = useToast();
  const intl = useIntl();
  const form = useForm<AppSettings>({ resolver: schemaResolver(appSettingsShape), defaultValues: settings });
  const placeIssues = useServerIssues(form.setError);
  const update = useVaultMutation('settings.update', { invalidate: ['settings.'] });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      form.reset(await update.mutateAsync(values));
      notify('success', intl.formatMessage({ id: 'settings.saved' }));
    } catch (err) {
      placeIssues(err);
      notify('error', intl.formatMessage({ id: 'settings.notSaved' }, { problem: errorMessage(err) }));
    }
  });
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <TextField
        label={intl.formatMessage({ id: 'settings.idleLock.label' })}
        type="number"
        inputMode="numeric"
        min={1}
        max={240}
        hint={intl.formatMessage({ id: 'settings.idleLock.hint' })}
        error={errors.idleLockMinutes?.message}
        {...form.register('idleLockMinutes', { valueAsNumber: true })}
      />
      <TextField
        label={intl.formatMessage({ id: 'settings.clipboard.label' })}
        type="number"
        inputMode="numeric"
        min={5}
        max={600}
        hint={intl.formatMessage({ id: 'settings.clipboard.hint' })}
        error={errors.clipboardClearSeconds?.message}
        {...form.register('clipboardClearSeconds', { valueAsNumber: true })}
      />
      <div className="row">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          <FormattedMessage id="settings.save" />
        </Button>
      </div>
    </form>
  );
}
