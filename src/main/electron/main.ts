import { join } from 'node:path';
import { app, BrowserWindow, powerMonitor, session as electronSession } from 'electron';
import { clearClipboardOnLock } from '../app/clipboard-on-lock';
import { ConfigStore } from '../app/config';
import { BackupScheduler } from '../features/backup/scheduler';
import { IdleLock } from '../app/idle-lock';
import { VaultSession } from '../app/session';
import { handlers } from '../ipc/handlers';
import { createRouter } from '../ipc/router';
import { useNativeBinding } from '../vault/sqlite';
import { serveContract, sendEvent } from './ipc';
import { installMenu } from './menu';
import { electronNativeBinding } from './native-binding';
import { electronPlatform } from './platform';
import { registerAppScheme, serveRenderer } from './protocol';
import { lockDownContents, lockDownSession } from './security';
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
  void app.whenReady().then(start);
}

let mainWindow: BrowserWindow | undefined;

function start(): void {
  useNativeBinding(electronNativeBinding(app.getAppPath(), app.isPackaged));
  const userData = app.getPath('userData');
  const config = new ConfigStore(join(userData, 'config.json'));
  const session = new VaultSession(config, {
    defaultVaultPath: join(userData, 'vault', 'mentor.mentorvault'),
    demoVaultPath: join(userData, 'demo', 'demo.mentorvault'),
  });
  const platform = electronPlatform(() => mainWindow);
  // Automatic backups run while the vault is unlocked, on the schedule kept in the vault.
  const backupScheduler = new BackupScheduler(session);
  backupScheduler.start();
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
    session.lock('quit');
    if (clipboardCleared) return;
    // Reading the clipboard is asynchronous: hold the quit until the clear is done.
    event.preventDefault();
    void platform.clearCopiedText().finally(() => {
      clipboardCleared = true;
      app.quit();
    });
  });

  lockDownSession(electronSession.defaultSession);
  const spellCheckPlaces = {
    platform: process.platform,
    shippedFolder: app.isPackaged ? join(process.resourcesPath, 'dictionaries') : join(app.getAppPath(), 'resources', 'dictionaries'),
    preferred: [app.getLocale(), ...app.getPreferredSystemLanguages(), 'en-US'],
  };
  applySpellCheck(electronSession.defaultSession, planSpellCheck(session.settings.spellCheck !== false, spellCheckPlaces));
  session.onSettingsChange((settings) =>
    applySpellCheck(electronSession.defaultSession, planSpellCheck(settings.spellCheck !== false, spellCheckPlaces)),
  );
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  serveRenderer(join(import.meta.dirname, '../renderer'));
  serveContract(dispatch, (contents) => contents === mainWindow?.webContents);
  installMenu(
    (command) => sendEvent(mainWindow?.webContents, { type: 'command', command }),
    () => session.lock('user'),
  );

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
  const devServer = process.env.ELECTRON_RENDERER_URL;
  void mainWindow.loadURL(devServer && !app.isPackaged ? devServer : `${APP_ORIGIN}/index.html`);
}
