import { useState, type KeyboardEvent, type Ref } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';

/**
 * The unlock screen's passphrase: a toggle to show what was typed, and a warning when
 * Caps Lock is on (read from each key event, announced politely, never blocking).
 */
export function UnlockPassphraseField({
  registration,
  error,
  busy,
}: {
  registration: UseFormRegisterReturn<'passphrase'> & { ref?: Ref<HTMLInputElement> };
  error: string | undefined;
  busy: boolean;
}) {
  const intl = useIntl();
  const [shown, setShown] = useState(false);
  const [capsLock, setCapsLock] = useState(false);
  const readCapsLock = (event: KeyboardEvent<HTMLInputElement>) => setCapsLock(event.getModifierState('CapsLock'));

  return (
    <div className="unlock-passphrase">
      <TextField
        label={intl.formatMessage({ id: 'vault.passphrase.label' })}
        type={shown ? 'text' : 'password'}
        autoComplete="current-password"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        autoFocus
        // Read-only, not disabled, while unlocking: a refusal puts the focus back here.
        readOnly={busy}
        error={error}
        onKeyDown={readCapsLock}
        onKeyUp={readCapsLock}
        {...registration}
        onBlur={(event) => {
          setCapsLock(false);
          return registration.onBlur(event);
        }}
      />
      <div className="unlock-passphrase-extras">
        <Button size="small" variant="ghost" aria-pressed={shown} onClick={() => setShown((s) => !s)}>
          <FormattedMessage id="vault.passphrase.show" />
        </Button>
        {/* Always present, so a screen reader hears the warning when it appears. */}
        <p className="caps-lock-warning" role="status">
          {capsLock ? intl.formatMessage({ id: 'vault.passphrase.capsLock' }) : ''}
        </p>
      </div>
    </div>
  );
}
