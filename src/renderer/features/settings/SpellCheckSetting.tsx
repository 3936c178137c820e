import { useVaultMutation, useVaultQuery } from '../../bridge/queries';
import { CheckboxField } from '../../components/Field';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useToast } from '../../components/Toast';

/** Spell checking in notes and other prose: on by default, with this computer's dictionaries only. */
export function SpellCheckSetting() {
  const { notify } = useToast();
  const settings = useVaultQuery('settings.get', {});
  const update = useVaultMutation('settings.update', {
    invalidate: ['settings.'],
    onSuccess: (next) => notify('success', next.spellCheck === false ? 'Spell checking is off.' : 'Spell checking is on.'),
  });
  const on = settings.data ? settings.data.spellCheck !== false : true;
  return (
    <section className="card stack" aria-labelledby="settings-writing">
      <h2 id="settings-writing">Writing</h2>
      <CheckboxField
        label="Check spelling as I type"
        checked={on}
        disabled={!settings.data || update.isPending}
        onChange={(event) => update.mutate({ spellCheck: event.target.checked })}
      />
      <p className="settings-hint">
        Uses the dictionaries on this computer (the system’s own checker on macOS and Windows); nothing is sent anywhere.
      </p>
      {(update.error ?? settings.error) && <ErrorBanner error={update.error ?? settings.error} />}
    </section>
  );
}
