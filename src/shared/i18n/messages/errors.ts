import type { ErrorCode } from '../../errors';
import type { SourceMessages, Translation } from '../define';

/** What the mentor reads for each error code the bridge returns (the codes themselves never change). */
export const en = {
  'errors.INVALID_INPUT': { message: 'Some of what was entered is not valid; nothing was changed.', description: 'Error: the input was refused.' },
  'errors.NOT_FOUND': { message: 'That is no longer in the vault.', description: 'Error: the record asked for does not exist (deleted elsewhere).' },
  'errors.CONFLICT': { message: 'This was changed elsewhere in the meantime; reload and try again.', description: 'Error: an edit conflicts with a newer one.' },
  'errors.VAULT_LOCKED': { message: 'The vault is locked. Unlock it and try again.', description: 'Error: the vault locked before the action ran.' },
  'errors.NO_VAULT': { message: 'There is no vault yet. Create one first.', description: 'Error: no vault file exists.' },
  'errors.VAULT_EXISTS': { message: 'A vault already exists in that place.', description: 'Error: creating a vault where one already is.' },
  'errors.VAULT_NOT_FOUND': { message: 'The vault file is not there any more.', description: 'Error: the vault file was moved or deleted.' },
  'errors.NOT_A_VAULT': { message: 'That file is not a Mentor Vault vault.', description: 'Error: the chosen file is something else.' },
  'errors.CORRUPT_VAULT': { message: 'The vault file is damaged. Restore your latest backup.', description: 'Error: the vault file failed its integrity check.' },
  'errors.WRONG_PASSPHRASE': { message: 'That passphrase does not open this vault.', description: 'Error: wrong passphrase on unlock or change.' },
  'errors.WEAK_PASSPHRASE': { message: 'That passphrase is too easy to guess. Make it longer or less common.', description: 'Error: a new passphrase was refused as weak.' },
  'errors.VAULT_TOO_NEW': { message: 'This vault was made by a newer version of Mentor Vault. Update the app to open it.', description: 'Error: the vault format is newer than the app.' },
  'errors.VAULT_READ_ONLY': { message: 'The vault file cannot be written to. Check its permissions.', description: 'Error: the vault file is read-only.' },
  'errors.PATH_NOT_WRITABLE': { message: 'That folder cannot be written to. Choose another place.', description: 'Error: the chosen folder is not writable.' },
  'errors.DISK_FULL': { message: 'The disk is full; nothing was saved. Free some space and try again.', description: 'Error: out of disk space.' },
  'errors.APPEND_ONLY': { message: 'This record can only be added to, not changed or deleted.', description: 'Error: editing an append-only record.' },
  'errors.CANCELLED': { message: 'Cancelled; nothing was changed.', description: 'Error: the mentor cancelled a dialog.' },
  'errors.FORBIDDEN': { message: 'That is not allowed.', description: 'Error: the action is not permitted.' },
  'errors.INTERNAL': { message: 'Something went wrong; nothing was changed.', description: 'Error: an unexpected failure.' },
  'errors.unknown': { message: 'Something went wrong; nothing was changed.', description: 'Error that did not come from the bridge.' },
} as const satisfies SourceMessages & Record<`errors.${ErrorCode}`, unknown>;

export const de: Translation<typeof en> = {
  'errors.INVALID_INPUT': 'Einige Eingaben sind ungültig; es wurde nichts geändert.',
  'errors.NOT_FOUND': 'Das ist nicht mehr im Tresor.',
  'errors.CONFLICT': 'Das wurde inzwischen anderswo geändert; laden Sie neu und versuchen Sie es noch einmal.',
  'errors.VAULT_LOCKED': 'Der Tresor ist gesperrt. Entsperren Sie ihn und versuchen Sie es noch einmal.',
  'errors.NO_VAULT': 'Es gibt noch keinen Tresor. Legen Sie zuerst einen an.',
  'errors.VAULT_EXISTS': 'An diesem Ort gibt es bereits einen Tresor.',
  'errors.VAULT_NOT_FOUND': 'Die Tresordatei ist nicht mehr da.',
  'errors.NOT_A_VAULT': 'Diese Datei ist kein Mentor-Vault-Tresor.',
  'errors.CORRUPT_VAULT': 'Die Tresordatei ist beschädigt. Stellen Sie Ihre letzte Sicherung wieder her.',
  'errors.WRONG_PASSPHRASE': 'Diese Passphrase öffnet den Tresor nicht.',
  'errors.WEAK_PASSPHRASE': 'Diese Passphrase ist zu leicht zu erraten. Machen Sie sie länger oder ungewöhnlicher.',
  'errors.VAULT_TOO_NEW': 'Dieser Tresor stammt von einer neueren Version von Mentor Vault. Aktualisieren Sie die App, um ihn zu öffnen.',
  'errors.VAULT_READ_ONLY': 'In die Tresordatei kann nicht geschrieben werden. Prüfen Sie ihre Berechtigungen.',
  'errors.PATH_NOT_WRITABLE': 'In diesen Ordner kann nicht geschrieben werden. Wählen Sie einen anderen Ort.',
  'errors.DISK_FULL': 'Der Datenträger ist voll; es wurde nichts gespeichert. Schaffen Sie Platz und versuchen Sie es noch einmal.',
  'errors.APPEND_ONLY': 'Dieser Eintrag kann nur ergänzt, nicht geändert oder gelöscht werden.',
  'errors.CANCELLED': 'Abgebrochen; es wurde nichts geändert.',
  'errors.FORBIDDEN': 'Das ist nicht erlaubt.',
  'errors.INTERNAL': 'Etwas ist schiefgegangen; es wurde nichts geändert.',
  'errors.unknown': 'Etwas ist schiefgegangen; es wurde nichts geändert.',
};
