import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoVault } from '../../../src/main/demo/generate';
import { makeHoursFile, makeRecordPdf } from '../../../src/main/features/mentor/export';
import { hoursSummary } from '../../../src/main/features/mentor/hours';
import { listClients } from '../../../src/main/features/mentor/clients';
import { createOwn } from '../../../src/main/features/mentor/table';
import { reflectionsTable } from '../../../src/main/features/mentor/records';
import { runCli } from '../../helpers/cli';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { createTestVault, openWithKey, PASSPHRASE } from '../../helpers/vault';
import { fillCanaries, type Canaries } from '../../helpers/canaries';
import { flatText } from '../documents/poppler';
import type { Vault } from '../../../src/main/vault/vault';

/**
 * The log and the development record on a demo vault: the same totals as the screen's
 * query, clients without consent by pseudonym only, and nothing private: no note, no
 * escalation, no reflection that was not chosen for the record (canaries in each).
 */
let dir: string;
let path: string;
let vault: Vault;
let canaries: Canaries;
const PRIVATE_REFLECTION = 'CANARY_PRIVATE_REFLECTION_TEXT';
const CHOSEN_LESSON = 'Listening longer than feels comfortable works';

beforeAll(async () => {
  dir = makeTempDir('mentor-exports');
  const made = await createTestVault(join(dir, 'demo.mentorvault'), {
    fill: (db) => {
      fillDemoVault(db, { mentees: 6, seed: 3 });
      canaries = fillCanaries(db);
      createOwn(db, reflectionsTable, { date: '2026-06-01', whatHappened: PRIVATE_REFLECTION, learned: `${PRIVATE_REFLECTION} 2`, doDifferently: '', includeInRecord: false });
      createOwn(db, reflectionsTable, { date: '2026-06-02', whatHappened: `${PRIVATE_REFLECTION} 3`, learned: CHOSEN_LESSON, doDifferently: '', includeInRecord: true });
    },
  });
  path = made.path;
  vault = openWithKey(path, made.key);
});
afterAll(() => {
  vault.close();
  removeTempDir(dir);
});

const all = { from: null, to: null };

describe('the mentor exports on a demo vault', () => {
  it('the log totals equal the held meetings counted by the screen, per client and in all', async () => {
    const summary = hoursSummary(vault.db, all);
    const held = vault.db.prepare("SELECT count(*) FROM meetings WHERE status = 'held'").pluck().get() as number;
    expect(summary.totals.sessions).toBe(held);
    const sheets = await readXlsxFile((await makeHoursFile(vault.db, 'xlsx', all)).bytes);
    const rows = sheets[0]!.data.slice(1, -1);
    const perClient = new Map<string, number>();
    for (const r of rows) perClient.set(String(r[0]), (perClient.get(String(r[0])) ?? 0) + Number(r[9]));
    for (const c of summary.byClient) expect(perClient.get(c.listedAs)).toBeCloseTo(c.totalHours, 2);
    expect(sheets[0]!.data.at(-1)![9]).toBeCloseTo(summary.totals.clientHours, 2);
  });

  it('names only the mentees who consented; the others by pseudonym, in every export', async () => {
    const clients = listClients(vault.db);
    const hidden = clients.filter((c) => !c.consentToList);
    const named = clients.filter((c) => c.consentToList);
    expect(hidden.length).toBeGreaterThan(0);
    expect(named.length).toBeGreaterThan(0);
    const csv = (await makeHoursFile(vault.db, 'csv', all)).bytes.toString('utf8');
    const xlsx = JSON.stringify(await readXlsxFile((await makeHoursFile(vault.db, 'xlsx', all)).bytes));
    const pdf = flatText((await makeRecordPdf(vault.db, all)).bytes);
    for (const text of [csv, xlsx, pdf]) {
      for (const c of hidden) expect(text).not.toContain(c.menteeName);
      for (const c of named.filter((n) => hoursSummary(vault.db, all).byClient.some((b) => b.menteeId === n.menteeId))) expect(text).toContain(c.menteeName);
    }
  });

  it('carries no private note, escalation or unchosen reflection (canaries)', async () => {
    const texts = [
      (await makeHoursFile(vault.db, 'csv', all)).bytes.toString('utf8'),
      JSON.stringify(await readXlsxFile((await makeHoursFile(vault.db, 'xlsx', all)).bytes)),
      flatText((await makeRecordPdf(vault.db, all)).bytes),
    ];
    for (const text of texts) {
      for (const canary of canaries.all) expect(text).not.toContain(canary);
      expect(text).not.toContain(PRIVATE_REFLECTION);
    }
    expect(texts[2]).toContain(CHOSEN_LESSON);
  });
});

