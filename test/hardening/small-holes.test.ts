import { readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoVault } from '../../src/main/demo/generate';
import { startBridge, type Bridge } from '../bridge/server';
import { runCli } from '../helpers/cli';
import { makeTempDir, removeTempDir } from '../helpers/temp';
import { createTestVault, PASSPHRASE } from '../helpers/vault';

let dir: string;
beforeAll(() => {
  dir = makeTempDir('small-holes');
});
afterAll(() => removeTempDir(dir));

describe('the test bridge refuses a wrong token with 403, whatever its characters', () => {
  let bridge: Bridge;
  beforeAll(async () => {
    bridge = await startBridge({ dataDir: join(dir, 'bridge') });
  });
  afterAll(() => bridge?.close());

  it('a non-ASCII token as long as the real one, in the events URL', async () => {
    const token = 'é'.repeat(bridge.token.length);
    const response = await fetch(`${bridge.url}__bridge/events?token=${encodeURIComponent(token)}`);
    expect(response.status).toBe(403);
  });

  it('a non-ASCII token in the call header (sent as raw bytes)', async () => {
    const { port } = new URL(bridge.url);
    const status = await new Promise<string>((done, fail) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        const header = Buffer.concat([
          Buffer.from(`POST /__bridge/rpc HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 2\r\nConnection: close\r\nx-bridge-token: `, 'latin1'),
          Buffer.alloc(bridge.token.length, 0xe9),
          Buffer.from('\r\n\r\n{}', 'latin1'),
        ]);
        socket.end(header);
      });
      let answer = '';
      socket.on('data', (d) => (answer += d.toString('latin1')));
      socket.on('end', () => done(answer.split('\r\n')[0] ?? ''));
      socket.on('error', fail);
    });
    expect(status).toBe('HTTP/1.1 403 Forbidden');
  });
});

describe('CLI exports never overwrite an existing --out file without --force', () => {
  let vault: string;
  let mentee: string;
  beforeAll(async () => {
    ({ path: vault } = await createTestVault(join(dir, 'cli.mentorvault'), {
      fill: (db) => {
        fillDemoVault(db, { mentees: 1, seed: 2 });
        mentee = db.prepare('SELECT name FROM mentees LIMIT 1').pluck().get() as string;
      },
    }));
  });

  const cases = () => [
    ['json', ['export', 'json', vault, '--out'], 'out.json'],
    ['ics', ['export', 'ics', vault, '--out'], 'out.ics'],
    ['charter', ['export', 'charter', vault, '--mentee', mentee, '--out'], 'out.pdf'],
  ] as const;

  it('refuses, names --force, and leaves the file as it was; --force replaces it', async () => {
    for (const [label, args, name] of cases()) {
      const out = join(dir, name);
      writeFileSync(out, 'keep me');
      const refused = await runCli([...args, out], { passphrase: PASSPHRASE });
      expect(refused.code, label).toBe(1);
      expect(refused.stderr, label).toMatch(/^error: VAULT_EXISTS: .*--force/m);
      expect(readFileSync(out, 'utf8'), label).toBe('keep me');
      const forced = await runCli([...args, out, '--force'], { passphrase: PASSPHRASE });
      expect(forced.code, `${label}: ${forced.stderr}`).toBe(0);
      expect(readFileSync(out, 'utf8'), label).not.toBe('keep me');
    }
  }, 240_000);
});
