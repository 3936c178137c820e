import { Bar, BarChart, CartesianGrid, Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { BandTick, RadarTick } from './chart-labels';
import { ChartLegend } from './ChartLegend';

/** One line of ratings: the row field it reads, its name in the legend, its colour (a chart variable). */
export interface RatingSeries {
  key: string;
  name: string;
  color: string;
  /** Drawn dashed: a reference (the baseline) or a figure of fewer people (the peers' mean). */
  dashed?: boolean;
  /** How much of a radar's area the series fills. */
  fillOpacity?: number;
}

export interface RatingsChartProps {
  /** One row per competency: its name under `competency`, one rating from 0 to 5 (or null) per series. */
  rows: readonly ({ competency: string } & Record<string, unknown>)[];
  series: readonly RatingSeries[];
  shape: 'radar' | 'bars';
}

/** Ratings on the 1-5 scale per competency, as a radar or grouped bars: the one drawing every rating chart shares. */
export function RatingsChart({ rows, series, shape }: RatingsChartProps) {
  const data = [...rows];
  return (
    <ResponsiveContainer width="100%" height="100%">
      {shape === 'radar' ? (
        <RadarChart data={data} outerRadius="62%" margin={{ top: 8, right: 40, bottom: 8, left: 40 }} accessibilityLayer={false}>
          <PolarGrid stroke="var(--chart-grid)" />
          <PolarAngleAxis dataKey="competency" tick={<RadarTick count={data.length} />} />
          <PolarRadiusAxis domain={[0, 5]} tickCount={6} angle={90} tick={{ fill: 'var(--chart-axis)', fontSize: 10 }} stroke="var(--chart-grid)" />
          {series.map((s) => (
            <Radar
              key={s.key}
              name={s.name}
              dataKey={s.key}
              stroke={s.color}
              fill={s.color}
              fillOpacity={s.fillOpacity ?? 0.15}
              strokeDasharray={s.dashed ? '4 3' : undefined}
              isAnimationActive={false}
            />
          ))}
          <Legend content={ChartLegend} />
          <Tooltip />
        </RadarChart>
      ) : (
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="competency" stroke="var(--chart-axis)" interval={0} tick={<BandTick />} height={32} />
          <YAxis domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} stroke="var(--chart-axis)" width={32} />
          <Tooltip cursor={{ fill: 'var(--surface-hover)' }} />
          <Legend content={ChartLegend} />
          {series.map((s) => (
            <Bar key={s.key} name={s.name} dataKey={s.key} fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      )}
    </ResponsiveContainer>
  );
}
