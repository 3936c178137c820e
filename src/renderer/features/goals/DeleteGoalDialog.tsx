import { FormattedMessage, useIntl } from 'react-intl';
import type { Goal } from '../../../shared/goals/schema';
import { useVaultMutation } from '../../bridge/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { GOAL_QUERIES } from './stale';

/** Deleting loses the goal's trail: the mentor types its exact title ("Dropped" keeps it instead). */
export function DeleteGoalDialog({ goal, open, onClose, onDeleted }: { goal: Goal; open: boolean; onClose(): void; onDeleted(): void }) {
  const intl = useIntl();
  const remove = useVaultMutation('goals.delete', { invalidate: GOAL_QUERIES, onSuccess: onDeleted });
  return (
    <ConfirmDialog
      open={open}
      onClose={onClose}
      title={intl.formatMessage({ id: 'goals.delete.title' })}
      description={
        <p>
          <FormattedMessage id="goals.delete.text" values={{ title: goal.title, b: (chunks) => <strong>{chunks}</strong> }} />
        </p>
      }
      typeToConfirm={{ label: intl.formatMessage({ id: 'goals.delete.typeLabel' }), text: goal.title }}
      confirmLabel={intl.formatMessage({ id: 'goals.delete.confirm' })}
      variant="danger"
      onConfirm={(typed) => remove.mutateAsync({ id: goal.id, confirmTitle: typed })}
    />
  );
}
