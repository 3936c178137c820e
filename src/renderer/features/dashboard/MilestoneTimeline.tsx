import { parseISO } from 'date-fns';
import { useIntl } from 'react-intl';
import { CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import type { TimelineMilestone } from '../../../shared/dashboard/schema';
import { timeTicks } from '../../components/chart-ticks';
import { ChartFigure, SimpleTable } from '../../components/ChartFigure';
import { dateFormat } from '../../i18n/active-locale';
import { formatDate } from '../mentees/format';
import { ChartLegend } from '../../components/ChartLegend';

const shortDate = () => dateFormat({ day: 'numeric', month: 'short', year: '2-digit' });
type MilestoneState = 'done' | 'open' | 'overdue';
const stateOf = (m: TimelineMilestone): MilestoneState => (m.doneOn ? 'done' : m.overdue ? 'overdue' : 'open');
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
  const intl = useIntl();
  const t = intl.formatMessage;
  const stateLabel = (state: MilestoneState) => t({ id: `dashboard.timeline.state.${state}` });
  const goals = [...new Map(milestones.map((m) => [m.goalId, m.goalTitle])).entries()];
  const row = new Map(goals.map(([id], i) => [id, i]));
  const points = (state: MilestoneState): Point[] =>
    milestones
      .filter((m) => stateOf(m) === state)
      .map((m) => ({ t: parseISO(m.doneOn ?? m.dueDate).getTime(), y: row.get(m.goalId) ?? 0, z: m.major ? 2 : 1, title: m.title, goal: m.goalTitle, state: stateLabel(state) }));
  const overdue = milestones.filter((m) => m.overdue);
  const done = milestones.filter((m) => m.doneOn).length;
  const description =
    milestones.length === 0
      ? t({ id: 'dashboard.timeline.none' })
      : t({ id: 'dashboard.timeline.summary' }, { total: milestones.length, goals: goals.length, done, overdue: overdue.length, open: milestones.length - done - overdue.length });
  const table = (
    <SimpleTable
      columns={(['milestone', 'goal', 'due', 'doneOn', 'state', 'indicator'] as const).map((c) => t({ id: `dashboard.timeline.column.${c}` }))}
      rows={[...milestones]
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
        .map((m) => [
          m.major ? t({ id: 'dashboard.timeline.major' }, { title: m.title }) : m.title,
          m.goalTitle,
          formatDate(m.dueDate),
          formatDate(m.doneOn) || '—',
          stateLabel(stateOf(m)),
          t({ id: `goals.indicator.${m.indicatorKind}` }),
        ])}
    />
  );
  return (
    <>
      <ChartFigure
        title={t({ id: 'dashboard.timeline.title' })}
        description={description}
        table={table}
        height={Math.max(180, 70 + goals.length * 46)}
        emptyText={milestones.length === 0 ? t({ id: 'dashboard.timeline.none' }) : null}
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
              tickFormatter={(time: number) => shortDate().format(time)}
              stroke="var(--chart-axis)"
              name={t({ id: 'dashboard.timeline.date' })}
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
              name={t({ id: 'dashboard.timeline.column.goal' })}
            />
            <ZAxis dataKey="z" range={[70, 170]} />
            <ReferenceLine x={parseISO(asOf).getTime()} stroke="var(--chart-axis)" strokeDasharray="2 3" label={{ value: t({ id: 'dashboard.timeline.today' }), position: 'top', fill: 'var(--chart-axis)', fontSize: 12 }} />
            <Tooltip
              cursor={{ strokeDasharray: '3 3' }}
              content={({ payload }) => {
                const p = payload?.[0]?.payload as Point | undefined;
                if (!p) return null;
                return (
                  <div className="timeline-tooltip">
                    <strong>{p.title}</strong>
                    <br />
                    {[p.goal, p.state, shortDate().format(p.t)].join(' · ')}
                  </div>
                );
              }}
            />
            <Legend content={ChartLegend} />
            <Scatter name={stateLabel('done')} data={points('done')} fill="var(--chart-3)" shape="circle" isAnimationActive={false} />
            <Scatter name={stateLabel('open')} data={points('open')} fill="var(--chart-1)" shape="diamond" isAnimationActive={false} />
            <Scatter name={stateLabel('overdue')} data={points('overdue')} fill="var(--chart-target)" shape="triangle" isAnimationActive={false} />
          </ScatterChart>
        </ResponsiveContainer>
      </ChartFigure>
      {overdue.length > 0 && (
        <div>
          <p className="tile-label">{stateLabel('overdue')}</p>
          <ul className="overdue-list">
            {overdue.map((m) => (
              <li key={m.id}>
                {t({ id: 'dashboard.timeline.overdueItem' }, { title: m.title, goal: m.goalTitle, date: formatDate(m.dueDate) })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
