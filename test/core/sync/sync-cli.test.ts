import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKeysFile } from '../../../src/main/features/sync/journal/keys';
import { createMentee } from '../../../src/main/features/mentees/store';
import { menteeProfile } from '../../../src/shared/mentees/schema';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { createTestVault, OTHER_PASSPHRASE, PASSPHRASE } from '../../helpers/vault';
import { cli } from '../backup/harness';

let dir: string;
const env = { MENTOR_VAULT_PASSPHRASE: PASSPHRASE, LANG: 'en_US.UTF-8' };

beforeAll(() => {
  dir = makeTempDir('sync-cli');
});
afterAll(() => removeTempDir(dir));

describe('mentor-vault sync / passwd, through the service the bridge uses', () => {
  it('a new computer joins from the folder leaving the seed to it, and passwd rewraps the folder’s keys', async () => {
    const folder = join(dir, 'Dropbox');
    const laptop = join(dir, 'laptop.mentorvault');
    await createTestVault(laptop, { fill: (db) => void createMentee(db, menteeProfile.parse({ name: 'Ada Lovelace', status: 'active', strengths: [], careerAims: [] })) });
    const first = await cli(['sync', laptop, '--folder', folder], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^sent: [1-9]\d* changes$/m);

    const joined = await cli(['sync', join(dir, 'desktop.mentorvault'), '--folder', folder], env);
    expect(joined.code, joined.stderr).toBe(0);
    expect(joined.stdout).toMatch(/^created .*desktop\.mentorvault from the sync folder$/m);
    // Its seeded catalogue was left to the folder: nothing of its own to send.
    expect(joined.stdout).toMatch(/^sent: 0 changes$/m);

    const passwd = await cli(['passwd', laptop], { ...env, MENTOR_VAULT_NEW_PASSPHRASE: OTHER_PASSPHRASE });
    expect(passwd.code, passwd.stderr).toBe(0);
    expect(passwd.stdout).toMatch(/The sync folder now opens with the new passphrase too/);
    expect((await openKeysFile(folder, OTHER_PASSPHRASE)).dataKey).toHaveLength(32);
    await expect(openKeysFile(folder, PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  });
});
