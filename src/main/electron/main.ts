import { join } from 'node:path';
import { app, BrowserWindow, dialog, powerMonitor, session as electronSession } from 'electron';
import { clearClipboardOnLock } from '../app/clipboard-on-lock';
import { ConfigStore } from '../app/config';
import { chromiumLanguage } from '../../shared/i18n/ui-language';
import { resolveLocale } from '../../shared/i18n/locales';
import { translator } from '../../shared/i18n/intl';
import { BackupScheduler } from '../features/backup/scheduler';
import { SyncRounds } from '../features/sync/auto-rounds';
import { IdleLock } from '../app/idle-lock';
import { checkNativeModule } from '../app/native-integrity';
import { sweepRememberedFolders, useLeftoverLedger } from '../app/leftover-files';
import { VaultSession } from '../app/session';
import { handlers } from '../ipc/handlers';
import { createRouter } from '../ipc/router';
import { useNativeBinding } from '../vault/sqlite';
import { serveContract, sendEvent } from './ipc';
import { installMenu } from './menu';
import { electronNativeBinding } from './native-binding';
import { electronPlatform } from './platform';
import { registerAppScheme, serveRenderer } from './protocol';
import { lockDownContents, lockDownSession, trustedDevServer } from './security';
import { applySpellCheck, planSpellCheck } from './spellcheck';
import { APP_ORIGIN, secureWebPreferences } from './web-preferences';

// One instance at a time: two processes writing one vault file would fight over it.
// Tests of the unpackaged app point it at a temporary profile.
if (!app.isPackaged && process.env.MENTOR_VAULT_USER_DATA) app.setPath('userData', process.env.MENTOR_VAULT_USER_DATA);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.enableSandbox();
  const config = new ConfigStore(join(app.getPath('userData'), 'config.json'));
  // Before ready, or Chromium's own controls (date fields) keep the system's language.
  const controlsLanguage = chromiumLanguage(config.settings.language);
  if (controlsLanguage) app.commandLine.appendSwitch('lang', controlsLanguage);
  void app.whenReady().then(() => start(config));
}

let mainWindow: BrowserWindow | undefined;

function start(config: ConfigStore): void {
  if (app.isPackaged) {
    // The native module is outside app.asar: checked against the hash recorded inside it.
    const native = checkNativeModule(join(import.meta.dirname, 'native-module.json'), join(process.resourcesPath, 'app.asar.unpacked'));
    if (!native.ok) {
      dialog.showErrorBox(
        'Mentor Vault cannot start',
        `Its encryption module is not the one it was built with (${native.reason}). Nothing was opened. Reinstall Mentor Vault from its installer.`,
      );
      app.quit();
      return;
    }
  }
  useNativeBinding(electronNativeBinding(app.getAppPath(), app.isPackaged));
  const userData = app.getPath('userData');
  // Hidden files of an export or backup cut short by a crash or a kill (an export's is plaintext).
  useLeftoverLedger(join(userData, 'leftover-folders.json'));
  sweepRememberedFolders();
  const session = new VaultSession(config, {
    defaultVaultPath: join(userData, 'vault', 'mentor.mentorvault'),
    demoVaultPath: join(userData, 'demo', 'demo.mentorvault'),
  });
  // The menu and the system's dialogs speak the screens' language: the one chosen in Settings, else the system's.
  const shell = () => translator(resolveLocale(session.settings.language, app.getPreferredSystemLanguages()));
  const platform = electronPlatform(() => mainWindow, shell);
  // Automatic backups run while the vault is unlocked, on the schedule kept in the vault.
  const backupScheduler = new BackupScheduler(session);
  backupScheduler.start();
  // Sync rounds every few minutes while the vault is open and its sync key unwrapped.
  const syncRounds = new SyncRounds(session);
  syncRounds.start();
  const idle = new IdleLock(() => session.settings.idleLockMinutes, () => session.lock('idle'));
  const dispatch = createRouter(handlers, { session, platform }, {
    onActivity: () => idle.touch(),
    // Only the method name and the error's class: never inputs, messages or stacks.
    onUnexpected: (method, err) => console.error(`mentor-vault: unexpected ${(err as Error)?.name ?? 'error'} in ${method}`),
  });

  session.onLock((reason) => sendEvent(mainWindow?.webContents, { type: 'locked', reason }));
  clearClipboardOnLock(session, platform);
  // Sleep and quit clear what the app copied even when the vault was locked already.
  powerMonitor.on('suspend', () => {
    session.lock('suspend');
    void platform.clearCopiedText();
  });
  powerMonitor.on('lock-screen', () => session.lock('screen-lock'));
  let clipboardCleared = false;
  app.on('before-quit', (event) => {
    backupScheduler.stop();
    syncRounds.stop();
    session.lock('quit');
    if (clipboardCleared) return;
    // Reading the clipboard is asynchronous: hold the quit until the clear is done.
    event.preventDefault();
    void platform.clearCopiedText().finally(() => {
      clipboardCleared = true;
      app.quit();
    });
  });

  // Undefined in a packaged app: only an unpackaged one may trust the development server.
  const devServer = trustedDevServer(app.isPackaged);
  lockDownSession(electronSession.defaultSession, devServer);
  const spellCheckPlaces = {
    platform: process.platform,
    shippedFolder: app.isPackaged ? join(process.resourcesPath, 'dictionaries') : join(app.getAppPath(), 'resources', 'dictionaries'),
    preferred: [app.getLocale(), ...app.getPreferredSystemLanguages(), 'en-US'],
  };
  applySpellCheck(electronSession.defaultSession, planSpellCheck(session.settings.spellCheck !== false, spellCheckPlaces));
  session.onSettingsChange((settings) =>
    applySpellCheck(electronSession.defaultSession, planSpellCheck(settings.spellCheck !== false, spellCheckPlaces)),
  );
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, devServer));
  serveRenderer(join(import.meta.dirname, '../renderer'));
  serveContract(dispatch, (contents) => contents === mainWindow?.webContents, devServer);
  const menu = () =>
    installMenu(
      shell(),
      (command) => sendEvent(mainWindow?.webContents, { type: 'command', command }),
      () => session.lock('user'),
    );
  menu();
  session.onSettingsChange(menu);

  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (!mainWindow) createWindow(idle);
  });
  createWindow(idle);
}

function createWindow(idle: IdleLock): void {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Mentor Vault',
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
  // Keyboard and mouse input counts as activity for the idle lock.
  mainWindow.webContents.on('before-input-event', () => idle.touch());
  idle.touch();
  const devServer = trustedDevServer(app.isPackaged);
  void mainWindow.loadURL(devServer ?? `${APP_ORIGIN}/index.html`);
}
