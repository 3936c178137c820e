import { basename, dirname, join } from 'node:path';
import type { backupContract } from '../../../shared/backup/contract';
import { BACKUP_EXTENSION } from '../../../shared/backup/schema';
import type { FileFilter, Platform } from '../../app/platform';
import type { HandlersFor } from '../../ipc/router';
import { CHECKS_DONE } from './check';
import { assertNotSameFile, prepareRestore, promoteReplacing, promoteToNewFile } from './restore';
import { manualBackupName } from './rotation';
import { describeSchedule, readSchedule, writeSchedule, writeScheduleState } from './schedule';
import { backupServiceFor } from './service';
import type { MessageId } from '../../../shared/i18n/catalogue';

const FILTERS: FileFilter[] = [{ name: 'shell.filter.backup', extensions: [BACKUP_EXTENSION] }];

function chooseBackupFile(platform: Platform, title: MessageId): Promise<string | undefined> {
  return platform.chooseOpenPath({ title, filters: FILTERS });
}

export const backupHandlers: HandlersFor<typeof backupContract> = {
  'backup.create': async ({ separatePassphrase }, { session, platform }) => {
    const service = backupServiceFor(session);
    service.assertIdle();
    const vaultPath = session.current.path;
    const folder = readSchedule(session.db).folder ?? dirname(vaultPath);
    const destination = await platform.chooseSavePath({
      title: 'shell.dialog.saveBackup',
      defaultPath: join(folder, manualBackupName(vaultPath, new Date())),
      filters: FILTERS,
    });
    if (!destination) return null;
    // The dialog asked before replacing an existing file; the vault may have locked meanwhile.
    // "Last backup" is the last one of any kind, so a backup made by hand shows there at once.
    const { jobId } = service.start(session.current, { destination, separatePassphrase, overwrite: true }, () => {
      if (session.isUnlocked) writeScheduleState(session.db, { lastManualAt: new Date().toISOString(), lastManualFile: basename(destination) });
    });
    return { jobId };
  },

  'backup.progress': ({ jobId }, { session }) => backupServiceFor(session).progress(jobId),

  'backup.getSchedule': (_input, { session }) => describeSchedule(session.db),

  'backup.setSchedule': async ({ frequency, keep, chooseFolder }, { session, platform }) => {
    let folder = readSchedule(session.db).folder;
    if (chooseFolder || (frequency !== 'off' && !folder)) {
      const chosen = await platform.chooseFolder({
        title: 'shell.dialog.backupFolder',
        defaultPath: folder ?? dirname(session.current.path),
      });
      if (!chosen) return null;
      folder = chosen;
    }
    writeSchedule(session.db, { frequency, keep, folder });
    return describeSchedule(session.db);
  },

  'backup.verify': async ({ passphrase }, { session, platform }) => {
    const service = backupServiceFor(session);
    service.assertIdle();
    const file = await chooseBackupFile(platform, 'shell.dialog.checkBackup');
    if (!file) return null;
    // Checked as a restore would check it, on a hidden copy that is then removed.
    return service.exclusive(async () => {
      const prepared = await prepareRestore(file, passphrase, dirname(session.current.path));
      prepared.discard();
      return { path: file, schemaVersion: prepared.schemaVersion, rowsRead: prepared.rowsRead, checks: CHECKS_DONE };
    });
  },

  'backup.restore': async (input, { session, platform }) => {
    const service = backupServiceFor(session);
    service.assertIdle();
    const file = await chooseBackupFile(platform, 'shell.dialog.restoreBackup');
    if (!file) return null;
    const vaultPath = session.current.path;
    assertNotSameFile(file, vaultPath);

    if (input.mode === 'new-file') {
      const destination = await platform.chooseSavePath({
        title: 'shell.dialog.restoreAsNew',
        defaultPath: join(dirname(vaultPath), `restored.${BACKUP_EXTENSION}`),
        filters: [{ name: 'shell.filter.vault', extensions: [BACKUP_EXTENSION] }],
      });
      if (!destination) return null;
      return service.exclusive(async () => {
        const prepared = await prepareRestore(file, input.passphrase, dirname(destination));
        const path = promoteToNewFile(prepared, destination);
        return { mode: 'new-file' as const, path, keptAsidePath: null, schemaVersion: prepared.schemaVersion, rowsRead: prepared.rowsRead, status: session.status() };
      });
    }

    return service.exclusive(async () => {
      const prepared = await prepareRestore(file, input.passphrase, dirname(vaultPath));
      // Close the vault, swap files with one rename, and open the restored one with the
      // backup's passphrase (which is now this vault's passphrase).
      session.lock('user');
      const keptAsidePath = promoteReplacing(prepared, vaultPath);
      const status = await session.unlock(input.passphrase);
      return { mode: 'replace' as const, path: vaultPath, keptAsidePath, schemaVersion: prepared.schemaVersion, rowsRead: prepared.rowsRead, status };
    });
  },
};
