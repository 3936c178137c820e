import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliLocale } from '../../src/main/cli/language';
import { runCli } from '../helpers/cli';
import { makeTempDir, removeTempDir } from '../helpers/temp';
import { OTHER_PASSPHRASE, PASSPHRASE } from '../helpers/vault';

/** The command line speaks the terminal's language; codes, options and script-read lines stay the same. */
const GERMAN = { LANG: 'de_DE.UTF-8' };

describe('the language of the command line', () => {
  it('follows MENTOR_VAULT_LANG, then LC_ALL, LC_MESSAGES and LANG, and is English where the catalogue has none', () => {
    expect(cliLocale({ LANG: 'de_DE.UTF-8' })).toBe('de');
    expect(cliLocale({ LANG: 'de_DE.UTF-8', LC_ALL: 'en_GB.UTF-8' })).toBe('en');
    expect(cliLocale({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'de_AT' })).toBe('de');
    expect(cliLocale({ LANG: 'de_DE.UTF-8', MENTOR_VAULT_LANG: 'en' })).toBe('en');
    expect(cliLocale({ LANG: 'C' })).toBe('en');
    expect(cliLocale({ LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(cliLocale({})).toBe('en');
  });
});

describe('mentor-vault in German', () => {
  let dir: string;
  let vault: string;
  beforeAll(async () => {
    dir = makeTempDir('cli-de');
    vault = join(dir, 'tresor.mentorvault');
    const created = await runCli(['create', vault], { passphrase: PASSPHRASE, language: GERMAN });
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toBe(`${vault} angelegt\n`);
  });
  afterAll(() => removeTempDir(dir));

  it('lists its commands in German, with the synopses unchanged', async () => {
    const help = await runCli(['--help'], { language: GERMAN });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Aufruf:\n/);
    expect(help.stdout).toMatch(/mentor-vault create VAULT \[--locale en\|de\]\n {6}Einen neuen, leeren Tresor anlegen/);
    expect(help.stdout).toMatch(/mentor-vault forms make KIND VAULT .*\n {6}Ein ausfüllbares Formular erstellen \(KIND: self-assessment/);
    expect(help.stdout).not.toMatch(/Create a new, empty vault/);
    const english = await runCli(['--help']);
    expect(english.stdout).toMatch(/mentor-vault create VAULT \[--locale en\|de\]\s+Create a new, empty vault/);
  });

  it('words refusals in German and keeps "error: CODE:" for scripts', async () => {
    const wrong = await runCli(['verify', vault], { passphrase: OTHER_PASSPHRASE, language: GERMAN });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe('error: WRONG_PASSPHRASE: Diese Passphrase öffnet den Tresor nicht.\n');
    const unknown = await runCli(['frobnicate'], { language: GERMAN });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^unbekannter Befehl: frobnicate\nAufruf:/);
    const usage = await runCli(['export', 'charter', vault, '--mentee', 'X', '--out', join(dir, 'x.pdf'), '--locale', 'fr'], { passphrase: PASSPHRASE, language: GERMAN });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--locale muss en oder de sein (die Sprachen, in denen ein Dokument geschrieben werden kann), nicht 'fr'");
  });

  it('says what it did in German, and warns in German', async () => {
    const ok = await runCli(['verify', vault], { passphrase: PASSPHRASE, language: GERMAN });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/^ok: Integrität einwandfrei, \d+ Zeilen gelesen, alle Prüfungen bestanden\n$/);
    const out = join(dir, 'alles.json');
    const json = await runCli(['export', 'json', vault, '--out', out], { passphrase: PASSPHRASE, language: GERMAN });
    expect(json.code, json.stderr).toBe(0);
    expect(json.stderr).toContain('Warnung: die JSON-Datei ist NICHT verschlüsselt');
    expect(json.stdout).toMatch(new RegExp(`^${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} geschrieben: \\d+ Zeilen aus \\d+ Tabellen, \\d+ Bytes\\n$`));
    const again = await runCli(['export', 'json', vault, '--out', out], { passphrase: PASSPHRASE, language: GERMAN });
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('error: VAULT_EXISTS: Unter --out gibt es bereits eine Datei; wählen Sie einen anderen Namen oder ersetzen Sie sie mit --force.\n');
  });

  it('stays English when MENTOR_VAULT_LANG says so, whatever the terminal', async () => {
    const ok = await runCli(['verify', vault], { passphrase: PASSPHRASE, language: { ...GERMAN, MENTOR_VAULT_LANG: 'en' } });
    expect(ok.stdout).toMatch(/^ok: integrity clean, \d+ rows read, all checks passed\n$/);
  });
});
