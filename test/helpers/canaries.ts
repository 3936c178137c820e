import { randomBytes } from 'node:crypto';
import { createMentee } from '../../src/main/features/mentees/store';
import { addEntry, createEscalation } from '../../src/main/features/escalations/store';
import { createNote } from '../../src/main/features/notes/store';
import type { Db } from '../../src/main/vault/sqlite';

/**
 * Canary strings in EVERY confidential field: a note's title, body and tags; an
 * escalation's title, summary and need-to-know list; and every text field of entries of
 * every kind (what, who was informed, outcome, a changed need-to-know list, a correction).
 * Exports, logs and temp files must contain none of `all` (hardening and export tests).
 *
 * Each canary is unique per call, upper-case letters/digits/underscores (tags are
 * lower-case: tags are normalised), so a plain substring search finds it.
 */
export interface Canaries {
  /** Every canary string, for "none of these appears" assertions. */
  all: string[];
  /** field name -> canary, for precise failure messages. */
  byField: Record<string, string>;
  menteeId: number;
  noteId: number;
  escalationId: number;
}

export function fillCanaries(db: Db, options: { menteeId?: number } = {}): Canaries {
  const run = randomBytes(4).toString('hex').toUpperCase();
  const byField: Record<string, string> = {};
  const c = (field: string) => (byField[field] = `CANARY_${field.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_${run}`);

  const menteeId =
    options.menteeId ??
    createMentee(db, { name: `Canary Mentee ${run}`, role: '', team: '', startDate: null, status: 'active', aspirations: '', careerAims: [], strengths: [], gaps: [], interests: [], documentLocale: null }).id;

  const tag = (byField['note.tag'] = `canary_tag_${run.toLowerCase()}`);
  const noteId = createNote(db, {
    menteeId,
    meetingId: null,
    title: c('note.title'),
    body: `# Private\n\n- ${c('note.body')}\n\n**bold** ${c('note.body.more')}`,
    tags: [tag],
  });

  const escalationId = createEscalation(db, {
    menteeId,
    category: 'wellbeing',
    severity: 'high',
    title: c('escalation.title'),
    summary: c('escalation.summary'),
    needToKnow: [c('escalation.needToKnow')],
  });
  const entry = (kind: string) => ({ what: c(`${kind}.what`), informed: [c(`${kind}.informed`)], outcome: c(`${kind}.outcome`) });
  const first = addEntry(db, { kind: 'note', escalationId, ...entry('entry.note') });
  addEntry(db, { kind: 'action', escalationId, ...entry('entry.action') });
  addEntry(db, { kind: 'correction', escalationId, correctsEntryId: first, ...entry('entry.correction') });
  addEntry(db, { kind: 'status-change', escalationId, status: 'monitoring', needToKnow: [c('entry.statusChange.needToKnow')], ...entry('entry.statusChange') });
  addEntry(db, { kind: 'closure', escalationId, ...entry('entry.closure') });

  return { all: Object.values(byField), byField, menteeId, noteId, escalationId };
}
