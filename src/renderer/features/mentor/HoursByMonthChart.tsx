import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthHours } from '../../../shared/mentor/schema';
import { ChartFigure, SimpleTable } from '../../components/ChartFigure';
import { formatHours } from './labels';

const MONTH = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthLabel = (month: string) => MONTH.format(new Date(`${month}-01T00:00:00Z`));

/** Client hours per month, paid and pro bono stacked: the rhythm of the practice at a glance. */
export function HoursByMonthChart({ months }: { months: MonthHours[] }) {
  const rows = months.map((m) => ({ ...m, label: monthLabel(m.month), total: m.paidHours + m.proBonoHours }));
  const busiest = rows.reduce<(typeof rows)[number] | null>((best, r) => (!best || r.total > best.total ? r : best), null);
  const description = busiest
    ? `${rows.length} ${rows.length === 1 ? 'month' : 'months'} with held meetings; the busiest was ${busiest.label} with ${formatHours(busiest.total)} hours.`
    : 'No meetings held in this period.';
  return (
    <ChartFigure
      title="Client hours per month"
      description={description}
      height={240}
      emptyText={rows.length === 0 ? 'No meetings held in this period.' : null}
      table={<SimpleTable columns={['Month', 'Paid hours', 'Pro bono hours']} numeric={[1, 2]} rows={rows.map((r) => [r.label, formatHours(r.paidHours), formatHours(r.proBonoHours)])} />}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" stroke="var(--chart-axis)" interval="preserveStartEnd" minTickGap={16} />
          <YAxis stroke="var(--chart-axis)" width={40} allowDecimals />
          <Tooltip cursor={{ fill: 'var(--surface-hover)' }} formatter={(v) => formatHours(Number(v))} />
          <Legend />
          <Bar dataKey="paidHours" name="Paid" stackId="hours" fill="var(--chart-1)" isAnimationActive={false} />
          <Bar dataKey="proBonoHours" name="Pro bono" stackId="hours" fill="var(--chart-3)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
