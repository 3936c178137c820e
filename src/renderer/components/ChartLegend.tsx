import './Chart.css';

/**
 * A chart's legend: a swatch and each series' name, as given in the screen language.
 * Recharts' own legend gives every swatch an English accessible name ("Paid legend icon"),
 * so here the swatch is hidden from screen readers and the name is read once. Pass as
 * `<Legend content={ChartLegend} />`.
 */
export function ChartLegend({ payload }: { payload?: readonly { value?: unknown; color?: string }[] }) {
  return (
    <ul className="chart-legend">
      {payload?.map((entry) => (
        <li key={String(entry.value)}>
          <span className="chart-legend-swatch" aria-hidden="true" style={{ background: entry.color }} />
          {String(entry.value)}
        </li>
      ))}
    </ul>
  );
}
