import { useId, useState } from 'react';
import { SelfMentorPeers } from '../feedback/SelfMentorPeers';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { FeedbackSummary } from '../../../shared/feedback/schema';
import type { CompetencyGrowth } from '../../../shared/assessment/schema';
import { BandTick, RadarTick } from '../../components/chart-labels';
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
  const [rater, setRater] = useState<Rater>('mentor');
  const raterId = useId();
  const select = (
    <div className="checkbox-field">
      <label htmlFor={raterId}>Ratings by</label>
      <select id={raterId} className="input select rater-select" value={rater} onChange={(e) => setRater(e.target.value as Rater)}>
        <option value="mentor">the mentor</option>
        <option value="mentee">the mentee</option>
        {feedback && <option value="compare">self, mentor and peers</option>}
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
    ? 'No ratings yet.'
    : `${who === 'mentor' ? 'The mentor’s' : 'The mentee’s'} ratings from 1 to 5: the baseline of ${formatDate(baselineDate)}` +
      (reassessed ? ` against the latest re-assessment (${formatDate(latestDate)}).` : '; no re-assessment yet.');
  const table = (
    <SimpleTable
      columns={['Competency', 'Baseline (mentor)', 'Baseline (mentee)', 'Latest (mentor)', 'Latest (mentee)']}
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
        title="Competencies: baseline and latest"
        description={description}
        table={table}
        height={height}
        headingLevel={headingLevel}
        emptyText={rated.length === 0 ? 'No assessment recorded yet.' : null}
      >
        <ResponsiveContainer width="100%" height="100%">
          {shape === 'radar' ? (
            <RadarChart data={data} outerRadius="62%" margin={{ top: 8, right: 40, bottom: 8, left: 40 }} accessibilityLayer={false}>
              <PolarGrid stroke="var(--chart-grid)" />
              <PolarAngleAxis dataKey="competency" tick={<RadarTick count={data.length} />} />
              <PolarRadiusAxis domain={[0, 5]} tickCount={6} angle={90} tick={{ fill: 'var(--chart-axis)', fontSize: 10 }} stroke="var(--chart-grid)" />
              <Radar name="Baseline" dataKey="baseline" stroke="var(--chart-muted)" fill="var(--chart-muted)" fillOpacity={0.25} strokeDasharray="4 3" isAnimationActive={false} />
              {reassessed && <Radar name="Latest" dataKey="latest" stroke="var(--chart-1)" fill="var(--chart-1)" fillOpacity={0.3} isAnimationActive={false} />}
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
              <Bar name="Baseline" dataKey="baseline" fill="var(--chart-muted)" isAnimationActive={false} />
              {reassessed && <Bar name="Latest" dataKey="latest" fill="var(--chart-1)" isAnimationActive={false} />}
            </BarChart>
          )}
        </ResponsiveContainer>
      </ChartFigure>
    </div>
  );
}
