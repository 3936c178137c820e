import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addEntry, createEscalation } from '../../../src/main/features/escalations/store';
import { fillDemoVault } from '../../../src/main/demo/generate';
import { createMentee } from '../../../src/main/features/mentees/store';
import { createNote, updateNote } from '../../../src/main/features/notes/store';
import { mergeConflictedCopy } from '../../../src/main/features/vault/merge-copy/merge';
import type { Db } from '../../../src/main/vault/sqlite';
import { Vault } from '../../../src/main/vault/vault';
import { verifyDatabase } from '../../../src/main/vault/verify';
import { addEntryInput, createEscalationInput } from '../../../src/shared/escalations/schema';
import { menteeProfile } from '../../../src/shared/mentees/schema';
import { noteFields } from '../../../src/shared/notes/schema';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { createTestVault, openWithKey, OTHER_PASSPHRASE, PASSPHRASE } from '../../helpers/vault';

/**
 * A conflicted copy of the vault file (a sync service forked it) merged back: what only the
 * copy holds is added, what both hold stays once, the copy's differing text is kept in a
 * note, escalation timelines join where they can, and `verify` passes.
 */
let dir: string;
const open: Vault[] = [];
beforeEach(() => {
  dir = makeTempDir('merge-copy');
});
afterEach(() => {
  for (const v of open.splice(0)) v.close();
  removeTempDir(dir);
});

const mentee = (db: Db, name: string) => createMentee(db, menteeProfile.parse({ name, status: 'active', strengths: [], careerAims: [] })).id;
const note = (db: Db, menteeId: number, title: string, body: string) => createNote(db, noteFields.parse({ menteeId, title, body }));
const tick = () => new Promise((resolve) => setTimeout(resolve, 3));
const names = (db: Db) => db.prepare('SELECT name FROM mentees ORDER BY name').pluck().all();
const notesOf = (db: Db, menteeName: string) =>
  db.prepare('SELECT n.title, n.body FROM notes n JOIN mentees m ON m.id = n.mentee_id WHERE m.name = ? ORDER BY n.title').all(menteeName) as { title: string; body: string }[];

/** A vault, and a conflicted copy of it; both then changed differently. */
async function forked(): Promise<{ vault: Vault; copyPath: string }> {
  const made = await createTestVault(join(dir, 'mentor.mentorvault'), {
    fill: (db) => {
      const ada = mentee(db, 'Ada Lovelace');
      note(db, ada, 'Plan', 'Before the fork');
      const record = createEscalation(db, createEscalationInput.parse({ menteeId: ada, category: 'wellbeing', severity: 'medium', title: 'Workload' }));
      addEntry(db, addEntryInput.parse({ kind: 'note', escalationId: record, what: 'Talked it through' }));
    },
  });
  const copyPath = join(dir, "mentor (Sam's conflicted copy 2026-12-02).mentorvault");
  copyFileSync(made.path, copyPath);
  const vault = openWithKey(made.path, made.key);
  const copy = openWithKey(copyPath, made.key);
  open.push(vault);
  try {
    // The vault: a mentee, a note, and the shared note edited.
    mentee(vault.db, 'Grace Hopper');
    note(vault.db, 1, 'Written here', 'On this computer');
    updateNote(vault.db, 1, noteFields.parse({ menteeId: 1, title: 'Plan', body: 'Edited here' }));
    await tick();
    // The copy: another mentee with a note (same ids as the vault's new ones), a note, the shared note edited, an entry.
    const linus = mentee(copy.db, 'Linus Pauling');
    note(copy.db, linus, 'First talk', 'Chemistry');
    note(copy.db, 1, 'Written in the copy', 'On the other computer');
    updateNote(copy.db, 1, noteFields.parse({ menteeId: 1, title: 'Plan', body: 'Edited in the copy' }));
    addEntry(copy.db, addEntryInput.parse({ kind: 'action', escalationId: 1, what: 'Spoke to the team lead' }));
  } finally {
    copy.close();
  }
  return { vault, copyPath };
}

