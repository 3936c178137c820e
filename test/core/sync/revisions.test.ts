import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
