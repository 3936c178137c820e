import { useIntl } from 'react-intl';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { GoalStatus } from '../../../shared/goals/schema';
import { ChartFigure, SimpleTable } from '../../components/ChartFigure';

/** One colour per status; the bars are labelled with their status and count, so colour is never the only cue. */
export const STATUS_COLOURS: Record<GoalStatus, string> = {
  'not-started': 'var(--chart-muted)',
  'on-track': 'var(--chart-3)',
  'at-risk': 'var(--chart-2)',
  achieved: 'var(--chart-1)',
  dropped: 'var(--chart-5)',
};

export function GoalsByStatusChart({ data }: { data: { status: GoalStatus; count: number }[] }) {
  const intl = useIntl();
  const t = intl.formatMessage;
  // Statuses mid-sentence: "2 on track", "2 im Plan" (German nouns inside keep their capital).
  const inSentence = (word: string) => (intl.locale.startsWith('de') ? word.charAt(0).toLocaleLowerCase('de') + word.slice(1) : word.toLocaleLowerCase(intl.locale));
  const rows = data.map((d) => ({ ...d, label: t({ id: `goals.status.${d.status}` }) }));
  const total = data.reduce((n, d) => n + d.count, 0);
  const parts = intl.formatList(rows.map((r) => t({ id: 'dashboard.chart.part' }, { count: r.count, label: inSentence(r.label) })), { type: 'unit' });
  const description = total === 0 ? t({ id: 'dashboard.chart.noGoals' }) : t({ id: 'dashboard.chart.goals.summary' }, { total, parts });
  return (
    <ChartFigure
      title={t({ id: 'dashboard.chart.goals.title' })}
      description={description}
      height={220}
      emptyText={total === 0 ? t({ id: 'dashboard.chart.noGoals' }) : null}
      table={<SimpleTable columns={[t({ id: 'dashboard.chart.goals.status' }), t({ id: 'dashboard.chart.goals.goals' })]} numeric={[1]} rows={rows.map((r) => [r.label, r.count])} />}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 36, bottom: 4, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} stroke="var(--chart-axis)" />
          <YAxis type="category" dataKey="label" width={92} stroke="var(--chart-axis)" />
          <Tooltip cursor={{ fill: 'var(--surface-hover)' }} />
          <Bar dataKey="count" name={t({ id: 'dashboard.chart.goals.goals' })} isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.status} fill={STATUS_COLOURS[r.status]} />
            ))}
            <LabelList dataKey="count" position="right" fill="var(--text)" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
