import type { Mentee } from '../../../shared/mentees/schema';
import { useVaultMutation } from '../../bridge/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';

/**
 * Deleting is irreversible, so the mentor types the mentee's exact name; the main
 * process checks it again. Archiving is the usual way to put a mentee aside.
 */
export function DeleteMenteeDialog({ mentee, open, onClose, onDeleted }: { mentee: Mentee; open: boolean; onClose(): void; onDeleted(): void }) {
  const remove = useVaultMutation('mentees.delete', { invalidate: ['mentees.'] });
  return (
    <ConfirmDialog
      open={open}
      onClose={onClose}
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
      confirmLabel="Delete for good"
      variant="danger"
      typeToConfirm={{ label: 'Mentee’s name', text: mentee.name }}
      onConfirm={async (typed) => {
        await remove.mutateAsync({ id: mentee.id, confirmName: typed });
        onDeleted();
      }}
    />
  );
}
