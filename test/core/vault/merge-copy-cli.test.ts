import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMentee } from '../../../src/main/features/mentees/store';
import { menteeProfile } from '../../../src/shared/mentees/schema';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { createTestVault, openWithKey, OTHER_PASSPHRASE, PASSPHRASE } from '../../helpers/vault';
import { cli } from '../backup/harness';

/** `mentor-vault merge-copy VAULT COPY`: only a copy found beside the vault, and the result in words. */
let dir: string;
beforeAll(() => {
  dir = makeTempDir('merge-copy-cli');
});
afterAll(() => removeTempDir(dir));

describe('mentor-vault merge-copy', () => {
  it('refuses a file that is not a found copy, merges one that is, and says what it did', async () => {
    const made = await createTestVault(join(dir, 'mentor.mentorvault'));
    const copy = join(dir, 'mentor (conflicted copy 2026-12-02).mentorvault');
    copyFileSync(made.path, copy);
    const opened = openWithKey(copy, made.key);
    createMentee(opened.db, menteeProfile.parse({ name: 'Linus Pauling', status: 'active', strengths: [], careerAims: [] }));
    opened.close();
    const env = { MENTOR_VAULT_PASSPHRASE: PASSPHRASE, MENTOR_VAULT_LANG: 'en' };

    const elsewhere = join(dir, 'other.mentorvault');
    copyFileSync(made.path, elsewhere);
    const refused = await cli(['merge-copy', made.path, elsewhere], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('not a conflicted copy of this vault');

    // A vault passphrase that is wrong is refused before the copy is looked at.
    const wrong = await cli(['merge-copy', made.path, copy], { ...env, MENTOR_VAULT_PASSPHRASE: OTHER_PASSPHRASE });
    expect(wrong.code).toBe(1);
    expect(existsSync(copy)).toBe(true);

    const merged = await cli(['merge-copy', made.path, copy], env);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(0);
    expect(merged.stdout).toContain('One record only the copy held was added.\n  mentees: 1\n');
    expect(merged.stdout).toContain(`The copy is now ${copy}.merged.`);
    expect(existsSync(`${copy}.merged`)).toBe(true);
  });
});
