import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { appSettingsShape, type AppSettings } from '../../../shared/vault/schema';
import { errorMessage } from '../../bridge/client';
import { useServerIssues } from '../../bridge/form-errors';
import { useVaultMutation, useVaultQuery } from '../../bridge/queries';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { useToast } from '../../components/Toast';
import { ErrorBanner } from '../../components/ErrorBanner';

export function SettingsForm() {
  const settings = useVaultQuery('settings.get', {});
  return (
    <section className="card stack" aria-labelledby="settings-protection">
      <h2 id="settings-protection">Protection</h2>
      {settings.data ? (
        <ProtectionForm settings={settings.data} />
      ) : settings.error ? (
        <ErrorBanner error={settings.error} />
      ) : (
        <ProgressIndicator label="Loading settings…" />
      )}
    </section>
  );
}

function ProtectionForm({ settings }: { settings: AppSettings }) {
  const { notify } = useToast();
  const form = useForm<AppSettings>({ resolver: zodResolver(appSettingsShape), defaultValues: settings });
  const placeIssues = useServerIssues(form.setError);
  const update = useVaultMutation('settings.update', { invalidate: ['settings.'] });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      form.reset(await update.mutateAsync(values));
      notify('success', 'Settings saved.');
    } catch (err) {
      placeIssues(err);
      notify('error', `Not saved: ${errorMessage(err)}`);
    }
  });
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <TextField
        label="Lock after idle (minutes)"
        type="number"
        inputMode="numeric"
        min={1}
        max={240}
        hint="The vault locks itself when you have not used the app for this long."
        error={errors.idleLockMinutes?.message}
        {...form.register('idleLockMinutes', { valueAsNumber: true })}
      />
      <TextField
        label="Clear copied text after (seconds)"
        type="number"
        inputMode="numeric"
        min={5}
        max={600}
        hint="Anything copied from the vault is wiped from the clipboard after this long."
        error={errors.clipboardClearSeconds?.message}
        {...form.register('clipboardClearSeconds', { valueAsNumber: true })}
      />
      <div className="row">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          Save settings
        </Button>
      </div>
    </form>
  );
}
