import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHARTER_SECTIONS } from '../../../src/main/features/documents/charter-pdf';
import { makeCharterPdf, type MadePdf } from '../../../src/main/features/documents/export';
import { openHarness, type Harness } from '../../helpers/confidential-vault';
import { ADA, buildPlan, longDate, MENTOR, type PlanFixture } from './fixture';
import { flatText, inOrder, pageSizeOf, pageTexts, pdfFonts, pdfInfo, pdfOutline } from './poppler';

const FONTS = resolve('resources/fonts');
let h: Harness;
let plan: PlanFixture;
let agreed: MadePdf;
let draft: MadePdf;

beforeAll(async () => {
  h = await openHarness('pdf-charter');
  plan = await buildPlan(h);
  agreed = await makeCharterPdf(h.db, { menteeId: plan.menteeId, versionId: plan.agreedVersionId, pageSize: 'A4' }, { fontsDir: FONTS });
  draft = await makeCharterPdf(h.db, { menteeId: plan.menteeId, pageSize: 'LETTER' }, { fontsDir: FONTS });
});
afterAll(() => h?.close());

describe('charter PDF', () => {
  it('has the title page, then every section heading in order, with the names, version and agreed date', () => {
    const text = flatText(agreed.bytes);
    const headings = CHARTER_SECTIONS.map((title, i) => `${i + 1}. ${title}`);
    expect(inOrder(text, ['MENTORSHIP CHARTER', ADA, `with ${MENTOR}`, `Agreed on ${longDate(plan.agreedOn)}`, ...headings])).toEqual({ ok: true, missing: null });
    // The title page stands alone: the first section starts on page 2.
    const pages = pageTexts(agreed.bytes);
    expect(pages[0]).not.toContain('1. Purpose');
    expect(pages[1]).toContain('1. Purpose');
    expect(text).toContain(plan.words.purpose);
    expect(text).toContain(plan.words.glossaryTerm);
    expect(text).toContain('Pilot period');
    expect(text).not.toContain(plan.words.reason); // version 1 has no reason; the draft's is not in it
  });

  it('lays out each goal with its SMART parts and milestones, in order', () => {
    const text = flatText(agreed.bytes);
    const [goalA, goalB] = plan.words.goals;
    expect(inOrder(text, ['8. Goals and milestones', `8.1 ${goalA}`, 'Specific', 'Measurable', 'Design reviews led: from 0 reviews to 6 reviews', 'Attainable', 'Relevant', 'Become a principal engineer', 'Time-bound'])).toEqual({ ok: true, missing: null });
    expect(inOrder(text, [`8.2 ${goalB}`, 'Milestones', plan.words.milestones[2]!, 'Quantified improvement: Notes published (4)', '9. Glossary'])).toEqual({ ok: true, missing: null });
    // Two signature blocks side by side, each a line, a name, a role and a date.
    expect(inOrder(text, ['10. Signatures', MENTOR, 'Mentor', 'Date:', ADA, 'Mentee', 'Date:'])).toEqual({ ok: true, missing: null });
  });

  it('numbers every page "n of N" and puts the version and date in every footer', () => {
    const pages = pageTexts(agreed.bytes);
    expect(pages.length).toBe(agreed.pages);
    expect(agreed.pages).toBeGreaterThan(3);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${agreed.pages}`);
      expect(page.replace(/\s+/g, ' ')).toContain(`Version 1, agreed ${longDate(plan.agreedOn)}`);
      expect(page).not.toMatch(/DRAFT/);
    });
  });

  it('marks a draft DRAFT on every page, with its version and reason', () => {
    const pages = pageTexts(draft.bytes);
    expect(pages.length).toBe(draft.pages);
    for (const page of pages) expect(page).toContain('DRAFT: not yet agreed');
    const text = flatText(draft.bytes);
    expect(text).toContain('Draft: not yet agreed');
    expect(text).toContain(plan.words.reason);
    expect(text).toContain('Version 2, draft of');
    expect(draft.fileName).toBe(`Charter - ${ADA} - v2 draft.pdf`);
    expect(agreed.fileName).toBe(`Charter - ${ADA} - v1.pdf`);
  });

  it('carries its metadata, page size and page count', () => {
    const info = pdfInfo(agreed.bytes);
    expect(info.Title).toBe(`Mentorship charter: ${ADA}, version 1`);
    expect(info.Author).toBe(MENTOR);
    expect(info.Subject).toContain(`between ${ADA} and ${MENTOR}`);
    expect(info.Keywords).toContain('charter');
    expect(info.Creator).toBe('Mentor Vault');
    expect(Number(info.Pages)).toBe(agreed.pages);
    expect(pageSizeOf(info)).toEqual([595, 842]);
    const letter = pdfInfo(draft.bytes);
    expect(pageSizeOf(letter)).toEqual([612, 792]);
    expect(letter.Title).toBe(`Mentorship charter: ${ADA}, version 2 (draft)`);
  });

  it('embeds its fonts (Roboto only, nothing fetched or substituted)', () => {
    const fonts = pdfFonts(agreed.bytes);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.name).toMatch(/\+Roboto-/);
    }
  });

  it('has an outline: one bookmark per section, the goals under theirs, each on its page', () => {
    const outline = pdfOutline(agreed.bytes);
    expect(outline.map((o) => o.title)).toEqual(CHARTER_SECTIONS.map((title, i) => `${i + 1}. ${title}`));
    const goals = outline[7]!;
    expect(goals.children.map((c) => c.title)).toEqual(plan.words.goals.map((g, i) => `8.${i + 1}  ${g}`));
    const pages = pageTexts(agreed.bytes);
    for (const item of outline) expect(pages[item.page - 1]!.replace(/\s+/g, ' '), item.title).toContain(item.title);
  });

  it('refuses a mentee without a charter and a version of another mentee', async () => {
    const other = await h.mentee('Grace Hopper');
    await expect(makeCharterPdf(h.db, { menteeId: other }, { fontsDir: FONTS })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(makeCharterPdf(h.db, { menteeId: other, versionId: plan.agreedVersionId }, { fontsDir: FONTS })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(makeCharterPdf(h.db, { menteeId: 999_999 }, { fontsDir: FONTS })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('typesets a bare new charter (no pilot date, no goals) with every section still there', async () => {
    const bare = await h.mentee('Katherine Johnson');
    await h.ok('charter.create', { menteeId: bare });
    const made = await makeCharterPdf(h.db, { menteeId: bare }, { fontsDir: FONTS });
    const text = flatText(made.bytes);
    expect(inOrder(text, CHARTER_SECTIONS.map((title, i) => `${i + 1}. ${title}`))).toEqual({ ok: true, missing: null });
    expect(text).toContain('No purpose written yet.');
    expect(text).toContain('its start date is not set yet');
    expect(text).toContain('No goals are set yet.');
  });
});
