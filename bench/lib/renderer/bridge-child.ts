/**
 * The main-process core of the app, alone in its own process, for the renderer rows:
 * the test bridge (the real session, router and handlers) serving the built renderer.
 * Its memory is then the app's main-process memory, without the bench's own two
 * databases. Prints one JSON line ({ url, token }) when listening, then answers lines
 * on stdin: `calls` (bridge calls per method since the last `reset`), `reset`, `close`.
 *
 *   node --import tsx bench/lib/renderer/bridge-child.ts <dataDir>
 */
import { createInterface } from 'node:readline';
import { startBridge } from '../../../test/bridge/server';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: bridge-child.ts <dataDir>');

const bridge = await startBridge({ dataDir });
const reply = (message: unknown) => process.stdout.write(`${JSON.stringify(message)}\n`);
reply({ url: bridge.url, token: bridge.token });

let closing = false;
async function close(): Promise<void> {
  if (closing) return;
  closing = true;
  await bridge.close();
  process.exit(0);
}

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const command = line.trim();
  if (command === 'calls') reply({ calls: Object.fromEntries(bridge.calls) });
  else if (command === 'reset') {
    bridge.calls.clear();
    reply({ ok: true });
  } else if (command === 'close') void close();
  else reply({ error: `unknown command: ${command}` });
});
// The bench went away without saying so: do not outlive it.
lines.on('close', () => void close());
