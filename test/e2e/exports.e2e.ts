import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync, closeSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from '@playwright/test';
import { BackupScheduler } from '../../src/main/features/backup/scheduler';
import { listAutomaticBackups } from '../../src/main/features/backup/rotation';
import { readSchedule } from '../../src/main/features/backup/schedule';
import { Vault } from '../../src/main/vault/vault';
import { presetPeriod } from '../../src/renderer/features/documents/period';
import { localToday, plusDays } from '../../src/shared/dates';
import type { Platform } from '../../src/main/app/platform';
import type { TestPlatform } from '../bridge/test-platform';
import { flatText } from '../core/documents/poppler';
import { expect, test } from './fixtures';
import { dispatch } from './support/dispatch';
import { translator } from '../../src/shared/i18n/intl';

const PASSPHRASE = 'lantern orchard quietly mosaic 47 rivers';
const MENTEE = 'Noor Haddad';
const AIM = 'Become a staff engineer';
const GOAL = 'Lead cross-team design reviews';
const PURPOSE = 'Grow Noor into a staff engineer who leads cross-team design.';
/** Written behind the app's back as a private note and an escalation: it must reach no export. */
const SECRET = 'CONFIDENTIAL_PROBE_5K8';
const TODAY = localToday();

const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Mentee sections' }).getByRole('link', { name, exact: true });
const dialog = (page: Page, name: string) => page.getByRole('dialog', { name });

/**
 * Holds the next save dialog open until released, so the test sees what the window
 * shows while the mentor is choosing (no sleep), and records what the dialog suggested.
 */
