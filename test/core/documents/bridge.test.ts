import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDir, sha256File } from '../../helpers/temp';
import { PASSPHRASE } from '../../helpers/vault';
import { openHarness, type Harness } from '../../helpers/confidential-vault';
import { ADA, buildPlan, type PlanFixture } from './fixture';
import { flatText, pageSizeOf, pdfInfo } from './poppler';

/** pdf.* and documents.open as the renderer calls them: through the router, with the test platform's dialogs. */
let h: Harness;
let plan: PlanFixture;

beforeAll(async () => {
  h = await openHarness('pdf-bridge');
  plan = await buildPlan(h);
});
afterAll(() => h?.close());

describe('documents.charter and documents.report', () => {
  it('save where the dialog says, under a sensible name, owner-only, with no temp file left', async () => {
    const before = listDir(h.dir);
    const result = await h.ok('documents.charter', { menteeId: plan.menteeId });
    expect(result).not.toBeNull();
    expect(result!.path).toBe(join(h.dir, `Charter - ${ADA} - v2 draft.pdf`));
    expect(readFileSync(result!.path).subarray(0, 5).toString()).toBe('%PDF-');
    expect(Number(pdfInfo(readFileSync(result!.path)).Pages)).toBe(result!.pages);
    expect(result!.bytes).toBe(statSync(result!.path).size);
    expect(statSync(result!.path).mode & 0o777).toBe(0o600);
    expect(result!.token).toMatch(/^[0-9a-f]{32}$/);
    expect(listDir(h.dir)).toEqual([...before, `Charter - ${ADA} - v2 draft.pdf`].sort());

    const report = await h.ok('documents.report', { menteeId: plan.menteeId, ...plan.period });
    expect(report!.path).toBe(join(h.dir, `Progress report - ${ADA} - ${plan.period.from} to ${plan.period.to}.pdf`));
    expect(listDir(h.dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('replaces an existing file whole, and answers null (writing nothing) when the dialog is cancelled', async () => {
    const path = join(h.dir, 'existing.pdf');
    writeFileSync(path, 'an older file');
    h.platform.nextSavePath = path;
    const result = await h.ok('documents.charter', { menteeId: plan.menteeId, versionId: plan.agreedVersionId });
    expect(readFileSync(result!.path).subarray(0, 5).toString()).toBe('%PDF-');

    const before = listDir(h.dir);
    h.platform.cancelNextDialog = true;
    expect(await h.ok('documents.report', { menteeId: plan.menteeId, ...plan.period })).toBeNull();
    expect(listDir(h.dir)).toEqual(before);
  });

  it('never writes over the vault, nor into a missing folder', async () => {
    const vaultHash = sha256File(h.path);
    h.platform.nextSavePath = h.path;
    expect(await h.fail('documents.charter', { menteeId: plan.menteeId })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(sha256File(h.path)).toBe(vaultHash);
    h.platform.nextSavePath = join(h.dir, 'no-such-folder', 'c.pdf');
    expect(await h.fail('documents.charter', { menteeId: plan.menteeId })).toMatchObject({ code: 'PATH_NOT_WRITABLE' });
    const folder = join(h.dir, 'a-folder.pdf');
    mkdirSync(folder);
    h.platform.nextSavePath = folder;
    expect(await h.fail('documents.charter', { menteeId: plan.menteeId })).toMatchObject({ code: 'PATH_NOT_WRITABLE' });
  });

  it('writes the document in the locale asked for', async () => {
    const result = await h.ok('documents.report', { menteeId: plan.menteeId, ...plan.period, locale: 'de' });
    expect(flatText(readFileSync(result!.path))).toContain('FORTSCHRITTSBERICHT');
  });

  it('refuses bad input naming the field, before any dialog', async () => {
    const expectIssue = async (method: 'documents.charter' | 'documents.report' | 'documents.open', input: unknown, path: (string | number)[]) => {
      const error = await h.fail(method, input);
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues?.[0]?.path).toEqual(path);
    };
    await expectIssue('documents.report', { menteeId: plan.menteeId, from: plan.period.to, to: plan.period.from }, ['to']);
    await expectIssue('documents.report', { menteeId: plan.menteeId, from: '2025-02-30', to: '2025-03-01' }, ['from']);
    await expectIssue('documents.report', { menteeId: plan.menteeId, from: '1990-01-01', to: '2025-03-01' }, ['from']);
    await expectIssue('documents.charter', { menteeId: plan.menteeId, pageSize: 'A5' }, ['pageSize']);
    // A document is written only in a language of the catalogue (not the test suite's pseudo-locale).
    await expectIssue('documents.charter', { menteeId: plan.menteeId, locale: 'fr' }, ['locale']);
    await expectIssue('documents.report', { ...plan.period, menteeId: plan.menteeId, locale: 'en-XA' }, ['locale']);
    expect((await h.fail('documents.charter', { menteeId: plan.menteeId, locale: 'fr' })).issues?.[0]?.message).toBe('Choose a language for the document: en or de');
    await expectIssue('documents.charter', { menteeId: plan.menteeId, path: '/tmp/x.pdf' }, []);
    await expectIssue('documents.open', { token: '../../etc/passwd' }, ['token']);
    h.platform.nextSavePath = join(h.dir, 'never.pdf');
    expect(await h.fail('documents.charter', { menteeId: 424242 })).toMatchObject({ code: 'NOT_FOUND' });
    // The refusal came before the dialog: the path it would have answered is still unused.
    expect(h.platform.nextSavePath).toBe(join(h.dir, 'never.pdf'));
    h.platform.nextSavePath = undefined;
  });

  it('uses the vault\'s page size setting unless one is asked for', async () => {
    expect(await h.ok('documents.getSettings', {})).toEqual({ pageSize: 'A4' });
    expect(await h.ok('documents.updateSettings', { pageSize: 'LETTER' })).toEqual({ pageSize: 'LETTER' });
    const letter = await h.ok('documents.charter', { menteeId: plan.menteeId });
    expect(letter!.pageSize).toBe('LETTER');
    expect(pageSizeOf(pdfInfo(readFileSync(letter!.path)))).toEqual([612, 792]);
    const a4 = await h.ok('documents.charter', { menteeId: plan.menteeId, pageSize: 'A4' });
    expect(pageSizeOf(pdfInfo(readFileSync(a4!.path)))).toEqual([595, 842]);
    await h.ok('documents.updateSettings', { pageSize: 'A4' });
  });
});

describe('documents.open', () => {
  it('opens an exported file by its token only, and forgets tokens when the vault locks', async () => {
    const result = await h.ok('documents.charter', { menteeId: plan.menteeId });
    expect(await h.ok('documents.open', { token: result!.token })).toEqual({ opened: true });
    expect(h.platform.opened.at(-1)).toBe(result!.path);
    expect(await h.fail('documents.open', { token: 'f'.repeat(32) })).toMatchObject({ code: 'NOT_FOUND' });

    h.session.lock('user');
    await h.session.unlock(PASSPHRASE);
    expect(existsSync(result!.path)).toBe(true);
    expect(await h.fail('documents.open', { token: result!.token })).toMatchObject({ code: 'NOT_FOUND' });
  });
});
