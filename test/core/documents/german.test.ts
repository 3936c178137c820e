import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCharterPdf, makeReportPdf, readCharterPdfData, readReportPdfData, type MadePdf } from '../../../src/main/features/documents/export';
import { catalogue } from '../../../src/shared/i18n/catalogue';
import { openHarness, type Harness } from '../../helpers/confidential-vault';
import { ADA, buildPlan, type PlanFixture } from './fixture';
import { flatText, inOrder, pageTexts, pdfInfo } from './poppler';

/** The charter and the progress report written in German for a German-speaking mentee. */
const FONTS = resolve('resources/fonts');
let h: Harness;
let plan: PlanFixture;
let charter: MadePdf;
let draft: MadePdf;
let report: MadePdf;

beforeAll(async () => {
  h = await openHarness('pdf-german');
  plan = await buildPlan(h);
  charter = await makeCharterPdf(h.db, { menteeId: plan.menteeId, versionId: plan.agreedVersionId, locale: 'de' }, { fontsDir: FONTS });
  draft = await makeCharterPdf(h.db, { menteeId: plan.menteeId, locale: 'de' }, { fontsDir: FONTS });
  report = await makeReportPdf(h.db, { menteeId: plan.menteeId, ...plan.period, locale: 'de' }, { fontsDir: FONTS, today: plan.today });
});
afterAll(() => h?.close());

/** "4. Dezember 2026", written out here so the test does not share the code it checks. */
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
function germanDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}. ${MONTHS[m! - 1]} ${y}`;
}

/**
 * The documents' English labels that German words differently and that no user text in
 * the fixture contains: whole messages without arguments, long enough to be a label.
 */
const ENGLISH_LABELS = Object.entries(catalogue.en)
  .filter(([id, m]) => id.startsWith('documents.') && !m.message.includes('{') && m.message.trim().length >= 6 && m.message !== catalogue.de[id])
  .map(([, m]) => m.message.trim());

/** Every piece of text the mentor wrote (the charter's text, goals, records): English in this fixture, and theirs to word. */
function userText(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string' && value.trim().length >= 3) into.push(value.replace(/\s+/g, ' ').trim());
  else if (Array.isArray(value)) value.forEach((v) => userText(v, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => userText(v, into));
  return into;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The English labels left in a document once the mentor's own words are taken out. */
function englishLeft(text: string): string[] {
  const data = [readCharterPdfData(h.db, plan.menteeId, undefined), readCharterPdfData(h.db, plan.menteeId, plan.agreedVersionId), readReportPdfData(h.db, { menteeId: plan.menteeId, ...plan.period })];
  const theirs = [...new Set(userText(data))].sort((a, b) => b.length - a.length);
  const labels = theirs.reduce((rest, words) => rest.split(words).join(' | '), text);
  return ENGLISH_LABELS.filter((label) => new RegExp(`(^|[^\\p{L}])${escape(label)}(?![\\p{L}/])`, 'u').test(labels));
}

describe('German documents', () => {
  it('the charter has German headings, labels, dates and page numbers, and no English label', () => {
    const text = flatText(charter.bytes);
    const headings = ['Zweck', 'Rollen und Verantwortlichkeiten', 'Treffenrhythmus', 'Kommunikationsregeln', 'Vertraulichkeit und Eskalation', 'Überprüfungen und Fortschritt', 'Pilotphase', 'Ziele und Meilensteine', 'Glossar', 'Unterschriften'].map((t, i) => `${i + 1}. ${t}`);
    expect(inOrder(text, ['MENTORING-VEREINBARUNG', ADA, `Vereinbart am ${germanDate(plan.agreedOn)}`, ...headings])).toEqual({ ok: true, missing: null });
    expect(inOrder(text, ['Spezifisch', 'Messbar', 'Erreichbar', 'Relevant', 'Terminiert', 'Meilensteine', 'Messbare Verbesserung'])).toEqual({ ok: true, missing: null });
    const pages = pageTexts(charter.bytes);
    pages.forEach((page, i) => expect(page).toContain(`Seite ${i + 1} von ${charter.pages}`));
    expect(text).not.toMatch(/\b(January|February|March|May|June|July|October|December)\b \d{4}/);
    expect(englishLeft(text)).toEqual([]);
    expect(pdfInfo(charter.bytes).Title).toContain('Mentoring-Vereinbarung');
  });

  it('a German draft is marked ENTWURF on every page', () => {
    const pages = pageTexts(draft.bytes);
    pages.forEach((page) => expect(page).toContain('ENTWURF: noch nicht vereinbart'));
    expect(englishLeft(flatText(draft.bytes))).toEqual([]);
  });

  it('the report has German headings, table headers, dates and page numbers, and no English label', () => {
    const text = flatText(report.bytes);
    const headings = ['Zusammenfassung', 'Ziele', 'Meilensteine', 'Nachweise und Kennzahlen', 'Erfolge', 'Förderung und Sichtbarkeit', 'Treffen', 'Entscheidungsprotokoll'].map((t, i) => `${i + 1}. ${t}`);
    const period = `${germanDate(plan.period.from)} bis ${germanDate(plan.period.to)}`;
    expect(inOrder(text, ['FORTSCHRITTSBERICHT', ADA, period, 'Erstellt am', germanDate(plan.today), ...headings])).toEqual({ ok: true, missing: null });
    expect(text).toContain('Ausgangswert');
    expect(text).toContain('Entscheidung Begründung');
    const pages = pageTexts(report.bytes);
    pages.forEach((page, i) => expect(page).toContain(`Seite ${i + 1} von ${report.pages}`));
    expect(text).not.toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/);
    expect(englishLeft(text)).toEqual([]);
  });

  it('suggests German file names, still safe for every file system', () => {
    expect(charter.fileName).toBe(`Vereinbarung – ${ADA} – v1.pdf`);
    expect(draft.fileName).toBe(`Vereinbarung – ${ADA} – v2 Entwurf.pdf`);
    expect(report.fileName).toBe(`Fortschrittsbericht – ${ADA} – ${plan.period.from} bis ${plan.period.to}.pdf`);
    for (const made of [charter, draft, report]) expect(made.fileName).not.toMatch(/[<>:"/\\|?*]/);
  });

  it('English stays the default: the same export without a locale is in English', async () => {
    const english = flatText((await makeCharterPdf(h.db, { menteeId: plan.menteeId, versionId: plan.agreedVersionId }, { fontsDir: FONTS })).bytes);
    expect(english).toContain('MENTORSHIP CHARTER');
    expect(english).not.toContain('MENTORING-VEREINBARUNG');
  });
});
