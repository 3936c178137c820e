import type { PeriodFigures } from '../../../shared/dashboard/period';
import { formatDate } from '../mentees/format';
import { Tile } from './Tile';

/**
 * The period's figures exactly as the progress report for the same period states them
 * (the vault computes both by the same rules from the same queries).
 */
export function PeriodTiles({ f }: { f: PeriodFigures }) {
  const headingId = 'period-figures-heading';
  const s = f.goalsByStatus;
  return (
    <section className="period-figures" aria-labelledby={headingId}>
      <h2 id={headingId} className="period-heading">
        {formatDate(f.from)} to {formatDate(f.to)} <span className="muted">· the default period of the progress report</span>
      </h2>
      <ul className="tiles" aria-label="Figures of the period">
        <Tile label="Goals in the period" value={f.goals} note={`${s['on-track']} on track, ${s['at-risk']} at risk, ${s.achieved} achieved, ${s['not-started']} not started`} />
        <Tile label="Milestones done" value={f.milestonesDone} note="in this period" />
        <Tile label="Milestones open" value={f.milestonesOpen} note={f.milestonesOverdue ? `${f.milestonesOverdue} overdue` : 'none overdue'} alert={f.milestonesOverdue > 0} />
        <Tile label="Meetings held" value={f.meetingsHeld} note="in this period" />
        <Tile label="Readings" value={f.readings} note={`of ${f.goalsMeasured} ${f.goalsMeasured === 1 ? 'goal' : 'goals'}`} />
        <Tile label="Evidence records" value={f.evidence} note="in this period" />
      </ul>
    </section>
  );
}
