import { useIntl } from 'react-intl';
import { NO_VALUE } from '../../i18n/symbols';
import { oneDecimal } from './labels';
import { Bar, BarChart, CartesianGrid, Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { FeedbackSummary } from '../../../shared/feedback/schema';
import type { CompetencyGrowth } from '../../../shared/assessment/schema';
import { BandTick, RadarTick } from '../../components/chart-labels';
import { ChartFigure, SimpleTable } from '../../components/ChartFigure';
import { formatRating } from '../assessment/labels';

interface Props {
  growth: CompetencyGrowth[];
  feedback: FeedbackSummary;
  shape: 'radar' | 'bars';
  headingLevel: 2 | 3;
  height: number;
}

const latest = (g: CompetencyGrowth, who: 'mentor' | 'mentee') => g.points.reduce<number | null>((last, p) => p[who] ?? last, null);

/**
 * The mentee's own latest rating, the mentor's and the peers' mean per competency. The
 * peers' figure is the combined 360's, so it appears only where at least the threshold of
 * peers answered.
 */
export function SelfMentorPeers({ growth, feedback, shape, headingLevel, height }: Props) {
  const intl = useIntl();
  const peers = new Map(feedback.competencies.map((c) => [c.competency.toLowerCase(), c.groups.find((g) => g.group === 'peer')?.mean ?? null]));
  const rows = growth.map((g) => ({ competency: g.competency, self: latest(g, 'mentee'), mentor: latest(g, 'mentor'), peers: peers.get(g.competency.toLowerCase()) ?? null }));
  for (const c of feedback.competencies) {
    if (!rows.some((r) => r.competency.toLowerCase() === c.competency.toLowerCase())) {
      rows.push({ competency: c.competency, self: c.self, mentor: c.mentor, peers: peers.get(c.competency.toLowerCase()) ?? null });
    }
  }
  const data = rows.filter((r) => r.self !== null || r.mentor !== null || r.peers !== null);
  const hasPeers = data.some((r) => r.peers !== null);
  const description = intl.formatMessage({ id: 'feedback.chart.description' }, { peers: hasPeers ? 'yes' : 'no', threshold: feedback.threshold });
  const table = (
    <SimpleTable
      columns={[intl.formatMessage({ id: 'feedback.combined.competency' }), intl.formatMessage({ id: 'feedback.combined.self' }), intl.formatMessage({ id: 'feedback.combined.mentor' }), intl.formatMessage({ id: 'feedback.chart.peersMean' })]}
      numeric={[1, 2, 3]}
      rows={data.map((r) => [r.competency, formatRating(r.self), formatRating(r.mentor), r.peers === null ? NO_VALUE : oneDecimal(intl, r.peers)])}
    />
  );
  return (
    <ChartFigure
      title={intl.formatMessage({ id: 'feedback.chart.title' })}
      description={description}
      table={table}
      height={height}
      headingLevel={headingLevel}
      emptyText={data.length === 0 ? intl.formatMessage({ id: 'feedback.chart.empty' }) : null}
    >
      <ResponsiveContainer width="100%" height="100%">
        {shape === 'radar' ? (
          <RadarChart data={data} outerRadius="62%" margin={{ top: 8, right: 40, bottom: 8, left: 40 }} accessibilityLayer={false}>
            <PolarGrid stroke="var(--chart-grid)" />
            <PolarAngleAxis dataKey="competency" tick={<RadarTick count={data.length} />} />
            <PolarRadiusAxis domain={[0, 5]} tickCount={6} angle={90} tick={{ fill: 'var(--chart-axis)', fontSize: 10 }} stroke="var(--chart-grid)" />
            <Radar name={intl.formatMessage({ id: 'feedback.combined.self' })} dataKey="self" stroke="var(--chart-2)" fill="var(--chart-2)" fillOpacity={0.15} isAnimationActive={false} />
            <Radar name={intl.formatMessage({ id: 'feedback.combined.mentor' })} dataKey="mentor" stroke="var(--chart-1)" fill="var(--chart-1)" fillOpacity={0.15} isAnimationActive={false} />
            {hasPeers && <Radar name={intl.formatMessage({ id: 'feedback.chart.peers' })} dataKey="peers" stroke="var(--chart-3)" fill="var(--chart-3)" fillOpacity={0.15} strokeDasharray="4 3" isAnimationActive={false} />}
            <Legend />
            <Tooltip />
          </RadarChart>
        ) : (
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="competency" stroke="var(--chart-axis)" interval={0} tick={<BandTick />} height={32} />
            <YAxis domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} stroke="var(--chart-axis)" width={32} />
            <Tooltip cursor={{ fill: 'var(--surface-hover)' }} />
            <Legend />
            <Bar name={intl.formatMessage({ id: 'feedback.combined.self' })} dataKey="self" fill="var(--chart-2)" isAnimationActive={false} />
            <Bar name={intl.formatMessage({ id: 'feedback.combined.mentor' })} dataKey="mentor" fill="var(--chart-1)" isAnimationActive={false} />
            {hasPeers && <Bar name={intl.formatMessage({ id: 'feedback.chart.peers' })} dataKey="peers" fill="var(--chart-3)" isAnimationActive={false} />}
          </BarChart>
        )}
      </ResponsiveContainer>
    </ChartFigure>
  );
}
