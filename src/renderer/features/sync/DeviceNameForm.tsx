import { useState } from 'react';
import { useIntl } from 'react-intl';
import { DEVICE_NAME_MAX, renameDeviceInput } from '../../../shared/sync/contract';
import { fieldIssue } from '../../../shared/i18n/field-issue';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { useToast } from '../../components/Toast';
import { issueText } from '../../i18n/issue-text';
import { SYNC_QUERIES } from './stale';
import { syncFieldErrors } from './sync-errors';

/** This computer's name (kept in the vault, never in the folder), 1 to 60 characters. */
export function DeviceNameForm({ name }: { name: string }) {
  const intl = useIntl();
  const { notify } = useToast();
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string | undefined>();
  const rename = useVaultMutation('sync.rename', {
    invalidate: SYNC_QUERIES,
    onSuccess: () => notify('success', intl.formatMessage({ id: 'sync.device.saved' })),
    onError: (err) => {
      const found = syncFieldErrors(err, intl);
      setError(found.name ?? found.form);
    },
  });
  return (
    <form
      className="sync-rename"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = renameDeviceInput.safeParse({ name: value });
        if (!parsed.success) {
          setError(issueText(fieldIssue(parsed.error.issues[0]!)));
          return;
        }
        setError(undefined);
        rename.mutate(parsed.data);
      }}
    >
      <TextField
        label={intl.formatMessage({ id: 'sync.device' })}
        hint={intl.formatMessage({ id: 'sync.device.hint' })}
        maxLength={DEVICE_NAME_MAX + 20}
        value={value}
        error={error}
        onChange={(event) => setValue(event.target.value)}
      />
      <Button type="submit" busy={rename.isPending}>
        {intl.formatMessage({ id: 'sync.device.save' })}
      </Button>
    </form>
  );
}
