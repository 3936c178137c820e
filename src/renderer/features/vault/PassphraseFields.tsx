import { useFormContext, useWatch } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { TextField } from '../../components/Field';
import { StrengthMeter } from './StrengthMeter';
import { usePassphraseStrength, type NewPassphraseValues } from './strength';

/**
 * A new passphrase typed twice, with the strength meter under the first field. Lives
 * inside a react-hook-form FormProvider whose values include NewPassphraseValues.
 */
/** `busy` makes the fields read-only (not disabled), so a refusal can focus them. */
export function PassphraseFields({ label: given, busy = false }: { label?: string; busy?: boolean }) {
  const intl = useIntl();
  const label = given ?? intl.formatMessage({ id: 'vault.passphrase.label' });
  const { register, control, formState } = useFormContext<NewPassphraseValues>();
  const value = useWatch({ control, name: 'passphrase' }) ?? '';
  const strength = usePassphraseStrength(value);
  const error = formState.errors.passphrase?.message;
  return (
    <>
      <TextField
        label={label}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        readOnly={busy}
        error={error}
        hint={<StrengthMeter strength={strength} showProblem={!error} />}
        {...register('passphrase')}
      />
      <TextField
        label={intl.formatMessage({ id: 'vault.passphrase.again' }, { label })}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        readOnly={busy}
        error={formState.errors.confirm?.message}
        {...register('confirm')}
      />
    </>
  );
}
