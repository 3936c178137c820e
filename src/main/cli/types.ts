export interface CliCommand {
  usage: string;
  summary: string;
  /** Number of positional arguments after the command name(s). */
  args: number;
  options?: Record<string, { type: 'string' | 'boolean' }>;
  run(positionals: string[], options: Record<string, string | boolean | undefined>): Promise<void> | void;
}
