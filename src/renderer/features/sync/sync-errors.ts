import type { IntlShape } from 'react-intl';
import type { ErrorCode } from '../../../shared/errors';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { errorMessage, isBridgeError } from '../../bridge/client';
import { issueText } from '../../i18n/issue-text';

export type SyncField = 'folder' | 'passphrase' | 'name';

/** The refusals of sync.start that belong to one field, in the catalogue's words (the bridge's are English only). */
const BY_CODE: Partial<Record<ErrorCode, { field: SyncField; id: MessageId }>> = {
  WRONG_PASSPHRASE: { field: 'passphrase', id: 'sync.error.wrongPassphrase' },
  NOT_FOUND: { field: 'folder', id: 'sync.error.folderMissing' },
  PATH_NOT_WRITABLE: { field: 'folder', id: 'sync.error.notWritable' },
  NOT_A_VAULT: { field: 'folder', id: 'sync.error.keysUnreadable' },
  VAULT_TOO_NEW: { field: 'folder', id: 'sync.error.tooNew' },
};

/** Where a failed call's words go: next to a field, or (anything else) under the form. */
export function syncFieldErrors(err: unknown, intl: IntlShape): Partial<Record<SyncField | 'form', string>> {
  if (isBridgeError(err, 'INVALID_INPUT') && err.issues.length > 0) {
    const out: Partial<Record<SyncField | 'form', string>> = {};
    for (const issue of err.issues) {
      const field = issue.path[0];
      const key: SyncField | 'form' = field === 'folder' || field === 'passphrase' || field === 'name' ? field : 'form';
      out[key] ??= issueText(issue);
    }
    return out;
  }
  const known = isBridgeError(err) ? BY_CODE[err.code] : undefined;
  if (known) return { [known.field]: intl.formatMessage({ id: known.id }) };
  return { form: intl.formatMessage({ id: 'sync.error.other' }, { problem: errorMessage(err) }) };
}