describe('mentor-vault export hours / record', () => {
  it('writes CSV and XLSX, refuses to overwrite without --force, and a bad period in words', async () => {
    const out = join(dir, 'hours.csv');
    const ok = await runCli(['export', 'hours', path, '--format', 'csv', '--from', '2026-01-01', '--to', '2026-12-31', '--out', out], { passphrase: PASSPHRASE });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/^wrote .*hours\.csv: \d+ rows?, \d+ bytes/);
    expect(readFileSync(out, 'utf8')).toContain('Client,Contact (with consent)');
    const again = await runCli(['export', 'hours', path, '--format', 'csv', '--out', out], { passphrase: PASSPHRASE });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('add --force');
    expect((await runCli(['export', 'hours', path, '--format', 'csv', '--out', out, '--force'], { passphrase: PASSPHRASE })).code).toBe(0);
    const german = await runCli(['export', 'hours', path, '--format', 'csv', '--locale', 'de', '--out', out, '--force'], { passphrase: PASSPHRASE });
    expect(german.code, german.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Klient,Kontakt (mit Einwilligung)');
    const wrong = await runCli(['export', 'hours', path, '--format', 'csv', '--locale', 'fr', '--out', out, '--force'], { passphrase: PASSPHRASE });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--locale/);
    const xlsx = await runCli(['export', 'hours', path, '--format', 'xlsx', '--out', join(dir, 'hours.xlsx')], { passphrase: PASSPHRASE });
    expect(xlsx.code, xlsx.stderr).toBe(0);
    const bad = await runCli(['export', 'hours', path, '--format', 'pdf', '--out', join(dir, 'x')], { passphrase: PASSPHRASE });
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('--format must be csv or xlsx')]);
    const backwards = await runCli(['export', 'hours', path, '--format', 'csv', '--from', '2026-05-01', '--to', '2026-01-01', '--out', join(dir, 'y.csv')], { passphrase: PASSPHRASE });
    expect([backwards.code, backwards.stderr]).toEqual([2, expect.stringContaining('--to: To must not be before From')]);
  });

  it('typesets the development record', async () => {
    const out = join(dir, 'record.pdf');
    const result = await runCli(['export', 'record', path, '--out', out], { passphrase: PASSPHRASE });
    expect(result.code, result.stderr).toBe(0);
    const text = flatText(readFileSync(out));
    for (const heading of ['MENTORING DEVELOPMENT RECORD', 'Client hours', 'Progress toward credentials', 'Training and development', 'Supervision', 'Reflective practice']) {
      expect(text).toContain(heading);
    }
  });

  it('typesets the development record in German with --locale de, and in German only', async () => {
    const out = join(dir, 'record-de.pdf');
    const result = await runCli(['export', 'record', path, '--locale', 'de', '--out', out], { passphrase: PASSPHRASE });
    expect(result.code, result.stderr).toBe(0);
    const text = flatText(readFileSync(out));
    for (const heading of ['ENTWICKLUNGSNACHWEIS ALS MENTOR', '1. Klientenstunden', '2. Fortschritt zu Zertifizierungen', '4. Fortbildung und Entwicklung', '6. Reflektierte Praxis', 'Erstellt am', 'Seite 1 von']) {
      expect(text).toContain(heading);
    }
    expect(text).not.toMatch(/Client hours|Prepared on|Progress toward|reflections? written|Page 1 of/);
  });
});
