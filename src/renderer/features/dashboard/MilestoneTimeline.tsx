import { parseISO } from 'date-fns';
import { CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import type { TimelineMilestone } from '../../../shared/dashboard/schema';
import { timeTicks } from '../../components/chart-ticks';
import { ChartFigure, SimpleTable } from '../../components/ChartFigure';
import { INDICATOR_LABELS } from '../goals/labels';
import { formatDate } from '../mentees/format';

const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: '2-digit' });
const stateOf = (m: TimelineMilestone) => (m.doneOn ? 'Done' : m.overdue ? 'Overdue' : 'Open');
const clip = (text: string, n = 22) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

interface Point {
  t: number;
  y: number;
  z: number;
  title: string;
  goal: string;
  state: string;
}

/**
 * Milestones on a time line, one row per goal: done ones as circles, open ones as
 * diamonds, overdue ones as red triangles (shape and colour, with a legend); major
 * milestones are drawn larger. Today is a vertical line.
 */
export function MilestoneTimeline({ milestones, asOf }: { milestones: TimelineMilestone[]; asOf: string }) {
  const goals = [...new Map(milestones.map((m) => [m.goalId, m.goalTitle])).entries()];
  const row = new Map(goals.map(([id], i) => [id, i]));
  const points = (state: string): Point[] =>
    milestones
      .filter((m) => stateOf(m) === state)
      .map((m) => ({ t: parseISO(m.doneOn ?? m.dueDate).getTime(), y: row.get(m.goalId) ?? 0, z: m.major ? 2 : 1, title: m.title, goal: m.goalTitle, state }));
  const overdue = milestones.filter((m) => m.overdue);
  const done = milestones.filter((m) => m.doneOn).length;
  const description =
    milestones.length === 0
      ? 'No milestones yet.'
      : `${milestones.length} milestones across ${goals.length} goals: ${done} done, ${overdue.length} overdue, ${milestones.length - done - overdue.length} open. ` +
        'Done milestones sit at the day they were done, open ones at their due date.';
  const table = (
    <SimpleTable
      columns={['Milestone', 'Goal', 'Due', 'Done on', 'State', 'Indicator']}
      rows={[...milestones]
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
        .map((m) => [m.title + (m.major ? ' (major)' : ''), m.goalTitle, formatDate(m.dueDate), formatDate(m.doneOn) || '—', stateOf(m), INDICATOR_LABELS[m.indicatorKind]])}
    />
  );
  return (
    <>
      <ChartFigure
        title="Milestone timeline"
        description={description}
        table={table}
        height={Math.max(180, 70 + goals.length * 46)}
        emptyText={milestones.length === 0 ? 'No milestones yet.' : null}
      >
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart margin={{ top: 24, right: 24, bottom: 4, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" />
            <XAxis
              dataKey="t"
              type="number"
              scale="time"
              domain={['dataMin - 604800000', 'dataMax + 604800000']}
              ticks={timeTicks(milestones.map((m) => parseISO(m.doneOn ?? m.dueDate).getTime()))}
              interval={0}
              tickFormatter={(t: number) => shortDate.format(t)}
              stroke="var(--chart-axis)"
              name="Date"
            />
            <YAxis
              dataKey="y"
              type="number"
              domain={[-0.5, goals.length - 0.5]}
              ticks={goals.map((_, i) => i)}
              interval={0}
              tickFormatter={(i: number) => clip(goals[i]?.[1] ?? '')}
              width={150}
              stroke="var(--chart-axis)"
              reversed
              name="Goal"
            />
            <ZAxis dataKey="z" range={[70, 170]} />
            <ReferenceLine x={parseISO(asOf).getTime()} stroke="var(--chart-axis)" strokeDasharray="2 3" label={{ value: 'Today', position: 'top', fill: 'var(--chart-axis)', fontSize: 12 }} />
            <Tooltip
              cursor={{ strokeDasharray: '3 3' }}
              content={({ payload }) => {
                const p = payload?.[0]?.payload as Point | undefined;
                if (!p) return null;
                return (
                  <div className="timeline-tooltip">
                    <strong>{p.title}</strong>
                    <br />
                    {p.goal} · {p.state} · {shortDate.format(p.t)}
                  </div>
                );
              }}
            />
            <Legend />
            <Scatter name="Done" data={points('Done')} fill="var(--chart-3)" shape="circle" isAnimationActive={false} />
            <Scatter name="Open" data={points('Open')} fill="var(--chart-1)" shape="diamond" isAnimationActive={false} />
            <Scatter name="Overdue" data={points('Overdue')} fill="var(--chart-target)" shape="triangle" isAnimationActive={false} />
          </ScatterChart>
        </ResponsiveContainer>
      </ChartFigure>
      {overdue.length > 0 && (
        <div>
          <p className="tile-label">Overdue</p>
          <ul className="overdue-list">
            {overdue.map((m) => (
              <li key={m.id}>
                {m.title} ({m.goalTitle}), due {formatDate(m.dueDate)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
