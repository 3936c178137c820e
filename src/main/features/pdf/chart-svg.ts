import { addDays, differenceInCalendarDays, eachMonthOfInterval, eachWeekOfInterval, format, parseISO } from 'date-fns';
import { COLORS, number } from './typeset';

/**
 * A goal's metric as a vector line chart (SVG, drawn into the PDF as paths and
 * embedded-font text): the baseline and every reading as dated points, the target as a
 * dashed line with its date marked, the report's period shaded. Never a bitmap.
 */
export interface GoalChartInput {
  baseline: number;
  target: number;
  unit: string;
  startDate: string;
  targetDate: string;
  readings: { date: string; value: number }[];
  period?: { from: string; to: string };
}

export const CHART_WIDTH = 470;
export const CHART_HEIGHT = 178;
const PAD = { left: 46, right: 14, top: 14, bottom: 38 };
const GREEN = '#1a7f37';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function niceStep(span: number, count: number): number {
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const n = raw / magnitude;
  return (n < 1.5 ? 1 : n < 3 ? 2 : n < 7 ? 5 : 10) * magnitude;
}

/** Round-numbered ticks that cover [min, max]. */
export function valueTicks(min: number, max: number): number[] {
  const step = niceStep(max - min || Math.abs(max) || 1, 4);
  const first = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = first; v <= max + step * 0.999 && ticks.length < 12; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

function dateTicks(start: Date, end: Date): { date: Date; text: string }[] {
  const days = differenceInCalendarDays(end, start);
  if (days <= 60) {
    const weeks = eachWeekOfInterval({ start, end }, { weekStartsOn: 1 }).filter((d) => d >= start);
    const every = Math.max(1, Math.ceil(weeks.length / 6));
    return weeks.filter((_, i) => i % every === 0).map((date) => ({ date, text: format(date, 'd MMM') }));
  }
  const months = eachMonthOfInterval({ start, end }).filter((d) => d >= start);
  const every = Math.max(1, Math.ceil(months.length / 6));
  const yearly = days > 400;
  return months.filter((_, i) => i % every === 0).map((date) => ({ date, text: format(date, yearly ? 'MMM yyyy' : 'd MMM') }));
}

/** The key under the chart: what the marks mean. */
function legend(baseline: number, withPeriod: boolean, withOthers: boolean): string {
  const items: { mark: string; text: string }[] = [
    { mark: `<circle cx="4" cy="-2.5" r="2.6" fill="#ffffff" stroke="${COLORS.accent}" stroke-width="1.1"/>`, text: 'Baseline' },
    { mark: `<circle cx="4" cy="-2.5" r="2.6" fill="${COLORS.accent}" stroke="${COLORS.accent}" stroke-width="1.1"/>`, text: withPeriod ? 'Reading in the period' : 'Reading' },
    ...(withPeriod && withOthers ? [{ mark: `<circle cx="4" cy="-2.5" r="2.6" fill="#ffffff" stroke="${COLORS.accent}" stroke-width="1.1"/>`, text: 'Other reading' }] : []),
    { mark: `<line x1="0" y1="-2.5" x2="12" y2="-2.5" stroke="${GREEN}" stroke-width="1" stroke-dasharray="3 2"/>`, text: 'Target' },
    ...(withPeriod ? [{ mark: `<rect x="0" y="-7" width="12" height="9" fill="${COLORS.fill}"/>`, text: 'Report period' }] : []),
  ];
  let cursor = PAD.left;
  const out: string[] = [];
  for (const item of items) {
    out.push(`<g transform="translate(${f(cursor)} ${baseline})">${item.mark}<text x="16" y="0" font-family="Roboto" font-size="7.5" fill="${COLORS.muted}">${escapeXml(item.text)}</text></g>`);
    // Roboto at 7.5 pt: about 3.5 pt per character.
    cursor += 16 + item.text.length * 3.5 + 14;
  }
  return out.join('');
}

const f = (n: number) => n.toFixed(1);

export function goalChartSvg(input: GoalChartInput): string {
  const points = [{ date: input.startDate, value: input.baseline }, ...input.readings.filter((r) => r.date >= input.startDate)];
  const dates = [input.startDate, input.targetDate, ...input.readings.map((r) => r.date)].sort();
  const start = parseISO(dates[0]!);
  let end = parseISO(dates[dates.length - 1]!);
  if (differenceInCalendarDays(end, start) < 7) end = addDays(start, 7);
  const span = differenceInCalendarDays(end, start);

  const values = [input.baseline, input.target, ...points.map((p) => p.value)];
  const ticks = valueTicks(Math.min(...values), Math.max(...values));
  const low = ticks[0]!;
  const high = ticks[ticks.length - 1]!;

  const plotW = CHART_WIDTH - PAD.left - PAD.right;
  const plotH = CHART_HEIGHT - PAD.top - PAD.bottom;
  const x = (date: string | Date) => PAD.left + (differenceInCalendarDays(typeof date === 'string' ? parseISO(date) : date, start) / span) * plotW;
  const y = (value: number) => PAD.top + plotH - ((value - low) / (high - low || 1)) * plotH;
  const text = (tx: number, ty: number, body: string, anchor: 'start' | 'middle' | 'end', fill: string = COLORS.muted, weight = 'normal') =>
    `<text x="${f(tx)}" y="${f(ty)}" font-family="Roboto" font-size="7.5" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${escapeXml(body)}</text>`;

  const parts: string[] = [];
  const period = input.period;
  if (period && period.to >= dates[0]! && period.from <= format(end, 'yyyy-MM-dd')) {
    const px0 = Math.max(PAD.left, x(period.from));
    const px1 = Math.min(PAD.left + plotW, x(period.to));
    if (px1 > px0) {
      parts.push(`<rect x="${f(px0)}" y="${PAD.top}" width="${f(px1 - px0)}" height="${plotH}" fill="${COLORS.fill}"/>`);
    }
  }
  for (const t of ticks) {
    parts.push(`<line x1="${PAD.left}" y1="${f(y(t))}" x2="${PAD.left + plotW}" y2="${f(y(t))}" stroke="${COLORS.rule}" stroke-width="0.4"/>`);
    parts.push(text(PAD.left - 6, y(t) + 2.5, number(t), 'end'));
  }
  if (input.unit) parts.push(text(2, PAD.top - 5, input.unit, 'start'));
  const axisY = PAD.top + plotH;
  parts.push(`<line x1="${PAD.left}" y1="${axisY}" x2="${PAD.left + plotW}" y2="${axisY}" stroke="${COLORS.muted}" stroke-width="0.7"/>`);
  parts.push(`<line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${axisY}" stroke="${COLORS.muted}" stroke-width="0.7"/>`);
  for (const tick of dateTicks(start, end)) {
    const tx = x(tick.date);
    parts.push(`<line x1="${f(tx)}" y1="${axisY}" x2="${f(tx)}" y2="${axisY + 3}" stroke="${COLORS.muted}" stroke-width="0.7"/>`);
    parts.push(text(tx, axisY + 12, tick.text, 'middle'));
  }

  // The target: a dashed line at its value, and its date as a diamond on that line.
  const ty = y(input.target);
  const tx = x(input.targetDate);
  parts.push(`<line x1="${PAD.left}" y1="${f(ty)}" x2="${PAD.left + plotW}" y2="${f(ty)}" stroke="${GREEN}" stroke-width="1" stroke-dasharray="4 3"/>`);
  parts.push(`<path d="M ${f(tx)} ${f(ty - 4)} L ${f(tx + 4)} ${f(ty)} L ${f(tx)} ${f(ty + 4)} L ${f(tx - 4)} ${f(ty)} Z" fill="${GREEN}"/>`);
  const targetLabelBelow = ty < PAD.top + 12;
  parts.push(text(PAD.left + 4, ty + (targetLabelBelow ? 10 : -4), `Target ${number(input.target)} by ${format(parseISO(input.targetDate), 'd MMM yyyy')}`, 'start', GREEN));

  // The readings, from the baseline; points inside the report period are filled.
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${f(x(p.date))} ${f(y(p.value))}`).join(' ');
  if (points.length > 1) parts.push(`<path d="${path}" fill="none" stroke="${COLORS.accent}" stroke-width="1.6" stroke-linejoin="round"/>`);
  points.forEach((p, i) => {
    const inPeriod = !period || (p.date >= period.from && p.date <= period.to);
    const fill = i === 0 ? '#ffffff' : inPeriod ? COLORS.accent : '#ffffff';
    parts.push(`<circle cx="${f(x(p.date))}" cy="${f(y(p.value))}" r="2.6" fill="${fill}" stroke="${COLORS.accent}" stroke-width="1.1"/>`);
  });
  const others = period ? points.slice(1).some((p) => p.date < period.from || p.date > period.to) : false;
  parts.push(legend(CHART_HEIGHT - 6, Boolean(period), others));
  if (points.length > 1) {
    const last = points[points.length - 1]!;
    const lx = x(last.date);
    const anchor = lx > PAD.left + plotW - 40 ? 'end' : 'start';
    parts.push(text(lx + (anchor === 'end' ? -5 : 5), y(last.value) - 6, number(last.value), anchor, COLORS.accent, 'bold'));
  }

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}">${parts.join('')}</svg>`;
}
