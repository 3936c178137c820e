import { randomBytes } from 'node:crypto';
import type { RaterRelationship } from '../../../shared/feedback/schema';
import type { FormKind } from '../../../shared/forms/schema';
import type { Db } from '../../vault/sqlite';
import { nowIso, sql } from '../../vault/statements';

/** A form as the vault made it: what it asked, for whom, and whether it came back. */
export interface RegisteredForm {
  id: string;
  kind: FormKind;
  menteeId: number;
  meetingId: number | null;
  relationship: RaterRelationship | null;
  items: FormItems;
  madeOn: string;
  importedOn: string | null;
}

/** The prefilled items, by kind; ids are what the MAC covers. */
export interface FormItems {
  goals?: { id: number; title: string }[];
  dimensions?: { name: string; descriptors: string[] }[];
  actions?: { id: number; title: string }[];
  competencies?: { id: number; name: string }[];
  deadlines?: { id: number; title: string }[];
  /** The charter draft a charter-comments form shows, and the sections it asks about. */
  charterVersion?: { id: number; version: number };
  sections?: string[];
}

export function itemIdsOf(items: FormItems): (number | string)[] {
  return [
    ...(items.goals ?? []).map((g) => `goal:${g.id}`),
    ...(items.dimensions ?? []).map((d, i) => `dimension:${i}:${d.descriptors.length}`),
    ...(items.actions ?? []).map((a) => `action:${a.id}`),
    ...(items.competencies ?? []).map((c) => `competency:${c.id}`),
    ...(items.deadlines ?? []).map((d) => `deadline:${d.id}`),
    ...(items.charterVersion ? [`charter-version:${items.charterVersion.id}:${items.charterVersion.version}`] : []),
    ...(items.sections ?? []).map((s) => `section:${s}`),
  ];
}

export const newFormId = (): string => randomBytes(16).toString('hex');

export function registerForm(db: Db, form: Omit<RegisteredForm, 'madeOn' | 'importedOn'>): RegisteredForm {
  const madeOn = nowIso();
  sql(db, 'INSERT INTO exchange_forms (id, kind, mentee_id, meeting_id, relationship, items, made_on) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    form.id,
    form.kind,
    form.menteeId,
    form.meetingId,
    form.relationship,
    JSON.stringify(form.items),
    madeOn,
  );
  return { ...form, madeOn, importedOn: null };
}

interface FormRow {
  id: string;
  kind: FormKind;
  mentee_id: number;
  meeting_id: number | null;
  relationship: RaterRelationship | null;
  items: string;
  made_on: string;
  imported_on: string | null;
}

export function registeredForm(db: Db, id: string): RegisteredForm | null {
  const r = sql<FormRow>(db, 'SELECT * FROM exchange_forms WHERE id = ?').get(id);
  if (!r) return null;
  return {
    id: r.id,
    kind: r.kind,
    menteeId: r.mentee_id,
    meetingId: r.meeting_id,
    relationship: r.relationship,
    items: JSON.parse(r.items) as FormItems,
    madeOn: r.made_on,
    importedOn: r.imported_on,
  };
}

export function markImported(db: Db, id: string): void {
  sql(db, 'UPDATE exchange_forms SET imported_on = ? WHERE id = ? AND imported_on IS NULL').run(nowIso(), id);
}
