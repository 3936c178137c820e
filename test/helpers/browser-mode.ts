import { spawn, type ChildProcess } from 'node:child_process';

export interface BrowserMode {
  /** The address printed for the user, token included. */
  address: string;
  origin: string;
  token: string;
  output(): string;
  stop(): Promise<number | null>;
}

/** Runs `npm run start:browser`'s server as a user would (without opening a browser) and reads the address it prints. */
export function startBrowserMode(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<BrowserMode> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/start-browser.ts', '--no-open', ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((done, fail) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /open: (http:\/\/127\.0\.0\.1:\d+)\/\?token=([0-9a-f]+)/.exec(output);
      if (!match) return;
      child.stdout?.off('data', onData);
      child.stdout?.on('data', (more: Buffer) => (output += more.toString('utf8')));
      done({
        address: `${match[1]}/?token=${match[2]}`,
        origin: match[1]!,
        token: match[2]!,
        output: () => output,
        stop: () =>
          new Promise((stopped) => {
            child.once('exit', (code) => stopped(code));
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => fail(new Error(`start:browser exited with ${code}: ${output}`)));
  });
}
