import { defaultCharterBody } from '../../../shared/charter/defaults';
import { pilotState } from '../../../shared/charter/pilot';
import type { Charter, CharterBody, CharterVersion, PilotInfo } from '../../../shared/charter/schema';
import { localToday } from '../../../shared/dates';
import { DEFAULT_LOCALE, LOCALES, type CatalogueLocale } from '../../../shared/i18n/locales';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';
import { VaultError } from '../../vault/vault-error';
import { invalid, notFound, requireMentee } from '../shared/store-helpers';
import { getMentorProfile } from '../mentor/profile';
import { BODY_COLUMNS, bodyToColumns, toSummary, toVersion, type CharterVersionRow } from './rows';

const INSERT_VERSION = `INSERT INTO charter_versions
  (mentee_id, version, status, reason, ${BODY_COLUMNS.join(', ')}, created_at, updated_at)
  VALUES (?, ?, 'draft', ?, ${BODY_COLUMNS.map(() => '?').join(', ')}, ?, ?)`;

const UPDATE_BODY = `UPDATE charter_versions SET ${BODY_COLUMNS.map((c) => `${c} = ?`).join(', ')}, reason = ?, updated_at = ?
  WHERE id = ? AND status = 'draft'`;

function versionRow(db: Db, versionId: number): CharterVersionRow {
  const row = sql<CharterVersionRow>(db, 'SELECT * FROM charter_versions WHERE id = ?').get(versionId);
  if (!row) throw notFound('charter version');
  return row;
}

export function getCharterVersion(db: Db, versionId: number): CharterVersion {
  return toVersion(versionRow(db, versionId));
}

/** The pilot comes from the latest agreed version; before any agreement, from the draft. */
export function pilotInfo(
  versions: Pick<CharterVersionRow, 'version' | 'status' | 'pilot_start' | 'pilot_weeks' | 'pilot_review_date'>[],
  reviewedOn: string | null,
  today: string,
): PilotInfo {
  const source = versions.find((v) => v.status === 'agreed') ?? versions[0];
  const startDate = source?.pilot_start ?? null;
  const reviewDate = source?.pilot_review_date ?? null;
  return {
    ...pilotState({ startDate, reviewDate, reviewedOn }, today),
    startDate,
    weeks: source?.pilot_weeks ?? 6,
    reviewDate,
    reviewedOn,
    fromVersion: source?.version ?? null,
  };
}

export function getCharter(db: Db, menteeId: number, today = localToday()): Charter | null {
  const charter = sql<{ pilot_reviewed_on: string | null }>(db, 'SELECT pilot_reviewed_on FROM charters WHERE mentee_id = ?').get(menteeId);
  if (!charter) {
    requireMentee(db, menteeId);
    return null;
  }
  const rows = sql<CharterVersionRow>(db, 'SELECT * FROM charter_versions WHERE mentee_id = ? ORDER BY version DESC').all(menteeId);
  const newest = rows[0];
  if (!newest) return null;
  return {
    menteeId,
    versions: rows.map(toSummary),
    current: toVersion(newest),
    agreedVersionId: rows.find((r) => r.status === 'agreed')?.id ?? null,
    draftVersionId: rows.find((r) => r.status === 'draft')?.id ?? null,
    pilot: pilotInfo(rows, charter.pilot_reviewed_on, today),
  };
}

function mustGet(db: Db, menteeId: number): Charter {
  const charter = getCharter(db, menteeId);
  if (!charter) throw notFound('charter');
  return charter;
}

function insertVersion(db: Db, menteeId: number, version: number, reason: string, body: CharterBody): void {
  const now = nowIso();
  sql(db, INSERT_VERSION).run(menteeId, version, reason, ...bodyToColumns(body), now, now);
}

/**
 * The starting charter's language: the mentee's document language, else the app's (as the
 * caller says), else English. Chosen once: from then on the text is the mentor's.
 */
function startingLocale(db: Db, menteeId: number, appLocale: CatalogueLocale | undefined): CatalogueLocale {
  const stored = sql<string | null>(db, 'SELECT document_locale FROM mentees WHERE id = ?').pluck().get(menteeId) as string | null | undefined;
  return LOCALES.find((locale) => locale === stored) ?? appLocale ?? DEFAULT_LOCALE;
}

