import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataTables } from '../../../src/main/features/data-export/schema-graph';
import { makeCharterPdf, makeReportPdf } from '../../../src/main/features/documents/export';
import { fillCanaries, type Canaries } from '../../helpers/canaries';
import { openHarness, type Harness } from '../../helpers/confidential-vault';
import { buildPlan, type PlanFixture } from './fixture';
import { pageTexts, pdfInfo } from './poppler';

/**
 * A charter or a progress report is shared with others: nothing from private notes or
 * escalation records may reach it. Two guards: the PDFs' one SQL module names no
 * confidential table, and canaries in every confidential field never show up.
 */
const FONTS = resolve('resources/fonts');
const PDF_DIR = resolve('src/main/features/documents');
let h: Harness;
let plan: PlanFixture;
let canaries: Canaries;

beforeAll(async () => {
  h = await openHarness('pdf-confidential');
  plan = await buildPlan(h);
  canaries = fillCanaries(h.db, { menteeId: plan.menteeId });
});
afterAll(() => h?.close());

/** The code without its comments (the module's comments may say what it must never read). */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
}

function confidentialTables(): string[] {
  const data = dataTables(h.db).filter((t) => t.confidential).map((t) => t.name);
  // Virtual tables (full-text indexes) and their shadow tables are not data tables.
  const all = h.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  return all.filter((name) => data.some((c) => name === c || name.startsWith(`${c}_`)) || /^notes?_fts/.test(name));
}

describe('what the PDFs may read', () => {
  it('the queries module names no confidential table, not even in passing', () => {
    const tables = confidentialTables();
    expect(tables).toEqual(expect.arrayContaining(['notes', 'note_tags', 'notes_fts', 'escalations', 'escalation_entries']));
    const source = code(join(PDF_DIR, 'queries.ts'));
    expect(source).toMatch(/SELECT/);
    for (const table of tables) expect(source, table).not.toMatch(new RegExp(`\\b${table}\\b`, 'i'));
    // Meetings keep a free-text notes column too: it is the mentor's, never the report's.
    expect(source).not.toMatch(/\bnotes\b/i);
  });

  it('no other module of the PDFs runs SQL (the queries module is the only door)', () => {
    const files = readdirSync(PDF_DIR).filter((f) => f.endsWith('.ts') && f !== 'queries.ts');
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = code(join(PDF_DIR, file));
      expect(source, file).not.toMatch(/\bsql\(|\.prepare\(|\.exec\(|\bSELECT\b/);
    }
  });
});

describe('canaries', () => {
  it('appear in no PDF text and no PDF metadata: charter (agreed, draft) and report', async () => {
    const wide = { from: '2000-01-01', to: plan.today };
    const pdfs = [
      await makeCharterPdf(h.db, { menteeId: plan.menteeId, versionId: plan.agreedVersionId }, { fontsDir: FONTS }),
      await makeCharterPdf(h.db, { menteeId: plan.menteeId, versionId: plan.draftVersionId }, { fontsDir: FONTS }),
      await makeReportPdf(h.db, { menteeId: plan.menteeId, ...wide }, { fontsDir: FONTS }),
    ];
    for (const pdf of pdfs) {
      const text = pageTexts(pdf.bytes).join('\n') + JSON.stringify(pdfInfo(pdf.bytes));
      // The PDFs are not empty: the plan's own words are there.
      expect(text).toContain(plan.words.goals[0]);
      for (const canary of canaries.all) expect(text, canary).not.toContain(canary);
      // Tags are stored lower-case; compare without case too.
      const lower = text.toLowerCase();
      for (const canary of canaries.all) expect(lower, canary).not.toContain(canary.toLowerCase());
    }
  });
});
