import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../../src/main/features/escalations/verify-check';
import { agreeCharter, createCharter, getCharter, updateCharter } from '../../../src/main/features/charter/store';
import { createMentee } from '../../../src/main/features/mentees/store';
import { listRevisions, restoreRevision } from '../../../src/main/features/sync/revisions';
import { startSync, syncNow } from '../../../src/main/features/sync/service';
import { verifyDatabase } from '../../../src/main/vault/verify';
import type { Vault } from '../../../src/main/vault/vault';
import { CHARTER_DEFAULT_TEXTS, defaultCharterBody } from '../../../src/shared/charter/defaults';
import { menteeProfile } from '../../../src/shared/mentees/schema';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { copyVault, createTestVault, openWithKey, PASSPHRASE } from '../../helpers/vault';
import { comparableExport } from './replicas';

/**
 * The mentor begins one mentee's charter on the laptop and, before they sync, on the desktop
 * too. A charter holds one draft: two drafts become the one begun first, the other's texts
 * kept to review and put back; a draft never goes into an agreed version, it follows it as
 * the next version, saying why; two first versions agreed at once both stay.
 */
let dir: string;
let laptop: Vault;
let desktop: Vault;

const menteeOn = (v: Vault) => v.db.prepare("SELECT id FROM mentees WHERE name = 'Grace Hopper'").pluck().get() as number;
const why = CHARTER_DEFAULT_TEXTS.en.concurrentReason;

beforeEach(async () => {
  dir = makeTempDir('sync-charter-twice');
  const folder = join(dir, 'OneDrive');
  mkdirSync(folder);
  const made = await createTestVault(join(dir, 'laptop.mentorvault'), {
    fill: (db) => void createMentee(db, menteeProfile.parse({ name: 'Grace Hopper', status: 'active', strengths: [], careerAims: [] })),
  });
  const empty = await createTestVault(join(dir, 'empty.mentorvault'));
  laptop = openWithKey(made.path, made.key);
  desktop = openWithKey(copyVault(empty.path, join(dir, 'desktop.mentorvault')), empty.key);
  await startSync(laptop.db, folder, PASSPHRASE);
  await startSync(desktop.db, folder, PASSPHRASE);
  expect(menteeOn(desktop)).toBeGreaterThan(0);
});
afterEach(() => {
  laptop.close();
  desktop.close();
  removeTempDir(dir);
});

const tick = () => new Promise((r) => setTimeout(r, 5));

function begin(v: Vault, purpose: string, confidentiality?: string): number {
  const body = defaultCharterBody();
  const charter = createCharter(v.db, menteeOn(v), {
    ...body,
    purpose,
    confidentiality: confidentiality ?? body.confidentiality,
    pilot: { ...body.pilot, startDate: '2026-01-05' },
  });
  return charter.current.id;
}

function agree(v: Vault, versionId: number): void {
  agreeCharter(v.db, { versionId, agreedOn: '2026-03-01', agreedByMentor: 'The mentor' }, '2026-12-01');
}

const versions = (v: Vault) => getCharter(v.db, menteeOn(v))!.versions.map((x) => `${x.version} ${x.status} ${x.reason}`);
const purposeOf = (v: Vault, version: number) =>
  v.db.prepare('SELECT purpose FROM charter_versions WHERE mentee_id = ? AND version = ?').pluck().get(menteeOn(v), version) as string;

/** Both sync until nothing moves, starting with `first`; both must then agree in everything. */
function syncBoth(first: 'laptop' | 'desktop'): void {
  const order = first === 'laptop' ? [laptop, desktop, laptop, desktop] : [desktop, laptop, desktop, laptop];
  for (const v of order) syncNow(v.db);
  for (const v of [laptop, desktop]) {
    expect(v.db.prepare('SELECT count(*) FROM sync_waiting').pluck().get()).toBe(0);
    expect(verifyDatabase(v.db).problems).toEqual([]);
  }
  expect(comparableExport(desktop.db)).toEqual(comparableExport(laptop.db));
}

