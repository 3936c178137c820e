import { createDecipheriv } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * Reads a vault file the way an attacker holding the raw key would: SQLCipher 4
 * decrypted page by page with node:crypto, independent of SQLite (this build has no
 * sqlite_dbpage). Layout: 4096-byte pages, each ending in 80 reserved bytes (16-byte IV
 * then a 64-byte HMAC-SHA512); page 1 starts with the 16-byte salt instead of the
 * "SQLite format 3" header; AES-256-CBC with the raw key, no padding. Free pages are
 * decrypted too: that is where deleted text would linger.
 */
export const PAGE_SIZE = 4096;
const RESERVE = 80;

export function decryptVaultFile(path: string, key: Buffer): Buffer {
  const file = readFileSync(path);
  if (file.length % PAGE_SIZE !== 0) throw new Error('not a whole number of pages');
  const pages: Buffer[] = [];
  for (let offset = 0; offset < file.length; offset += PAGE_SIZE) {
    const page = file.subarray(offset, offset + PAGE_SIZE);
    const start = offset === 0 ? 16 : 0;
    const iv = page.subarray(PAGE_SIZE - RESERVE, PAGE_SIZE - RESERVE + 16);
    const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
    pages.push(decipher.update(page.subarray(start, PAGE_SIZE - RESERVE)), decipher.final());
  }
  const plain = Buffer.concat(pages);
  // Self-check: page 1's header after the salt says "page size 4096, reserve 80".
  if (plain.readUInt16BE(0) !== PAGE_SIZE || plain[4] !== RESERVE) throw new Error('decryption did not yield an SQLite header');
  return plain;
}

export function contains(haystack: Buffer, text: string): boolean {
  return haystack.includes(Buffer.from(text, 'utf8'));
}
