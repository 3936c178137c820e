import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeysFile, KEYS_FILE, openKeysFile, rewrapKeysFile, type JournalKeys } from '../../../src/main/features/sync/journal/keys';
import { readNew } from '../../../src/main/features/sync/journal/read';
import { writeSegment } from '../../../src/main/features/sync/journal/write';
import { VaultError } from '../../../src/main/vault/vault-error';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { OTHER_PASSPHRASE, PASSPHRASE } from '../../helpers/vault';

let dir: string;
let folder: string;
let keys: JournalKeys;

beforeAll(async () => {
  dir = makeTempDir('sync-keys');
  folder = join(dir, 'sync');
  keys = await createKeysFile(folder, PASSPHRASE);
});

afterAll(() => removeTempDir(dir));

async function codeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'ok';
  } catch (err) {
    return err instanceof VaultError ? err.code : String(err);
  }
}

const ALICE = 'a'.repeat(32);
const BOB = 'b'.repeat(32);

describe('the keys file of a sync folder', () => {
  it('holds a random vault id and a 32-byte data key that only the passphrase unwraps', async () => {
    expect(keys.vaultId).toMatch(/^[0-9a-f]{32}$/);
    expect(keys.dataKey).toHaveLength(32);
    const file = JSON.parse(readFileSync(join(folder, KEYS_FILE), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(file).sort()).toEqual(['format', 'kdf', 'nonce', 'salt', 'vaultId', 'wrappedKey']);
    expect(readFileSync(join(folder, KEYS_FILE)).includes(keys.dataKey)).toBe(false);
    expect(readFileSync(join(folder, KEYS_FILE), 'utf8')).not.toContain(keys.dataKey.toString('base64'));
    expect(readdirSync(folder)).toEqual([KEYS_FILE]);

    const opened = await openKeysFile(folder, PASSPHRASE);
    expect(opened.vaultId).toBe(keys.vaultId);
    expect(opened.dataKey.equals(keys.dataKey)).toBe(true);
    expect(await codeOf(() => openKeysFile(folder, 'not the passphrase at all'))).toBe('WRONG_PASSPHRASE');
  });

  it('refuses a second start in the same folder, a folder without keys, and a damaged or half-synced file', async () => {
    expect(await codeOf(() => createKeysFile(folder, PASSPHRASE))).toBe('VAULT_EXISTS');
    expect(await codeOf(() => openKeysFile(join(dir, 'empty'), PASSPHRASE))).toBe('NOT_FOUND');
    const other = join(dir, 'damaged');
    await createKeysFile(other, PASSPHRASE);
    const whole = readFileSync(join(other, KEYS_FILE));
    writeFileSync(join(other, KEYS_FILE), whole.subarray(0, whole.length >> 1));
    expect(await codeOf(() => openKeysFile(other, PASSPHRASE))).toBe('NOT_A_VAULT');
    const tampered = JSON.parse(whole.toString('utf8')) as { vaultId: string };
    tampered.vaultId = 'c'.repeat(32);
    writeFileSync(join(other, KEYS_FILE), JSON.stringify(tampered));
    // The vault id is bound to the wrapped key: swapping it is caught like a wrong passphrase.
    expect(await codeOf(() => openKeysFile(other, PASSPHRASE))).toBe('WRONG_PASSPHRASE');
  });

  it('a passphrase change rewraps only the keys file: segments written before stay readable', async () => {
    const rewrap = join(dir, 'rewrap');
    const before = await createKeysFile(rewrap, PASSPHRASE);
    writeSegment(rewrap, before, ALICE, [{ timestamp: '2026-12-04T09:00:00.000Z-0000-aaaaaaaaaaaaaaaa', dataset: 'notes', row: 'r1', column: 'body', value: 'kept' }]);
    const segmentBytes = readFileSync(join(rewrap, ALICE, readdirSync(join(rewrap, ALICE))[0]!));
    const fileBefore = readFileSync(join(rewrap, KEYS_FILE), 'utf8');

    await rewrapKeysFile(rewrap, PASSPHRASE, OTHER_PASSPHRASE);
    expect(readFileSync(join(rewrap, KEYS_FILE), 'utf8')).not.toBe(fileBefore);
    expect(readdirSync(rewrap).sort()).toEqual([ALICE, KEYS_FILE].sort());
    expect(readFileSync(join(rewrap, ALICE, readdirSync(join(rewrap, ALICE))[0]!)).equals(segmentBytes)).toBe(true);
    expect(await codeOf(() => openKeysFile(rewrap, PASSPHRASE))).toBe('WRONG_PASSPHRASE');
    expect(await codeOf(() => rewrapKeysFile(rewrap, PASSPHRASE, 'another new passphrase'))).toBe('WRONG_PASSPHRASE');

    const after = await openKeysFile(rewrap, OTHER_PASSPHRASE);
    expect(after.vaultId).toBe(before.vaultId);
    const read = readNew(rewrap, after, {}, { self: BOB, now: new Date('2026-12-04T10:00:00Z') });
    expect(read.messages.map((m) => m.value)).toEqual(['kept']);
  });
});
