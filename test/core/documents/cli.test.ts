import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoVault } from '../../../src/main/demo/generate';
import { createMentee } from '../../../src/main/features/mentees/store';
import { runCli } from '../../helpers/cli';
import { listDir, makeTempDir, removeTempDir } from '../../helpers/temp';
import { createTestVault, OTHER_PASSPHRASE, PASSPHRASE } from '../../helpers/vault';
import { flatText, pageSizeOf, pdfInfo } from './poppler';

/** `mentor-vault export charter|report` as a user runs them, on a demo vault. */
let dir: string;
let vault: string;
let name: string;
let versions: number;
/** A mentee whose profile says documents in German. */
let german: string;

beforeAll(async () => {
  dir = makeTempDir('pdf-cli');
  ({ path: vault } = await createTestVault(join(dir, 'demo.mentorvault'), {
    fill: (db) => {
      fillDemoVault(db, { mentees: 4, seed: 5 });
      const row = db
        .prepare('SELECT m.name, count(*) AS n FROM mentees m JOIN charter_versions v ON v.mentee_id = m.id GROUP BY m.id ORDER BY n DESC, m.id LIMIT 1')
        .get() as { name: string; n: number };
      ({ name, n: versions } = row);
      german = db.prepare('SELECT m.name FROM mentees m JOIN charter_versions v ON v.mentee_id = m.id WHERE m.name <> ? ORDER BY m.id LIMIT 1').pluck().get(name) as string;
      db.prepare("UPDATE mentees SET document_locale = 'de' WHERE name = ?").run(german);
      const twin = { role: '', team: '', startDate: null, status: 'active' as const, aspirations: '', careerAims: [], strengths: [], gaps: [], interests: [], documentLocale: null };
      createMentee(db, { name: 'Sam Twin', ...twin });
      createMentee(db, { name: 'Sam Twin', ...twin });
    },
  }));
});
afterAll(() => removeTempDir(dir));

const ok = { passphrase: PASSPHRASE };

describe('mentor-vault export charter', () => {
  it('writes the newest version as PDF', async () => {
    const out = join(dir, 'charter.pdf');
    const result = await runCli(['export', 'charter', vault, '--mentee', name, '--out', out], ok);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^wrote .*charter\.pdf: \d+ pages, A4, \d+ bytes/);
    const info = pdfInfo(readFileSync(out));
    expect(info.Title).toContain(`${name}, version ${versions}`);
    expect(pageSizeOf(info)).toEqual([595, 842]);
  });

  it('takes --version N and --page-size Letter', async () => {
    const out = join(dir, 'v1.pdf');
    const result = await runCli(['export', 'charter', vault, '--mentee', name, '--version', '1', '--page-size', 'Letter', '--out', out], ok);
    expect(result.code, result.stderr).toBe(0);
    const bytes = readFileSync(out);
    expect(pdfInfo(bytes).Title).toBe(`Mentorship charter: ${name}, version 1`);
    expect(pageSizeOf(pdfInfo(bytes))).toEqual([612, 792]);
  });

  it('fails clearly (exit 1): no such mentee or version, two mentees of that name, a wrong passphrase', async () => {
    const out = join(dir, 'never.pdf');
    const none = await runCli(['export', 'charter', vault, '--mentee', 'Nobody Of That Name', '--out', out], ok);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^error: NOT_FOUND: No mentee has that name/);
    const twins = await runCli(['export', 'charter', vault, '--mentee', 'Sam Twin', '--out', out], ok);
    expect(twins.code).toBe(1);
    expect(twins.stderr).toMatch(/2 mentees have that name \(ids \d+, \d+\); choose one with --mentee-id/);
    const version = await runCli(['export', 'charter', vault, '--mentee', name, '--version', '99', '--out', out], ok);
    expect(version.code).toBe(1);
    expect(version.stderr).toContain('no version 99');
    const wrong = await runCli(['export', 'charter', vault, '--mentee', name, '--out', out], { passphrase: OTHER_PASSPHRASE });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/^error: WRONG_PASSPHRASE/);
    expect(existsSync(out)).toBe(false);
  });

  it('answers bad usage with exit code 2 and the usage line', async () => {
    const out = join(dir, 'never.pdf');
    for (const args of [
      ['export', 'charter', vault, '--mentee', name],
      ['export', 'charter', vault, '--mentee', name, '--out', out, '--page-size', 'A5'],
      ['export', 'charter', vault, '--mentee', name, '--out', out, '--version', 'two'],
      ['export', 'charter', vault, '--out', out],
    ]) {
      const usage = await runCli(args, ok);
      expect(usage.code, args.join(' ')).toBe(2);
      expect(usage.stderr).toMatch(/^usage: mentor-vault export charter/);
    }
    expect(existsSync(out)).toBe(false);
  });
});

