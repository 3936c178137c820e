import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openHarness, type Harness } from '../../helpers/confidential-vault';

/** Confidential text copied to the clipboard is cleared again after clipboardClearSeconds. */
let h: Harness;
let noteId: number;
let escalationId: number;
let entryId: number;

beforeAll(async () => {
  h = await openHarness('clipboard');
  const menteeId = await h.mentee('Clip Board');
  noteId = (await h.ok('notes.create', { menteeId, title: 'Clip title', body: 'Clip body text' })).id;
  const record = await h.ok('escalations.create', { menteeId, category: 'other', severity: 'low', title: 'Clip concern' });
  escalationId = record.id;
  entryId = (await h.ok('escalations.addEntry', { escalationId, kind: 'action', what: 'Clip action', informed: ['HR'], outcome: 'Clip outcome' })).entries[0]!.id;
});
afterAll(() => h.close());
afterEach(() => {
  vi.useRealTimers();
  h.session.updateSettings({ clipboardClearSeconds: 30 });
  h.platform.clipboard = '';
});

describe('clipboard clearing', () => {
  it('notes.copy puts the body on the clipboard and clears it after the default 30 s', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    expect(await h.ok('notes.copy', { id: noteId })).toEqual({ copied: true, clearsAfterSeconds: 30 });
    expect(h.platform.clipboard).toBe('Clip body text');
    vi.advanceTimersByTime(29_999);
    expect(h.platform.clipboard).toBe('Clip body text');
    vi.advanceTimersByTime(1);
    expect(h.platform.clipboard).toBe('');
  });

  it('follows the setting, and copies title or both', async () => {
    h.session.updateSettings({ clipboardClearSeconds: 10 });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    expect((await h.ok('notes.copy', { id: noteId, part: 'all' })).clearsAfterSeconds).toBe(10);
    expect(h.platform.clipboard).toBe('Clip title\n\nClip body text');
    vi.advanceTimersByTime(10_000);
    expect(h.platform.clipboard).toBe('');
    await h.ok('notes.copy', { id: noteId, part: 'title' });
    expect(h.platform.clipboard).toBe('Clip title');
  });

  it('escalation entries and fingerprints are cleared the same way', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await h.ok('escalations.copyEntry', { entryId });
    expect(h.platform.clipboard).toContain('Clip action');
    expect(h.platform.clipboard).toContain('Informed: HR');
    expect(h.platform.clipboard).toContain('Outcome: Clip outcome');
    vi.advanceTimersByTime(30_000);
    expect(h.platform.clipboard).toBe('');

    const copied = await h.ok('escalations.copyFingerprint', { id: escalationId });
    const verification = await h.ok('escalations.verify', { id: escalationId });
    expect(verification.intact && copied.fingerprint === verification.fingerprint && copied.head === verification.head).toBe(true);
    expect(copied.fingerprint).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){3}$/);
    expect(h.platform.clipboard).toBe(copied.fingerprint);
    vi.advanceTimersByTime(30_000);
    expect(h.platform.clipboard).toBe('');
  });

  it('unknown ids are NOT_FOUND and copy nothing', async () => {
    expect((await h.fail('notes.copy', { id: 9999 })).code).toBe('NOT_FOUND');
    expect((await h.fail('escalations.copyEntry', { entryId: 9999 })).code).toBe('NOT_FOUND');
    expect((await h.fail('escalations.copyFingerprint', { id: 9999 })).code).toBe('NOT_FOUND');
    expect(h.platform.clipboard).toBe('');
  });

  it('a broken chain has no fingerprint to copy', async () => {
    const db = h.db;
    db.exec('DROP TRIGGER escalation_entries_no_update');
    try {
      db.prepare("UPDATE escalation_entries SET what = 'tampered' WHERE id = ?").run(entryId);
    } finally {
      db.exec("CREATE TRIGGER escalation_entries_no_update BEFORE UPDATE ON escalation_entries BEGIN SELECT RAISE(ABORT, 'escalation entries are append-only: add a correction instead'); END;");
    }
    const error = await h.fail('escalations.copyFingerprint', { id: escalationId });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(new RegExp(`entry ${entryId}`));
    expect(error.message).not.toContain('tampered');
    expect(h.platform.clipboard).toBe('');
  });
});
