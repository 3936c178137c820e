import { useVaultMutation } from '../../bridge/queries';
import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';

/** Deleting a note cannot be undone: the vault overwrites its text (secure delete). */
export function DeleteNoteDialog({ noteId, open, onClose, onDeleted }: { noteId: number; open: boolean; onClose(): void; onDeleted(): void }) {
  // Not notes.get: the open editor would refetch the deleted note before leaving.
  const remove = useVaultMutation('notes.delete', { invalidate: ['notes.list', 'notes.search', 'notes.tags'], onSuccess: onDeleted });
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      dismissible={!remove.isPending}
      title="Delete this note?"
      description={<p>The note and its words in the search index are overwritten in the vault file. This cannot be undone.</p>}
    >
      {remove.error && (
        <ErrorBanner error={remove.error} />
      )}
      <DialogActions>
        <Button onClick={close} disabled={remove.isPending}>
          Cancel
        </Button>
        <Button variant="danger" busy={remove.isPending} onClick={() => remove.mutate({ id: noteId })}>
          Delete note
        </Button>
      </DialogActions>
    </Dialog>
  );
}
