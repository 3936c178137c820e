import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { inflateSync } from 'node:zlib';

/**
 * Finds canary strings in files the way a reader would meet them: raw bytes (as text and
 * as UTF-16), a PDF's extracted text (pdftotext) and its inflated streams, a calendar
 * file with its folded lines joined.
 */
export const PDFTOTEXT = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error === undefined;

function pdfTexts(path: string, bytes: Buffer): string[] {
  const texts: string[] = [];
  if (PDFTOTEXT) {
    const out = spawnSync('pdftotext', ['-q', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (out.status !== 0) throw new Error(`pdftotext failed on ${path}: ${out.stderr}`);
    texts.push(out.stdout, out.stdout.replace(/\s+/g, ''));
  }
  const raw = bytes.toString('latin1');
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) continue;
    try {
      texts.push(inflateSync(bytes.subarray(start, end)).toString('latin1'));
    } catch {
      // not a deflated stream (an image, a font program): the raw scan covers it
    }
  }
  return texts;
}

/** Every reading of a file to search. */
export function readingsOf(path: string): string[] {
  const bytes = readFileSync(path);
  const texts = [bytes.toString('latin1'), bytes.toString('utf8'), bytes.toString('utf16le'), bytes.subarray(1).toString('utf16le')];
  const ext = extname(path).toLowerCase();
  if (ext === '.pdf' || bytes.subarray(0, 5).toString('latin1') === '%PDF-') texts.push(...pdfTexts(path, bytes));
  if (ext === '.ics') texts.push(bytes.toString('utf8').replace(/\r?\n[ \t]/g, ''));
  return texts;
}

export function canariesIn(texts: string[], canaries: readonly string[]): string[] {
  return canaries.filter((canary) => texts.some((text) => text.includes(canary)));
}

export function canariesInFile(path: string, canaries: readonly string[]): string[] {
  return canariesIn(readingsOf(path), canaries);
}

/** Every file under a folder, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
