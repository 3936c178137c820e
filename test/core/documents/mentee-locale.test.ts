import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCharterPdf, makeReportPdf } from '../../../src/main/features/documents/export';
import { openHarness, type Harness } from '../../helpers/confidential-vault';
import { buildPlan, type PlanFixture } from './fixture';
import { flatText } from './poppler';

/** A mentee's language for documents: the charter and report made for them speak it unless one export asks for another. */
const FONTS = resolve('resources/fonts');
let h: Harness;
let plan: PlanFixture;

beforeAll(async () => {
  h = await openHarness('pdf-mentee-locale');
  plan = await buildPlan(h);
});
afterAll(() => h?.close());

/** The mentee's stored profile with one field changed, saved through the bridge as the profile form saves it. */
async function setDocumentLocale(locale: unknown) {
  const { id, name, role, team, startDate, status, aspirations, careerAims, strengths, gaps, interests } = await h.ok('mentees.get', { id: plan.menteeId });
  return h.call('mentees.update', { id, profile: { name, role, team, startDate, status, aspirations, careerAims, strengths, gaps, interests, documentLocale: locale as 'de' } });
}

describe("a mentee's language for documents", () => {
  it('is the app’s (null) until chosen, and is kept once chosen', async () => {
    expect((await h.ok('mentees.get', { id: plan.menteeId })).documentLocale).toBeNull();
    expect((await h.ok('mentees.create', { name: 'Grace Hopper' })).documentLocale).toBeNull();
    expect(await setDocumentLocale('de')).toMatchObject({ ok: true, value: { documentLocale: 'de' } });
    expect((await h.ok('mentees.get', { id: plan.menteeId })).documentLocale).toBe('de');
  });

  it('writes the charter and the report in German when the export names no language, and in the one it names otherwise', async () => {
    await setDocumentLocale('de');
    const charter = flatText((await makeCharterPdf(h.db, { menteeId: plan.menteeId }, { fontsDir: FONTS })).bytes);
    expect(charter).toContain('MENTORING-VEREINBARUNG');
    expect(charter).toContain('Seite 1 von');
    expect(charter).not.toContain('MENTORSHIP CHARTER');
    const report = flatText((await makeReportPdf(h.db, { menteeId: plan.menteeId, ...plan.period }, { fontsDir: FONTS, today: plan.today })).bytes);
    expect(report).toContain('FORTSCHRITTSBERICHT');
    // One export in English, for this once: the mentee's setting stays German.
    const english = flatText((await makeCharterPdf(h.db, { menteeId: plan.menteeId, locale: 'en' }, { fontsDir: FONTS })).bytes);
    expect(english).toContain('MENTORSHIP CHARTER');
    expect((await h.ok('mentees.get', { id: plan.menteeId })).documentLocale).toBe('de');
    // Through the bridge, as the dialogs call it.
    const saved = await h.ok('documents.charter', { menteeId: plan.menteeId });
    expect(flatText(readFileSync(saved!.path))).toContain('MENTORING-VEREINBARUNG');
  });

  it('writes English again once set back to the app’s language', async () => {
    await setDocumentLocale(null);
    const charter = flatText((await makeCharterPdf(h.db, { menteeId: plan.menteeId }, { fontsDir: FONTS })).bytes);
    expect(charter).toContain('MENTORSHIP CHARTER');
  });

  it('refuses a language the documents are not written in, at the bridge, naming the field and changing nothing', async () => {
    await setDocumentLocale('de');
    for (const locale of ['fr', 'en-XA', 'DE', '']) {
      const refused = await setDocumentLocale(locale);
      expect(refused.ok, locale).toBe(false);
      if (refused.ok) continue;
      expect(refused.error.code).toBe('INVALID_INPUT');
      expect(refused.error.issues?.[0]?.path).toEqual(['profile', 'documentLocale']);
      expect(refused.error.issues?.[0]?.message).toBe('Choose a language for the document: en or de');
    }
    const created = await h.fail('mentees.create', { name: 'Alan Turing', documentLocale: 'fr' as 'de' });
    expect(created).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['documentLocale'] }] });
    expect((await h.ok('mentees.list', { search: 'Alan Turing' })).total).toBe(0);
    expect((await h.ok('mentees.get', { id: plan.menteeId })).documentLocale).toBe('de');
    // The column refuses what is not a language tag, whoever writes it.
    expect(() => h.db.prepare("UPDATE mentees SET document_locale = 'German!' WHERE id = ?").run(plan.menteeId)).toThrow(/CHECK/);
  });
});
