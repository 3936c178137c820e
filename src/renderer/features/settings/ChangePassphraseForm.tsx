import { schemaResolver } from '../../components/schema-resolver';
import { FormProvider, useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { errorMessage, isBridgeError } from '../../bridge/client';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { useToast } from '../../components/Toast';
import { PassphraseFields } from '../vault/PassphraseFields';
import { changePassphraseForm, type ChangePassphraseValues } from '../vault/strength';
import type { MessageId } from '../../../shared/i18n/catalogue';
import type { SyncKeysAfterChange } from '../../../shared/sync/contract';

const SYNC_KEYS_NOTES = {
  rewrapped: 'sync.keys.rewrapped',
  otherPassphrase: 'sync.keys.otherPassphrase',
  unreachable: 'sync.keys.unreachable',
} as const satisfies Record<Exclude<SyncKeysAfterChange, 'notSyncing'>, MessageId>;

/** Re-keys the vault: current passphrase, then the new one twice (rated, weak ones refused). */
export function ChangePassphraseForm() {
  const { notify } = useToast();
  const intl = useIntl();
  const form = useForm<ChangePassphraseValues>({
    resolver: schemaResolver(changePassphraseForm),
    defaultValues: { current: '', passphrase: '', confirm: '' },
  });
  const change = useVaultMutation('vault.changePassphrase', { invalidate: ['vault.'] });
  const busy = change.isPending;

  const onSubmit = form.handleSubmit(async ({ current, passphrase }) => {
    try {
      const { syncKeys } = await change.mutateAsync({ current, next: passphrase });
      form.reset();
      notify('success', intl.formatMessage({ id: 'settings.passphrase.changed' }));
      // What the change did to the sync folder's keys, when this vault syncs.
      if (syncKeys !== 'notSyncing') notify(syncKeys === 'rewrapped' ? 'info' : 'error', intl.formatMessage({ id: SYNC_KEYS_NOTES[syncKeys] }));
    } catch (err) {
      if (isBridgeError(err, 'WRONG_PASSPHRASE')) form.setError('current', { message: errorMessage(err) }, { shouldFocus: true });
      else if (isBridgeError(err, 'WEAK_PASSPHRASE')) form.setError('passphrase', { message: errorMessage(err) }, { shouldFocus: true });
      else {
        // The contract names the new passphrase `next`; the form calls it `passphrase`.
        for (const issue of isBridgeError(err, 'INVALID_INPUT') ? err.issues : []) {
          const field = issue.path[0] === 'next' ? 'passphrase' : issue.path[0] === 'current' ? 'current' : undefined;
          if (field) form.setError(field, { message: issue.message });
        }
        notify('error', intl.formatMessage({ id: 'settings.passphrase.notChanged' }, { problem: errorMessage(err) }));
      }
    }
  });

  return (
    <section className="card stack" aria-labelledby="settings-passphrase">
      <h2 id="settings-passphrase">
        <FormattedMessage id="settings.passphrase.title" />
      </h2>
      <FormProvider {...form}>
        <form className="stack" onSubmit={onSubmit} noValidate aria-busy={busy}>
          <TextField
            label={intl.formatMessage({ id: 'settings.passphrase.current' })}
            type="password"
            autoComplete="current-password"
            spellCheck={false}
            readOnly={busy}
            error={form.formState.errors.current?.message}
            {...form.register('current')}
          />
          <PassphraseFields label={intl.formatMessage({ id: 'settings.passphrase.new' })} busy={busy} />
          {busy && <ProgressIndicator label={intl.formatMessage({ id: 'settings.passphrase.working' })} />}
          <div className="row">
            <Button type="submit" variant="primary" busy={busy || form.formState.isSubmitting}>
              <FormattedMessage id="settings.passphrase.submit" />
            </Button>
          </div>
        </form>
      </FormProvider>
    </section>
  );
}