export function createCharter(db: Db, menteeId: number, body: CharterBody | undefined, locale?: CatalogueLocale): Charter {
  requireMentee(db, menteeId);
  db.transaction(() => {
    if (sql(db, 'SELECT 1 FROM charters WHERE mentee_id = ?').pluck().get(menteeId) !== undefined) {
      throw new VaultError('CONFLICT', 'This mentee already has a charter; edit its draft or start a new version.');
    }
    sql(db, 'INSERT INTO charters (mentee_id, created_at) VALUES (?, ?)').run(menteeId, nowIso());
    insertVersion(db, menteeId, 1, '', body ?? defaultCharterBody(startingLocale(db, menteeId, locale)));
  })();
  return mustGet(db, menteeId);
}

function assertDraft(row: CharterVersionRow): void {
  if (row.status === 'agreed') {
    throw new VaultError('CONFLICT', `Version ${row.version} was agreed on ${row.agreed_on} and is frozen; start a new version to change it.`);
  }
}

export function updateCharter(db: Db, versionId: number, body: CharterBody, reason: string | undefined): Charter {
  const row = versionRow(db, versionId);
  assertDraft(row);
  const nextReason = reason ?? row.reason;
  if (row.version > 1 && nextReason.trim() === '') throw invalid(['reason'], 'Say why this change is made');
  sql(db, UPDATE_BODY).run(...bodyToColumns(body), row.version > 1 ? nextReason : '', nowIso(), versionId);
  return mustGet(db, row.mentee_id);
}

/** Any change after an agreement starts here: a new draft, copied from the latest agreed version. */
export function reviseCharter(db: Db, menteeId: number, reason: string): Charter {
  const charter = mustGet(db, menteeId);
  if (charter.draftVersionId !== null) {
    throw new VaultError('CONFLICT', 'A draft version is already open; edit it instead of starting another.');
  }
  const agreed = getCharterVersion(db, charter.agreedVersionId!);
  insertVersion(db, menteeId, charter.current.version + 1, reason, agreed.body);
  return mustGet(db, menteeId);
}

export function agreeCharter(
  db: Db,
  input: { versionId: number; agreedOn: string; agreedByMentor?: string | undefined; agreedByMentee?: string | undefined },
  today = localToday(),
): Charter {
  const row = versionRow(db, input.versionId);
  assertDraft(row);
  if (input.agreedOn > today) throw invalid(['agreedOn'], 'An agreement cannot be dated in the future');
  const previous = sql<string>(db, "SELECT max(agreed_on) FROM charter_versions WHERE mentee_id = ? AND status = 'agreed'")
    .pluck()
    .get(row.mentee_id) as string | null;
  if (previous && input.agreedOn < previous) throw invalid(['agreedOn'], `The previous version was agreed on ${previous}; date this one on or after it`);
  if (row.purpose.trim() === '') throw invalid(['purpose'], 'Write the purpose of the mentorship before agreeing');
  if (!row.pilot_start) throw invalid(['pilot', 'startDate'], 'Set the pilot\'s start date before agreeing');
  const mentor = input.agreedByMentor?.trim() || getMentorProfile(db).name;
  if (!mentor) throw invalid(['agreedByMentor'], 'Your name is required to agree');
  const mentee = input.agreedByMentee?.trim() || (sql<string>(db, 'SELECT name FROM mentees WHERE id = ?').pluck().get(row.mentee_id) as string);
  sql(
    db,
    "UPDATE charter_versions SET status = 'agreed', agreed_on = ?, agreed_by_mentor = ?, agreed_by_mentee = ?, updated_at = ? WHERE id = ?",
  ).run(input.agreedOn, mentor, mentee, nowIso(), row.id);
  return mustGet(db, row.mentee_id);
}

export function discardDraft(db: Db, versionId: number): Charter | null {
  const row = versionRow(db, versionId);
  assertDraft(row);
  db.transaction(() => {
    sql(db, 'DELETE FROM charter_versions WHERE id = ?').run(versionId);
    // Discarding the only version removes the charter itself.
    if (row.version === 1) sql(db, 'DELETE FROM charters WHERE mentee_id = ?').run(row.mentee_id);
  })();
  return getCharter(db, row.mentee_id);
}

export function setPilotReviewed(db: Db, menteeId: number, reviewedOn: string | null): Charter {
  const r = sql(db, 'UPDATE charters SET pilot_reviewed_on = ? WHERE mentee_id = ?').run(reviewedOn, menteeId);
  if (r.changes === 0) {
    requireMentee(db, menteeId);
    throw notFound('charter');
  }
  return mustGet(db, menteeId);
}
