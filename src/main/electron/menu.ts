import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { AppEvent } from '../../shared/contract/bridge-api';
import type { Translator } from '../../shared/i18n/intl';

type Command = Extract<AppEvent, { type: 'command' }>['command'];

/** Application menu: Lock with a shortcut, the standard Edit items, Export, search. */
export function installMenu({ t }: Translator, send: (command: Command) => void, lock: () => void): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('shell.menu.file'),
      submenu: [
        { label: t('shell.menu.lock'), accelerator: 'CmdOrCtrl+L', click: lock },
        { label: t('shell.menu.settings'), accelerator: 'CmdOrCtrl+,', click: () => send('settings') },
        { type: 'separator' },
        {
          label: t('shell.menu.export'),
          submenu: [
            { label: t('shell.menu.exportCharter'), click: () => send('export-charter') },
            { label: t('shell.menu.exportReport'), click: () => send('export-report') },
            { label: t('shell.menu.exportCalendar'), click: () => send('export-calendar') },
            { label: t('shell.menu.exportJson'), click: () => send('export-json') },
          ],
        },
        { label: t('shell.menu.importForm'), click: () => send('import-form') },
        { label: t('shell.menu.backup'), click: () => send('backup') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: t('shell.menu.view'),
      submenu: [
        { label: t('shell.menu.search'), accelerator: 'CmdOrCtrl+K', click: () => send('search') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
