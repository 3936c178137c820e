import { scaleLinear, scaleUtc } from 'd3-scale';
import { intlLocale } from '../../../shared/i18n/locales';
import { line, symbol, symbolDiamond2 } from 'd3-shape';
import { utcMonday, utcMonth, utcYear } from 'd3-time';
import { COLORS } from './typeset';
import { documentWords, type DocWords } from './words';

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

/** A calendar date as the UTC midnight that starts it, so the axis does not depend on the computer's zone. */
const day = (date: string) => new Date(`${date}T00:00:00Z`);
const DAY_MS = 86_400_000;

/** The key under the chart: what the marks mean. */
function legend(baseline: number, withPeriod: boolean, withOthers: boolean, w: DocWords): string {
  const items: { mark: string; text: string }[] = [
    { mark: `<circle cx="4" cy="-2.5" r="2.6" fill="#ffffff" stroke="${COLORS.accent}" stroke-width="1.1"/>`, text: w.t('documents.chart.baseline') },
    { mark: `<circle cx="4" cy="-2.5" r="2.6" fill="${COLORS.accent}" stroke="${COLORS.accent}" stroke-width="1.1"/>`, text: w.t(withPeriod ? 'documents.chart.readingInPeriod' : 'documents.chart.reading') },
    ...(withPeriod && withOthers ? [{ mark: `<circle cx="4" cy="-2.5" r="2.6" fill="#ffffff" stroke="${COLORS.accent}" stroke-width="1.1"/>`, text: w.t('documents.chart.otherReading') }] : []),
    { mark: `<line x1="0" y1="-2.5" x2="12" y2="-2.5" stroke="${GREEN}" stroke-width="1" stroke-dasharray="3 2"/>`, text: w.t('documents.chart.target') },
    ...(withPeriod ? [{ mark: `<rect x="0" y="-7" width="12" height="9" fill="${COLORS.fill}"/>`, text: w.t('documents.chart.period') }] : []),
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
// The target's date: a square on its corner, 4 pt from the centre to each point (d3's diamond2 is sqrt(size) x 0.62625).
const DIAMOND = symbol(symbolDiamond2, (4 / 0.62625) ** 2).digits(1)()!;

export function goalChartSvg(input: GoalChartInput, w: DocWords = documentWords()): string {
  const points = [{ date: input.startDate, value: input.baseline }, ...input.readings.filter((r) => r.date >= input.startDate)];
  const dates = [input.startDate, input.targetDate, ...input.readings.map((r) => r.date)].sort();
  const start = day(dates[0]!);
  // At least a week wide, so a chart of one day still has an axis.
  const end = new Date(Math.max(day(dates[dates.length - 1]!).getTime(), start.getTime() + 7 * DAY_MS));
  const spanDays = (end.getTime() - start.getTime()) / DAY_MS;

  const plotW = CHART_WIDTH - PAD.left - PAD.right;
  const plotH = CHART_HEIGHT - PAD.top - PAD.bottom;
  const values = [input.baseline, input.target, ...points.map((p) => p.value)];
  const min = Math.min(...values);
  const max = Math.max(...values);
  // Round-numbered ticks (about four) that cover every value; a flat line still gets a scale.
  const yScale = scaleLinear()
    .domain([min, max === min ? max + (Math.abs(max) || 1) : max])
    .range([PAD.top + plotH, PAD.top])
    .nice(4);
  const ticks = yScale.ticks(4);
  const xScale = scaleUtc().domain([start, end]).range([PAD.left, PAD.left + plotW]);
  const x = (date: string | Date) => xScale(typeof date === 'string' ? day(date) : date);
  const y = (value: number) => yScale(value);
  const text = (tx: number, ty: number, body: string, anchor: 'start' | 'middle' | 'end', fill: string = COLORS.muted, weight = 'normal') =>
    `<text x="${f(tx)}" y="${f(ty)}" font-family="Roboto" font-size="7.5" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${escapeXml(body)}</text>`;

  const parts: string[] = [];
  const period = input.period;
  if (period && period.to >= dates[0]! && period.from <= end.toISOString().slice(0, 10)) {
    const px0 = Math.max(PAD.left, x(period.from));
    const px1 = Math.min(PAD.left + plotW, x(period.to));
    if (px1 > px0) {
      parts.push(`<rect x="${f(px0)}" y="${PAD.top}" width="${f(px1 - px0)}" height="${plotH}" fill="${COLORS.fill}"/>`);
    }
  }
  for (const t of ticks) {
    parts.push(`<line x1="${PAD.left}" y1="${f(y(t))}" x2="${PAD.left + plotW}" y2="${f(y(t))}" stroke="${COLORS.rule}" stroke-width="0.4"/>`);
    parts.push(text(PAD.left - 6, y(t) + 2.5, w.number(t), 'end'));
  }
  if (input.unit) parts.push(text(2, PAD.top - 5, input.unit, 'start'));
  const axisY = PAD.top + plotH;
  parts.push(`<line x1="${PAD.left}" y1="${axisY}" x2="${PAD.left + plotW}" y2="${axisY}" stroke="${COLORS.muted}" stroke-width="0.7"/>`);
  parts.push(`<line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${axisY}" stroke="${COLORS.muted}" stroke-width="0.7"/>`);
  // Mondays over two months or less, else the first of a month, evenly through the year; about six labels at most.
  const months = Math.ceil(spanDays / 30.4 / 6);
  const every =
    spanDays <= 60
      ? utcMonday.every(Math.ceil(spanDays / 7 / 6))
      : months <= 12
        ? utcMonth.every([1, 2, 3, 4, 6, 12].find((n) => n >= months)!)
        : utcYear.every(Math.ceil(months / 12));
  const englishLabel = xScale.tickFormat(6, spanDays > 400 ? '%b %Y' : '%-d %b');
  const localLabel = new Intl.DateTimeFormat(intlLocale(w.locale), { ...(spanDays > 400 ? { year: 'numeric' } : { day: 'numeric' }), month: 'short', timeZone: 'UTC' });
  const dateLabel = (tick: Date) => (w.locale === 'en' ? englishLabel(tick) : localLabel.format(tick));
  for (const tick of xScale.ticks(every!)) {
    const tx = x(tick);
    parts.push(`<line x1="${f(tx)}" y1="${axisY}" x2="${f(tx)}" y2="${axisY + 3}" stroke="${COLORS.muted}" stroke-width="0.7"/>`);
    parts.push(text(tx, axisY + 12, dateLabel(tick), 'middle'));
  }

  // The target: a dashed line at its value, and its date as a diamond on that line.
  const ty = y(input.target);
  const tx = x(input.targetDate);
  parts.push(`<line x1="${PAD.left}" y1="${f(ty)}" x2="${PAD.left + plotW}" y2="${f(ty)}" stroke="${GREEN}" stroke-width="1" stroke-dasharray="4 3"/>`);
  parts.push(`<path transform="translate(${f(tx)} ${f(ty)})" d="${DIAMOND}" fill="${GREEN}"/>`);
  const targetLabelBelow = ty < PAD.top + 12;
  parts.push(text(PAD.left + 4, ty + (targetLabelBelow ? 10 : -4), w.t('documents.chart.targetBy', { value: w.number(input.target), date: w.shortDate(input.targetDate) }), 'start', GREEN));

  // The readings, from the baseline; points inside the report period are filled.
  const path = line<{ date: string; value: number }>()
    .x((p) => x(p.date))
    .y((p) => y(p.value))
    .digits(1)(points);
  if (points.length > 1 && path) parts.push(`<path d="${path}" fill="none" stroke="${COLORS.accent}" stroke-width="1.6" stroke-linejoin="round"/>`);
  points.forEach((p, i) => {
    const inPeriod = !period || (p.date >= period.from && p.date <= period.to);
    const fill = i === 0 ? '#ffffff' : inPeriod ? COLORS.accent : '#ffffff';
    parts.push(`<circle cx="${f(x(p.date))}" cy="${f(y(p.value))}" r="2.6" fill="${fill}" stroke="${COLORS.accent}" stroke-width="1.1"/>`);
  });
  const others = period ? points.slice(1).some((p) => p.date < period.from || p.date > period.to) : false;
  parts.push(legend(CHART_HEIGHT - 6, Boolean(period), others, w));
  if (points.length > 1) {
    const last = points[points.length - 1]!;
    const lx = x(last.date);
    const anchor = lx > PAD.left + plotW - 40 ? 'end' : 'start';
    parts.push(text(lx + (anchor === 'end' ? -5 : 5), y(last.value) - 6, w.number(last.value), anchor, COLORS.accent, 'bold'));
  }

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}">${parts.join('')}</svg>`;
}
