import type { Goal } from '../../../shared/goals/schema';
import { useVaultMutation } from '../../bridge/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { GOAL_QUERIES } from './stale';

/** Deleting loses the goal's trail: the mentor types its exact title ("Dropped" keeps it instead). */
export function DeleteGoalDialog({ goal, open, onClose, onDeleted }: { goal: Goal; open: boolean; onClose(): void; onDeleted(): void }) {
  const remove = useVaultMutation('goals.delete', { invalidate: GOAL_QUERIES, onSuccess: onDeleted });
  return (
    <ConfirmDialog
      open={open}
      onClose={onClose}
      title="Delete this goal?"
      description={
        <p>
          This deletes <strong>{goal.title}</strong> with its milestones, readings and recalibration history. To keep the trail, set its
          status to Dropped instead. Type the goal’s title to confirm.
        </p>
      }
      typeToConfirm={{ label: 'Goal title', text: goal.title }}
      confirmLabel="Delete for good"
      variant="danger"
      onConfirm={(typed) => remove.mutateAsync({ id: goal.id, confirmTitle: typed })}
    />
  );
}
