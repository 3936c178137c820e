import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import '../../../src/main/features/escalations/verify-check';
import { agreeCharter, createCharter, getCharter, reviseCharter } from '../../../src/main/features/charter/store';
import { createMentee } from '../../../src/main/features/mentees/store';
import { startSync, syncNow } from '../../../src/main/features/sync/service';
import { verifyDatabase } from '../../../src/main/vault/verify';
import type { Vault } from '../../../src/main/vault/vault';
import { defaultCharterBody } from '../../../src/shared/charter/defaults';
import { menteeProfile } from '../../../src/shared/mentees/schema';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { copyVault, createTestVault, openWithKey, PASSPHRASE } from '../../helpers/vault';
import { comparableExport } from './replicas';

/**
 * The mentor agrees a new version of one charter on the laptop and, before they sync, another
 * on the desktop. Both versions stay, with their text as agreed, and both computers number
 * them alike: the one written first is version 2, the other version 3, whichever computer
 * syncs first.
 */
let dir: string;
let laptop: Vault;
let desktop: Vault;
let menteeOn: (v: Vault) => number;

beforeEach(async () => {
  dir = makeTempDir('sync-charter');
  const folder = join(dir, 'Dropbox');
  mkdirSync(folder);
  const made = await createTestVault(join(dir, 'laptop.mentorvault'), {
    fill: (db) => {
      const menteeId = createMentee(db, menteeProfile.parse({ name: 'Ada Lovelace', status: 'active', strengths: [], careerAims: [] })).id;
      const body = defaultCharterBody();
      const charter = createCharter(db, menteeId, { ...body, purpose: 'Grow as a lead', pilot: { ...body.pilot, startDate: '2026-01-05' } });
      agreeCharter(db, { versionId: charter.current.id, agreedOn: '2026-01-05', agreedByMentor: 'The mentor' }, '2026-12-01');
    },
  });
  const empty = await createTestVault(join(dir, 'empty.mentorvault'));
  laptop = openWithKey(made.path, made.key);
  desktop = openWithKey(copyVault(empty.path, join(dir, 'desktop.mentorvault')), empty.key);
  await startSync(laptop.db, folder, PASSPHRASE);
  await startSync(desktop.db, folder, PASSPHRASE);
  menteeOn = (v) => v.db.prepare("SELECT id FROM mentees WHERE name = 'Ada Lovelace'").pluck().get() as number;
});
afterEach(() => {
  laptop.close();
  desktop.close();
  removeTempDir(dir);
});

function agreeNew(v: Vault, reason: string): void {
  const draft = reviseCharter(v.db, menteeOn(v), reason);
  agreeCharter(v.db, { versionId: draft.current.id, agreedOn: '2026-03-01', agreedByMentor: 'The mentor' }, '2026-12-01');
}

const versions = (v: Vault) => getCharter(v.db, menteeOn(v))!.versions.map((x) => `${x.version} ${x.status} ${x.reason}`);

for (const first of ['laptop', 'desktop'] as const) {
  it(`both versions agreed at once stay, numbered alike on both computers (${first} syncs first)`, async () => {
    agreeNew(laptop, 'Monthly instead of biweekly');
    await new Promise((r) => setTimeout(r, 5));
    agreeNew(desktop, 'A second pilot for the new team');
    const order = first === 'laptop' ? [laptop, desktop, laptop] : [desktop, laptop, desktop];
    for (const v of order) syncNow(v.db);

    const expected = ['3 agreed A second pilot for the new team', '2 agreed Monthly instead of biweekly', '1 agreed '];
    expect(versions(laptop)).toEqual(expected);
    expect(versions(desktop)).toEqual(expected);
    expect(getCharter(laptop.db, menteeOn(laptop))!.current.version).toBe(3);
    for (const v of [laptop, desktop]) expect(v.db.prepare('SELECT count(*) FROM sync_waiting').pluck().get()).toBe(0);
    expect(comparableExport(desktop.db)).toEqual(comparableExport(laptop.db));
    for (const v of [laptop, desktop]) expect(verifyDatabase(v.db).problems).toEqual([]);

    // An agreed version stays frozen in everything but that number.
    const id = laptop.db.prepare("SELECT id FROM charter_versions WHERE version = 2").pluck().get() as number;
    expect(() => laptop.db.prepare('UPDATE charter_versions SET version = 7 WHERE id = ?').run(id)).toThrow(/frozen/);
  });
}
