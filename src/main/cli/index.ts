#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { VaultError } from '../vault/vault-error';
import { commands } from './commands';
import { cliLocale, say } from './language';
import { SaidError, UsageError } from './types';

/**
 * mentor-vault: the headless jobs, on the same core as the app.
 * Exit 0 on success, 1 with `error: CODE: message` on failure, 2 on bad usage.
 */
function usage(): string {
  // Each summary under its usage: usages run from 20 to 120 characters, so no column fits them all.
  const lines = Object.values(commands).map((c) => `  mentor-vault ${c.usage}\n      ${say(c.summary, c.summaryValues)}`);
  return `${say('cli.usage')}\n${lines.join('\n')}\n`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  // Two-word verbs ("export charter") are keyed with a space.
  const twoWord = rest[0] !== undefined ? `${name} ${rest[0]}` : undefined;
  const key = twoWord && commands[twoWord] ? twoWord : name;
  const command = commands[key];
  if (!command) {
    process.stderr.write(`${say('cli.unknownCommand', { name })}\n${usage()}`);
    return 2;
  }
  const args = key === twoWord ? rest.slice(1) : rest;
  let positionals: string[];
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ positionals, values } = parseArgs({ args, options: command.options ?? {}, allowPositionals: true, strict: true }) as {
      positionals: string[];
      values: Record<string, string | boolean | undefined>;
    });
    if (positionals.length !== command.args) throw new UsageError(say('cli.argumentCount', { count: command.args }));
  } catch (err) {
    process.stderr.write(`${say('cli.usage')} mentor-vault ${command.usage}\n${(err as Error).message}\n`);
    return 2;
  }
  try {
    await command.run(positionals, values);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${say('cli.usage')} mentor-vault ${command.usage}\n${err.message}\n`);
      return 2;
    }
    if (err instanceof VaultError) {
      // "error: CODE:" is for scripts, in every language. The core words its refusals in
      // English; another language gets the catalogue's words for the code, as the app does.
      const words = err instanceof SaidError || cliLocale() === 'en' ? err.message : say(`errors.${err.code}`);
      process.stderr.write(`error: ${err.code}: ${words}\n`);
      return 1;
    }
    // Never print an unknown error's message: it could quote vault content.
    process.stderr.write(`error: INTERNAL: ${say('cli.unexpected', { name: (err as Error)?.name ?? 'Error' })}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 1;
  },
);
