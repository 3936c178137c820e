import { NO_VALUE } from '../i18n/symbols';
import { useSharedIntl } from '../i18n/shared-intl';
import { useEffect, useId, useState, type ReactNode } from 'react';
import './Chart.css';

export interface SimpleTableProps {
  caption?: string;
  columns: readonly string[];
  rows: readonly (readonly (string | number | null)[])[];
  /** Indexes of the columns holding numbers (right-aligned). */
  numeric?: readonly number[];
}

/** A plain table: the text alternative of a chart (and small read-only grids). */
export function SimpleTable({ caption, columns, rows, numeric = [] }: SimpleTableProps) {
  return (
    <table className="simple-table">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={c} scope="col" className={numeric.includes(i) ? 'num' : undefined}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, i) => (
              <td key={i} className={numeric.includes(i) ? 'num' : undefined}>
                {cell ?? NO_VALUE}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface ChartFigureProps {
  title: string;
  /** One or two sentences saying what the picture shows (read out instead of the drawing). */
  description: string;
  /** The same data as text: a SimpleTable, shown on request. */
  table: ReactNode;
  /** Height of the drawing in px. */
  height?: number;
  /** Nothing to draw: this text replaces the drawing and the table. */
  emptyText?: string | null;
  headingLevel?: 2 | 3;
  children: ReactNode;
}

/**
 * A chart with its title, a description that stands in for the drawing for screen
 * readers, and the data as a table behind a disclosure. The drawing itself is one
 * image to assistive technology; the numbers are in the table.
 */
/**
 * True once the element has come within a screen or so of the viewport, and from then on.
 * A dashboard of 50 goals drew 53 charts at once (7 s on the reference machine). Charts on
 * screen are drawn at once; those within a screen of it wait for an idle moment after the
 * first paint, so they are ready before the mentor scrolls to them.
 */
function useNearScreen<E extends Element>(): [(element: E | null) => void, boolean] {
  // A callback ref, not useRef: the canvas appears only once there is something to draw (the
  // first baseline), and an effect keyed on a ref object never sees that element arrive.
  const [element, setElement] = useState<E | null>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (near || !element) return;
    let idle: number | null = null;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.find((e) => e.isIntersecting);
        if (!entry) return;
        observer.disconnect();
        const r = entry.boundingClientRect;
        const onScreen = r.bottom > -ON_SCREEN_MARGIN && r.top < window.innerHeight + ON_SCREEN_MARGIN;
        if (onScreen) setNear(true);
        else idle = window.requestIdleCallback(() => setNear(true), { timeout: 1000 });
      },
      { rootMargin: `${NEAR_MARGIN}px 0px` },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      if (idle !== null) window.cancelIdleCallback(idle);
    };
  }, [near, element]);
  return [setElement, near];
}
const ON_SCREEN_MARGIN = 100;
const NEAR_MARGIN = 600;

export function ChartFigure({ title, description, table, height = 240, emptyText = null, headingLevel = 3, children }: ChartFigureProps) {
  const intl = useSharedIntl();
  const id = useId();
  const [canvasRef, near] = useNearScreen<HTMLDivElement>();
  // The table is mounted when asked for: 50 goals × 5 years of readings was 13k hidden rows.
  const [tableOpen, setTableOpen] = useState(false);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`}>
      <figcaption>
        <Heading className="chart-title" id={`${id}-title`}>
          {title}
        </Heading>
        <p className="chart-desc" id={`${id}-desc`}>
          {description}
        </p>
      </figcaption>
      {emptyText ? (
        <p className="chart-empty">{emptyText}</p>
      ) : (
        <>
          <div ref={canvasRef} className="chart-canvas" role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} style={{ height }}>
            {near ? children : null}
          </div>
          <details className="chart-data" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
            <summary>{intl.formatMessage({ id: 'components.chart.showTable' })}</summary>
            {tableOpen ? table : null}
          </details>
        </>
      )}
    </figure>
  );
}
