import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localToday, plusDays } from '../../../src/shared/dates';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { computer, type Computer } from './computer';
import { PASSPHRASE } from '../../helpers/vault';

/**
 * Two computers edit the same note before they sync: the later edit wins, and the text it
 * replaced is kept. Through the bridge, on real vaults and a real folder: the mentor lists
 * it, puts it back (it travels like any edit, and the text it replaces is kept in turn), or
 * dismisses it.
 */

let dir: string;
let laptop: Computer;
let desktop: Computer;
let noteId: number;
let menteeId: number;

const body = (c: Computer, id: number) => c.session.db.prepare('SELECT body FROM notes WHERE id = ?').pluck().get(id) as string;
const noteOn = (c: Computer, title: string) => c.session.db.prepare('SELECT id FROM notes WHERE title = ?').pluck().get(title) as number;
const round = async (...computers: Computer[]) => {
  for (const c of computers) await c.calls.call('sync.now', {});
};
const note = (text: string) => ({ menteeId, meetingId: null, title: 'Stretch assignment', body: text, tags: [] });

beforeAll(async () => {
  dir = makeTempDir('sync-revisions');
  const folder = join(dir, 'OneDrive');
  mkdirSync(folder);
  [laptop, desktop] = [await computer(dir, 'laptop'), await computer(dir, 'desktop')];
  menteeId = (await laptop.calls.call('mentees.create', { name: 'Ada Lovelace', status: 'active' })).id;
  noteId = (await laptop.calls.call('notes.create', note('First draft.'))).id;
  await laptop.calls.call('sync.start', { folder, passphrase: PASSPHRASE });
  await desktop.calls.call('sync.start', { folder, passphrase: PASSPHRASE });
});
afterAll(() => {
  laptop.session.lock('quit');
  desktop.session.lock('quit');
  removeTempDir(dir);
});

describe('revisions to review', () => {
  it('lists the text a concurrent edit replaced, in words the mentor recognises, on both computers', async () => {
    expect(await laptop.calls.call('sync.revisions', {})).toEqual([]);
    const onDesktop = noteOn(desktop, 'Stretch assignment');
    await laptop.calls.call('notes.update', { id: noteId, note: note('Typed on the laptop in the meeting.') });
    // Written a little later, so the desktop's edit is the last writer on both computers.
    await new Promise((r) => setTimeout(r, 20));
    await desktop.calls.call('notes.update', { id: onDesktop, note: note('Typed on the desktop afterwards.') });
    await round(laptop, desktop, laptop);

    expect(body(laptop, noteId)).toBe('Typed on the desktop afterwards.');
    expect(body(desktop, onDesktop)).toBe('Typed on the desktop afterwards.');
    for (const c of [laptop, desktop]) {
      const [kept, ...more] = await c.calls.call('sync.revisions', {});
      expect(more).toEqual([]);
      expect(kept).toMatchObject({
        record: 'note',
        field: 'body',
        mentee: 'Ada Lovelace',
        title: 'Stretch assignment',
        kept: 'Typed on the laptop in the meeting.',
        keptHere: c === laptop,
        current: 'Typed on the desktop afterwards.',
      });
      expect(Date.parse(kept!.keptAt)).toBeLessThanOrEqual(Date.parse(kept!.currentAt!));
      expect((await c.calls.call('sync.status', {})).revisions).toBe(1);
    }
  });

  it('restores the kept text as an ordinary edit: it travels, and the text it replaced is kept in turn', async () => {
    const [kept] = await laptop.calls.call('sync.revisions', {});
    const after = await laptop.calls.call('sync.restoreRevision', { id: kept!.id });
    expect(body(laptop, noteId)).toBe('Typed on the laptop in the meeting.');
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ kept: 'Typed on the desktop afterwards.', current: 'Typed on the laptop in the meeting.' });

    await round(laptop, desktop);
    expect(body(desktop, noteOn(desktop, 'Stretch assignment'))).toBe('Typed on the laptop in the meeting.');
    // There, the restored text is current again and no longer kept; the text it replaced is.
    expect((await desktop.calls.call('sync.revisions', {})).map((r) => r.kept)).toEqual(['Typed on the desktop afterwards.']);
  });

  it('dismisses a kept text for good, and refuses ids it does not hold', async () => {
    const [kept] = await laptop.calls.call('sync.revisions', {});
    expect(await laptop.calls.call('sync.dismissRevision', { id: kept!.id })).toEqual([]);
    expect((await laptop.calls.fail('sync.dismissRevision', { id: kept!.id })).code).toBe('NOT_FOUND');
    expect((await laptop.calls.fail('sync.restoreRevision', { id: kept!.id })).message).toMatch(/restored or dismissed already/);
    expect((await laptop.calls.fail('sync.restoreRevision', { id: 0 })).code).toBe('INVALID_INPUT');
    expect((await laptop.calls.fail('sync.restoreRevision', { id: 1.5 } as never)).code).toBe('INVALID_INPUT');
    expect(laptop.session.db.prepare("SELECT count(*) FROM sync_revisions WHERE value = 'Typed on the desktop afterwards.'").pluck().get()).toBe(0);
  });

  it('refuses to restore into a record deleted since, saying why, and keeps the text listed', async () => {
    const onDesktop = noteOn(desktop, 'Stretch assignment');
    await laptop.calls.call('notes.update', { id: noteId, note: note('Laptop once more.') });
    await new Promise((r) => setTimeout(r, 20));
    await desktop.calls.call('notes.update', { id: onDesktop, note: note('Desktop once more.') });
    await round(laptop, desktop, laptop);
    await desktop.calls.call('notes.delete', { id: onDesktop });
    const [kept] = await desktop.calls.call('sync.revisions', {});
    expect(kept).toMatchObject({ kept: 'Laptop once more.', current: null, currentAt: null });
    const refused = await desktop.calls.fail('sync.restoreRevision', { id: kept!.id });
    expect(refused.code).toBe('NOT_FOUND');
    expect(refused.message).toMatch(/has been deleted/);
    // Dismissing forgets a kept text on one computer: the desktop still holds the one the laptop dismissed.
    expect((await desktop.calls.call('sync.revisions', {})).map((r) => r.kept)).toEqual(['Laptop once more.', 'Typed on the desktop afterwards.']);
  });
});

