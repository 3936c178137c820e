import { vaultInfo } from '../vault/info';
import { verifyDatabase } from '../vault/verify';
import { Vault } from '../vault/vault';
import { VaultError } from '../vault/vault-error';
import { readPassphrase } from './prompt';
import { positiveInt, type CliCommand } from './types';

const PASSPHRASE_ENV = 'MENTOR_VAULT_PASSPHRASE';
const NEW_PASSPHRASE_ENV = 'MENTOR_VAULT_NEW_PASSPHRASE';

export async function unlockFromCli(path: string): Promise<Vault> {
  return Vault.unlock(path, await readPassphrase(PASSPHRASE_ENV, 'Passphrase: '));
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
  const first = await readPassphrase(envName, 'New passphrase: ');
  if (process.env[envName] === undefined && process.stdin.isTTY) {
    const again = await readPassphrase('', 'Repeat it: ');
    if (again !== first) throw new VaultError('INVALID_INPUT', 'The two passphrases differ.');
  }
  return first;
}

export const vaultCommands: Record<string, CliCommand> = {
  create: {
    usage: 'create VAULT',
    summary: 'Create a new, empty vault (passphrase from MENTOR_VAULT_PASSPHRASE or a prompt).',
    args: 1,
    async run([path]) {
      const vault = await Vault.create(path!, await newPassphrase(PASSPHRASE_ENV));
      vault.close();
      console.log(`created ${path}`);
    },
  },
  info: {
    usage: 'info VAULT',
    summary: 'Print format, schema and KDF versions and row counts as JSON.',
    args: 1,
    run: ([path]) => withVault(path!, (vault) => console.log(JSON.stringify(vaultInfo(vault.db, vault.path), null, 2))),
  },
  verify: {
    usage: 'verify VAULT',
    summary: 'Check integrity, read every row, verify hash chains; exit 1 on any problem.',
    args: 1,
    run: ([path]) =>
      withVault(path!, (vault) => {
        const { problems, rowsRead } = verifyDatabase(vault.db);
        if (problems.length === 0) {
          console.log(`ok: integrity clean, ${rowsRead} rows read, all checks passed`);
          return;
        }
        for (const p of problems) console.log(`problem: ${p.check}: ${p.message}`);
        throw new VaultError('CORRUPT_VAULT', `${problems.length} problem(s) found`);
      }),
  },
  demo: {
    usage: 'demo VAULT [--mentees N] [--notes N] [--meetings N] [--goals N] [--seed N]',
    summary: 'Create a new vault filled with realistic, invented data (counts in all; defaults: a few per mentee).',
    args: 1,
    options: { mentees: { type: 'string' }, notes: { type: 'string' }, meetings: { type: 'string' }, goals: { type: 'string' }, seed: { type: 'string' } },
    async run([path], options) {
      const mentees = positiveInt(options.mentees, 'mentees', 12);
      const seed = positiveInt(options.seed, 'seed', 1);
      // Absent = the generator's own per-mentee amounts; the benchmark asks for a lifetime's.
      const counts = Object.fromEntries(
        (['notes', 'meetings', 'goals'] as const).filter((name) => options[name] !== undefined).map((name) => [name, positiveInt(options[name], name, 0)]),
      );
      // Loaded here: the demo generator pulls in every domain's filler, which costs
      // about 0.4 s of start-up that no other verb needs.
      const { fillDemoVault } = await import('../demo/generate');
      const vault = await Vault.create(path!, await readPassphrase(PASSPHRASE_ENV, 'Passphrase: '), { allowWeakPassphrase: true });
      try {
        fillDemoVault(vault.db, { mentees, seed, ...counts });
        console.log(JSON.stringify(vaultInfo(vault.db, vault.path).counts));
      } finally {
        vault.close();
      }
    },
  },
  'raw-key': {
    usage: 'raw-key VAULT',
    summary: 'Print the raw SQLCipher key pragma for the stock sqlcipher tool.',
    args: 1,
    run: ([path]) =>
      withVault(path!, (vault) => {
        process.stderr.write('warning: this key opens the vault without the passphrase; do not store or share it.\n');
        console.log(vault.rawKeyPragma());
      }),
  },
  passwd: {
    usage: 'passwd VAULT',
    summary: 'Change the passphrase (new one from MENTOR_VAULT_NEW_PASSPHRASE or a prompt).',
    args: 1,
    async run([path]) {
      const current = await readPassphrase(PASSPHRASE_ENV, 'Current passphrase: ');
      const vault = await Vault.unlock(path!, current);
      try {
        await vault.changePassphrase(current, await newPassphrase(NEW_PASSPHRASE_ENV));
        console.log('passphrase changed');
      } finally {
        vault.close();
      }
    },
  },
};
