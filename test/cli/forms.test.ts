import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoVault } from '../../src/main/demo/generate';
import { createCharter, reviseCharter } from '../../src/main/features/charter/store';
import { fillForm } from '../core/forms/harness';
import { runCli } from '../helpers/cli';
import { makeTempDir, removeTempDir } from '../helpers/temp';
import { createTestVault, openWithKey, PASSPHRASE } from '../helpers/vault';
import type { KeyMaterial } from '../../src/main/vault/kdf';

/** `forms make` on a demo vault, filled by pypdf, `forms import` with its preview, and `info`'s counts. */
let dir: string;
let vault: string;
let key: KeyMaterial;
let mentee: string;
let meetingId: number;
let goalId: number;

beforeAll(async () => {
  dir = makeTempDir('cli-forms');
  vault = join(dir, 'demo.mentorvault');
  ({ key } = await createTestVault(vault, { fill: (db) => fillDemoVault(db, { mentees: 2, practice: false }) }));
  const v = openWithKey(vault, key);
  try {
    const row = v.db
      .prepare(
        `SELECT m.name, mt.id AS meetingId, (SELECT g.id FROM goals g WHERE g.mentee_id = m.id AND g.status NOT IN ('achieved','dropped') ORDER BY g.target_date, g.id LIMIT 1) AS goalId
         FROM mentees m JOIN meetings mt ON mt.mentee_id = m.id WHERE mt.status = 'planned' AND goalId IS NOT NULL ORDER BY mt.local_date LIMIT 1`,
      )
      .get() as { name: string; meetingId: number; goalId: number };
    ({ name: mentee, meetingId, goalId } = row);
  } finally {
    v.close();
  }
}, 60_000);
afterAll(() => removeTempDir(dir));

const env = { passphrase: PASSPHRASE };

describe('forms on the command line', () => {
  it('makes a self-assessment, shows the preview, records only with a typed y, then refuses it twice', async () => {
    const out = join(dir, 'self.pdf');
    const made = await runCli(['forms', 'make', 'self-assessment', vault, '--mentee', mentee, '--meeting', String(meetingId), '--out', out], env);
    expect(made.stderr).toBe('');
    expect(made.stdout).toMatch(/^wrote .*self\.pdf: self-assessment form [0-9a-f]{32}, \d+ pages?\n$/);
    const filled = fillForm(dir, out, { [`goal_${goalId}_rating`]: '5', reflection: 'CLI-CANARY Привет' }, 'self-filled');
    const filledPath = join(dir, 'self-filled.pdf');
    expect(filled.length).toBeGreaterThan(0);

    const declined = await runCli(['forms', 'import', vault, filledPath], { ...env, input: 'n\n' });
    expect(declined.code, declined.stderr).toBe(0);
    expect(declined.stdout).toContain('Reflection: CLI-CANARY Привет');
    expect(declined.stdout).toMatch(/nothing recorded\n$/);
    expect(JSON.parse((await runCli(['info', vault], env)).stdout).forms).toEqual({ made: 1, imported: 0 });

    const accepted = await runCli(['forms', 'import', vault, filledPath], { ...env, input: 'y\n' });
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stdout).toMatch(/recorded \d+ items? in the meeting "/);
    expect(JSON.parse((await runCli(['info', vault], env)).stdout).forms).toEqual({ made: 1, imported: 1 });

    const twice = await runCli(['forms', 'import', vault, filledPath, '--yes'], env);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/^error: CONFLICT: This form was already imported on \d{4}-\d{2}-\d{2}; nothing was written again\.\n$/);
  }, 300_000);

  it('makes a feedback request for a relationship and imports it with --yes', async () => {
    const out = join(dir, 'feedback.pdf');
    const made = await runCli(['forms', 'make', 'feedback', vault, '--mentee', mentee, '--relationship', 'stakeholder', '--rater', 'Ana', '--out', out], env);
    expect(made.code, made.stderr).toBe(0);
    fillForm(dir, out, { strengths: 'Calm under pressure' }, 'feedback-filled');
    const done = await runCli(['forms', 'import', vault, join(dir, 'feedback-filled.pdf'), '--yes'], env);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain('Rater: Ana');
    expect(done.stdout).toContain('Strengths: Calm under pressure');
  }, 300_000);

  it('refuses bad usage in words before asking for anything', async () => {
    const noRel = await runCli(['forms', 'make', 'feedback', vault, '--mentee', mentee, '--out', join(dir, 'x.pdf')], env);
    expect(noRel.code).toBe(2);
    expect(noRel.stderr).toContain('--relationship: Choose how the rater works with the mentee');
    const kind = await runCli(['forms', 'make', 'poster', vault, '--mentee', mentee, '--out', join(dir, 'x.pdf')], env);
    expect(kind.code).toBe(2);
    const locale = await runCli(['forms', 'make', 'check-in', vault, '--mentee', mentee, '--locale', 'fr', '--out', join(dir, 'x.pdf')], env);
    expect(locale.code).toBe(2);
    expect(locale.stderr).toContain('fr');
  }, 300_000);

  it('makes a form in German with --locale de, which imports like an English one', async () => {
    const out = join(dir, 'check-in-de.pdf');
    const made = await runCli(['forms', 'make', 'check-in', vault, '--mentee', mentee, '--locale', 'de', '--out', out], env);
    expect(made.code, made.stderr).toBe(0);
    const text = spawnSync('pdftotext', [out, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain(`Fortschritts-Check-in für ${mentee}`);
    expect(text).toContain('Was haben Sie gelernt?');
    expect(text).not.toContain('What did you learn?');
    fillForm(dir, out, { learned: 'CLI-CANARY gelernt' }, 'check-in-de-filled');
    const done = await runCli(['forms', 'import', vault, join(dir, 'check-in-de-filled.pdf'), '--yes'], env);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain('CLI-CANARY gelernt');
  }, 300_000);

  it('makes the charter draft for comments and records the comments beside the draft', async () => {
    // The demo mentee's charter gets an open draft, as the mentor would start one before asking for comments.
    const v = openWithKey(vault, key);
    try {
      const menteeId = v.db.prepare('SELECT id FROM mentees WHERE name = ?').pluck().get(mentee) as number;
      const draft = v.db.prepare("SELECT 1 FROM charter_versions WHERE mentee_id = ? AND status = 'draft'").pluck().get(menteeId);
      const charter = v.db.prepare('SELECT 1 FROM charters WHERE mentee_id = ?').pluck().get(menteeId);
      if (!draft) {
        if (charter) reviseCharter(v.db, menteeId, 'Asking for comments');
        else createCharter(v.db, menteeId, undefined);
      }
    } finally {
      v.close();
    }
    const out = join(dir, 'charter.pdf');
    const made = await runCli(['forms', 'make', 'charter-comments', vault, '--mentee', mentee, '--out', out], env);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/charter-comments form [0-9a-f]{32}/);
    fillForm(dir, out, { section_purpose_comment: 'CLI-CANARY purpose' }, 'charter-filled');
    const done = await runCli(['forms', 'import', vault, join(dir, 'charter-filled.pdf'), '--yes'], env);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain('Purpose: CLI-CANARY purpose');
    const check = openWithKey(vault, key);
    try {
      expect(check.db.prepare("SELECT body FROM charter_comments WHERE section = 'purpose'").pluck().all()).toEqual(['CLI-CANARY purpose']);
    } finally {
      check.close();
    }
  }, 300_000);
});
