import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { deriveKey, kdfByVersion, newestKdf, newSalt, type KdfParams } from '../../../vault/kdf';
import { VaultError } from '../../../vault/vault-error';
import { writeFileAtomic } from './atomic-file';

/**
 * The sync folder's one small plaintext-format file: the vault's random id and its random
 * 32-byte data key, wrapped (AES-256-GCM) by a key that scrypt derives from the passphrase
 * and this file's own salt. Segments are encrypted under the data key, so a passphrase change
 * rewraps this file only. The file holds no name or content of the vault.
 */
export const KEYS_FILE = 'keys.json';
const FORMAT = 1;
const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const keysFile = z.strictObject({
  format: z.literal(FORMAT),
  vaultId: z.string().regex(/^[0-9a-f]{32}$/),
  kdf: z.number().int().positive(),
  salt: b64,
  nonce: b64,
  /** The data key's ciphertext followed by its 16-byte GCM tag. */
  wrappedKey: b64,
});
type KeysFile = z.infer<typeof keysFile>;

/** The keys a round needs, once the passphrase has unwrapped them. */
export interface JournalKeys {
  readonly vaultId: string;
  readonly dataKey: Buffer;
}

const wrapAad = (vaultId: string) => Buffer.from(`mentor-vault sync keys ${FORMAT} ${vaultId}`);

async function wrap(vaultId: string, dataKey: Buffer, passphrase: string, kdf: KdfParams): Promise<KeysFile> {
  const salt = newSalt();
  const kek = await deriveKey(passphrase, salt, kdf);
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, nonce).setAAD(wrapAad(vaultId));
  const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
  kek.fill(0);
  return { format: FORMAT, vaultId, kdf: kdf.version, salt: salt.toString('base64'), nonce: nonce.toString('base64'), wrappedKey: wrapped.toString('base64') };
}

function readKeysFile(folder: string): KeysFile {
  const path = join(folder, KEYS_FILE);
  if (!existsSync(path)) throw new VaultError('NOT_FOUND', 'The sync folder has no keys file: no vault has been synced through it yet.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new VaultError('NOT_A_VAULT', 'The keys file in the sync folder cannot be read: it is incomplete (still syncing?) or not one this app wrote.');
  }
  const checked = keysFile.safeParse(parsed);
  if (!checked.success) throw new VaultError('NOT_A_VAULT', 'The keys file in the sync folder is not one this app wrote, or comes from a newer version.');
  return checked.data;
}

async function unwrap(file: KeysFile, passphrase: string): Promise<Buffer> {
  const kdf = kdfByVersion(file.kdf);
  if (!kdf) throw new VaultError('VAULT_TOO_NEW', 'The keys file in the sync folder was written by a newer version of the app.');
  const kek = await deriveKey(passphrase, Buffer.from(file.salt, 'base64'), kdf);
  const wrapped = Buffer.from(file.wrappedKey, 'base64');
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(file.nonce, 'base64')).setAAD(wrapAad(file.vaultId));
    decipher.setAuthTag(wrapped.subarray(wrapped.length - 16));
    const key = Buffer.concat([decipher.update(wrapped.subarray(0, wrapped.length - 16)), decipher.final()]);
    if (key.length !== 32) throw new Error('wrong length');
    return key;
  } catch {
    throw new VaultError('WRONG_PASSPHRASE', "The passphrase does not open the sync folder's keys: it is not the passphrase this vault had when sync began (or since its last change).");
  } finally {
    kek.fill(0);
  }
}

/** Starts syncing a vault through a folder: a new random data key, wrapped by the passphrase. */
export async function createKeysFile(folder: string, passphrase: string, vaultId = randomBytes(16).toString('hex')): Promise<JournalKeys> {
  mkdirSync(folder, { recursive: true });
  if (existsSync(join(folder, KEYS_FILE))) throw new VaultError('VAULT_EXISTS', 'The sync folder already holds a synced vault: join it instead of starting a new one.');
  const dataKey = randomBytes(32);
  const file = await wrap(vaultId, dataKey, passphrase, newestKdf());
  writeFileAtomic(folder, KEYS_FILE, Buffer.from(`${JSON.stringify(file, null, 2)}\n`));
  return { vaultId, dataKey };
}

/** Unwraps the data key with the passphrase (one KDF run). */
export async function openKeysFile(folder: string, passphrase: string): Promise<JournalKeys> {
  const file = readKeysFile(folder);
  return { vaultId: file.vaultId, dataKey: await unwrap(file, passphrase) };
}

/**
 * After a passphrase change: the same data key under the new passphrase (new salt, newest
 * KDF), replacing the file atomically. Segments stay as they are.
 */
export async function rewrapKeysFile(folder: string, oldPassphrase: string, newPassphrase: string): Promise<void> {
  const file = readKeysFile(folder);
  const dataKey = await unwrap(file, oldPassphrase);
  try {
    const next = await wrap(file.vaultId, dataKey, newPassphrase, newestKdf());
    writeFileAtomic(folder, KEYS_FILE, Buffer.from(`${JSON.stringify(next, null, 2)}\n`));
  } finally {
    dataKey.fill(0);
  }
}