describe('merging a conflicted copy into the vault', () => {
  it('adds what only the copy holds, keeps shared records once, keeps the copy’s differing text, and verifies', async () => {
    const { vault, copyPath } = await forked();
    const result = await mergeConflictedCopy(vault, copyPath, PASSPHRASE, 'en');
    const db = vault.db;

    expect(names(db)).toEqual(['Ada Lovelace', 'Grace Hopper', 'Linus Pauling']);
    expect(notesOf(db, 'Linus Pauling')).toEqual([{ title: 'First talk', body: 'Chemistry' }]);
    const ada = notesOf(db, 'Ada Lovelace');
    expect(ada.map((n) => n.title)).toEqual(["Kept from the merged copy mentor (Sam's conflicted copy 2026-12-02).mentorvault", 'Plan', 'Written here', 'Written in the copy']);
    expect(ada.find((n) => n.title === 'Plan')!.body).toBe('Edited here');
    expect(ada[0]!.body).toBe('Plan (notes, body), in the copy:\nEdited in the copy');
    // The note found by search, like any other.
    expect(db.prepare("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'copy'").pluck().get()).toBeGreaterThan(0);

    const entries = db.prepare('SELECT what FROM escalation_entries WHERE escalation_id = 1 ORDER BY clock, id').pluck().all();
    expect(entries).toEqual(['Talked it through', 'Spoke to the team lead']);
    expect(db.prepare('SELECT entry_count FROM escalations WHERE id = 1').pluck().get()).toBe(2);
    expect(verifyDatabase(db).problems).toEqual([]);

    expect(result).toMatchObject({
      added: [
        { table: 'escalation_entries', count: 1 },
        { table: 'mentees', count: 1 },
        { table: 'notes', count: 2 },
      ],
      skipped: [],
      differing: 1,
      keptTexts: 1,
      keptNotes: 1,
      keptWithoutMentee: 0,
      movedTo: `${copyPath}.merged`,
    });
    expect(existsSync(copyPath)).toBe(false);
    expect(existsSync(`${copyPath}.merged`)).toBe(true);
    // No temporary copy is left behind.
    expect(readdirSync(dir).sort()).toEqual(['mentor (Sam\'s conflicted copy 2026-12-02).mentorvault.merged', 'mentor.mentorvault']);
  });

  it('merging the same copy twice adds nothing the second time', async () => {
    const { vault, copyPath } = await forked();
    await mergeConflictedCopy(vault, copyPath, PASSPHRASE, 'en');
    copyFileSync(`${copyPath}.merged`, copyPath);
    const again = await mergeConflictedCopy(vault, copyPath, PASSPHRASE, 'en');
    expect(again.added).toEqual([]);
    expect(names(vault.db)).toEqual(['Ada Lovelace', 'Grace Hopper', 'Linus Pauling']);
    expect(verifyDatabase(vault.db).problems).toEqual([]);
    expect(again.movedTo).toBe(`${copyPath}.merged-2`);
  });

  it('skips, and counts, entries whose timeline went on differently in the vault', async () => {
    const { vault, copyPath } = await forked();
    addEntry(vault.db, addEntryInput.parse({ kind: 'note', escalationId: 1, what: 'Written here later' }));
    const result = await mergeConflictedCopy(vault, copyPath, PASSPHRASE, 'en');
    expect(result.skipped).toEqual([{ table: 'escalation_entries', count: 1 }]);
    expect(vault.db.prepare('SELECT what FROM escalation_entries ORDER BY id').pluck().all()).toEqual(['Talked it through', 'Written here later']);
    expect(verifyDatabase(vault.db).problems).toEqual([]);
  });
});

