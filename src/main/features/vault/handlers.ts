import type { vaultContract } from '../../../shared/vault/contract';
import type { HandlersFor } from '../../ipc/router';
import { vaultInfo } from '../../vault/info';
import { writeDefaultCompetenciesIn } from '../assessment/built-in';
import { turnOnDefaultBackups } from '../backup/schedule';
import { rewrapAfterPassphraseChange } from '../sync/passphrase-change';
import { writeBuiltInsIn } from '../templates/built-in';
import { mergeConflictedCopy } from './merge-copy/merge';

export const vaultHandlers: HandlersFor<typeof vaultContract> = {
  'vault.status': (_input, { session }) => session.status(),
  'vault.chooseLocation': async (_input, { session, platform }) => {
    const path = await platform.chooseSavePath({
      title: 'shell.dialog.vaultLocation',
      defaultPath: session.paths.defaultVaultPath,
      filters: [{ name: 'shell.filter.vault', extensions: ['mentorvault'] }],
    });
    if (!path) return null;
    session.rememberChosenPath(path);
    return { path };
  },
  'vault.create': async ({ passphrase, location, locale }, { session }) => {
    await session.create(passphrase, location);
    if (locale) {
      // The starting lists the migrations seeded in English, in the language of the screens.
      writeBuiltInsIn(session.db, locale);
      writeDefaultCompetenciesIn(session.db, locale);
    }
    // Backups are on from the start (the first-run screen says so); Settings turns them off.
    turnOnDefaultBackups(session.db, session.current.path);
    return session.status();
  },
  'vault.createDemo': ({ locale }, { session }) => session.createDemo(locale),
  'vault.switch': ({ which }, { session }) => session.switchTo(which),
  'vault.unlock': ({ passphrase }, { session }) => session.unlock(passphrase),
  'vault.recent': (_input, { session }) => session.recentVaults(),
  'vault.selectRecent': ({ path }, { session }) => session.selectRecentVault(path),
  'vault.forgetRecent': ({ path }, { session }) => session.forgetRecentVault(path),
  'vault.move': ({ to }, { session }) => session.move(to),
  'vault.openCopy': ({ path }, { session }) => session.openConflictedCopy(path),
  'vault.mergeCopy': ({ path, passphrase, locale }, { session }) => mergeConflictedCopy(session.current, session.conflictedCopy(path), passphrase, locale ?? 'en'),
  'vault.lock': (_input, { session }) => session.lock('user'),
  'vault.changePassphrase': async ({ current, next }, { session }) => {
    const before = session.db;
    await session.current.changePassphrase(current, next);
    // The vault is re-keyed first: a sync folder left behind is told, never the other way round.
    const syncKeys = await rewrapAfterPassphraseChange(before, session.db, current, next);
    return { ...session.status(), syncKeys };
  },
  'vault.info': (_input, { session }) => vaultInfo(session.db, session.current.path),
};
