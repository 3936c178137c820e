import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The native SQLCipher module sits outside app.asar (a .node file must be a real file), so
 * Electron's ASAR integrity check does not cover it. At packaging, scripts/native-hash.cjs
 * writes its SHA-256 into the app's files (inside the archive); a packaged app compares it
 * at start and refuses to open any vault if they differ. On macOS and Windows the archive
 * itself is integrity-checked, so the expected hash cannot be changed with the module; on
 * Linux Electron checks nothing, and this only catches a module swapped on its own.
 */
export interface NativeHashRecord {
  /** Path of the module relative to the app's root (app.asar.unpacked/...). */
  module: string;
  sha256: string;
}

export type NativeIntegrity = { ok: true } | { ok: false; reason: 'missing-record' | 'missing-module' | 'mismatch' };

export function sha256OfFile(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** `unpackedRoot`: the folder the record's module path is relative to (app.asar.unpacked). */
export function checkNativeModule(recordPath: string, unpackedRoot: string): NativeIntegrity {
  let record: NativeHashRecord;
  try {
    record = JSON.parse(readFileSync(recordPath, 'utf8')) as NativeHashRecord;
    if (typeof record.module !== 'string' || typeof record.sha256 !== 'string') throw new Error('malformed');
  } catch {
    return { ok: false, reason: 'missing-record' };
  }
  let actual: string;
  try {
    actual = sha256OfFile(join(unpackedRoot, record.module));
  } catch {
    return { ok: false, reason: 'missing-module' };
  }
  return actual === record.sha256 ? { ok: true } : { ok: false, reason: 'mismatch' };
}
