import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { OpenOutcome } from '../fixtures/open-child';

export type AttemptResult = OpenOutcome | { outcome: 'crash'; detail: string } | { outcome: 'hang'; detail: string };

/**
 * Drives the long-lived open child (fixtures/open-child.ts, bundled): one request at a
 * time; a child that dies is a crash, one that does not answer within `timeoutMs` a
 * hang (it is killed); either way the next request starts a fresh child.
 */
export class OpenChild {
  private proc: ChildProcessWithoutNullStreams | undefined;
  private ready: Promise<void> | undefined;
  private buffer = '';
  private waiting: ((line: string | Error) => void) | undefined;
  private stderr = '';
  starts = 0;

  constructor(
    private readonly script: string,
    private readonly timeoutMs: number,
  ) {}

  private start(): Promise<void> {
    this.starts++;
    this.buffer = '';
    this.stderr = '';
    const proc = spawn(process.execPath, [this.script], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc = proc;
    proc.stderr.setEncoding('utf8').on('data', (c: string) => (this.stderr = (this.stderr + c).slice(-2000)));
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      this.buffer += chunk;
      let newline: number;
      while ((newline = this.buffer.indexOf('\n')) >= 0) {
        const line = this.buffer.slice(0, newline);
        this.buffer = this.buffer.slice(newline + 1);
        const waiter = this.waiting;
        this.waiting = undefined;
        waiter?.(line);
      }
    });
    proc.on('exit', (code, signal) => {
      if (this.proc === proc) this.proc = undefined;
      const waiter = this.waiting;
      this.waiting = undefined;
      waiter?.(new Error(`open child exited (code ${code}, signal ${signal}): ${this.stderr.trim()}`));
    });
    return new Promise((done, fail) => {
      this.waiting = (line) => (line === 'ready' ? done() : fail(line instanceof Error ? line : new Error(`open child said "${line}"`)));
    });
  }

  async open(path: string, keyHex: string): Promise<AttemptResult> {
    if (!this.proc) {
      this.ready = this.start();
    }
    await this.ready;
    const proc = this.proc!;
    const answer = new Promise<string | Error>((done) => (this.waiting = done));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((done) => (timer = setTimeout(() => done('timeout'), this.timeoutMs)));
    proc.stdin.write(`${JSON.stringify({ path, key: keyHex })}\n`);
    const line = await Promise.race([answer, timeout]);
    clearTimeout(timer);
    if (line === 'timeout') {
      this.waiting = undefined;
      this.proc = undefined;
      proc.kill('SIGKILL');
      return { outcome: 'hang', detail: `no answer within ${this.timeoutMs} ms` };
    }
    if (line instanceof Error) return { outcome: 'crash', detail: line.message };
    return JSON.parse(line) as OpenOutcome;
  }

  stop(): void {
    this.proc?.stdin.end();
    this.proc?.kill();
    this.proc = undefined;
  }
}
