import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The PDFs as a reader's tools see them (poppler-utils): text per page, document
 * information, fonts, and the outline (bookmarks, from pdftohtml's XML).
 */
function withFile<T>(bytes: Buffer, work: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'mv-pdf-read-'));
  try {
    const path = join(dir, 'doc.pdf');
    writeFileSync(path, bytes);
    return work(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr}`);
  return result.stdout;
}

/** The text of each page (pdftotext separates pages with form feeds). */
export function pageTexts(bytes: Buffer): string[] {
  const text = withFile(bytes, (path) => run('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-']));
  const pages = text.split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

/** All the text, with line breaks and runs of spaces made single spaces (wrapped names read whole). */
export function flatText(bytes: Buffer): string {
  return pageTexts(bytes).join('\n').replace(/\s+/g, ' ');
}

export function pdfInfo(bytes: Buffer): Record<string, string> {
  const out = withFile(bytes, (path) => run('pdfinfo', ['-enc', 'UTF-8', path]));
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1]!.trim()] = m[2]!.trim();
  }
  return info;
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(bytes: Buffer): FontRow[] {
  const out = withFile(bytes, (path) => run('pdffonts', [path]));
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((line) => {
      // name, type (may contain spaces), encoding, emb, sub, uni, object, id
      const cols = line.trim().split(/\s+/);
      const n = cols.length;
      return { name: cols[0]!, type: cols.slice(1, n - 6).join(' '), embedded: cols[n - 5] === 'yes' };
    });
}

export interface OutlineItem {
  title: string;
  page: number;
  children: OutlineItem[];
}

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The document outline (bookmarks) as a tree. */
export function pdfOutline(bytes: Buffer): OutlineItem[] {
  const xml = withFile(bytes, (path) => run('pdftohtml', ['-xml', '-i', '-q', '-stdout', path]));
  const start = xml.indexOf('<outline>');
  if (start < 0) return [];
  const root: OutlineItem[] = [];
  const stack: OutlineItem[][] = [];
  let current = root;
  let last: OutlineItem | undefined;
  const token = /<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g;
  token.lastIndex = start;
  let m: RegExpExecArray | null;
  let depth = 0;
  while ((m = token.exec(xml))) {
    if (m[0] === '<outline>') {
      depth++;
      if (depth > 1 && last) {
        stack.push(current);
        current = last.children;
      }
    } else if (m[0] === '</outline>') {
      depth--;
      if (depth === 0) break;
      current = stack.pop() ?? root;
    } else {
      last = { title: decode(m[2]!), page: Number(m[1]), children: [] };
      current.push(last);
    }
  }
  return root;
}

/** Page sizes in points, as pdfinfo rounds them: A4 595x842, Letter 612x792. */
export function pageSizeOf(info: Record<string, string>): [number, number] {
  const m = /([\d.]+) x ([\d.]+) pts/.exec(info['Page size'] ?? '');
  if (!m) throw new Error('no page size');
  return [Math.round(Number(m[1])), Math.round(Number(m[2]))];
}

/** True when `needles` appear in `haystack` in this order. */
export function inOrder(haystack: string, needles: string[]): { ok: boolean; missing: string | null } {
  let at = 0;
  for (const needle of needles) {
    const found = haystack.indexOf(needle, at);
    if (found < 0) return { ok: false, missing: needle };
    at = found + needle.length;
  }
  return { ok: true, missing: null };
}
