import { useState } from 'react';
import type { Mentee } from '../../../shared/mentees/schema';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import { TextField } from '../../components/Field';

/**
 * Deleting is irreversible, so the mentor types the mentee's exact name; the main
 * process checks it again. Archiving is the usual way to put a mentee aside.
 */
export function DeleteMenteeDialog({ mentee, open, onClose, onDeleted }: { mentee: Mentee; open: boolean; onClose(): void; onDeleted(): void }) {
  const [typed, setTyped] = useState('');
  const remove = useVaultMutation('mentees.delete', { invalidate: ['mentees.'], onSuccess: onDeleted });
  const matches = typed === mentee.name;
  const close = () => {
    setTyped('');
    remove.reset();
    onClose();
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      dismissible={!remove.isPending}
      title="Delete this mentee?"
      description={
        <>
          <p>
            This deletes <strong>{mentee.name}</strong> and everything recorded about them, for good. To keep the record but put it
            aside, archive instead.
          </p>
          <p>Type the mentee’s name exactly to confirm.</p>
        </>
      }
    >
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (matches) remove.mutate({ id: mentee.id, confirmName: typed });
        }}
      >
        <TextField
          label="Mentee’s name"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          error={remove.error ? errorMessage(remove.error) : undefined}
        />
        <DialogActions>
          <Button onClick={close} disabled={remove.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" disabled={!matches} busy={remove.isPending}>
            Delete for good
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
