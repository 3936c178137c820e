import { createHmac, pbkdf2Sync } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import type { KeyMaterial } from './kdf';
import { PAGE_SIZE } from './probe';

/**
 * Telling a damaged first page from a wrong passphrase. SQLCipher 4 (legacy=4, raw key)
 * keeps the 16-byte salt in the clear at the start of page 1; every page ends with a
 * reserve of 80 bytes: a 16-byte IV, then an HMAC-SHA512 over the page's ciphertext, the
 * IV and the page number (4 bytes, little-endian). The HMAC key is PBKDF2-HMAC-SHA512 of
 * the encryption key, 2 iterations, with the salt XOR 0x3a. SQLite reports a page-1 HMAC
 * failure the same way as a wrong key ("not a database"); if a later page authenticates
 * with the same key, the key is right and page 1 is what is damaged.
 */
const RESERVE = 80;
const IV_LENGTH = 16;
const HMAC_SALT_MASK = 0x3a;
/** A few pages are enough: with a wrong key none authenticates, with the right one nearly all do. */
const PAGES_TRIED = 8;

export function keyAuthenticatesLaterPages(path: string, key: KeyMaterial, size: number): boolean {
  const pages = Math.floor(size / PAGE_SIZE);
  if (pages < 2) return false;
  const hmacKey = pbkdf2Sync(key.key, Buffer.from(key.salt.map((b) => b ^ HMAC_SALT_MASK)), 2, 32, 'sha512');
  const page = Buffer.alloc(PAGE_SIZE);
  const fd = openSync(path, 'r');
  try {
    for (let number = 2; number <= Math.min(pages, PAGES_TRIED + 1); number++) {
      if (readSync(fd, page, 0, PAGE_SIZE, (number - 1) * PAGE_SIZE) !== PAGE_SIZE) return false;
      const ciphertext = page.subarray(0, PAGE_SIZE - RESERVE);
      const iv = page.subarray(PAGE_SIZE - RESERVE, PAGE_SIZE - RESERVE + IV_LENGTH);
      const stored = page.subarray(PAGE_SIZE - RESERVE + IV_LENGTH, PAGE_SIZE - RESERVE + IV_LENGTH + 64);
      const pageNumber = Buffer.alloc(4);
      pageNumber.writeUInt32LE(number);
      const computed = createHmac('sha512', hmacKey).update(ciphertext).update(iv).update(pageNumber).digest();
      if (computed.equals(stored)) return true;
    }
    return false;
  } finally {
    closeSync(fd);
    hmacKey.fill(0);
  }
}
