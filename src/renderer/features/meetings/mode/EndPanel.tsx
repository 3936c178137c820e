import { useId, type RefObject } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useWatch } from 'react-hook-form';
import type { Meeting, MeetingReport } from '../../../../shared/meetings/meeting';
import { OPEN_GOAL_STATUSES, type GoalSummary } from '../../../../shared/goals/schema';
import { isBridgeError } from '../../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../../bridge/hooks';
import { Button } from '../../../components/Button';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { CheckboxField, TextField } from '../../../components/Field';
import { ProgressIndicator } from '../../../components/ProgressIndicator';
import { useSchemaForm } from '../../../components/useSchemaForm';
import { formatDate } from '../../mentees/format';
import { MeetingReportView } from '../MeetingReportView';
import { MEETING_QUERIES } from '../stale';
import { endPanelForm } from './end-form';

interface EndPanelProps {
  meeting: Meeting;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onCancel(): void;
  onEnded(report: MeetingReport): void;
}

/**
 * The end of the meeting: the summary as it stands, then, per active goal, whether the
 * review moves its timeline (a recalibration, with the reason), then End.
 */
export function EndPanel({ meeting, headingRef, onCancel, onEnded }: EndPanelProps) {
  const summary = useVaultQuery('meetings.summary', { id: meeting.id });
  const goals = useVaultQuery('goals.list', { menteeId: meeting.menteeId, statuses: [...OPEN_GOAL_STATUSES], limit: 50 });
  const headingId = useId();
  const intl = useIntl();

  return (
    <section className="end-panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        <FormattedMessage id="meetingsMode.endTitle" />
      </h2>
      <p className="muted">
        <FormattedMessage id="meetingsMode.endPanel.intro" />
      </p>
      {summary.data ? <MeetingReportView report={summary.data} /> : <ProgressIndicator label={intl.formatMessage({ id: 'meetingsMode.endPanel.preparing' })} />}
      {goals.data ? <EndForm meetingId={meeting.id} goals={goals.data.rows} onCancel={onCancel} onEnded={onEnded} /> : <ProgressIndicator label={intl.formatMessage({ id: 'meetingsMode.endPanel.readingGoals' })} />}
    </section>
  );
}

function EndForm({ meetingId, goals, onCancel, onEnded }: { meetingId: number; goals: GoalSummary[]; onCancel(): void; onEnded(report: MeetingReport): void }) {
  const end = useVaultMutation('meetings.end', { invalidate: MEETING_QUERIES });
  const intl = useIntl();
  const { form, errors: formErrors, failure, onSubmit } = useSchemaForm(
    endPanelForm,
    { id: meetingId, goals: goals.map((g) => ({ goalId: g.id, adjust: false, targetDate: g.targetDate, reason: '' })) },
    async (values) => onEnded(await end.mutateAsync(values)),
    {
      // A refusal about one goal's adjustment (a date that changes nothing) goes next to its field, which takes focus.
      place: (err, setError) => {
        const moved = form.getValues('goals').flatMap((line, i) => (line.adjust ? [i] : []));
        let placed = false;
        for (const issue of isBridgeError(err, 'INVALID_INPUT') ? err.issues : []) {
          const at = issue.path[0] === 'recalibrations' ? moved[Number(issue.path[1])] : undefined;
          if (at === undefined) continue;
          const field = issue.path[2] === 'reason' ? 'reason' : 'targetDate';
          setError(`goals.${at}.${field}`, { type: 'server', message: issue.message }, { shouldFocus: !placed });
          placed = true;
        }
        return placed;
      },
    },
  );
  const errors = formErrors.goals;
  const lines = useWatch({ control: form.control, name: 'goals' });

  return (
    <form className="stack" noValidate onSubmit={onSubmit} aria-label={intl.formatMessage({ id: 'meetingsMode.endTitle' })}>
      <fieldset className="recalibrations">
        <legend>
          <FormattedMessage id="meetingsMode.endPanel.adjustments" />
        </legend>
        {goals.length === 0 && <p className="muted">
            <FormattedMessage id="meetingsMode.noActiveGoals" />
          </p>}
        {goals.map((g, i) => (
          <div key={g.id} className="recalibration">
            <CheckboxField label={intl.formatMessage({ id: 'meetingsMode.endPanel.adjust' }, { goal: g.title, date: formatDate(g.targetDate) })} {...form.register(`goals.${i}.adjust`)} />
            {lines[i]?.adjust && (
              <div className="capture-row">
                <TextField label={intl.formatMessage({ id: 'meetingsMode.endPanel.newDate' }, { goal: g.title })} type="date" error={errors?.[i]?.targetDate?.message} {...form.register(`goals.${i}.targetDate`)} />
                <TextField label={intl.formatMessage({ id: 'meetingsMode.endPanel.reason' }, { goal: g.title })} className="field-wide" error={errors?.[i]?.reason?.message} {...form.register(`goals.${i}.reason`)} />
              </div>
            )}
          </div>
        ))}
      </fieldset>
      {failure && <ErrorBanner>{failure}</ErrorBanner>}
      <div className="row">
        <Button type="submit" variant="primary" busy={end.isPending}>
          <FormattedMessage id="meetingsMode.endPanel.end" />
        </Button>
        <Button onClick={onCancel}>
          <FormattedMessage id="meetingsMode.endPanel.back" />
        </Button>
      </div>
    </form>
  );
}
