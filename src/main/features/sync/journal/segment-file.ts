import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { JournalKeys } from './keys';

/**
 * One encrypted file of the journal. Bytes: "MVJ1", a 12-byte nonce, the AES-256-GCM
 * ciphertext of the JSON body, its 16-byte tag. The associated data binds the file to its
 * vault, device, kind and sequence number, so a file copied to another name or folder fails
 * its check. Its name is `<seq>-<first 16 hex of the sha256 of the bytes>` (a snapshot's
 * starts with `s`): two devices never write the same path, and a copy that is still
 * arriving does not match its name.
 */
const MAGIC = Buffer.from('MVJ1');
const NONCE = 12;
const TAG = 16;
const SEQ_DIGITS = 12;
const HASH_HEX = 16;
const NAME = /^(s?)(\d{12})-([0-9a-f]{16})$/;

export type FileKind = 'segment' | 'snapshot';

export interface JournalFileName {
  name: string;
  kind: FileKind;
  seq: number;
  hash: string;
}

export function parseFileName(name: string): JournalFileName | null {
  const m = NAME.exec(name);
  if (!m) return null;
  return { name, kind: m[1] ? 'snapshot' : 'segment', seq: Number(m[2]), hash: m[3]! };
}

const hashOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex').slice(0, HASH_HEX);

function aad(keys: JournalKeys, deviceId: string, kind: FileKind, seq: number): Buffer {
  return Buffer.from(`mentor-vault journal 1\n${keys.vaultId}\n${deviceId}\n${kind}\n${seq}`);
}

/** The bytes and name of a file holding `body`. */
export function sealFile(keys: JournalKeys, deviceId: string, kind: FileKind, seq: number, body: unknown): { name: string; bytes: Buffer } {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', keys.dataKey, nonce).setAAD(aad(keys, deviceId, kind, seq));
  const bytes = Buffer.concat([MAGIC, nonce, cipher.update(JSON.stringify(body), 'utf8'), cipher.final(), cipher.getAuthTag()]);
  const name = `${kind === 'snapshot' ? 's' : ''}${String(seq).padStart(SEQ_DIGITS, '0')}-${hashOf(bytes)}`;
  return { name, bytes };
}

export type OpenedFile = { ok: true; body: unknown } | { ok: false; reason: 'absent' | 'unreadable' };

/**
 * The decrypted JSON of a file, or why not: zero bytes is a placeholder of a file not yet
 * downloaded (OneDrive's Files-On-Demand), so absent; a short file, a hash that does not
 * match the name, or a failing tag is one still arriving or damaged, so unreadable for now.
 */
export function openFile(keys: JournalKeys, deviceId: string, file: JournalFileName, bytes: Buffer): OpenedFile {
  if (bytes.length === 0) return { ok: false, reason: 'absent' };
  if (bytes.length < MAGIC.length + NONCE + TAG || !bytes.subarray(0, MAGIC.length).equals(MAGIC) || hashOf(bytes) !== file.hash) {
    return { ok: false, reason: 'unreadable' };
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', keys.dataKey, bytes.subarray(MAGIC.length, MAGIC.length + NONCE));
    decipher.setAAD(aad(keys, deviceId, file.kind, file.seq));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG));
    const plain = Buffer.concat([decipher.update(bytes.subarray(MAGIC.length + NONCE, bytes.length - TAG)), decipher.final()]);
    return { ok: true, body: JSON.parse(plain.toString('utf8')) as unknown };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
