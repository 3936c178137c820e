import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { de as planDe } from '../../src/main/demo/plan-texts.de';
import { en as planEn } from '../../src/main/demo/plan-texts';
import { Vault } from '../../src/main/vault/vault';
import { DEFAULT_COMPETENCIES_BY_LOCALE } from '../../src/shared/assessment/default-competencies';
import { kindTitle } from '../../src/shared/meetings/kind-title';
import { MEETING_KINDS } from '../../src/shared/meetings/schema';
import { flatText } from '../core/documents/poppler';
import { runCli } from '../helpers/cli';
import { makeTempDir, removeTempDir } from '../helpers/temp';
import { PASSPHRASE } from '../helpers/vault';

/**
 * `mentor-vault demo --locale de` writes every invented word in German (people's names
 * stay): the charters, goals, agendas and meeting notes, and the built-in templates the
 * meetings were made from; the charter PDF of such a vault reads German.
 */
let dir: string;
let vaultPath: string;
let texts: { glossary: string[]; goals: string[]; agendaTitles: string[]; notes: string[]; purposes: string[]; rubric: string[]; competencies: string[]; meetingTitles: string[] };

beforeAll(async () => {
  dir = makeTempDir('demo-locale');
  vaultPath = join(dir, 'demo.mentorvault');
  const made = await runCli(['demo', vaultPath, '--mentees', '3', '--locale', 'de'], { passphrase: PASSPHRASE });
  expect(made).toMatchObject({ code: 0, stderr: '' });
  const vault = await Vault.unlock(vaultPath, PASSPHRASE);
  try {
    const column = (query: string) => vault.db.prepare(query).pluck().all() as string[];
    texts = {
      glossary: column("SELECT DISTINCT g.value ->> '$.term' FROM charter_versions, json_each(glossary) AS g"),
      goals: column('SELECT title FROM goals'),
      agendaTitles: column('SELECT DISTINCT title FROM meeting_agenda_items'),
      notes: column("SELECT notes FROM meetings WHERE notes <> '' UNION ALL SELECT notes FROM meeting_agenda_items WHERE notes <> ''"),
      purposes: column('SELECT purpose FROM charter_versions'),
      rubric: column('SELECT dimension FROM rubric_scores'),
      competencies: column('SELECT name FROM competencies ORDER BY position'),
      meetingTitles: column('SELECT DISTINCT title FROM meetings'),
    };
  } finally {
    vault.close();
  }
}, 120_000);
afterAll(() => removeTempDir(dir));

describe('demo --locale de', () => {
  it('writes German charters: the German glossary and purposes', () => {
    expect(texts.glossary).toEqual(expect.arrayContaining(['Meilenstein', 'Konstruktive Kritik', 'Informeller Austausch', 'Pilotphase']));
    expect(texts.glossary).not.toContain('Milestone');
    expect(texts.purposes.length).toBeGreaterThan(0);
    for (const purpose of texts.purposes) expect(planDe.PURPOSES).toContain(purpose);
  });

  it('writes German goals, agendas and meeting notes', () => {
    const german = new Set(planDe.GOAL_TEMPLATES.map((g) => g.title));
    const english = new Set(planEn.GOAL_TEMPLATES.map((g) => g.title));
    expect(texts.goals.length).toBeGreaterThan(0);
    for (const title of texts.goals) {
      expect(german.has(title)).toBe(true);
      expect(english.has(title)).toBe(false);
    }
    expect(texts.agendaTitles).toEqual(expect.arrayContaining(['Offene Aufgaben durchgehen', 'Nächste Schritte']));
    expect(texts.agendaTitles).not.toContain('Review action items');
    expect(texts.notes.length).toBeGreaterThan(0);
    expect(texts.notes.join('\n')).toMatch(/ die | und | der /);
    expect(texts.rubric.every((name) => ['Ziele', 'Meilensteine', 'Kompetenzentwicklung', 'Verhaltensänderungen'].includes(name))).toBe(true);
    expect(texts.competencies).toEqual(DEFAULT_COMPETENCIES_BY_LOCALE.de.map((c) => c.name));
    expect(texts.meetingTitles.length).toBeGreaterThan(0);
    for (const title of texts.meetingTitles) expect(MEETING_KINDS.map((kind) => kindTitle(kind, 'de'))).toContain(title);
  });

  it('exports a charter PDF that reads German', async () => {
    const out = join(dir, 'charter.pdf');
    const exported = await runCli(['export', 'charter', vaultPath, '--mentee-id', '1', '--locale', 'de', '--out', out], { passphrase: PASSPHRASE });
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    const text = flatText(readFileSync(out));
    for (const words of ['MENTORING-VEREINBARUNG', 'Rollen und Verantwortlichkeiten', 'Meilenstein', 'Konstruktive Kritik', 'Was wir besprechen, bleibt unter uns']) {
      expect(text).toContain(words);
    }
    for (const words of ['Milestone', 'Productive critique', 'What we discuss']) expect(text).not.toContain(words);
  }, 60_000);

  it('refuses a language it does not speak before it makes a vault', async () => {
    const other = join(dir, 'fr.mentorvault');
    const refused = await runCli(['demo', other, '--locale', 'fr'], { passphrase: PASSPHRASE });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--locale must be en or de (the languages a document can be written in), not 'fr'");
    expect(existsSync(other)).toBe(false);
  });
});

describe('create --locale de', () => {
  it('starts the vault with German built-ins, as the app does from German screens', async () => {
    const path = join(dir, 'de.mentorvault');
    expect(await runCli(['create', path, '--locale', 'de'], { passphrase: PASSPHRASE })).toMatchObject({ code: 0 });
    const vault = await Vault.unlock(path, PASSPHRASE);
    try {
      expect(vault.db.prepare('SELECT name FROM competencies ORDER BY position').pluck().all()).toEqual(DEFAULT_COMPETENCIES_BY_LOCALE.de.map((c) => c.name));
    } finally {
      vault.close();
    }
    const plain = join(dir, 'en.mentorvault');
    expect(await runCli(['create', plain], { passphrase: PASSPHRASE })).toMatchObject({ code: 0 });
    const english = await Vault.unlock(plain, PASSPHRASE);
    try {
      expect(english.db.prepare('SELECT name FROM competencies ORDER BY position').pluck().all()).toEqual(DEFAULT_COMPETENCIES_BY_LOCALE.en.map((c) => c.name));
    } finally {
      english.close();
    }
  });
});
