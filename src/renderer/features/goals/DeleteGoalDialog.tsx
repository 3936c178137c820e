import { useState } from 'react';
import type { Goal } from '../../../shared/plan/goals/schema';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation } from '../../bridge/queries';
import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import { TextField } from '../../components/Field';
import { GOAL_QUERIES } from './queries';

/** Deleting loses the goal's trail: the mentor types its exact title ("Dropped" keeps it instead). */
export function DeleteGoalDialog({ goal, open, onClose, onDeleted }: { goal: Goal; open: boolean; onClose(): void; onDeleted(): void }) {
  const [typed, setTyped] = useState('');
  const remove = useVaultMutation('goals.delete', { invalidate: GOAL_QUERIES, onSuccess: onDeleted });
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
      title="Delete this goal?"
      description={
        <p>
          This deletes <strong>{goal.title}</strong> with its milestones, readings and recalibration history. To keep the trail, set its
          status to Dropped instead. Type the goal’s title to confirm.
        </p>
      }
    >
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (typed === goal.title) remove.mutate({ id: goal.id, confirmTitle: typed });
        }}
      >
        <TextField label="Goal title" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} error={remove.error ? errorMessage(remove.error) : undefined} />
        <DialogActions>
          <Button onClick={close} disabled={remove.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" disabled={typed !== goal.title} busy={remove.isPending}>
            Delete for good
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
