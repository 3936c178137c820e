import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupSchedule } from '../../../src/shared/backup/schema';
import { BackupScheduleCard } from '../../../src/renderer/features/backup/BackupScheduleCard';
import { setActiveLocale } from '../../../src/renderer/i18n/active-locale';
import { installFakeBridge } from '../fake-bridge';
import { renderWithVault, vaultStatus } from '../render-app';

/** A schedule whose last automatic backup failed, as main keeps it: "CODE: English words". */
const failed = (lastError: string): BackupSchedule => ({
  frequency: 'daily',
  keep: 7,
  folder: '/backups',
  lastBackupAt: null,
  lastBackupFile: null,
  lastError,
  nextDueAt: null,
});

describe('BackupScheduleCard: why the last automatic backup failed', () => {
  afterEach(() => setActiveLocale('en'));

  it('reads in English as the words main wrote, without the code', async () => {
    installFakeBridge({ 'backup.getSchedule': () => failed('DISK_FULL: The disk is full; no backup was written.') });
    renderWithVault(<BackupScheduleCard />, vaultStatus({ state: 'unlocked' }));
    const alert = (await screen.findByText(/The disk is full; no backup was written\./)).closest('[role="alert"]')!;
    expect(alert.textContent).not.toContain('DISK_FULL');
  });

  it('reads in German as the catalogue’s words for the code, with no English left', async () => {
    setActiveLocale('de');
    installFakeBridge({ 'backup.getSchedule': () => failed('DISK_FULL: The disk is full; no backup was written.') });
    renderWithVault(<BackupScheduleCard />, vaultStatus({ state: 'unlocked' }), 'de');
    const alert = (await screen.findByText(/Der Datenträger ist voll/)).closest('[role="alert"]')!;
    expect(alert.textContent).not.toMatch(/disk|DISK_FULL/);
  });
});