function holdNextSave(platform: TestPlatform) {
  const original = platform.chooseSavePath.bind(platform);
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  const asked: Parameters<Platform['chooseSavePath']>[0][] = [];
  platform.chooseSavePath = async (options: Parameters<Platform['chooseSavePath']>[0]) => {
    platform.chooseSavePath = original;
    asked.push(options);
    await released;
    return original(options);
  };
  return { release, asked };
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

test('exports: charter and report PDFs where a user expects them, JSON behind its warning, backups on a schedule, restore that refuses a damaged backup', async ({ app }) => {
  test.skip(!app.bridge, 'answers the save dialogs and reads the files through the test bridge');
  test.setTimeout(150_000);
  const { page, dataDir } = app;
  const bridge = app.bridge!;
  const platform = bridge.platform;
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  // A vault, a mentee with a career aim, and one SMART goal.
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Passphrase, again', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await page.getByRole('button', { name: 'New mentee' }).click();
  await page.getByLabel('Name', { exact: true }).fill(MENTEE);
  await page.getByLabel('Role', { exact: true }).fill('Senior Engineer');
  await page.getByRole('button', { name: 'Add career aim' }).click();
  await page.getByLabel('Aim 1', { exact: true }).fill(AIM);
  await page.getByRole('button', { name: 'Add mentee' }).click();
  await expect(page.getByRole('heading', { name: MENTEE, level: 1 })).toBeVisible();
  const menteeId = Number(/mentees\/(\d+)/.exec(page.url())?.[1]);
  expect(menteeId).toBeGreaterThan(0);
  // Confidential material, written behind the app's back: no export meant for others may carry it.
  await dispatch(bridge, 'notes.create', { menteeId, title: `Private ${SECRET}`, body: `Private note ${SECRET}`, tags: [] });
  await dispatch(bridge, 'escalations.create', { menteeId, category: 'wellbeing', severity: 'low', title: `Escalation ${SECRET}`, summary: SECRET, needToKnow: ['Mentor'] });

  await tab(page, 'Goals').click();
  await page.getByRole('button', { name: 'Write the first goal' }).click();
  const goal = page.getByRole('form', { name: 'New SMART goal' });
  await goal.getByLabel('Title', { exact: true }).fill(GOAL);
  await goal.getByLabel('Area').selectOption('leadership');
  await goal.getByLabel('Start date').fill(plusDays(TODAY, -30));
  await goal.getByLabel('Statement').fill('Lead the design review of every payments feature that touches another team.');
  await goal.getByLabel('Metric').fill('Design reviews led per quarter');
  await goal.getByLabel('Unit').fill('reviews');
  await goal.getByLabel('Baseline value').fill('0');
  await goal.getByLabel('Target value').fill('4');
  await goal.getByLabel('Why it is realistic').fill('Two are already planned.');
  await goal.getByLabel('Career aim it serves').selectOption({ label: AIM });
  await goal.getByLabel('Target date').fill(plusDays(TODAY, 120));
  await goal.getByRole('button', { name: 'Add goal' }).click();
  await expect(page.getByRole('heading', { name: GOAL, level: 2 })).toBeVisible();

  // The charter, agreed as version 1.
  await tab(page, 'Charter').click();
  await page.getByRole('button', { name: 'Start the charter' }).click();
  await page.getByLabel('Purpose of the mentorship').fill(PURPOSE);
  await page.getByLabel('Pilot start date').fill(plusDays(TODAY, -14));
  await page.getByLabel('Pilot length (weeks)').fill('6');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText(/^Saved at /)).toBeVisible();
  await page.getByRole('button', { name: 'Agree…' }).click();
  const agree = dialog(page, 'Agree to version 1?');
  await agree.getByLabel('Your name', { exact: true }).fill('Jordan Avery');
  await agree.getByRole('button', { name: 'Agree and freeze' }).click();
  await expect(agree).toBeHidden();

  // Charter PDF from the charter screen: progress while the save dialog is up, then Open.
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const charterDialog = dialog(page, 'Export the charter as PDF');
  await expect(charterDialog.getByLabel('Version')).toHaveValue(/\d+/);
  await expect(charterDialog.getByLabel('Version').locator('option:checked')).toHaveText(/^Version 1, agreed /);
  await app.expectAccessible('charter export dialog');
  const charterSave = holdNextSave(platform);
  await charterDialog.getByRole('button', { name: 'Export PDF…' }).click();
  await expect(charterDialog.getByText('Typesetting the charter, then choose where to save it…')).toBeVisible();
  await app.screenshot('exports-charter-progress');
  charterSave.release();
  await expect(charterDialog.getByRole('status')).toContainText(/PDF saved: \d+ pages?, A4\./);
  expect(charterSave.asked.map((a) => a.defaultPath)).toEqual([`Charter - ${MENTEE} - v1.pdf`]);
  const charterPath = join(dataDir, `Charter - ${MENTEE} - v1.pdf`);
  await expect(charterDialog.getByRole('status')).toContainText(charterPath);
  await charterDialog.getByRole('button', { name: 'Open' }).click();
  await expect.poll(() => platform.opened).toEqual([charterPath]);
  await app.expectAccessible('charter export done');
  await app.screenshot('exports-charter-done');
  await charterDialog.getByRole('button', { name: 'Done' }).click();
  const charterText = flatText(readFileSync(charterPath));
  for (const words of ['MENTORSHIP CHARTER', MENTEE, '1. Purpose', PURPOSE, 'Goals and milestones', GOAL, 'Signatures', 'Page 1 of']) expect(charterText).toContain(words);
  expect(charterText).not.toContain('DRAFT');
  expect(charterText).not.toContain(SECRET);

  // Progress report from the mentee's dashboard, for the last 90 days.
  await tab(page, 'Dashboard').click();
  await page.getByRole('button', { name: 'Progress report…' }).click();
  const reportDialog = dialog(page, 'Progress report as PDF');
  const period = presetPeriod('last-90');
  await expect(reportDialog.getByLabel('From')).toHaveValue(period.from);
  await expect(reportDialog.getByLabel('To')).toHaveValue(period.to);
  await app.expectAccessible('progress report dialog');
  await reportDialog.getByRole('button', { name: 'Export PDF…' }).click();
  await expect(reportDialog.getByRole('status')).toContainText(/PDF saved: \d+ pages?, A4\./);
  const reportPath = join(dataDir, `Progress report - ${MENTEE} - ${period.from} to ${period.to}.pdf`);
  await expect(reportDialog.getByRole('status')).toContainText(reportPath);
  await app.screenshot('exports-report-done');
  await reportDialog.getByRole('button', { name: 'Open' }).click();
  await expect.poll(() => platform.opened).toEqual([charterPath, reportPath]);
  await reportDialog.getByRole('button', { name: 'Done' }).click();
  const reportText = flatText(readFileSync(reportPath));
  for (const words of [MENTEE, '1. Summary', '2. Goals', GOAL, '7. Meetings', 'Page 1 of']) expect(reportText).toContain(words);
  expect(reportText).not.toContain(SECRET);

  // JSON from File ▸ Export (the menu's command), behind its warning and acknowledgement.
  bridge.emit({ type: 'command', command: 'export-json' });
  const json = dialog(page, 'Export data as JSON');
  await expect(json.getByRole('note')).toContainText('This file is not encrypted.');
  await expect(json.getByLabel('What to export')).toHaveValue(String(menteeId));
  const exportJson = json.getByRole('button', { name: 'Export JSON…' });
  await expect(exportJson).toBeDisabled();
  await app.expectAccessible('json export warning');
  await app.screenshot('exports-json-warning');
  await json.getByLabel('I understand that this file is not encrypted').check();
  const jsonSave = holdNextSave(platform);
  jsonSave.release();
  await exportJson.click();
  await expect(json.getByRole('status')).toContainText(/Export written: \d+ rows from \d+ tables\./);
  expect(translator('en').t(jsonSave.asked[0]!.title)).toContain('UNENCRYPTED');
  // A bare name, so the dialog opens among the mentor's documents, not in the vault's app-data folder.
  const jsonName = jsonSave.asked[0]!.defaultPath;
  expect(jsonName).toBe(`mentor-vault-noor-haddad-${TODAY}.json`);
  const jsonText = readFileSync(join(dataDir, jsonName), 'utf8');
  const doc = JSON.parse(jsonText) as { tables: Record<string, { name?: string; title?: string }[]> };
  expect(doc.tables.mentees?.map((m) => m.name)).toEqual([MENTEE]);
  expect(doc.tables.goals?.map((g) => g.title)).toEqual([GOAL]);
  expect(jsonText).not.toContain(SECRET);
  await json.getByRole('button', { name: 'Done' }).click();

  // Backup & export page: an encrypted backup with its progress bar.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backup & export' }).click();
  await expect(page.getByRole('heading', { name: 'Backup & export', level: 1 })).toBeVisible();
  await app.expectAccessible('backup and export page');
  await app.screenshot('exports-page');
  await page.getByRole('button', { name: 'Back up now…' }).click();
  const backup = dialog(page, 'Back up the vault');
  await app.expectAccessible('backup dialog');
  // Every value the bar shows, recorded in the page as it changes.
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[role="progressbar"]');
      const value = Number(bar?.getAttribute('aria-valuenow'));
      if (bar && seen[seen.length - 1] !== value) seen.push(value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] });
  });
  const backupSave = holdNextSave(platform);
  await backup.getByRole('button', { name: 'Back up now…' }).click();
  await expect(backup.getByText('Choose where to save the backup…')).toBeVisible();
  backupSave.release();
  await expect(backup.getByRole('status')).toContainText(/Backup written and checked: .*, every page read back \([\d,]+ pages\)\. It opens with the vault’s passphrase\./);
  const bar = backup.getByRole('progressbar', { name: 'Finished' });
  await expect(bar).toHaveAttribute('aria-valuenow', '100');
  // Drawn, not only announced: the bar spans the dialog's width.
  expect((await bar.boundingBox())?.width).toBeGreaterThan(200);
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
  expect(seen.at(-1)).toBe(100);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  expect(basename(backupSave.asked[0]!.defaultPath)).toBe(`mentor-backup-${TODAY}.mentorvault`);
  const backupPath = join(dataDir, basename(backupSave.asked[0]!.defaultPath));
  await expect(backup.getByRole('status')).toContainText(backupPath);
  const backupBytes = readFileSync(backupPath);
  expect(backupBytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
  expect(backupBytes.includes(Buffer.from(MENTEE))).toBe(false);
  await app.expectAccessible('backup done');
  await app.screenshot('exports-backup-done');
  await backup.getByRole('button', { name: 'Done' }).click();

  // Automatic backups: on from the start (every day, the last 7, beside the vault); here the last 3, in a chosen folder.
  const schedule = page.getByRole('region', { name: 'Automatic backups' });
  await expect(schedule.getByLabel('Keep the last')).toHaveValue('7');
  await expect(schedule.getByLabel('Back up')).toHaveValue('daily');
  await schedule.getByLabel('Back up').selectOption('daily');
  await schedule.getByLabel('Keep the last').fill('0');
  await schedule.getByRole('button', { name: 'Save schedule' }).click();
  await expect(schedule.getByLabel('Keep the last')).toHaveAccessibleDescription(/Keep at least 1 backup/);
  await schedule.getByLabel('Keep the last').fill('3');
  const autoDir = join(dataDir, 'automatic');
  mkdirSync(autoDir);
  platform.nextFolderPath = autoDir;
  await schedule.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(page.getByText('Backup schedule saved.')).toBeVisible();
  await expect(schedule).toContainText(autoDir);
  await expect(schedule).toContainText('Next');
  await app.expectAccessible('backup schedule');
  await app.screenshot('exports-schedule');
  const stored = readSchedule(bridge.session.db);
  expect(stored).toMatchObject({ frequency: 'daily', keep: 3, folder: autoDir });
  // Four days of the scheduler's ticks (its timer is the Electron shell's); the oldest beyond 3 go.
  const scheduler = new BackupScheduler(bridge.session);
  const start = Date.now();
  const day = 24 * 60 * 60 * 1000;
  const outcomes = [];
  for (let i = 0; i < 4; i++) outcomes.push(await scheduler.tick(new Date(start + i * day + 1000)));
  expect(outcomes).toEqual(['done', 'done', 'done', 'done']);
  expect(await scheduler.tick(new Date(start + 3 * day + 2000))).toBe('not-due');
  const kept = listAutomaticBackups(autoDir, stored.tag!);
  expect(kept).toHaveLength(3);
  expect(readdirSync(autoDir)).toHaveLength(3);
  await page.reload();
  await expect(schedule).toContainText(basename(kept[0]!));

  // A damaged backup, offered to replace the open vault: refused, and nothing changes.
  const damaged = join(dataDir, 'damaged.mentorvault');
  writeFileSync(damaged, backupBytes);
  const fd = openSync(damaged, 'r+');
  const pageSize = 4096;
  for (let at = pageSize + 512; at < statSync(damaged).size; at += pageSize) writeSync(fd, Buffer.alloc(64, 0x5a), 0, 64, at);
  closeSync(fd);
  const vaultPath = bridge.session.current.path;
  const vaultDir = join(vaultPath, '..');
  const before = { listing: readdirSync(vaultDir).sort(), hash: sha256(vaultPath) };
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  const restore = dialog(page, 'Restore from a backup');
  await restore.getByRole('textbox', { name: 'The backup’s passphrase' }).fill(PASSPHRASE);
  await restore.getByRole('radio', { name: /^The open vault, replacing it/ }).check();
  const replace = restore.getByRole('button', { name: 'Replace the vault…' });
  await expect(replace).toBeDisabled();
  await restore.getByLabel('Type REPLACE to confirm').fill('REPLACE');
  await app.expectAccessible('restore dialog (replace)');
  platform.nextOpenPath = damaged;
  await replace.click();
  await expect(restore.getByRole('alert')).toHaveText('The backup file is damaged: a page failed its integrity check. The open vault is not affected. Nothing was changed.');
  await app.expectAccessible('restore refused');
  await app.screenshot('exports-restore-refused');
  expect(bridge.session.isUnlocked).toBe(true);
  expect(bridge.session.current.path).toBe(vaultPath);
  expect({ listing: readdirSync(vaultDir).sort(), hash: sha256(vaultPath) }).toEqual(before);

  // The good backup: checked, then restored into a new file that opens with its mentee.
  await restore.getByRole('radio', { name: /^A new vault file/ }).check();
  platform.nextOpenPath = backupPath;
  await restore.getByRole('button', { name: 'Check a backup…' }).click();
  await expect(restore.getByRole('status')).toContainText('The backup passed every check');
  await expect(restore.getByRole('status')).toContainText('hash chains');
  const restoredPath = join(dataDir, 'restored', 'restored.mentorvault');
  mkdirSync(join(dataDir, 'restored'));
  platform.nextOpenPath = backupPath;
  platform.nextSavePath = restoredPath;
  await restore.getByRole('button', { name: 'Restore…' }).click();
  await expect(restore.getByRole('status')).toContainText(/Restored as a new vault file \(\d+ rows checked\)/);
  await expect(restore.getByRole('status')).toContainText(restoredPath);
  await app.screenshot('exports-restore-done');
  expect({ listing: readdirSync(vaultDir).sort(), hash: sha256(vaultPath) }).toEqual(before);
  expect(existsSync(restoredPath)).toBe(true);
  const restored = await Vault.unlock(restoredPath, PASSPHRASE);
  try {
    expect(restored.db.prepare('SELECT name FROM mentees').pluck().all()).toEqual([MENTEE]);
  } finally {
    restored.close();
  }
  await restore.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { name: 'Backup & export', level: 1 })).toBeVisible();
  expect(errors).toEqual([]);
});
