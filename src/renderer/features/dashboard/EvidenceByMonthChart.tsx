import { useIntl } from 'react-intl';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { EVIDENCE_KINDS, type EvidenceKind } from '../../../shared/records/schema';
import { ChartFigure, SimpleTable } from '../../components/ChartFigure';
import { dateFormat } from '../../i18n/active-locale';
import { ChartLegend } from '../../components/ChartLegend';

const KIND_COLOURS: Record<EvidenceKind, string> = {
  'peer-feedback': 'var(--chart-3)',
  '360-result': 'var(--chart-1)',
  'project-outcome': 'var(--chart-2)',
  'performance-review': 'var(--chart-4)',
  other: 'var(--chart-muted)',
};

const monthLabel = (month: string) =>
  dateFormat({ month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

/** Every month from the first to the last, so a quiet month shows as a gap, not as nothing. */
function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 600; guard++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) break;
    m++;
    if (m === 13) {
      m = 1;
      y++;
    }
  }
  return months;
}

/** Evidence of every kind, stacked per month it is dated. */
export function EvidenceByMonthChart({ data }: { data: { month: string; kind: EvidenceKind; count: number }[] }) {
  const intl = useIntl();
  const t = intl.formatMessage;
  const kindLabel = (k: EvidenceKind) => t({ id: `dashboard.evidenceKind.${k}` });
  const kinds = EVIDENCE_KINDS.filter((k) => data.some((d) => d.kind === k));
  const months = data.length ? monthsBetween(data[0]!.month, data.at(-1)!.month) : [];
  const rows = months.map((month) => ({
    month: monthLabel(month),
    ...Object.fromEntries(kinds.map((k) => [k, data.find((d) => d.month === month && d.kind === k)?.count ?? 0])),
  }));
  const total = data.reduce((n, d) => n + d.count, 0);
  // Each kind counts itself, so each language inflects the name for the count ("5 Projektergebnisse").
  const parts = intl.formatList(
    kinds.map((k) => t({ id: `dashboard.chart.evidence.kindCount.${k}` }, { count: data.filter((d) => d.kind === k).reduce((n, d) => n + d.count, 0) })),
    { type: 'unit' },
  );
  const description =
    total === 0 ? t({ id: 'dashboard.chart.evidence.none' }) : t({ id: 'dashboard.chart.evidence.summary' }, { total, from: rows[0]!.month, to: rows.at(-1)!.month, parts });
  return (
    <ChartFigure
      title={t({ id: 'dashboard.chart.evidence.title' })}
      description={description}
      height={240}
      emptyText={total === 0 ? t({ id: 'dashboard.chart.evidence.none' }) : null}
      table={
        <SimpleTable
          columns={[t({ id: 'dashboard.chart.evidence.month' }), ...kinds.map(kindLabel)]}
          numeric={kinds.map((_, i) => i + 1)}
          rows={rows.map((r) => [r.month, ...kinds.map((k) => (r as Record<string, number | string>)[k] as number)])}
        />
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" stroke="var(--chart-axis)" />
          <YAxis allowDecimals={false} stroke="var(--chart-axis)" width={32} />
          <Tooltip cursor={{ fill: 'var(--surface-hover)' }} />
          <Legend content={ChartLegend} />
          {kinds.map((k) => (
            <Bar key={k} dataKey={k} name={kindLabel(k)} stackId="kind" fill={KIND_COLOURS[k]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
