import { useIntl } from 'react-intl';
import { useId } from 'react';
import type { ActionItem } from '../../../shared/meetings/capture';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation } from '../../bridge/hooks';
import { useToast } from '../../components/Toast';
import { formatDate } from '../mentees/format';
import { useMeetingWords } from './labels';
import { MEETING_QUERIES } from './stale';

export interface ActionListProps {
  actions: readonly ActionItem[];
  /** Ticking done here records the meeting it was found done in (null: outside a meeting). */
  meetingId: number | null;
  readOnly?: boolean;
  empty: string;
  label: string;
  onError?(message: string): void;
}

/** Action items with owner, due date and how often they were carried; a checkbox marks one done. */
export function ActionList({ actions, meetingId, empty, label, onError, readOnly = false }: ActionListProps) {
  const { notify } = useToast();
  const setDone = useVaultMutation('meetings.setActionDone', {
    invalidate: MEETING_QUERIES,
    onError: (err) => (onError ? onError(errorMessage(err)) : notify('error', errorMessage(err))),
  });
  if (actions.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="action-list" aria-label={label}>
      {actions.map((a) => (
        <ActionRow key={a.id} action={a} disabled={readOnly || setDone.isPending} onToggle={(done) => setDone.mutate({ id: a.id, done, meetingId })} />
      ))}
    </ul>
  );
}

function ActionRow({ action: a, disabled, onToggle }: { action: ActionItem; disabled: boolean; onToggle(done: boolean): void }) {
  const id = useId();
  const intl = useIntl();
  const words = useMeetingWords();
  return (
    <li className={a.doneOn ? 'action-row is-done' : 'action-row'}>
      <input id={id} type="checkbox" checked={a.doneOn !== null} disabled={disabled} onChange={(e) => onToggle(e.target.checked)} />
      <label htmlFor={id} className="action-title">
        {a.title}
      </label>
      <span className="action-meta">
        <span className={`owner-badge owner-${a.owner}`}>{words.owner(a.owner)}</span>
        {a.dueDate && <span className={a.overdue ? 'due is-overdue' : 'due'}>{intl.formatMessage({ id: a.overdue ? 'meetings.action.overdue' : 'meetings.action.due' }, { date: formatDate(a.dueDate) })}</span>}
        {a.doneOn && <span className="done-on">{intl.formatMessage({ id: 'meetings.action.done' }, { date: formatDate(a.doneOn) })}</span>}
        {a.carriedCount > 0 && <span className="carried">{intl.formatMessage({ id: 'meetings.action.carried' }, { count: a.carriedCount })}</span>}
        <span className="raised">{intl.formatMessage({ id: 'meetings.action.raised' }, { date: formatDate(a.meetingDate) })}</span>
      </span>
    </li>
  );
}
