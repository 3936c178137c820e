import { FormattedMessage, useIntl } from 'react-intl';
import type { Meeting } from '../../../../shared/meetings/meeting';
import { OPEN_GOAL_STATUSES } from '../../../../shared/goals/schema';
import { errorMessage } from '../../../bridge/client';
import { useVaultQuery } from '../../../bridge/hooks';
import { ProgressIndicator } from '../../../components/ProgressIndicator';
import GoalProgressChart from '../../goals/GoalProgressChart';
import { formatDate } from '../../mentees/format';

/**
 * The "goals" agenda item: each active goal's progress chart and milestones (the mentee
 * dashboard's data), what needs attention first, and the mentee's own rating if given.
 */
export function GoalsContext({ meeting }: { meeting: Meeting }) {
  const dashboard = useVaultQuery('dashboard.mentee', { menteeId: meeting.menteeId });
  const intl = useIntl();
  if (dashboard.error) return <p className="form-error-banner">{errorMessage(dashboard.error)}</p>;
  if (!dashboard.data) return <ProgressIndicator label={intl.formatMessage({ id: 'meetingsMode.goals.loading' })} />;
  const goals = dashboard.data.goals.filter((g) => (OPEN_GOAL_STATUSES as readonly string[]).includes(g.status));
  const { atRiskGoals, overdueMilestones } = meeting.pulledIn;
  return (
    <div className="goals-context">
      {(atRiskGoals.length > 0 || overdueMilestones.length > 0) && (
        <div className="attention" role="note" aria-label={intl.formatMessage({ id: 'meetingsMode.goals.attention' })}>
          <h3>
            <FormattedMessage id="meetingsMode.goals.attention" />
          </h3>
          <ul>
            {atRiskGoals.map((g) => (
              <li key={`g${g.id}`}>
                <FormattedMessage id="meetingsMode.goals.atRisk" values={{ goal: g.title }} />
              </li>
            ))}
            {overdueMilestones.map((m) => (
              <li key={`m${m.id}`}>
                <FormattedMessage id="meetingsMode.goals.overdue" values={{ date: formatDate(m.dueDate), milestone: m.title, goal: m.goalTitle }} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {goals.length === 0 && <p className="muted">
          <FormattedMessage id="meetingsMode.noActiveGoals" />
        </p>}
      {goals.map((g) => {
        const milestones = dashboard.data.milestones.filter((m) => m.goalId === g.id);
        const rating = meeting.selfAssessment?.ratings.find((r) => r.goalId === g.id);
        return (
          <article key={g.id} className={g.status === 'at-risk' ? 'goal-card is-at-risk' : 'goal-card'} aria-label={g.title}>
            <GoalProgressChart goal={g} series={g.series} height={170} title={intl.formatMessage({ id: 'meetingsMode.goals.chartTitle' }, { goal: g.title, atRisk: g.status === 'at-risk' ? 'yes' : 'no' })} />
            {rating && (
              <p className="self-rating">
                <FormattedMessage id="meetingsMode.goals.rating" values={{ rating: rating.rating, hasComment: rating.comment ? 'yes' : 'no', comment: rating.comment }} />
              </p>
            )}
            {milestones.length > 0 && (
              <ul className="milestone-list" aria-label={intl.formatMessage({ id: 'meetingsMode.goals.milestones' }, { goal: g.title })}>
                {milestones.map((m) => (
                  <li key={m.id} className={m.overdue ? 'is-overdue' : m.doneOn ? 'is-done' : undefined}>
                    {m.major && (
                      <strong>
                        <FormattedMessage id="meetingsMode.goals.major" />
                      </strong>
                    )}
                    <FormattedMessage
                      id="meetingsMode.goals.milestone"
                      values={{ title: m.title, state: m.doneOn ? 'done' : m.overdue ? 'overdue' : 'due', date: formatDate(m.doneOn ?? m.dueDate) }}
                    />
                  </li>
                ))}
              </ul>
            )}
          </article>
        );
      })}
    </div>
  );
}
