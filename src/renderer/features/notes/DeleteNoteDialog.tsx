import { FormattedMessage, useIntl } from 'react-intl';
import { useVaultMutation } from '../../bridge/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';

/** Deleting a note cannot be undone: the vault overwrites its text (secure delete). */
export function DeleteNoteDialog({ noteId, open, onClose, onDeleted }: { noteId: number; open: boolean; onClose(): void; onDeleted(): void }) {
  const intl = useIntl();
  // Not notes.get: the open editor would refetch the deleted note before leaving.
  const remove = useVaultMutation('notes.delete', { invalidate: ['notes.list', 'notes.search', 'notes.tags'], onSuccess: onDeleted });
  return (
    <ConfirmDialog
      open={open}
      onClose={onClose}
      title={intl.formatMessage({ id: 'notes.delete.title' })}
      description={
        <p>
          <FormattedMessage id="notes.delete.text" />
        </p>
      }
      confirmLabel={intl.formatMessage({ id: 'notes.delete.confirm' })}
      variant="danger"
      onConfirm={() => remove.mutateAsync({ id: noteId })}
    />
  );
}
