import { useId, useState, type RefObject } from 'react';
import { endMeetingInput } from '../../../../shared/meetings/capture';
import type { Meeting, MeetingReport } from '../../../../shared/meetings/meeting';
import { OPEN_GOAL_STATUSES } from '../../../../shared/plan/goals/schema';
import { errorMessage, isBridgeError } from '../../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../../bridge/queries';
import { Button } from '../../../components/Button';
import { ProgressIndicator } from '../../../components/ProgressIndicator';
import { formatDate } from '../../mentees/format';
import { MeetingReportView } from '../MeetingReportView';
import { MEETING_QUERIES } from '../queries';
import { ErrorBanner } from '../../../components/ErrorBanner';

interface Choice {
  adjust: boolean;
  targetDate: string;
  reason: string;
}

/**
 * The end of the meeting: the summary as it stands, then, per active goal, whether the
 * review moves its timeline (a recalibration, with the reason), then End.
 */
export function EndPanel({ meeting, headingRef, onCancel, onEnded }: { meeting: Meeting; headingRef: RefObject<HTMLHeadingElement | null>; onCancel(): void; onEnded(report: MeetingReport): void }) {
  const summary = useVaultQuery('meetings.summary', { id: meeting.id });
  const goals = useVaultQuery('goals.list', { menteeId: meeting.menteeId, statuses: [...OPEN_GOAL_STATUSES], limit: 50 });
  const [choices, setChoices] = useState<Record<number, Choice>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const end = useVaultMutation('meetings.end', { invalidate: MEETING_QUERIES });
  const headingId = useId();

  const rows = goals.data?.rows ?? [];
  const choiceOf = (goalId: number, targetDate: string): Choice => choices[goalId] ?? { adjust: false, targetDate, reason: '' };
  const set = (goalId: number, targetDate: string, patch: Partial<Choice>) => setChoices((c) => ({ ...c, [goalId]: { ...choiceOf(goalId, targetDate), ...patch } }));

  /** A refusal puts focus on the first field it names (the End button is disabled while it runs). */
  const showErrors = (next: Record<string, string>) => {
    setErrors(next);
    const [first] = Object.keys(next);
    if (first) {
      const [goalId, field] = first.split('.');
      requestAnimationFrame(() => document.getElementById(`${headingId}-${goalId}-${field === 'reason' ? 'reason' : 'date'}`)?.focus());
    }
  };

  const finish = async () => {
    setFailure(null);
    const chosen = rows.filter((g) => choices[g.id]?.adjust);
    const input = { id: meeting.id, recalibrations: chosen.map((g) => ({ goalId: g.id, targetDate: choices[g.id]!.targetDate.trim(), reason: choices[g.id]!.reason })) };
    const parsed = endMeetingInput.safeParse(input);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const goal = chosen[Number(issue.path[1])];
        if (goal) next[`${goal.id}.${String(issue.path[2] ?? 'targetDate')}`] ??= issue.message;
      }
      showErrors(next);
      return;
    }
    setErrors({});
    try {
      onEnded(await end.mutateAsync(parsed.data));
    } catch (err) {
      // A refusal about one goal's adjustment (a date that changes nothing) goes next to its field.
      const placed: Record<string, string> = {};
      for (const issue of isBridgeError(err, 'INVALID_INPUT') ? (err.issues ?? []) : []) {
        const goal = issue.path[0] === 'recalibrations' ? chosen[Number(issue.path[1])] : undefined;
        if (goal) placed[`${goal.id}.${String(issue.path[2] ?? 'targetDate')}`] ??= issue.message;
      }
      if (Object.keys(placed).length > 0) showErrors(placed);
      else setFailure(errorMessage(err));
    }
  };

  return (
    <section className="end-panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        End the meeting
      </h2>
      <p className="muted">Check the summary, decide whether any goal's timeline moves, then end the meeting. Open action items go to the next meeting.</p>
      {summary.data ? <MeetingReportView report={summary.data} /> : <ProgressIndicator label="Preparing the summary…" />}
      <fieldset className="recalibrations">
        <legend>Timeline adjustments (recalibrations)</legend>
        {rows.length === 0 && <p className="muted">No active goals.</p>}
        {rows.map((g) => {
          const c = choiceOf(g.id, g.targetDate);
          return (
            <div key={g.id} className="recalibration">
              <div className="checkbox-field">
                <input id={`${headingId}-${g.id}`} type="checkbox" checked={c.adjust} onChange={(e) => set(g.id, g.targetDate, { adjust: e.target.checked })} />
                <label htmlFor={`${headingId}-${g.id}`}>
                  Adjust the timeline of "{g.title}" (target date {formatDate(g.targetDate)})
                </label>
              </div>
              {c.adjust && (
                <div className="capture-row">
                  <Line id={`${headingId}-${g.id}-date`} label={`New target date for ${g.title} (YYYY-MM-DD)`} value={c.targetDate} error={errors[`${g.id}.targetDate`]} onChange={(v) => set(g.id, g.targetDate, { targetDate: v })} />
                  <Line id={`${headingId}-${g.id}-reason`} label={`Why the timeline of ${g.title} moves`} value={c.reason} error={errors[`${g.id}.reason`]} onChange={(v) => set(g.id, g.targetDate, { reason: v })} wide />
                </div>
              )}
            </div>
          );
        })}
      </fieldset>
      {failure && (
        <ErrorBanner>
          {failure}
        </ErrorBanner>
      )}
      <div className="row">
        <Button variant="primary" onClick={() => void finish()} busy={end.isPending}>
          End meeting
        </Button>
        <Button onClick={onCancel}>Back to the agenda</Button>
      </div>
    </section>
  );
}

function Line({ id, label, value, error, onChange, wide = false }: { id: string; label: string; value: string; error?: string | undefined; onChange(v: string): void; wide?: boolean }) {
  return (
    <div className={['field', error ? 'field-has-error' : '', wide ? 'field-wide' : ''].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input id={id} className="input" value={value} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => onChange(e.target.value)} />
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
