import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const CLI_ENTRY = resolve(import.meta.dirname, '../../src/main/cli/index.ts');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** MENTOR_VAULT_PASSPHRASE; omitted means unset. */
  passphrase?: string;
  /** MENTOR_VAULT_NEW_PASSPHRASE; omitted means unset. */
  newPassphrase?: string;
  /** Written to standard input (which is a pipe, never a TTY). */
  input?: string;
  cwd?: string;
  /** The terminal's language variables (LANG, LC_ALL, MENTOR_VAULT_LANG…); omitted means LANG=C, English. */
  language?: Record<string, string>;
}

/** Runs `mentor-vault ARGS` from source in a child process, the way a user would. */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.MENTOR_VAULT_PASSPHRASE;
  delete env.MENTOR_VAULT_NEW_PASSPHRASE;
  // The machine's own language must not change what a test reads.
  for (const name of ['MENTOR_VAULT_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG']) delete env[name];
  Object.assign(env, options.language ?? { LANG: 'C' });
  if (options.passphrase !== undefined) env.MENTOR_VAULT_PASSPHRASE = options.passphrase;
  if (options.newPassphrase !== undefined) env.MENTOR_VAULT_NEW_PASSPHRASE = options.newPassphrase;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI_ENTRY, ...args], {
      cwd: options.cwd ?? resolve(import.meta.dirname, '../..'),
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
