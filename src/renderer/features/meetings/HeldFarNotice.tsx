import type { Meeting } from '../../../shared/meetings/meeting';
import { heldFarFromPlan, heldShiftDays, shiftComparative as later, shiftText } from '../../../shared/meetings/held';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { useToast } from '../../components/Toast';
import { formatDay } from './format';
import { MEETING_QUERIES } from './stale';

/**
 * A meeting held far from its planned date says so, with the plan, and offers to move
 * the rest of the charter's rhythm by as many days (once).
 */
export function HeldFarNotice({ meeting: m }: { meeting: Meeting }) {
  const { notify } = useToast();
  const move = useVaultMutation('meetings.moveRhythm', {
    invalidate: MEETING_QUERIES,
    onSuccess: () => notify('success', `The rest of the rhythm moved ${later(heldShiftDays(m))}.`),
    onError: (err) => notify('error', errorMessage(err)),
  });
  if (!heldFarFromPlan(m)) return null;
  const days = heldShiftDays(m);
  const planned = formatDay({ startsAt: m.plannedStartsAt, timeZone: m.timeZone });
  const n = m.rhythmToMove;
  return (
    <div className="held-far" role="note" aria-label="Held far from its planned date">
      <p>
        {m.status === 'held' ? 'Held' : 'Running'} on {formatDay(m)}, {shiftText(days)}: it was planned for {planned}.
      </p>
      {m.rhythmMoved && <p>The rest of the rhythm was moved {later(days)} to follow it.</p>}
      {m.status === 'held' && n > 0 && (
        <div className="row">
          <p>
            Move the {n === 1 ? 'planned meeting' : `${n} planned meetings`} of the rhythm after it {later(days)} too?
          </p>
          <Button busy={move.isPending} onClick={() => move.mutate({ id: m.id })}>
            Move the rest of the rhythm
          </Button>
        </div>
      )}
    </div>
  );
}
