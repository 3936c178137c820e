import type { Client, ClientValues } from '../../../shared/mentor/schema';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';
import { VaultError } from '../../vault/vault-error';
import { requireMentee } from '../shared/store-helpers';
import { defaultPseudonym } from './hours';

interface ClientRow {
  mentee_id: number;
  name: string;
  payment: Client['payment'] | null;
  consent_to_list: number | null;
  pseudonym: string | null;
  contact: string | null;
}

function toClient(r: ClientRow): Client {
  const consentToList = r.consent_to_list === 1;
  const pseudonym = r.pseudonym ?? defaultPseudonym(r.mentee_id);
  return {
    menteeId: r.mentee_id,
    menteeName: r.name,
    payment: r.payment ?? 'pro-bono',
    consentToList,
    pseudonym,
    contact: r.contact ?? '',
    listedAs: consentToList ? r.name : pseudonym,
  };
}

const SELECT = `SELECT me.id AS mentee_id, me.name, c.payment, c.consent_to_list, c.pseudonym, c.contact
  FROM mentees me LEFT JOIN mentor_clients c ON c.mentee_id = me.id`;

/** Every mentee as a client of the log (archived ones too: their hours still count). */
export function listClients(db: Db): Client[] {
  return sql<ClientRow>(db, `${SELECT} ORDER BY me.name COLLATE NOCASE, me.id`).all().map(toClient);
}

export function getClient(db: Db, menteeId: number): Client {
  requireMentee(db, menteeId);
  return toClient(sql<ClientRow>(db, `${SELECT} WHERE me.id = ?`).get(menteeId) as ClientRow);
}

export function updateClient(db: Db, menteeId: number, values: ClientValues): Client {
  requireMentee(db, menteeId);
  sql(
    db,
    `INSERT INTO mentor_clients (mentee_id, payment, consent_to_list, pseudonym, contact, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (mentee_id) DO UPDATE SET payment = excluded.payment, consent_to_list = excluded.consent_to_list,
       pseudonym = excluded.pseudonym, contact = excluded.contact, updated_at = excluded.updated_at`,
  ).run(menteeId, values.payment, values.consentToList ? 1 : 0, values.pseudonym, values.contact, nowIso());
  return getClient(db, menteeId);
}

/** A held meeting's length as the mentor says it was (null minutes: back to the clock or plan). */
export function adjustSession(
  db: Db,
  input: { meetingId: number; minutes: number | null; reason: string; format: 'individual' | 'group'; groupSize: number | null },
): void {
  const status = sql<string>(db, 'SELECT status FROM meetings WHERE id = ?').pluck().get(input.meetingId) as string | undefined;
  if (status === undefined) throw new VaultError('NOT_FOUND', 'No meeting with that id.');
  if (status !== 'held') {
    throw new VaultError('CONFLICT', 'Only a held meeting counts toward your hours; hold it first.', [
      { path: ['meetingId'], message: 'Only a held meeting counts toward your hours' },
    ]);
  }
  sql(
    db,
    `INSERT INTO meeting_hours (meeting_id, minutes, reason, format, group_size, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (meeting_id) DO UPDATE SET minutes = excluded.minutes, reason = excluded.reason, format = excluded.format,
       group_size = excluded.group_size, updated_at = excluded.updated_at`,
  ).run(input.meetingId, input.minutes, input.minutes === null ? '' : input.reason.trim(), input.format, input.format === 'group' ? input.groupSize : null, nowIso());
}
