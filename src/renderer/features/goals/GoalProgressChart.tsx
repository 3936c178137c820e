import { parseISO } from 'date-fns';
import { useIntl } from 'react-intl';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SeriesPoint } from '../../../shared/dashboard/schema';
import type { Reading } from '../../../shared/goals/schema';
import { ChartFigure, SimpleTable } from '../../components/ChartFigure';
import { timeTicks } from '../../components/chart-ticks';
import { formatDate } from '../mentees/format';
import { formatValue, goalWords } from './labels';
import { dateFormat } from '../../i18n/active-locale';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { ChartLegend } from '../../components/ChartLegend';

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

const KIND_LABELS: Record<SeriesPoint['kind'], MessageId> = { baseline: 'goals.chart.baseline', reading: 'goals.chart.reading', target: 'goals.chart.target' };
/** Axis and tooltip dates, short, in the language of the screens. */
const shortDate = { format: (t: number) => dateFormat({ day: 'numeric', month: 'short', year: '2-digit' }).format(t) };
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
  const intl = useIntl();
  const description =
    intl.formatMessage(
      { id: 'goals.chart.description' },
      { metric: goal.metric, baseline: formatValue(goal.baseline, goal.unit), start: formatDate(goal.startDate), target: formatValue(goal.target, goal.unit), end: formatDate(goal.targetDate) },
    ) +
    ' ' +
    (latest
      ? intl.formatMessage({ id: 'goals.chart.latest' }, { value: formatValue(latest.value, goal.unit), date: formatDate(latest.date) })
      : intl.formatMessage({ id: 'goals.chart.noReading' }));
  return (
    <ChartFigure
      title={title ?? intl.formatMessage({ id: 'goals.chart.title' }, { title: goal.title })}
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
      columns={[goalWords('goals.chart.date'), goalWords('goals.chart.point'), unit ? goalWords('goals.chart.valueUnit', { unit }) : goalWords('goals.chart.value')]}
      numeric={[2]}
      rows={points.map((p) => [formatDate(p.date), goalWords(KIND_LABELS[p.kind]), formatValue(p.value)])}
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
        <Legend content={ChartLegend} />
        <ReferenceLine
          y={goal.target}
          stroke="var(--chart-target)"
          strokeDasharray="6 4"
          label={{ value: goalWords('goals.chart.targetLine', { value: formatValue(goal.target, goal.unit) }), position: 'insideTopRight', fill: 'var(--chart-target)', fontSize: 12 }}
        />
        <Line
          name={goalWords('goals.chart.path')}
          dataKey="planned"
          stroke="var(--chart-muted)"
          strokeDasharray="4 4"
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
        <Line
          name={goalWords('goals.chart.measured')}
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
