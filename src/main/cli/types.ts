export interface CliCommand {
  usage: string;
  summary: string;
  /** Number of positional arguments after the command name(s). */
  args: number;
  options?: Record<string, { type: 'string' | 'boolean' }>;
  run(positionals: string[], options: Record<string, string | boolean | undefined>): Promise<void> | void;
}

export function positiveInt(value: string | boolean | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number`);
  return n;
}

export class UsageError extends Error {}
