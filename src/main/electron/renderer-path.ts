import { join, normalize, sep } from 'node:path';
import { APP_HOST } from './web-preferences';

/**
 * The file an app:// request names inside the built renderer's folder, or undefined
 * (answered 404): another host, a path outside the folder, or a malformed `%` escape.
 */
export function rendererFileFor(rendererRoot: string, requestUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (url.host !== APP_HOST) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  } catch {
    return undefined;
  }
  const file = normalize(join(rendererRoot, relative));
  return file.startsWith(rendererRoot + sep) ? file : undefined;
}