describe('what a kept text says, and a record frozen since', () => {
  const today = localToday();
  /** The same edit typed on each computer, the desktop's a little later, then a round. */
  const conflict = async (sql: string, id: (c: Computer) => number, laptopText: string, desktopText: string) => {
    laptop.session.db.prepare(sql).run(laptopText, id(laptop));
    await new Promise((r) => setTimeout(r, 20));
    desktop.session.db.prepare(sql).run(desktopText, id(desktop));
    await round(laptop, desktop, laptop);
  };
  const milestoneOn = (c: Computer) => c.session.db.prepare("SELECT id FROM milestones WHERE title = 'Draft the proposal'").pluck().get() as number;
  const versionOn = (c: Computer) =>
    c.session.db.prepare("SELECT v.id FROM charter_versions v JOIN mentees m ON m.id = v.mentee_id WHERE m.name = 'Grace Hopper'").pluck().get() as number;

  it('names the mentee of a row that belongs to one through its parent, the field by its label, and where each text was written', async () => {
    await laptop.calls.call('mentor.update', { name: 'Jordan Avery', title: '' });
    const grace = await laptop.calls.call('mentees.create', { name: 'Grace Hopper', status: 'active', careerAims: [{ title: 'Lead a compiler team' }] });
    const goal = await laptop.calls.call('goals.create', {
      menteeId: grace.id,
      title: 'Speak at a conference',
      area: 'visibility',
      specific: { statement: 'Give one talk outside the company' },
      measurable: { metric: 'Talks', unit: 'talks', baseline: 0, target: 1 },
      attainable: { whyRealistic: 'Has material worth showing' },
      relevant: { careerAimId: grace.careerAims[0]!.id },
      timeBound: { targetDate: plusDays(today, 100) },
    });
    await laptop.calls.call('milestones.create', {
      goalId: goal.id,
      title: 'Draft the proposal',
      dueDate: plusDays(today, 20),
      indicator: { kind: 'deliverable', description: 'Proposal sent' },
    });
    const charter = await laptop.calls.call('charter.create', { menteeId: grace.id });
    const body = structuredClone(charter.current.body);
    body.pilot.startDate = plusDays(today, -3);
    await laptop.calls.call('charter.update', { versionId: charter.current.id, body });
    await round(laptop, desktop);

    await conflict('UPDATE milestones SET indicator = ? WHERE id = ?', milestoneOn, 'Proposal accepted by the committee', 'Proposal sent to the committee');
    await conflict('UPDATE charter_versions SET purpose = ? WHERE id = ?', versionOn, 'Grow into leading a team.', 'Grow into a staff role.');

    const [purpose, indicator] = await laptop.calls.call('sync.revisions', {});
    expect(indicator).toMatchObject({
      record: 'milestone',
      field: 'indicator',
      mentee: 'Grace Hopper',
      title: 'Draft the proposal',
      kept: 'Proposal accepted by the committee',
      keptHere: true,
      current: 'Proposal sent to the committee',
      currentHere: false,
      refused: null,
    });
    expect(purpose).toMatchObject({ record: 'charter', field: 'purpose', mentee: 'Grace Hopper', kept: 'Grow into leading a team.', current: 'Grow into a staff role.' });
    // On the desktop the same texts were written the other way round.
    const there = (await desktop.calls.call('sync.revisions', {})).find((r) => r.field === 'indicator');
    expect(there).toMatchObject({ keptHere: false, currentHere: true, mentee: 'Grace Hopper' });
  });

  it('refuses to put a text back into a charter version agreed since, saying what to do, and changes nothing', async () => {
    await laptop.calls.call('charter.agree', { versionId: versionOn(laptop), agreedOn: today });
    const [purpose] = await laptop.calls.call('sync.revisions', {});
    // The list says so before anyone tries.
    expect(purpose).toMatchObject({ field: 'purpose', refused: 'frozen' });
    const refused = await laptop.calls.fail('sync.restoreRevision', { id: purpose!.id });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/frozen now .* Copy it into a new version/);
    expect(laptop.session.db.prepare('SELECT purpose FROM charter_versions WHERE id = ?').pluck().get(versionOn(laptop))).toBe('Grow into a staff role.');
    expect((await laptop.calls.call('sync.revisions', {})).map((r) => r.id)).toContain(purpose!.id);
  });

  it('does not put back a goal’s metric, a recalibration made on its own screen with a reason', async () => {
    const goalOn = (c: Computer) => c.session.db.prepare("SELECT id FROM goals WHERE title = 'Speak at a conference'").pluck().get() as number;
    await conflict('UPDATE goals SET metric = ? WHERE id = ?', goalOn, 'Talks given', 'Talks accepted');
    const metric = (await laptop.calls.call('sync.revisions', {})).find((r) => r.field === 'metric')!;
    expect(metric).toMatchObject({ record: 'goal', mentee: 'Grace Hopper', title: 'Speak at a conference', kept: 'Talks given', refused: 'ownScreen' });
    const refused = await laptop.calls.fail('sync.restoreRevision', { id: metric.id });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/only on its own screen/);
    expect(laptop.session.db.prepare('SELECT metric FROM goals WHERE id = ?').pluck().get(goalOn(laptop))).toBe('Talks accepted');
  });

  it('restores the milestone text, which the other computer then holds', async () => {
    const indicator = (await laptop.calls.call('sync.revisions', {})).find((r) => r.field === 'indicator')!;
    await laptop.calls.call('sync.restoreRevision', { id: indicator.id });
    await round(laptop, desktop);
    expect(desktop.session.db.prepare('SELECT indicator FROM milestones WHERE id = ?').pluck().get(milestoneOn(desktop))).toBe('Proposal accepted by the committee');
  });
});

describe('a locked vault', () => {
  it('answers VAULT_LOCKED to every revision method', async () => {
    desktop.session.lock('idle');
    expect((await desktop.calls.fail('sync.revisions', {})).code).toBe('VAULT_LOCKED');
    expect((await desktop.calls.fail('sync.restoreRevision', { id: 1 })).code).toBe('VAULT_LOCKED');
    expect((await desktop.calls.fail('sync.dismissRevision', { id: 1 })).code).toBe('VAULT_LOCKED');
  });
});
