import { vaultInfo } from '../vault/info';
import { verifyDatabase } from '../vault/verify';
import { Vault } from '../vault/vault';
import { say } from './language';
import { localeOption } from './locale-option';
import { writeDefaultCompetenciesIn } from '../features/assessment/built-in';
import { writeBuiltInsIn } from '../features/templates/built-in';
import { readPassphrase } from './prompt';
import { positiveInt, SaidError, type CliCommand } from './types';
import { rewrapAfterPassphraseChange } from '../features/sync/passphrase-change';

const PASSPHRASE_ENV = 'MENTOR_VAULT_PASSPHRASE';
const NEW_PASSPHRASE_ENV = 'MENTOR_VAULT_NEW_PASSPHRASE';

export async function unlockFromCli(path: string): Promise<Vault> {
  return Vault.unlock(path, await readPassphrase(PASSPHRASE_ENV, say('cli.prompt.passphrase')));
}

async function withVault<T>(path: string, work: (vault: Vault) => T | Promise<T>): Promise<T> {
  const vault = await unlockFromCli(path);
  try {
    return await work(vault);
  } finally {
    vault.close();
  }
}

async function newPassphrase(envName: string): Promise<string> {
  const first = await readPassphrase(envName, say('cli.prompt.newPassphrase'));
  if (process.env[envName] === undefined && process.stdin.isTTY) {
    const again = await readPassphrase('', say('cli.prompt.repeat'));
    if (again !== first) throw new SaidError('INVALID_INPUT', say('cli.passphrasesDiffer'));
  }
  return first;
}

export const vaultCommands: Record<string, CliCommand> = {
  create: {
    usage: 'create VAULT [--locale en|de]',
    summary: 'cli.summary.create',
    args: 1,
    options: { locale: { type: 'string' } },
    async run([path], options) {
      const locale = localeOption(options);
      const vault = await Vault.create(path!, await newPassphrase(PASSPHRASE_ENV));
      try {
        // The starting lists the migrations seeded in English, in the language asked for, as the app does.
        if (locale) {
          writeBuiltInsIn(vault.db, locale);
          writeDefaultCompetenciesIn(vault.db, locale);
        }
      } finally {
        vault.close();
      }
      console.log(say('cli.created', { path }));
    },
  },
  info: {
    usage: 'info VAULT',
    summary: 'cli.summary.info',
    args: 1,
    run: ([path]) => withVault(path!, (vault) => console.log(JSON.stringify(vaultInfo(vault.db, vault.path), null, 2))),
  },
  verify: {
    usage: 'verify VAULT',
    summary: 'cli.summary.verify',
    args: 1,
    run: ([path]) =>
      withVault(path!, (vault) => {
        const { problems, rowsRead } = verifyDatabase(vault.db);
        if (problems.length === 0) {
          console.log(say('cli.verifyOk', { rows: String(rowsRead) }));
          return;
        }
        for (const p of problems) console.log(`problem: ${p.check}: ${p.message}`);
        throw new SaidError('CORRUPT_VAULT', say('cli.verifyProblems', { count: problems.length }));
      }),
  },
  demo: {
    usage: 'demo VAULT [--mentees N] [--notes N] [--meetings N] [--goals N] [--seed N] [--locale en|de]',
    summary: 'cli.summary.demo',
    args: 1,
    options: { mentees: { type: 'string' }, notes: { type: 'string' }, meetings: { type: 'string' }, goals: { type: 'string' }, seed: { type: 'string' }, locale: { type: 'string' } },
    async run([path], options) {
      const mentees = positiveInt(options.mentees, 'mentees', 12);
      const seed = positiveInt(options.seed, 'seed', 1);
      // The language of the invented words, the charters and the built-in templates; absent = English.
      const locale = localeOption(options);
      // Absent = the generator's own per-mentee amounts; the benchmark asks for a lifetime's.
      const counts = Object.fromEntries(
        (['notes', 'meetings', 'goals'] as const).filter((name) => options[name] !== undefined).map((name) => [name, positiveInt(options[name], name, 0)]),
      );
      // Loaded here: the demo generator pulls in every domain's filler, which costs
      // about 0.4 s of start-up that no other verb needs.
      const { fillDemoVault } = await import('../demo/generate');
      const vault = await Vault.create(path!, await readPassphrase(PASSPHRASE_ENV, say('cli.prompt.passphrase')), { allowWeakPassphrase: true });
      try {
        fillDemoVault(vault.db, { mentees, seed, locale, ...counts });
        console.log(JSON.stringify(vaultInfo(vault.db, vault.path).counts));
      } finally {
        vault.close();
      }
    },
  },
  'raw-key': {
    usage: 'raw-key VAULT',
    summary: 'cli.summary.rawKey',
    args: 1,
    run: ([path]) =>
      withVault(path!, (vault) => {
        process.stderr.write(`${say('cli.warning', { text: say('cli.rawKeyWarning') })}\n`);
        console.log(vault.rawKeyPragma());
      }),
  },
  passwd: {
    usage: 'passwd VAULT',
    summary: 'cli.summary.passwd',
    args: 1,
    async run([path]) {
      const current = await readPassphrase(PASSPHRASE_ENV, say('cli.prompt.currentPassphrase'));
      const vault = await Vault.unlock(path!, current);
      try {
        const before = vault.db;
        const next = await newPassphrase(NEW_PASSPHRASE_ENV);
        await vault.changePassphrase(current, next);
        console.log(say('cli.passphraseChanged'));
        // As in Settings: the sync folder's keys follow the vault's passphrase, or the mentor is told why not.
        const syncKeys = await rewrapAfterPassphraseChange(before, vault.db, current, next);
        if (syncKeys !== 'notSyncing') console.log(say(`sync.keys.${syncKeys}`));
      } finally {
        vault.close();
      }
    },
  },
};
