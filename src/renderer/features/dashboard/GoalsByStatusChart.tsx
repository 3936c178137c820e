import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { GoalStatus } from '../../../shared/goals/schema';
import { ChartFigure, SimpleTable } from '../../components/ChartFigure';
import { GOAL_STATUS_LABELS } from '../goals/labels';

/** One colour per status; the bars are labelled with their status and count, so colour is never the only cue. */
export const STATUS_COLOURS: Record<GoalStatus, string> = {
  'not-started': 'var(--chart-muted)',
  'on-track': 'var(--chart-3)',
  'at-risk': 'var(--chart-2)',
  achieved: 'var(--chart-1)',
  dropped: 'var(--chart-5)',
};

export function GoalsByStatusChart({ data }: { data: { status: GoalStatus; count: number }[] }) {
  const rows = data.map((d) => ({ ...d, label: GOAL_STATUS_LABELS[d.status] }));
  const total = data.reduce((n, d) => n + d.count, 0);
  const description = total === 0 ? 'No goals yet.' : `${total} goals: ` + rows.map((r) => `${r.count} ${r.label.toLowerCase()}`).join(', ') + '.';
  return (
    <ChartFigure
      title="Goals by status"
      description={description}
      height={220}
      emptyText={total === 0 ? 'No goals yet.' : null}
      table={<SimpleTable columns={['Status', 'Goals']} numeric={[1]} rows={rows.map((r) => [r.label, r.count])} />}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 36, bottom: 4, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} stroke="var(--chart-axis)" />
          <YAxis type="category" dataKey="label" width={92} stroke="var(--chart-axis)" />
          <Tooltip cursor={{ fill: 'var(--surface-hover)' }} />
          <Bar dataKey="count" name="Goals" isAnimationActive={false}>
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