describe('what hangs under a record only the copy holds', () => {
  it('comes with it, under the new ids, and a new escalation record is chained anew', async () => {
    const made = await createTestVault(join(dir, 'mentor.mentorvault'), { fill: (db) => void mentee(db, 'Ada Lovelace') });
    const copyPath = join(dir, 'mentor.sync-conflict-20261202-101500-7ZQ4XKA.mentorvault');
    copyFileSync(made.path, copyPath);
    const vault = openWithKey(made.path, made.key);
    open.push(vault);
    const profile = (name: string, aim: string, strength: string) => menteeProfile.parse({ name, status: 'active', strengths: [strength], careerAims: [{ title: aim }] });
    createMentee(vault.db, profile('Grace Hopper', 'Ship a compiler', 'Persistent'));
    await tick();
    const copy = openWithKey(copyPath, made.key);
    const linus = createMentee(copy.db, profile('Linus Pauling', 'Lead a lab', 'Curious')).id;
    createNote(copy.db, noteFields.parse({ menteeId: linus, title: 'First talk', body: 'Chemistry', tags: ['science', 'first'] }));
    const record = createEscalation(copy.db, createEscalationInput.parse({ menteeId: linus, category: 'conflict', severity: 'high', title: 'Lab dispute' }));
    addEntry(copy.db, addEntryInput.parse({ kind: 'note', escalationId: record, what: 'Heard both sides' }));
    addEntry(copy.db, addEntryInput.parse({ kind: 'closure', escalationId: record, what: 'Agreed a rota' }));
    copy.close();

    const result = await mergeConflictedCopy(vault, copyPath, PASSPHRASE, 'en');
    const db = vault.db;
    const byName = (sqlText: string, name: string) => db.prepare(sqlText).pluck().all(name);
    expect(byName('SELECT a.title FROM career_aims a JOIN mentees m ON m.id = a.mentee_id WHERE m.name = ?', 'Linus Pauling')).toEqual(['Lead a lab']);
    expect(byName('SELECT a.title FROM career_aims a JOIN mentees m ON m.id = a.mentee_id WHERE m.name = ?', 'Grace Hopper')).toEqual(['Ship a compiler']);
    expect(byName('SELECT t.text FROM mentee_traits t JOIN mentees m ON m.id = t.mentee_id WHERE m.name = ?', 'Linus Pauling')).toEqual(['Curious']);
    expect(byName('SELECT nt.tag FROM note_tags nt JOIN notes n ON n.id = nt.note_id JOIN mentees m ON m.id = n.mentee_id WHERE m.name = ? ORDER BY nt.tag', 'Linus Pauling')).toEqual(['first', 'science']);
    const escalation = db.prepare("SELECT e.status, e.entry_count FROM escalations e JOIN mentees m ON m.id = e.mentee_id WHERE m.name = 'Linus Pauling'").get();
    expect(escalation).toEqual({ status: 'resolved', entry_count: 2 });
    expect(verifyDatabase(db).problems).toEqual([]);
    expect(result.added).toEqual([
      { table: 'career_aims', count: 1 },
      { table: 'escalation_entries', count: 2 },
      { table: 'escalations', count: 1 },
      { table: 'mentee_traits', count: 1 },
      { table: 'mentees', count: 1 },
      { table: 'note_tags', count: 2 },
      { table: 'notes', count: 1 },
    ]);
  });

  it('a decision’s link to what it changed and meeting mode’s current item name the merged rows', async () => {
    const made = await createTestVault(join(dir, 'mentor.mentorvault'), { fill: (db) => fillDemoVault(db, { mentees: 1, seed: 9 }) });
    const copyPath = join(dir, 'mentor (conflicted copy).mentorvault');
    copyFileSync(made.path, copyPath);
    const vault = openWithKey(made.path, made.key);
    open.push(vault);
    const goal = vault.db.prepare('SELECT min(id) FROM goals').pluck().get() as number;
    const meeting = vault.db.prepare('SELECT min(meeting_id) FROM meeting_agenda_items').pluck().get() as number;
    const item = vault.db.prepare('SELECT min(id) FROM meeting_agenda_items WHERE meeting_id = ?').pluck().get(meeting) as number;
    /** A row of one's own, made from an existing one with some columns changed: the same new id names different rows in each file. */
    const own = (db: Db, table: string, id: number, changed: Record<string, unknown>) => {
      const columns = db.prepare('SELECT name FROM pragma_table_info(?) WHERE pk = 0').pluck().all(table) as string[];
      const values = columns.map((c) => (c in changed ? '?' : `"${c}"`)).join(', ');
      const params = columns.filter((c) => c in changed).map((c) => changed[c]);
      return Number(db.prepare(`INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) SELECT ${values} FROM ${table} WHERE id = ?`).run(...params, id).lastInsertRowid);
    };
    const later = { created_at: '2026-11-20T09:00:00.000Z', updated_at: '2026-11-20T09:00:00.000Z' };
    own(vault.db, 'goals', goal, { ...later, title: 'Goal of the vault' });
    const copy = openWithKey(copyPath, made.key);
    const copyGoal = own(copy.db, 'goals', goal, { ...later, created_at: '2026-11-21T09:00:00.000Z', title: 'Goal of the copy' });
    const menteeId = copy.db.prepare('SELECT mentee_id FROM goals WHERE id = ?').pluck().get(copyGoal);
    copy.db
      .prepare("INSERT INTO decisions (mentee_id, date, decision, rationale, entity_kind, entity_id, created_at) VALUES (?, '2026-11-02', 'Stretch it', 'Ahead', 'goal', ?, '2026-11-02T10:00:00Z')")
      .run(menteeId, copyGoal);
    // A meeting held only in the copy, in review meeting mode at its own second item.
    const copyMeeting = own(copy.db, 'meetings', meeting, { ...later, uid: 'c0ffee00-0000-4000-8000-000000000001', slot_kind: null, slot_date: null, milestone_id: null, title: 'Held on the laptop' });
    own(copy.db, 'meeting_agenda_items', item, { meeting_id: copyMeeting, title: 'Opening of the copy' });
    const copyItem = own(copy.db, 'meeting_agenda_items', item, { meeting_id: copyMeeting, title: 'Where we stopped' });
    copy.db.prepare('UPDATE meetings SET current_item_id = ? WHERE id = ?').run(copyItem, copyMeeting);
    copy.close();

    const result = await mergeConflictedCopy(vault, copyPath, PASSPHRASE, 'en');
    const db = vault.db;
    expect(db.prepare("SELECT g.title FROM decisions d JOIN goals g ON g.id = d.entity_id WHERE d.decision = 'Stretch it'").pluck().get()).toBe('Goal of the copy');
    expect(db.prepare("SELECT i.title FROM meetings m JOIN meeting_agenda_items i ON i.id = m.current_item_id WHERE m.title = 'Held on the laptop'").pluck().get()).toBe('Where we stopped');
    // The demo's own decisions, linked to its goals and milestones, are the same records: none added twice.
    expect(result.added.find((a) => a.table === 'decisions')?.count).toBe(1);
    expect(verifyDatabase(db).problems).toEqual([]);
  });

  it('a copy whose passphrase was changed opens with its own, and not with the vault’s', async () => {
    const made = await createTestVault(join(dir, 'mentor.mentorvault'));
    const copyPath = join(dir, 'mentor (conflicted copy 2026-12-02).mentorvault');
    copyFileSync(made.path, copyPath);
    const copy = await Vault.unlock(copyPath, PASSPHRASE);
    mentee(copy.db, 'Linus Pauling');
    await copy.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE);
    copy.close();
    const vault = openWithKey(made.path, made.key);
    open.push(vault);
    await expect(mergeConflictedCopy(vault, copyPath, PASSPHRASE, 'en')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const result = await mergeConflictedCopy(vault, copyPath, OTHER_PASSPHRASE, 'en');
    expect(result.added).toEqual([{ table: 'mentees', count: 1 }]);
    expect(names(vault.db)).toEqual(['Linus Pauling']);
  });
});

describe('refusals leave the vault and the copy as they were', () => {
  it('a wrong passphrase, a file that is not a vault', async () => {
    const { vault, copyPath } = await forked();
    const before = vault.db.prepare('SELECT count(*) FROM notes').pluck().get();
    await expect(mergeConflictedCopy(vault, copyPath, OTHER_PASSPHRASE, 'en')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE', message: expect.stringContaining('copy’s passphrase') });
    const junk = join(dir, 'mentor (conflicted copy 2026-12-03).mentorvault');
    writeFileSync(junk, 'not a vault at all, just some text in a file');
    await expect(mergeConflictedCopy(vault, junk, PASSPHRASE, 'en')).rejects.toMatchObject({ code: 'NOT_A_VAULT' });
    expect(vault.db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(before);
    expect(existsSync(copyPath) && existsSync(junk)).toBe(true);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
