import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { SelfMentorPeers } from '../feedback/SelfMentorPeers';
import type { FeedbackSummary } from '../../../shared/feedback/schema';
import type { CompetencyGrowth } from '../../../shared/assessment/schema';
import { RatingsChart } from '../../components/RatingsChart';
import { ChartFigure, SimpleTable } from '../../components/ChartFigure';
import { formatDate } from '../mentees/format';
import { formatRating } from './labels';
import './assessment.css';

type Rater = 'mentor' | 'mentee' | 'compare';

export interface CompetencyGrowthChartProps {
  growth: CompetencyGrowth[];
  shape?: 'radar' | 'bars';
  headingLevel?: 2 | 3;
  height?: number;
  /** The combined 360: adds a view of self, mentor and peers side by side. */
  feedback?: FeedbackSummary | undefined;
}

/** Baseline against the latest rating per competency, by the mentor or by the mentee (radar or grouped bars). */
export default function CompetencyGrowthChart({ growth, shape = 'bars', headingLevel = 3, height = 300, feedback }: CompetencyGrowthChartProps) {
  const intl = useIntl();
  const [rater, setRater] = useState<Rater>('mentor');
  const raterId = useId();
  const select = (
    <div className="checkbox-field">
      <label htmlFor={raterId}>{intl.formatMessage({ id: 'assessment.chart.ratingsBy' })}</label>
      <select id={raterId} className="input select rater-select" value={rater} onChange={(e) => setRater(e.target.value as Rater)}>
        <option value="mentor">{intl.formatMessage({ id: 'assessment.chart.mentor' })}</option>
        <option value="mentee">{intl.formatMessage({ id: 'assessment.chart.mentee' })}</option>
        {feedback && <option value="compare">{intl.formatMessage({ id: 'assessment.chart.compare' })}</option>}
      </select>
    </div>
  );
  if (rater === 'compare' && feedback) {
    return (
      <div className="stack">
        {select}
        <SelfMentorPeers growth={growth} feedback={feedback} shape={shape} headingLevel={headingLevel} height={height} />
      </div>
    );
  }
  const who = rater === 'mentee' ? 'mentee' : 'mentor';
  const rated = growth.filter((g) => g.baseline !== null || g.latest !== null);
  const data = rated.map((g) => ({
    competency: g.competency,
    baseline: g.baseline?.[who] ?? null,
    // The latest round only when it is a later one than the baseline.
    latest: g.latest && g.latest.assessmentId !== g.baseline?.assessmentId ? g.latest[who] : null,
  }));
  const baselineDate = rated.find((g) => g.baseline)?.baseline?.date ?? null;
  const latestDate = rated.map((g) => g.latest?.date ?? '').sort().at(-1) || null;
  const reassessed = data.some((d) => d.latest !== null);
  const description = !baselineDate
    ? intl.formatMessage({ id: 'assessment.chart.noRatings' })
    : intl.formatMessage({ id: 'assessment.chart.description' }, { who, baseline: formatDate(baselineDate), reassessed: reassessed ? 'yes' : 'no', latest: formatDate(latestDate) });
  const table = (
    <SimpleTable
      columns={[
        intl.formatMessage({ id: 'assessment.form.competency' }),
        intl.formatMessage({ id: 'assessment.chart.baselineMentor' }),
        intl.formatMessage({ id: 'assessment.chart.baselineMentee' }),
        intl.formatMessage({ id: 'assessment.chart.latestMentor' }),
        intl.formatMessage({ id: 'assessment.chart.latestMentee' }),
      ]}
      numeric={[1, 2, 3, 4]}
      rows={rated.map((g) => [
        g.competency,
        formatRating(g.baseline?.mentor),
        formatRating(g.baseline?.mentee),
        formatRating(g.latest?.mentor),
        formatRating(g.latest?.mentee),
      ])}
    />
  );
  return (
    <div className="stack">
      {select}
      <ChartFigure
        title={intl.formatMessage({ id: 'assessment.chart.title' })}
        description={description}
        table={table}
        height={height}
        headingLevel={headingLevel}
        emptyText={rated.length === 0 ? intl.formatMessage({ id: 'assessment.chart.empty' }) : null}
      >
        <RatingsChart
          rows={data}
          shape={shape}
          series={[
            { key: 'baseline', name: intl.formatMessage({ id: 'assessment.chart.baseline' }), color: 'var(--chart-muted)', dashed: true, fillOpacity: 0.25 },
            ...(reassessed ? [{ key: 'latest', name: intl.formatMessage({ id: 'assessment.chart.latest' }), color: 'var(--chart-1)', fillOpacity: 0.3 }] : []),
          ]}
        />
      </ChartFigure>
    </div>
  );
}
