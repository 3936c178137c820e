import { useIntl } from 'react-intl';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MessageId } from '../../../shared/i18n/catalogue';
import type { MessageValues } from '../../../shared/i18n/intl';
import type { MonthHours } from '../../../shared/mentor/schema';
import { ChartFigure, SimpleTable } from '../../components/ChartFigure';
import { ChartLegend } from '../../components/ChartLegend';
import { dateFormat, numberFormat } from '../../i18n/active-locale';
import { formatHours } from './labels';

/** A month ("2026-03") as the active locale writes it ("Mar 2026", "März 2026"). */
const monthLabel = (month: string) => dateFormat({ month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

/** Client hours per month, paid and pro bono stacked: the rhythm of the practice at a glance. */
export function HoursByMonthChart({ months }: { months: MonthHours[] }) {
  const intl = useIntl();
  const t = (id: MessageId, values?: MessageValues) => intl.formatMessage({ id }, values);
  const rows = months.map((m) => ({ ...m, label: monthLabel(m.month), total: m.paidHours + m.proBonoHours }));
  const busiest = rows.reduce<(typeof rows)[number] | null>((best, r) => (!best || r.total > best.total ? r : best), null);
  const description = busiest
    ? t('mentor.chart.description', { months: rows.length, busiest: busiest.label, hours: formatHours(busiest.total) })
    : t('mentor.chart.empty');
  return (
    <ChartFigure
      title={t('mentor.chart.title')}
      description={description}
      height={240}
      emptyText={rows.length === 0 ? t('mentor.chart.empty') : null}
      table={<SimpleTable columns={[t('mentor.chart.month'), t('mentor.chart.paidHours'), t('mentor.chart.proBonoHours')]} numeric={[1, 2]} rows={rows.map((r) => [r.label, formatHours(r.paidHours), formatHours(r.proBonoHours)])} />}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" stroke="var(--chart-axis)" interval="preserveStartEnd" minTickGap={16} />
          <YAxis stroke="var(--chart-axis)" width={40} allowDecimals tickFormatter={(v: number) => numberFormat({ maximumFractionDigits: 1 }).format(v)} />
          <Tooltip cursor={{ fill: 'var(--surface-hover)' }} formatter={(v) => formatHours(Number(v))} />
          <Legend content={ChartLegend} />
          <Bar dataKey="paidHours" name={t('mentor.chart.paid')} stackId="hours" fill="var(--chart-1)" isAnimationActive={false} />
          <Bar dataKey="proBonoHours" name={t('mentor.chart.proBono')} stackId="hours" fill="var(--chart-3)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
