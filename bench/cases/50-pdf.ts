import { makeCharterPdf, makeReportPdf } from '../../src/main/features/documents/export';
import { localToday, plusDays } from '../../src/shared/dates';
import type { BenchCase, Target } from '../lib/types';

/**
 * The two PDFs as the export buttons make them (read, lay out, typeset with embedded
 * fonts; not the file write). The charter is the longest a demo mentee has; the report
 * covers a year of the dashboard mentee (50 goals, each with its chart). Vault only: the
 * plain twin would time the same typesetting.
 */
function longestCharterMentee(t: Target): number {
  return t.db
    .prepare(
      `SELECT c.mentee_id FROM charters c
       ORDER BY (SELECT count(*) FROM goals g WHERE g.mentee_id = c.mentee_id AND g.status IN ('active', 'achieved')) DESC LIMIT 1`,
    )
    .pluck()
    .get() as number;
}

let charterMentee = 0;
const charter: BenchCase = {
  name: 'charter PDF',
  iterations: 7,
  twin: false,
  target: '<= 1500 ms (~10 pages)',
  async setup(_env, t) {
    charterMentee = longestCharterMentee(t);
    const made = await makeCharterPdf(t.db, { menteeId: charterMentee });
    charter.name = `charter PDF (${made.pages} pages, ${(made.bytes.length / 1024).toFixed(0)} kB)`;
  },
  async run(_env, t) {
    await makeCharterPdf(t.db, { menteeId: charterMentee });
  },
};

/** A quarter (the usual report) and a whole year of the dashboard mentee: 50 goals, each with its chart. */
function reportCase(days: number, label: string): BenchCase {
  const period = () => ({ menteeId: 1, from: plusDays(localToday(), -days), to: localToday() });
  const c: BenchCase = {
    name: `progress report PDF, ${label}`,
    iterations: 5,
    twin: false,
    target: '<= 2500 ms',
    async setup(_env, t) {
      const made = await makeReportPdf(t.db, period());
      c.name = `progress report PDF, ${label}, 50 goals with charts (${made.pages} pages)`;
    },
    async run(_env, t) {
      await makeReportPdf(t.db, period());
    },
  };
  return c;
}

export const cases: BenchCase[] = [charter, reportCase(91, 'a quarter'), reportCase(365, 'a year')];
