import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * In development the native module built for Electron's ABI lives in .electron-native/
 * (scripts/prepare-electron.mjs), apart from node_modules' Node build that tests use.
 * Packaged apps get an Electron build from electron-builder, in the default place.
 */
export function electronNativeBinding(appRoot: string, isPackaged: boolean): string | undefined {
  if (isPackaged) return undefined;
  const candidate = join(appRoot, '.electron-native', 'build', 'Release', 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}
