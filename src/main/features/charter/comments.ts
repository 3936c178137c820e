import type { CharterComment, CharterCommentSection } from '../../../shared/charter/comments';
import type { Db } from '../../vault/sqlite';
import { sql } from '../../vault/statements';
import { notFound, requireMentee } from '../shared/store-helpers';

interface CommentRow {
  id: number;
  section: CharterCommentSection;
  body: string;
  version: number;
  status: 'draft' | 'agreed' | null;
  received_on: string;
  resolved_on: string | null;
}

/** The mentee's comments from returned charter-comments forms, oldest first; open ones before resolved ones. */
export function listCharterComments(db: Db, menteeId: number): CharterComment[] {
  requireMentee(db, menteeId);
  const rows = sql<CommentRow>(
    db,
    `SELECT c.id, c.section, c.body, c.version, v.status, c.received_on, c.resolved_on
     FROM charter_comments c LEFT JOIN charter_versions v ON v.id = c.version_id
     WHERE c.mentee_id = ? ORDER BY c.resolved_on IS NOT NULL, c.received_on, c.id`,
  ).all(menteeId);
  return rows.map((r) => ({
    id: r.id,
    section: r.section,
    body: r.body,
    version: r.version,
    // Agreed since, or the draft was discarded: the comment was on a text that is no longer the draft.
    onEarlierDraft: r.status !== 'draft',
    receivedOn: r.received_on,
    resolvedOn: r.resolved_on,
  }));
}

/** Ticks a comment off as resolved (or opens it again); answers the mentee's comments as they now stand. */
export function resolveCharterComment(db: Db, commentId: number, resolvedOn: string | null): CharterComment[] {
  const menteeId = sql<number>(db, 'SELECT mentee_id FROM charter_comments WHERE id = ?').pluck().get(commentId) as number | undefined;
  if (menteeId === undefined) throw notFound('charter comment');
  sql(db, 'UPDATE charter_comments SET resolved_on = ? WHERE id = ?').run(resolvedOn, commentId);
  return listCharterComments(db, menteeId);
}
