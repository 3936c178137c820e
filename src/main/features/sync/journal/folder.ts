import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deviceId as deviceIdSchema } from '../../../../shared/sync/journal';
import { parseFileName, type FileKind, type JournalFileName } from './segment-file';

/**
 * The sync folder's layout: `keys.json`, then one folder per device named by its random id,
 * holding only that device's files. Anything else (temporary names, a sync tool's own files,
 * conflicted copies) is ignored.
 */
export function deviceDir(folder: string, deviceId: string): string {
  return join(folder, deviceId);
}

export function listDevices(folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.filter((e) => e.isDirectory() && deviceIdSchema.safeParse(e.name).success).map((e) => e.name).sort();
}

/** A device's files of one kind, by sequence number then name. */
export function listFiles(folder: string, deviceId: string, kind: FileKind): JournalFileName[] {
  let names: string[];
  try {
    names = readdirSync(deviceDir(folder, deviceId));
  } catch {
    return [];
  }
  return names
    .map(parseFileName)
    .filter((f): f is JournalFileName => f !== null && f.kind === kind)
    .sort((a, b) => a.seq - b.seq || a.name.localeCompare(b.name));
}

/** The file's bytes, or empty when it vanished between the listing and the read. */
export function readBytes(folder: string, deviceId: string, file: JournalFileName): Buffer {
  try {
    return readFileSync(join(deviceDir(folder, deviceId), file.name));
  } catch {
    return Buffer.alloc(0);
  }
}
