import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addGoal, addMentee, openMeetingVault, type MeetingVault } from '../meetings/harness';
import type { FormPreviewLine } from '../../../src/shared/forms/schema';
import { translator } from '../../../src/shared/i18n/intl';
import type { Locale } from '../../../src/shared/i18n/locales';
import { formatWords, type Words } from '../../../src/shared/i18n/words';

/** Debian's python3 with pypdf: the independent filler. */
export const PYTHON = '/usr/bin/python3';
const FILLER = join(import.meta.dirname, 'fill_form.py');

/** Fills a form the way a reader would, with another tool (pypdf), and returns the filled bytes. */
export function fillForm(dir: string, pdf: Buffer | string, values: Record<string, string | boolean>, name = 'filled'): Buffer {
  const source = typeof pdf === 'string' ? pdf : join(dir, `${name}-blank.pdf`);
  if (typeof pdf !== 'string') writeFileSync(source, pdf);
  const target = join(dir, `${name}.pdf`);
  const valuesPath = join(dir, `${name}.json`);
  writeFileSync(valuesPath, JSON.stringify(values));
  const run = spawnSync(PYTHON, [FILLER, source, target, valuesPath], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the filler failed: ${run.stderr}`);
  return readFileSync(target);
}

/** The field names and values of a PDF, read by pypdf (not by the app). */
export function fieldsByPypdf(path: string): Record<string, { type: string | null; value: string | null }> {
  const script = `import json,sys
from pypdf import PdfReader
f = PdfReader(sys.argv[1]).get_fields() or {}
print(json.dumps({k: {"type": v.get("/FT"), "value": None if v.get("/V") is None else str(v.get("/V"))} for k, v in f.items()}))`;
  const run = spawnSync(PYTHON, ['-c', script, path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Record<string, { type: string | null; value: string | null }>;
}

export interface FormPlan {
  mentee: { id: number; aimId: number; name: string };
  goalIds: number[];
  meetingId: number;
  actionIds: number[];
}

/** A mentee with two goals (one with an open milestone), a review meeting with open actions and an assessment. */
export async function seedPlan(v: MeetingVault, name: string): Promise<FormPlan> {
  const mentee = await addMentee(v, name);
  const first = await addGoal(v, mentee, 'Lead design reviews');
  const second = await addGoal(v, mentee, 'Present at the guild');
  await v.call('milestones.create', { goalId: first.id, title: 'Run the first review', dueDate: '2099-01-10', indicator: { kind: 'deliverable', description: 'Notes' } });
  const meeting = await v.call('meetings.create', { menteeId: mentee.id, kind: 'formal-review', date: '2099-02-01', time: '09:00' });
  const a = await v.call('meetings.addAction', { meetingId: meeting.id, title: 'Draft the review checklist', owner: 'mentee', dueDate: '2099-01-20' });
  const b = await v.call('meetings.addAction', { meetingId: meeting.id, title: 'Ask two teams for a review slot', owner: 'mentee', dueDate: null });
  const competencies = await v.call('competencies.list', { includeArchived: false });
  await v.call('assessments.record', {
    menteeId: mentee.id,
    kind: 'baseline',
    date: '2025-01-05',
    ratings: competencies.slice(0, 3).map((c) => ({ competencyId: c.id, mentor: 3, mentee: 2 })),
  });
  return { mentee, goalIds: [first.id, second.id], meetingId: meeting.id, actionIds: [a.id, b.id] };
}

export { openMeetingVault, type MeetingVault };

/** A preview's lines as a screen in `locale` shows them. */
export function shownIn(locale: Locale, lines: FormPreviewLine[]): { place: string; label: string; value: string }[] {
  const shown = (w: Words | string) => formatWords(translator(locale).t, w);
  return lines.map((line) => ({ place: shown(line.place), label: shown(line.label), value: shown(line.value) }));
}

export const inEnglish = (lines: FormPreviewLine[]) => shownIn('en', lines);
