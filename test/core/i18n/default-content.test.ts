import { describe, expect, it } from 'vitest';
import { de as confidentialDe } from '../../../src/main/demo/confidential-texts.de';
import { en as confidentialEn } from '../../../src/main/demo/confidential-texts';
import { de as meetingDe } from '../../../src/main/demo/meeting-texts.de';
import { en as meetingEn } from '../../../src/main/demo/meeting-texts';
import { de as menteeDe } from '../../../src/main/demo/mentee-texts.de';
import { en as menteeEn } from '../../../src/main/demo/mentee-texts';
import { de as planDe } from '../../../src/main/demo/plan-texts.de';
import { en as planEn } from '../../../src/main/demo/plan-texts';
import { PRACTICE_TEXTS } from '../../../src/main/demo/practice-texts';
import { DEFAULT_COMPETENCIES } from '../../../src/main/vault/migrations/002-plan';
import { DEFAULT_AGENDAS, DEFAULT_RUBRIC } from '../../../src/main/vault/migrations/004-meetings';
import { DEFAULT_COMPETENCIES_BY_LOCALE } from '../../../src/shared/assessment/default-competencies';
import { CHARTER_DEFAULT_TEXTS } from '../../../src/shared/charter/defaults';
import { LOCALES } from '../../../src/shared/i18n/locales';
import { MEETING_KINDS } from '../../../src/shared/meetings/schema';
import { BUILT_IN_TEMPLATES } from '../../../src/shared/templates/built-in';

/**
 * Every English default has its German twin with the same shape: the same keys, lists of
 * the same length, the same numbers, and the same codes (a kind, an area, a context…);
 * only the words differ. A code or a number that drifted would make the German demo or
 * template a different plan, not a translation.
 */
const CODES = new Set(['kind', 'area', 'context', 'category', 'severity', 'status', 'relationship']);

function shapeProblems(en: unknown, other: unknown, path = '$', key = ''): string[] {
  if (typeof en === 'function') return typeof other === 'function' ? [] : [`${path}: not a function`];
  if (Array.isArray(en)) {
    if (!Array.isArray(other)) return [`${path}: not a list`];
    if (other.length !== en.length) return [`${path}: ${other.length} entries, English has ${en.length}`];
    return en.flatMap((item, i) => shapeProblems(item, other[i], `${path}[${i}]`, key));
  }
  if (en !== null && typeof en === 'object') {
    if (other === null || typeof other !== 'object' || Array.isArray(other)) return [`${path}: not an object`];
    const a = Object.keys(en).sort();
    const b = Object.keys(other).sort();
    if (a.join() !== b.join()) return [`${path}: keys ${b.join(', ')}, English has ${a.join(', ')}`];
    return a.flatMap((k) => shapeProblems((en as Record<string, unknown>)[k], (other as Record<string, unknown>)[k], `${path}.${k}`, k));
  }
  if (typeof en === 'string') {
    if (typeof other !== 'string') return [`${path}: not text`];
    if (CODES.has(key) && other !== en) return [`${path}: code ${other}, English has ${en}`];
    // An empty English entry (a note without a title) stays empty; a filled one is filled.
    return (en === '') === (other === '') ? [] : [`${path}: empty in one language only`];
  }
  return Object.is(en, other) ? [] : [`${path}: ${String(other)}, English has ${String(en)}`];
}

describe('default content in every language', () => {
  const pairs: [string, unknown, unknown][] = [
    ['charter template', CHARTER_DEFAULT_TEXTS.en, CHARTER_DEFAULT_TEXTS.de],
    ['built-in templates', BUILT_IN_TEMPLATES.en, BUILT_IN_TEMPLATES.de],
    ['starting competencies', DEFAULT_COMPETENCIES_BY_LOCALE.en, DEFAULT_COMPETENCIES_BY_LOCALE.de],
    ['demo plan', planEn, planDe],
    ['demo meetings', meetingEn, meetingDe],
    ['demo mentees', menteeEn, menteeDe],
    ['demo notes and escalations', confidentialEn, confidentialDe],
    ['demo 360 and practice', PRACTICE_TEXTS.en, PRACTICE_TEXTS.de],
  ];

  it.each(pairs)('%s: German has the shape of English', (_name, en, de) => {
    expect(shapeProblems(en, de)).toEqual([]);
  });

  it('finds a missing entry, a changed code and a changed number (the check itself)', () => {
    const broken = structuredClone(BUILT_IN_TEMPLATES.de);
    broken.rubric.dimensions[0]!.descriptors.pop();
    broken.agendas['formal-review'][0]!.context = 'free';
    broken.agendas['focused-session'][1]!.minutes = 16;
    expect(shapeProblems(BUILT_IN_TEMPLATES.en, broken)).toEqual([
      '$.agendas.focused-session[1].minutes: 16, English has 15',
      '$.agendas.formal-review[0].context: code free, English has actions',
      '$.rubric.dimensions[0].descriptors: 3 entries, English has 4',
    ]);
  });

  it('has the same glossary terms count, agenda items and rubric levels in each language', () => {
    for (const locale of LOCALES) {
      expect(CHARTER_DEFAULT_TEXTS[locale].glossary).toHaveLength(12);
      expect(new Set(CHARTER_DEFAULT_TEXTS[locale].glossary.map((g) => g.term.toLowerCase())).size).toBe(12);
      for (const kind of MEETING_KINDS) expect(BUILT_IN_TEMPLATES[locale].agendas[kind]).toHaveLength(BUILT_IN_TEMPLATES.en.agendas[kind].length);
      expect(BUILT_IN_TEMPLATES[locale].rubric.dimensions.map((d) => d.descriptors.length)).toEqual([4, 4, 4, 4]);
    }
  });

  it('has English built-ins equal to what migrations 002 and 004 wrote, so an untouched vault is recognised', () => {
    const seeded = Object.fromEntries(
      Object.entries(DEFAULT_AGENDAS).map(([kind, items]) => [kind, items.map(([title, minutes, context]) => ({ title, minutes, context }))]),
    );
    expect(BUILT_IN_TEMPLATES.en.agendas).toEqual(seeded);
    expect(BUILT_IN_TEMPLATES.en.rubric).toEqual(DEFAULT_RUBRIC);
    expect(DEFAULT_COMPETENCIES_BY_LOCALE.en).toEqual(DEFAULT_COMPETENCIES);
  });

  it('writes German that reads German: typographic quotes, no English left in the charter template', () => {
    const text = JSON.stringify([CHARTER_DEFAULT_TEXTS.de, BUILT_IN_TEMPLATES.de]);
    expect(text).not.toContain('\\"');
    for (const word of [' the ', ' and ', ' with ', 'Review action items']) expect(text).not.toContain(word);
  });
});