describe('mentor-vault export --locale', () => {
  it('writes the charter and the report in German with --locale de', async () => {
    const charter = join(dir, 'charter-de.pdf');
    const made = await runCli(['export', 'charter', vault, '--mentee', name, '--locale', 'de', '--out', charter], ok);
    expect(made.code, made.stderr).toBe(0);
    expect(flatText(readFileSync(charter))).toContain('MENTORING-VEREINBARUNG');
    const report = join(dir, 'report-de.pdf');
    const period = ['--from', '2025-01-01', '--to', '2025-12-31'];
    const reported = await runCli(['export', 'report', vault, '--mentee', name, ...period, '--locale', 'de', '--out', report], ok);
    expect(reported.code, reported.stderr).toBe(0);
    expect(flatText(readFileSync(report))).toContain('FORTSCHRITTSBERICHT');
  });

  it("writes in the mentee's language for documents without --locale, and in the one --locale names", async () => {
    const own = join(dir, 'charter-own-language.pdf');
    const made = await runCli(['export', 'charter', vault, '--mentee', german, '--out', own], ok);
    expect(made.code, made.stderr).toBe(0);
    expect(flatText(readFileSync(own))).toContain('MENTORING-VEREINBARUNG');
    const english = join(dir, 'charter-en-once.pdf');
    const asked = await runCli(['export', 'charter', vault, '--mentee', german, '--locale', 'en', '--out', english], ok);
    expect(asked.code, asked.stderr).toBe(0);
    expect(flatText(readFileSync(english))).toContain('MENTORSHIP CHARTER');
  });

  it('refuses a language it does not write, in words, writing nothing', async () => {
    const out = join(dir, 'never-fr.pdf');
    for (const command of ['charter', 'report']) {
      const refused = await runCli(['export', command, vault, '--mentee', name, '--from', '2025-01-01', '--to', '2025-12-31', '--locale', 'fr', '--out', out].filter((arg, i, all) => command === 'report' || !['--from', '--to'].includes(all[i - 1] ?? '') && !['--from', '--to'].includes(arg)), ok);
      expect(refused.code, command).toBe(2);
      expect(refused.stderr).toContain("--locale must be en or de (the languages a document can be written in), not 'fr'");
    }
    expect(existsSync(out)).toBe(false);
  });
});

describe('mentor-vault export report', () => {
  it('writes the report for the period', async () => {
    const out = join(dir, 'report.pdf');
    const result = await runCli(['export', 'report', vault, '--mentee', name, '--from', '2020-01-01', '--to', '2029-12-31', '--out', out], ok);
    expect(result.code, result.stderr).toBe(0);
    const text = flatText(readFileSync(out));
    expect(text).toContain('PROGRESS REPORT');
    expect(text).toContain(name);
    expect(text).toContain('1 January 2020 to 31 December 2029');
  });

  it('refuses a backwards or impossible period as bad usage, writing nothing', async () => {
    const before = listDir(dir);
    const backwards = await runCli(['export', 'report', vault, '--mentee', name, '--from', '2025-03-01', '--to', '2025-01-01', '--out', join(dir, 'x.pdf')], ok);
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toContain('--to: The period must end on or after its first day');
    const impossible = await runCli(['export', 'report', vault, '--mentee', name, '--from', '2025-02-30', '--to', '2025-03-01', '--out', join(dir, 'x.pdf')], ok);
    expect(impossible.code).toBe(2);
    expect(impossible.stderr).toContain('--from: From must be a date (YYYY-MM-DD)');
    const missing = await runCli(['export', 'report', vault, '--mentee', name, '--out', join(dir, 'x.pdf')], ok);
    expect(missing.code).toBe(2);
    expect(listDir(dir)).toEqual(before);
  });
});
