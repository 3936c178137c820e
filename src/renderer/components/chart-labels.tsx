/**
 * Axis labels that fit the room they have: a name longer than its room is cut with an
 * ellipsis and keeps its full text as the SVG title (shown on hover; the chart's table
 * has every name whole). Recharts' own ticks either overlap or skip labels.
 */

const FONT_SIZE = 11;
/** Space kept free between neighbouring labels, in px. */
const GAP = 6;

let context: CanvasRenderingContext2D | null | undefined;

/** The text's drawn width in px, measured with the page's font (estimated where there is no canvas). */
function textWidth(text: string, fontSize: number): number {
  if (context === undefined) {
    try {
      context = document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  if (!context) return text.length * fontSize * 0.62;
  context.font = `${fontSize}px ${getComputedStyle(document.body).fontFamily || 'sans-serif'}`;
  return context.measureText(text).width;
}

/** The longest start of `text` (with "…") no wider than `maxWidth`; the text itself when it fits. */
export function fitText(text: string, maxWidth: number, fontSize = FONT_SIZE): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  let low = 0;
  let high = text.length;
  // Binary search on the number of characters kept.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (textWidth(`${text.slice(0, mid).trimEnd()}…`, fontSize) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? '…' : `${text.slice(0, low).trimEnd()}…`;
}

interface TickPayload {
  value: string | number;
}

function Label({ x, y, text, fitted, anchor, dy }: { x: number; y: number; text: string; fitted: string; anchor: 'start' | 'middle' | 'end'; dy: string }) {
  return (
    <text x={x} y={y} dy={dy} textAnchor={anchor} fontSize={FONT_SIZE} fill="var(--chart-axis)" className="chart-axis-label">
      {fitted !== text && <title>{text}</title>}
      {fitted}
    </text>
  );
}

export interface BandTickProps {
  x?: number;
  y?: number;
  payload?: TickPayload;
  /** The axis' width (Recharts gives it to a category axis' ticks). */
  width?: number;
  visibleTicksCount?: number;
}

/** A category axis label (under a group of bars): as wide as its band at most. */
export function BandTick({ x = 0, y = 0, payload, width = 0, visibleTicksCount = 1 }: BandTickProps) {
  const text = String(payload?.value ?? '');
  const room = width / Math.max(1, visibleTicksCount) - GAP;
  return <Label x={x} y={y} dy="0.9em" anchor="middle" text={text} fitted={fitText(text, Math.max(0, room))} />;
}

export interface RadarTickProps {
  x?: number;
  y?: number;
  cx?: number;
  cy?: number;
  payload?: TickPayload;
  textAnchor?: string;
  /** How many labels go round the chart. */
  count: number;
}

/**
 * A radar's angle label: no wider than the chord to its neighbours (so neighbours never
 * meet) nor than the room to the chart's edge (the chart is centred, so that is 2·cx).
 */
export function RadarTick({ x = 0, y = 0, cx = 0, cy = 0, payload, textAnchor, count }: RadarTickProps) {
  const text = String(payload?.value ?? '');
  const radius = Math.hypot(x - cx, y - cy);
  const chord = count > 1 ? 2 * radius * Math.sin(Math.PI / count) - GAP : Infinity;
  const anchor = textAnchor === 'start' || textAnchor === 'end' ? textAnchor : 'middle';
  const toEdge = anchor === 'start' ? 2 * cx - x - 2 : anchor === 'end' ? x - 2 : 2 * Math.min(x, 2 * cx - x) - 4;
  // A label beside the chart runs outwards, away from its neighbours; it only has to stay
  // within the chord when a neighbour is less than a line above or below it.
  const angle = Math.atan2(cy - y, x - cx);
  const step = (2 * Math.PI) / Math.max(1, count);
  const rise = Math.min(...[angle - step, angle + step].map((a) => Math.abs(radius * (Math.sin(angle) - Math.sin(a)))));
  const clearOfNeighbours = anchor !== 'middle' && count > 1 && rise >= FONT_SIZE * 1.4;
  const room = Math.max(0, clearOfNeighbours ? toEdge : Math.min(chord, toEdge));
  // Above the centre a label grows upwards from its point, below it downwards.
  const dy = anchor !== 'middle' ? '0.35em' : y < cy ? '-0.2em' : '0.9em';
  return <Label x={x} y={y} dy={dy} anchor={anchor} text={text} fitted={fitText(text, room)} />;
}
