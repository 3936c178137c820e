import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReportPdf, type MadePdf } from '../../../src/main/features/documents/export';
import { REPORT_SECTIONS } from '../../../src/main/features/documents/report-pdf';
import { shortDate } from '../../../src/main/features/documents/typeset';
import { plusDays } from '../../../src/shared/dates';
import { openHarness, type Harness } from '../../helpers/confidential-vault';
import { ADA, buildPlan, longDate, MENTOR, type PlanFixture } from './fixture';
import { flatText, inOrder, pageSizeOf, pageTexts, pdfFonts, pdfInfo, pdfOutline } from './poppler';

const FONTS = resolve('resources/fonts');
let h: Harness;
let plan: PlanFixture;
let report: MadePdf;

beforeAll(async () => {
  h = await openHarness('pdf-report');
  plan = await buildPlan(h);
  report = await makeReportPdf(h.db, { menteeId: plan.menteeId, ...plan.period }, { fontsDir: FONTS, today: plan.today });
});
afterAll(() => h?.close());

const headings = REPORT_SECTIONS.map((title, i) => `${i + 1}. ${title}`);

describe('progress report PDF', () => {
  it('holds every section in order, with the name, the period and who prepared it', () => {
    const text = flatText(report.bytes);
    const period = `${longDate(plan.period.from)} to ${longDate(plan.period.to)}`;
    expect(inOrder(text, ['PROGRESS REPORT', ADA, period, 'Mentor', MENTOR, 'Prepared on', longDate(plan.today), ...headings])).toEqual({
      ok: true,
      missing: null,
    });
    expect(report.fileName).toBe(`Progress report - ${ADA} - ${plan.period.from} to ${plan.period.to}.pdf`);
  });

  it('shows each goal with baseline, current and target, and its chart with the target and dated axis', () => {
    const text = flatText(report.bytes);
    const [goalA, goalB] = plan.words.goals;
    expect(inOrder(text, ['2. Goals', `2.1 ${goalA}`, 'Baseline 0 reviews', 'Current 4 reviews', 'Target 6 reviews', 'Progress 67%', 'Target 6 by'])).toEqual({
      ok: true,
      missing: null,
    });
    expect(inOrder(text, [`2.2 ${goalB}`, 'Baseline 1 notes', 'Current 3 notes', 'Target 7 notes', '3. Milestones'])).toEqual({ ok: true, missing: null });
    // The chart's own words (axis, legend) are text in the PDF: drawn as vectors, not a picture.
    expect(text).toContain('Reading in the period');
    expect(text).toContain('Report period');
  });

  it('lists milestones done in the period and those open, the overdue one marked', () => {
    const text = flatText(report.bytes);
    expect(inOrder(text, ['Done in this period', plan.words.milestoneDone, 'Minutes sent to the whole council', 'Open and due', 'Note G on Bernoulli numbers', 'overdue', 'Council adopts the review format'])).toEqual({
      ok: true,
      missing: null,
    });
  });

  it('keeps to the period: evidence, sponsorship and decisions inside it, none from before', () => {
    const text = flatText(report.bytes);
    expect(inOrder(text, ['4. Evidence and metrics', plan.words.evidenceIn, 'Metrics in this period', '5. Wins', '6. Sponsorship and visibility', plan.words.sponsorshipIn, '7. Meetings', '8. Decision log', plan.words.decisionIn])).toEqual({
      ok: true,
      missing: null,
    });
    expect(text).not.toContain(plan.words.evidenceOut);
  });

  it('sums up each metric over the period: readings in it, where it started, the latest, the change', () => {
    const text = flatText(report.bytes);
    const [goalA, goalB] = plan.words.goals as [string, string];
    const fixtureDay = (days: number) => shortDate(plusDays(plan.today, days));
    // Goal A: 1 before the period (day -110), then 2 and 4 inside it; goal B: baseline 1, then 3.
    expect(inOrder(text, ['Metrics in this period', goalA, '2', '1 reviews', fixtureDay(-110), '4 reviews', fixtureDay(-20), '+3'])).toEqual({ ok: true, missing: null });
    expect(inOrder(text, ['Metrics in this period', goalB, '1', '1 notes', 'baseline', '3 notes', fixtureDay(-30), '+2', '5. Wins'])).toEqual({ ok: true, missing: null });
  });

  it('numbers every page "n of N" with the period in the footer', () => {
    const pages = pageTexts(report.bytes);
    expect(pages.length).toBe(report.pages);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${report.pages}`);
      expect(page).toContain(`${shortDate(plan.period.from)} to ${shortDate(plan.period.to)}`);
    });
  });

  it('carries metadata, an outline of its sections and embedded fonts; US Letter when asked', async () => {
    const info = pdfInfo(report.bytes);
    expect(info.Title).toBe(`Progress report: ${ADA}, ${longDate(plan.period.from)} to ${longDate(plan.period.to)}`);
    expect(info.Author).toBe(MENTOR);
    expect(info.Subject).toContain(ADA);
    expect(info.Creator).toBe('Mentor Vault');
    expect(pageSizeOf(info)).toEqual([595, 842]);
    expect(Number(info.Pages)).toBe(report.pages);
    const outline = pdfOutline(report.bytes);
    expect(outline.map((o) => o.title)).toEqual(headings);
    expect(outline[1]!.children.map((c) => c.title)).toEqual(plan.words.goals.map((g, i) => `2.${i + 1}  ${g}`));
    for (const font of pdfFonts(report.bytes)) expect(font.embedded, font.name).toBe(true);

    const letter = await makeReportPdf(h.db, { menteeId: plan.menteeId, ...plan.period, pageSize: 'LETTER' }, { fontsDir: FONTS, today: plan.today });
    expect(pageSizeOf(pdfInfo(letter.bytes))).toEqual([612, 792]);
  });

  it('says so when a period holds nothing, and still has every section', async () => {
    const empty = await makeReportPdf(h.db, { menteeId: plan.menteeId, from: '2001-01-01', to: '2001-12-31' }, { fontsDir: FONTS, today: plan.today });
    const text = flatText(empty.bytes);
    expect(inOrder(text, headings)).toEqual({ ok: true, missing: null });
    expect(text).toContain('No goals are set.');
    expect(text).toContain('No change to the plan was logged in this period.');
  });
});
