import { useIntl } from 'react-intl';
import { NO_VALUE } from '../../i18n/symbols';
import { oneDecimal } from './labels';
import type { FeedbackSummary } from '../../../shared/feedback/schema';
import type { CompetencyGrowth } from '../../../shared/assessment/schema';
import { RatingsChart } from '../../components/RatingsChart';
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
      <RatingsChart
        rows={data}
        shape={shape}
        series={[
          { key: 'self', name: intl.formatMessage({ id: 'feedback.combined.self' }), color: 'var(--chart-2)' },
          { key: 'mentor', name: intl.formatMessage({ id: 'feedback.combined.mentor' }), color: 'var(--chart-1)' },
          ...(hasPeers ? [{ key: 'peers', name: intl.formatMessage({ id: 'feedback.chart.peers' }), color: 'var(--chart-3)', dashed: true }] : []),
        ]}
      />
    </ChartFigure>
  );
}
