import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMentee } from '../../../src/main/features/mentees/store';
import { createNote, deleteNote, updateNote } from '../../../src/main/features/notes/store';
import type { KeyMaterial } from '../../../src/main/vault/kdf';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { createTestVault, openWithKey } from '../../helpers/vault';
import { contains, decryptVaultFile } from '../../helpers/decrypt';

/**
 * Deleted (and overwritten) note text does not remain readable in the vault file: not in
 * the notes table, not in overflow pages, not in the FTS5 index. Checked by decrypting
 * every page with the raw key, with a control that finds the same bytes beforehand.
 */
let dir: string;
let path: string;
let key: KeyMaterial;

// Tokens end up lower-cased in the FTS index, possibly prefix-compressed against the
// term before them, so the index check looks for a distinctive tail of each token.
const BODY = 'The merger is off; tell no one about Vexillomancy before Friday.';
const BODY_TOKEN_TAIL = 'xillomancy';
const TITLE = 'Quarrelsome Ptarmigan';
const TITLE_TOKEN_TAIL = 'armigan';
const LONG_TAIL = 'Overflowing secret: Zanzibarite negotiations.';
const LONG_TOKEN_TAIL = 'nzibarite';
const EDITED = 'First draft mentions Hobgoblinite salary numbers.';
const EDITED_TOKEN_TAIL = 'bgoblinite';

const plain = () => decryptVaultFile(path, key.key);

beforeAll(async () => {
  dir = makeTempDir('secure-delete');
  ({ path, key } = await createTestVault(join(dir, 'v.mentorvault')));
});
afterAll(() => removeTempDir(dir));

describe('secure delete of notes', () => {
  const ids: Record<string, number> = {};

  it('control: before deletion the text and its index terms ARE found in the decrypted file', () => {
    const vault = openWithKey(path, key);
    try {
      const db = vault.db;
      const menteeId = createMentee(db, { name: 'Mentee', role: '', team: '', startDate: null, status: 'active', aspirations: '', careerAims: [], strengths: [], gaps: [], interests: [], documentLocale: null }).id;
      for (let i = 0; i < 30; i++) createNote(db, { menteeId, meetingId: null, title: `Filler ${i}`, body: `Ordinary words about week ${i}, plans and feedback.`, tags: ['filler'] });
      ids.short = createNote(db, { menteeId, meetingId: null, title: TITLE, body: BODY, tags: ['secretive'] });
      // Longer than a page: most of it lives in overflow pages.
      ids.long = createNote(db, { menteeId, meetingId: null, title: '', body: `${'Padding sentence for overflow. '.repeat(600)}${LONG_TAIL}`, tags: [] });
      ids.edited = createNote(db, { menteeId, meetingId: null, title: '', body: EDITED, tags: [] });
      ids.menteeId = menteeId;
    } finally {
      vault.close();
    }
    const bytes = plain();
    for (const text of [BODY, TITLE, LONG_TAIL, EDITED, BODY_TOKEN_TAIL, TITLE_TOKEN_TAIL, LONG_TOKEN_TAIL, EDITED_TOKEN_TAIL, 'secretive']) {
      expect(contains(bytes, text), text).toBe(true);
    }
  });

  it('after delete and edit, and the vault closed, none of those bytes are in the file', () => {
    const vault = openWithKey(path, key);
    try {
      deleteNote(vault.db, ids.short!);
      deleteNote(vault.db, ids.long!);
      updateNote(vault.db, ids.edited!, { menteeId: ids.menteeId!, meetingId: null, title: '', body: 'Second draft, nothing sensitive.', tags: [] });
    } finally {
      vault.close();
    }
    expect(existsSync(`${path}-journal`)).toBe(false);
    expect(existsSync(`${path}-wal`)).toBe(false);
    const bytes = plain();
    for (const text of [BODY, TITLE, LONG_TAIL, EDITED, BODY_TOKEN_TAIL, TITLE_TOKEN_TAIL, LONG_TOKEN_TAIL, EDITED_TOKEN_TAIL, 'secretive']) {
      expect(contains(bytes, text), text).toBe(false);
    }
    // The rest is intact and still readable.
    expect(contains(bytes, 'Second draft, nothing sensitive.')).toBe(true);
    expect(contains(bytes, 'Ordinary words about week 29')).toBe(true);
  });

  it('the raw file never holds the text in the clear (it is encrypted)', () => {
    const raw = readFileSync(path);
    expect(raw.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(contains(raw, 'Ordinary words about week 29')).toBe(false);
  });
});
