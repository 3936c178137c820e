import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { listDir, makeTempDir, removeTempDir } from '../helpers/temp';
import { PASSPHRASE } from '../helpers/vault';

/** Bad usage exits 2 with the usage on stderr, before any passphrase is asked or any file touched. */
let dir: string;

beforeAll(() => {
  dir = makeTempDir('cli-usage');
});
afterAll(() => removeTempDir(dir));

describe('usage', () => {
  it('exits 2 on bad usage and creates nothing', async () => {
    const v = join(dir, 'v.mentorvault');
    const cases: string[][] = [
      [],
      ['no-such-command', v],
      ['info'],
      ['info', v, 'extra'],
      ['create'],
      ['demo', v, '--mentees', 'many'],
      ['demo', v, '--mentees', '-3'],
      ['demo', v, '--no-such-option'],
      ['verify', '--mentees', '3', v],
    ];
    const results = await Promise.all(cases.map((args) => runCli(args, { passphrase: PASSPHRASE })));
    results.forEach((result, i) => {
      const label = `mentor-vault ${cases[i]!.join(' ')}`;
      expect(result.code, label).toBe(2);
      expect(result.stderr + result.stdout, label).toMatch(/usage/);
      expect(result.stderr, label).not.toMatch(/^error: /m);
    });
    expect(listDir(dir)).toEqual([]);
  });

  it('--help prints every verb and exits 0', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const verb of ['create', 'info', 'verify', 'demo', 'raw-key', 'passwd']) {
      expect(result.stdout).toMatch(new RegExp(`mentor-vault ${verb} VAULT`));
    }
  });
});
