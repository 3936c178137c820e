import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHARTER_DEFAULT_TEXTS, defaultCharterBody } from '../../../src/shared/charter/defaults';
import type { CatalogueLocale } from '../../../src/shared/i18n/locales';
import { openPlanVault, type PlanVault } from '../../helpers/plan-vault';

/**
 * A new charter's template is written once, in a language: the mentee's document language
 * when the mentor chose one, else the app's (the renderer sends it), else English.
 */
let v: PlanVault;
beforeAll(async () => {
  v = await openPlanVault('charter-language');
});
afterAll(() => v.close());

async function mentee(name: string, documentLocale: CatalogueLocale | null): Promise<number> {
  return (await v.call('mentees.create', { name, status: 'active', documentLocale })).id;
}

const terms = (locale: CatalogueLocale) => CHARTER_DEFAULT_TEXTS[locale].glossary.map((g) => g.term);

describe('the language of a new charter', () => {
  it('is German for a mentee whose documents are German, whatever the app speaks', async () => {
    const id = await mentee('Hana Sato', 'de');
    const charter = await v.call('charter.create', { menteeId: id, locale: 'en' });
    const body = charter.current.body;
    expect(body).toEqual(defaultCharterBody('de'));
    expect(body.glossary.map((g) => g.term)).toEqual(terms('de'));
    expect(body.glossary.map((g) => g.term)).toContain('Meilenstein');
    expect(body.roles.mentor[1]).toBe('Offenes, zeitnahes Feedback und konstruktive Kritik');
    expect(body.confidentiality).toMatch(/^Was wir besprechen, bleibt unter uns/);
    expect(body.escalation.map((s) => s.who)).toContain('Mentor/in');
  });

  it('is English for a mentee whose documents are English, even when the app speaks German', async () => {
    const id = await mentee('Iker Etxeberria', 'en');
    const charter = await v.call('charter.create', { menteeId: id, locale: 'de' });
    expect(charter.current.body).toEqual(defaultCharterBody('en'));
    expect(charter.current.body.glossary.map((g) => g.term)).toContain('Milestone');
  });

  it("follows the app's language when the mentee has none, and is English when nobody says", async () => {
    const german = await v.call('charter.create', { menteeId: await mentee('Jun Park', null), locale: 'de' });
    expect(german.current.body.glossary.map((g) => g.term)).toEqual(terms('de'));
    const english = await v.call('charter.create', { menteeId: await mentee('Kavya Iyer', null) });
    expect(english.current.body.glossary.map((g) => g.term)).toEqual(terms('en'));
  });

  it('keeps a body the mentor sent as it is: the language only picks the template', async () => {
    const body = { ...defaultCharterBody('en'), purpose: 'Grow into a staff role.' };
    const charter = await v.call('charter.create', { menteeId: await mentee('Lars Lindqvist', 'de'), body });
    expect(charter.current.body).toEqual(body);
  });

  it('is refused at the bridge for a language the app does not speak, naming the field', async () => {
    const id = await mentee('Mei Chen', null);
    for (const locale of ['fr', 'DE', '', 'en-XA']) {
      const error = await v.fail('charter.create', { menteeId: id, locale });
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues?.map((i) => i.path)).toEqual([['locale']]);
      expect(error.issues?.[0]?.message).toBe('Choose a language for the document: en or de');
    }
    expect(await v.call('charter.get', { menteeId: id })).toBeNull();
    expect((await v.fail('charter.defaults', { locale: 'fr' })).issues?.[0]?.path).toEqual(['locale']);
  });

  it('gives the template in a language through charter.defaults', async () => {
    expect(await v.call('charter.defaults', { locale: 'de' })).toEqual(defaultCharterBody('de'));
    expect(await v.call('charter.defaults', {})).toEqual(defaultCharterBody('en'));
  });
});
