import { parseISO } from 'date-fns';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SeriesPoint } from '../../../shared/dashboard/schema';
import type { Reading } from '../../../shared/goals/schema';
import { ChartFigure, SimpleTable } from '../../components/ChartFigure';
import { timeTicks } from '../../components/chart-ticks';
import { formatDate } from '../mentees/format';
import { formatValue } from './labels';

export interface ChartGoal {
  title: string;
  metric: string;
  unit: string;
  baseline: number;
  target: number;
  startDate: string;
  targetDate: string;
}

/** Baseline at the start, every reading by date, the target at the target date (as the dashboard's series). */
export function seriesOf(goal: ChartGoal, readings: readonly Pick<Reading, 'date' | 'value'>[]): SeriesPoint[] {
  return [
    { date: goal.startDate, value: goal.baseline, kind: 'baseline' },
    ...[...readings].sort((a, b) => a.date.localeCompare(b.date)).map((r) => ({ date: r.date, value: r.value, kind: 'reading' as const })),
    { date: goal.targetDate, value: goal.target, kind: 'target' },
  ];
}

const KIND_LABELS: Record<SeriesPoint['kind'], string> = { baseline: 'Baseline', reading: 'Reading', target: 'Target' };
const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: '2-digit' });
const time = (date: string) => parseISO(date).getTime();

interface Row {
  t: number;
  measured?: number;
  planned?: number;
}

/** Measured values (baseline, then readings) against the straight path from baseline to target. */
function rowsOf(series: readonly SeriesPoint[]): Row[] {
  const rows: Row[] = [];
  for (const p of series) {
    const row: Row = { t: time(p.date) };
    if (p.kind !== 'target') row.measured = p.value;
    if (p.kind !== 'reading') row.planned = p.value;
    rows.push(row);
  }
  return rows.sort((a, b) => a.t - b.t);
}

export interface GoalProgressChartProps {
  goal: ChartGoal;
  /** Either the readings (a goal's page) or the ready series (the dashboard). */
  readings?: readonly Pick<Reading, 'date' | 'value'>[];
  series?: readonly SeriesPoint[];
  height?: number;
  headingLevel?: 2 | 3;
  title?: string;
}

/** Past this many points a dot per reading is clutter (and 260 weekly dots took most of a chart's drawing). */
const MAX_DOTS = 60;

/** A goal's metric over time: baseline → readings, with the target as a reference line. */
export default function GoalProgressChart({ goal, readings = [], series, height = 240, headingLevel = 3, title }: GoalProgressChartProps) {
  const points = series ?? seriesOf(goal, readings);
  const latest = [...points].reverse().find((p) => p.kind === 'reading');
  const description =
    `${goal.metric}: from ${formatValue(goal.baseline, goal.unit)} on ${formatDate(goal.startDate)} toward ${formatValue(goal.target, goal.unit)} ` +
    `by ${formatDate(goal.targetDate)}. ` +
    (latest ? `Latest reading ${formatValue(latest.value, goal.unit)} on ${formatDate(latest.date)}.` : 'No reading yet.');
  return (
    <ChartFigure
      title={title ?? `${goal.title}: progress`}
      description={description}
      table={<PointsTable points={points} unit={goal.unit} />}
      height={height}
      headingLevel={headingLevel}
    >
      <GoalLines goal={goal} points={points} />
    </ChartFigure>
  );
}

/** The chart's numbers as a table: built only when someone opens it. */
function PointsTable({ points, unit }: { points: readonly SeriesPoint[]; unit: string }) {
  return (
    <SimpleTable
      columns={['Date', 'Point', `Value${unit ? ` (${unit})` : ''}`]}
      numeric={[2]}
      rows={points.map((p) => [formatDate(p.date), KIND_LABELS[p.kind], formatValue(p.value)])}
    />
  );
}

/** The drawing itself: its rows are worked out only once the chart is near the screen. */
function GoalLines({ goal, points }: { goal: ChartGoal; points: readonly SeriesPoint[] }) {
  const rows = rowsOf(points);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={rows} margin={{ top: 16, right: 40, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          ticks={timeTicks(rows.map((r) => r.t), 4)}
          interval={0}
          tickFormatter={(t: number) => shortDate.format(t)}
          stroke="var(--chart-axis)"
        />
        <YAxis stroke="var(--chart-axis)" width={48} domain={['auto', 'auto']} interval={0} />
        <Tooltip
          labelFormatter={(t) => shortDate.format(Number(t))}
          formatter={(value, name) => [formatValue(Number(value), goal.unit), String(name)]}
        />
        <Legend />
        <ReferenceLine
          y={goal.target}
          stroke="var(--chart-target)"
          strokeDasharray="6 4"
          label={{ value: `Target ${formatValue(goal.target, goal.unit)}`, position: 'insideTopRight', fill: 'var(--chart-target)', fontSize: 12 }}
        />
        <Line
          name="Path to target"
          dataKey="planned"
          stroke="var(--chart-muted)"
          strokeDasharray="4 4"
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
        <Line
          name="Measured"
          dataKey="measured"
          stroke="var(--chart-1)"
          strokeWidth={2.5}
          dot={rows.length <= MAX_DOTS ? { r: 4, fill: 'var(--chart-1)' } : false}
          connectNulls
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
