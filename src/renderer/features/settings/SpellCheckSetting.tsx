import { FormattedMessage, useIntl } from 'react-intl';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { CheckboxField } from '../../components/Field';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useToast } from '../../components/Toast';

/** Spell checking in notes and other prose: on by default, with this computer's dictionaries only. */
export function SpellCheckSetting() {
  const { notify } = useToast();
  const intl = useIntl();
  const settings = useVaultQuery('settings.get', {});
  const update = useVaultMutation('settings.update', {
    invalidate: ['settings.'],
    onSuccess: (next) => notify('success', intl.formatMessage({ id: next.spellCheck === false ? 'settings.spellCheck.off' : 'settings.spellCheck.on' })),
  });
  const on = settings.data ? settings.data.spellCheck !== false : true;
  return (
    <section className="card stack" aria-labelledby="settings-writing">
      <h2 id="settings-writing">
        <FormattedMessage id="settings.writing.title" />
      </h2>
      <CheckboxField
        label={<FormattedMessage id="settings.spellCheck.label" />}
        checked={on}
        disabled={!settings.data || update.isPending}
        onChange={(event) => update.mutate({ spellCheck: event.target.checked })}
      />
      <p className="settings-hint">
        <FormattedMessage id="settings.spellCheck.hint" />
      </p>
      {(update.error ?? settings.error) && <ErrorBanner error={update.error ?? settings.error} />}
    </section>
  );
}
