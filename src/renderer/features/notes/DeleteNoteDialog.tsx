import { useVaultMutation } from '../../bridge/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';

/** Deleting a note cannot be undone: the vault overwrites its text (secure delete). */
export function DeleteNoteDialog({ noteId, open, onClose, onDeleted }: { noteId: number; open: boolean; onClose(): void; onDeleted(): void }) {
  // Not notes.get: the open editor would refetch the deleted note before leaving.
  const remove = useVaultMutation('notes.delete', { invalidate: ['notes.list', 'notes.search', 'notes.tags'], onSuccess: onDeleted });
  return (
    <ConfirmDialog
      open={open}
      onClose={onClose}
      title="Delete this note?"
      description={<p>The note and its words in the search index are overwritten in the vault file. This cannot be undone.</p>}
      confirmLabel="Delete note"
      variant="danger"
      onConfirm={() => remove.mutateAsync({ id: noteId })}
    />
  );
}
