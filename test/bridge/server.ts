import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { METHOD_NAMES } from '../../src/shared/contract';
import type { AppEvent } from '../../src/shared/contract/bridge-api';
import { clearClipboardOnLock } from '../../src/main/app/clipboard-on-lock';
import { ConfigStore } from '../../src/main/app/config';
import { VaultSession } from '../../src/main/app/session';
import { CONTENT_SECURITY_POLICY } from '../../src/main/electron/csp';
import { handlers } from '../../src/main/ipc/handlers';
import { createRouter, type Dispatch } from '../../src/main/ipc/router';
import { installBridgeClient } from './client';
import { TestPlatform } from './test-platform';

/**
 * The test bridge: the real main-process router served on 127.0.0.1 with
 * a random token, and the built renderer served beside it, so the real UI runs in a
 * real browser without Electron. For tests and development only; never shipped.
 */
export interface Bridge {
  url: string;
  token: string;
  session: VaultSession;
  platform: TestPlatform;
  dispatch: Dispatch;
  /** Count of calls per method, to spot N+1 patterns. */
  calls: Map<string, number>;
  emit(event: AppEvent): void;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
};

export interface BridgeOptions {
  dataDir: string;
  rendererRoot?: string;
  /** The desktop around the core; the test platform by default. */
  platform?: TestPlatform;
  /**
   * Browser mode (`npm run start:browser`): the page gets its bridge client from the server,
   * with the token from the address it was opened at, and shows the development-mode banner.
   * Tests install the client themselves (Playwright's init script) and leave this off.
   */
  serveClient?: boolean;
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const rendererRoot = resolve(options.rendererRoot ?? 'out/renderer');
  const token = randomBytes(24).toString('hex');
  const config = new ConfigStore(join(options.dataDir, 'config.json'));
  const session = new VaultSession(config, {
    defaultVaultPath: join(options.dataDir, 'vault', 'mentor.mentorvault'),
    demoVaultPath: join(options.dataDir, 'demo', 'demo.mentorvault'),
  });
  const platform = options.platform ?? new TestPlatform(options.dataDir);
  const calls = new Map<string, number>();
  const dispatch = createRouter(handlers, { session, platform });
  const listeners = new Set<ServerResponse>();
  const emit = (event: AppEvent) => {
    for (const res of listeners) res.write(`data: ${JSON.stringify(event)}\n\n`);
  };
  session.onLock((reason) => emit({ type: 'locked', reason }));
  clearClipboardOnLock(session, platform);

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      res.writeHead(500).end();
    });
  });

  let origin = '';
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Loopback only, and only under its own name: a page elsewhere (or a DNS-rebound name) gets nothing.
    if (req.headers.host !== new URL(origin).host) return void res.writeHead(421).end();
    if (req.headers.origin !== undefined && req.headers.origin !== origin) return void res.writeHead(403).end();
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname === '/__bridge/rpc' && req.method === 'POST') {
      if (!tokenMatches(req.headers['x-bridge-token'])) return void res.writeHead(403).end();
      const body = await readBody(req);
      let call: { method?: unknown; input?: unknown };
      try {
        call = JSON.parse(body) as { method?: unknown; input?: unknown };
      } catch {
        call = {};
      }
      calls.set(String(call.method), (calls.get(String(call.method)) ?? 0) + 1);
      const result = await dispatch(call.method, call.input);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(result));
      return;
    }
    if (url.pathname === '/__bridge/events') {
      if (!tokenMatches(url.searchParams.get('token') ?? undefined)) return void res.writeHead(403).end();
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
      res.write(': connected\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    if (options.serveClient && url.pathname === CLIENT_PATH) {
      res.writeHead(200, { 'Content-Type': MIME['.js']!, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      res.end(browserModeClient());
      return;
    }
    const relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = normalize(join(rendererRoot, relative));
    if (!file.startsWith(rendererRoot + sep)) return void res.writeHead(404).end();
    try {
      let content: Buffer | string = await readFile(file);
      if (options.serveClient && relative === '/index.html') content = withClientScript(content.toString('utf8'));
      res.writeHead(200, {
        'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'Cache-Control': 'no-store',
      });
      res.end(content);
    } catch {
      res.writeHead(404).end();
    }
  }

  function tokenMatches(given: string | string[] | undefined): boolean {
    if (typeof given !== 'string') return false;
    // Compared as bytes: a non-ASCII token of the right length in characters is longer in bytes.
    const bytes = Buffer.from(given);
    const expected = Buffer.from(token);
    return bytes.length === expected.length && timingSafeEqual(bytes, expected);
  }

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    token,
    session,
    platform,
    dispatch,
    calls,
    emit,
    close: () =>
      new Promise<void>((done) => {
        // Lock first: its event still reaches open streams, then they end.
        session.lock('quit');
        for (const res of listeners) res.end();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

const CLIENT_PATH = '/__bridge/client.js';

/** The page's bridge client as a classic script, run before the app's module. No token inside: the page reads it from its address. */
function browserModeClient(): string {
  // `__name`: the helper a TypeScript loader may wrap inner functions in; harmless otherwise.
  return `var __name = (f) => f;\n(${installBridgeClient.toString()})(${JSON.stringify({ methods: METHOD_NAMES, runtime: 'browser-development' })});\n`;
}

function withClientScript(html: string): string {
  return html.replace('<script type="module"', `<script src="${CLIENT_PATH}"></script>\n    <script type="module"`);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 32 * 1024 * 1024) {
        fail(new Error('too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

export { METHOD_NAMES };
