import { FormattedMessage, useIntl } from 'react-intl';
import type { PeriodFigures } from '../../../shared/dashboard/period';
import { formatDate } from '../mentees/format';
import { Tile } from './Tile';

/**
 * The period's figures exactly as the progress report for the same period states them
 * (the vault computes both by the same rules from the same queries).
 */
export function PeriodTiles({ f }: { f: PeriodFigures }) {
  const intl = useIntl();
  const t = intl.formatMessage;
  const headingId = 'period-figures-heading';
  const s = f.goalsByStatus;
  return (
    <section className="period-figures" aria-labelledby={headingId}>
      <h2 id={headingId} className="period-heading">
        <FormattedMessage id="dashboard.period.heading" values={{ from: formatDate(f.from), to: formatDate(f.to) }} />
        <span className="muted period-note">
          <FormattedMessage id="dashboard.period.headingNote" />
        </span>
      </h2>
      <ul className="tiles" aria-label={t({ id: 'dashboard.period.figures' })}>
        <Tile label={t({ id: 'dashboard.period.goals' })}
          value={f.goals}
          note={t({ id: 'dashboard.period.goalsNote' }, { onTrack: s['on-track'], atRisk: s['at-risk'], achieved: s.achieved, notStarted: s['not-started'] })} />
        <Tile label={t({ id: 'dashboard.mentee.milestonesDone' })} value={f.milestonesDone} note={t({ id: 'dashboard.period.inPeriod' })} />
        <Tile label={t({ id: 'dashboard.period.milestonesOpen' })}
          value={f.milestonesOpen}
          note={t({ id: 'dashboard.mentee.overdue' }, { count: f.milestonesOverdue })} alert={f.milestonesOverdue > 0} />
        <Tile label={t({ id: 'dashboard.period.meetings' })} value={f.meetingsHeld} note={t({ id: 'dashboard.period.inPeriod' })} />
        <Tile label={t({ id: 'dashboard.period.readings' })} value={f.readings} note={t({ id: 'dashboard.period.readingsNote' }, { count: f.goalsMeasured })} />
        <Tile label={t({ id: 'dashboard.period.evidence' })} value={f.evidence} note={t({ id: 'dashboard.period.inPeriod' })} />
      </ul>
    </section>
  );
}
