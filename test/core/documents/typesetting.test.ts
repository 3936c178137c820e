import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoVault } from '../../../src/main/demo/generate';
import { charterDocument } from '../../../src/main/features/documents/charter-pdf';
import { readCharterPdfData, readReportPdfData } from '../../../src/main/features/documents/export';
import { renderPdf } from '../../../src/main/features/documents/render';
import { reportDocument, type ReportPdfData } from '../../../src/main/features/documents/report-pdf';
import type { ReportMeeting } from '../../../src/main/features/documents/queries';
import type { Content, DocDefinition } from '../../../src/main/features/documents/typeset';
import type { Vault } from '../../../src/main/vault/vault';
import { localToday, plusDays } from '../../../src/shared/dates';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { createTestVault, openWithKey } from '../../helpers/vault';
import { pageTexts } from './poppler';

/**
 * The house rules of typesetting, over every demo mentee's charter and report: no page
 * ends on a heading (a widowed heading), every page is numbered "n of N".
 */
const FONTS = resolve('resources/fonts');
let dir: string;
let vault: Vault;

beforeAll(async () => {
  dir = makeTempDir('pdf-typeset');
  const { path, key } = await createTestVault(join(dir, 'demo.mentorvault'), { fill: (db) => fillDemoVault(db, { mentees: 6, seed: 11 }) });
  vault = openWithKey(path, key);
});
afterAll(() => {
  vault?.close();
  removeTempDir(dir);
});

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The words of every heading in a document definition. */
function headings(content: Content, out: string[] = []): string[] {
  if (Array.isArray(content)) content.forEach((c) => headings(c, out));
  else if (content && typeof content === 'object') {
    if (typeof content.style === 'string' && /^h[123]$/.test(content.style) && typeof content.text === 'string') out.push(squash(content.text));
    for (const key of ['stack', 'columns', 'content']) if (content[key]) headings(content[key] as Content, out);
    if (content.table) headings((content.table as { body: Content[][] }).body, out);
  }
  return out;
}

async function checkRules(doc: DocDefinition, label: string): Promise<number> {
  const titles = new Set(headings(doc.content));
  expect(titles.size, label).toBeGreaterThan(5);
  const { bytes, pages } = await renderPdf(doc, FONTS);
  const texts = pageTexts(bytes);
  expect(texts.length, label).toBe(pages);
  texts.forEach((page, i) => {
    expect(page, `${label} page ${i + 1}`).toContain(`Page ${i + 1} of ${pages}`);
    // Header, footer and watermark are drawn after the page's content: drop them, then look at the last line.
    const lines = page
      .split('\n')
      .map(squash)
      .filter((l) => l && !/^Page \d+ of \d+$/.test(l) && !/^(Mentorship charter|Progress report) · /.test(l) && !/^DRAFT/.test(l) && !/^(DR|AF|T)$/.test(l));
    const last = lines[lines.length - 1] ?? '';
    expect(titles.has(last), `${label} page ${i + 1} ends on the heading "${last}"`).toBe(false);
  });
  return pages;
}

describe('typesetting rules on the demo vault', () => {
  it('no charter page ends on a heading', async () => {
    const mentees = vault.db.prepare('SELECT DISTINCT mentee_id FROM charter_versions ORDER BY mentee_id').pluck().all() as number[];
    expect(mentees.length).toBeGreaterThan(3);
    for (const id of mentees) {
      const data = readCharterPdfData(vault.db, id, undefined);
      await checkRules(charterDocument(data, id % 2 ? 'A4' : 'LETTER'), `charter of mentee ${id}`);
    }
  });

  it('no report page ends on a heading', async () => {
    const mentees = vault.db.prepare('SELECT id FROM mentees ORDER BY id').pluck().all() as number[];
    const to = localToday();
    for (const id of mentees) {
      const data = readReportPdfData(vault.db, { menteeId: id, from: plusDays(to, -200), to });
      await checkRules(reportDocument(data, id % 2 ? 'LETTER' : 'A4'), `report of mentee ${id}`);
    }
  });

  it('keeps a meeting label with its table wherever the page break falls', async () => {
    // pdfmake places a table's header and first row before moving them to the next page,
    // so a label's keep-with-next saw room that was not there ("Action items" left at a
    // page's foot). Shifting the meetings down a line at a time puts a break at every place.
    const day = (n: number) => plusDays('2026-01-05', n);
    const meeting = (i: number, extra: number): ReportMeeting => ({
      date: day(i * 7),
      kind: 'Informal touchpoint',
      title: `Touchpoint ${i + 1}`,
      decisions: [...Array(i === 0 ? extra : 1)].map((_, d) => `Decision ${d + 1} of touchpoint ${i + 1}`),
      actionItems: [
        { text: `Book time with the product lead about the roadmap and the quarter's planning, then write up what was agreed (item ${i + 1})`, owner: 'mentee', dueDate: day(i * 7 + 5), doneOn: null },
        { text: 'Share the article', owner: 'mentor', dueDate: null, doneOn: day(i * 7 + 3) },
      ],
      wins: [],
    });
    for (let extra = 0; extra <= 11; extra++) {
      const data: ReportPdfData = {
        mentee: { id: 1, name: 'Ada Lovelace', role: 'Staff Engineer', team: 'Engines' },
        mentorName: 'Jordan Avery',
        from: day(0),
        to: day(200),
        preparedOn: day(200),
        goals: [],
        evidence: [],
        sponsorship: [],
        decisions: [],
        goalsAchieved: [],
        meetings: [...Array(14)].map((_, i) => meeting(i, extra)),
      };
      await checkRules(reportDocument(data, 'A4'), `meetings shifted by ${extra} lines`);
    }
  });
});
