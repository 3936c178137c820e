import { useIntl } from 'react-intl';
import type { Meeting } from '../../../shared/meetings/meeting';
import { heldFarFromPlan, heldShiftDays } from '../../../shared/meetings/held';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { useToast } from '../../components/Toast';
import { formatDay } from './format';
import { MEETING_QUERIES } from './stale';
import { useContentLocale } from '../../i18n/content-locale';

/**
 * A meeting held far from its planned date says so, with the plan, and offers to move
 * the rest of the charter's rhythm by as many days (once).
 */
export function HeldFarNotice({ meeting: m }: { meeting: Meeting }) {
  const intl = useIntl();
  const { notify } = useToast();
  const shift = (days: number) => ({ days: Math.abs(days), direction: days < 0 ? 'early' : 'late' });
  const locale = useContentLocale();
  const move = useVaultMutation('meetings.moveRhythm', {
    invalidate: MEETING_QUERIES,
    onSuccess: () => notify('success', intl.formatMessage({ id: 'meetings.heldFar.done' }, shift(heldShiftDays(m)))),
    onError: (err) => notify('error', errorMessage(err)),
  });
  if (!heldFarFromPlan(m)) return null;
  const days = heldShiftDays(m);
  const planned = formatDay({ startsAt: m.plannedStartsAt, timeZone: m.timeZone });
  const n = m.rhythmToMove;
  return (
    <div className="held-far" role="note" aria-label={intl.formatMessage({ id: 'meetings.heldFar.label' })}>
      <p>{intl.formatMessage({ id: 'meetings.heldFar.when' }, { status: m.status, day: formatDay(m), planned, ...shift(days) })}</p>
      {m.rhythmMoved && <p>{intl.formatMessage({ id: 'meetings.heldFar.moved' }, shift(days))}</p>}
      {m.status === 'held' && n > 0 && (
        <div className="row">
          <p>{intl.formatMessage({ id: 'meetings.heldFar.ask' }, { count: n, ...shift(days) })}</p>
          <Button busy={move.isPending} onClick={() => move.mutate({ id: m.id, locale })}>
            {intl.formatMessage({ id: 'meetings.heldFar.move' })}
          </Button>
        </div>
      )}
    </div>
  );
}