describe('a charter begun on two computers at once', () => {
  for (const first of ['laptop', 'desktop'] as const) {
    it(`two drafts become one, the other's texts kept to put back (${first} syncs first)`, async () => {
      begin(laptop, 'Grow as a lead');
      await tick();
      begin(desktop, 'Lead the platform team', 'Only what we agree leaves this room.');
      syncBoth(first);

      for (const v of [laptop, desktop]) {
        expect(versions(v)).toEqual(['1 draft ']);
        expect(purposeOf(v, 1)).toBe('Grow as a lead');
        const kept = listRevisions(v.db).filter((r) => r.record === 'charter');
        expect(kept.map((r) => [r.field, r.kept, r.current]).sort()).toEqual([
          ['confidentiality', 'Only what we agree leaves this room.', defaultCharterBody().confidentiality],
          ['purpose', 'Lead the platform team', 'Grow as a lead'],
        ]);
        expect(kept.every((r) => r.refused === null && r.mentee === 'Grace Hopper')).toBe(true);
      }

      // Put back on the desktop, it travels as an edit of the one draft.
      const purpose = listRevisions(desktop.db).find((r) => r.kept === 'Lead the platform team')!;
      restoreRevision(desktop.db, purpose.id);
      syncBoth('desktop');
      expect(purposeOf(laptop, 1)).toBe('Lead the platform team');
    });
  }

  it('the draft editable on each computer is the same one, and its edits merge as any field does', async () => {
    begin(laptop, 'Grow as a lead');
    await tick();
    const own = begin(desktop, 'Lead the platform team');
    syncBoth('laptop');
    const onDesktop = getCharter(desktop.db, menteeOn(desktop))!.current;
    const uidOf = (v: Vault, id: number) => v.db.prepare("SELECT uid FROM sync_rows WHERE dataset = 'charter_versions' AND local_id = ?").pluck().get(id);
    expect(uidOf(desktop, onDesktop.id)).toBe(uidOf(laptop, getCharter(laptop.db, menteeOn(laptop))!.current.id));
    expect(own).toBeGreaterThan(0);
    updateCharter(desktop.db, onDesktop.id, { ...onDesktop.body, purpose: 'Grow as a lead of leads' }, undefined);
    syncBoth('desktop');
    expect(purposeOf(laptop, 1)).toBe('Grow as a lead of leads');
  });

  it('a comment made on the folded draft points at the one draft on both computers', async () => {
    begin(laptop, 'Grow as a lead');
    await tick();
    const own = begin(desktop, 'Lead the platform team');
    desktop.db
      .prepare("INSERT INTO charter_comments (mentee_id, version_id, version, section, body, form_id, received_on) VALUES (?, ?, 1, 'purpose', ?, 'form-1', '2026-02-01')")
      .run(menteeOn(desktop), own, 'Could we name the team?');
    syncBoth('laptop');
    for (const v of [laptop, desktop]) {
      const draft = getCharter(v.db, menteeOn(v))!.current.id;
      expect(v.db.prepare('SELECT version_id FROM charter_comments').pluck().all()).toEqual([draft]);
    }
  });

  it('once the one draft is agreed, the other draft follows it as the next version, saying why', async () => {
    begin(laptop, 'Grow as a lead');
    await tick();
    begin(desktop, 'Lead the platform team');
    syncBoth('laptop');
    agree(laptop, getCharter(laptop.db, menteeOn(laptop))!.current.id);
    syncBoth('laptop');
    for (const v of [laptop, desktop]) {
      expect(versions(v)).toEqual([`2 draft ${why}`, '1 agreed ']);
      expect(purposeOf(v, 2)).toBe('Lead the platform team');
      // Its texts are in its own row again, not kept twice.
      expect(listRevisions(v.db)).toEqual([]);
    }
    // Landing again on the laptop is no edit of the laptop's: the next round sends nothing of it.
    expect(syncNow(laptop.db).sent).toBe(0);
  });

  for (const first of ['laptop', 'desktop'] as const) {
    it(`a draft begun before a version agreed elsewhere follows it (${first} syncs first)`, async () => {
      begin(desktop, 'Lead the platform team');
      await tick();
      agree(laptop, begin(laptop, 'Grow as a lead'));
      syncBoth(first);
      for (const v of [laptop, desktop]) {
        expect(versions(v)).toEqual([`2 draft ${why}`, '1 agreed ']);
        expect(purposeOf(v, 1)).toBe('Grow as a lead');
      }
      // The reason is the mentor's to change while it is a draft, and the change travels.
      const draft = getCharter(desktop.db, menteeOn(desktop))!.current;
      updateCharter(desktop.db, draft.id, draft.body, 'Ideas from the desktop');
      syncBoth('desktop');
      expect(versions(laptop)).toEqual(['2 draft Ideas from the desktop', '1 agreed ']);
    });
  }

  it('two first versions agreed at once both stay: the later is version 2, frozen as agreed', async () => {
    agree(laptop, begin(laptop, 'Grow as a lead'));
    await tick();
    agree(desktop, begin(desktop, 'Lead the platform team'));
    syncBoth('desktop');
    for (const v of [laptop, desktop]) {
      expect(versions(v)).toEqual([`2 agreed ${why}`, '1 agreed ']);
      expect(purposeOf(v, 2)).toBe('Lead the platform team');
      const id = v.db.prepare('SELECT id FROM charter_versions WHERE version = 2').pluck().get() as number;
      expect(() => v.db.prepare("UPDATE charter_versions SET reason = 'edited' WHERE id = ?").run(id)).toThrow(/frozen/);
    }
  });
});
