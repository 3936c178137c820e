import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { AppEvent } from '../../shared/contract/bridge-api';

type Command = Extract<AppEvent, { type: 'command' }>['command'];

/** Application menu: Lock with a shortcut, the standard Edit items, Export, search. */
export function installMenu(send: (command: Command) => void, lock: () => void): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Lock Vault', accelerator: 'CmdOrCtrl+L', click: lock },
        { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: () => send('settings') },
        { type: 'separator' },
        {
          label: 'Export',
          submenu: [
            { label: 'Charter as PDF…', click: () => send('export-charter') },
            { label: 'Progress Report as PDF…', click: () => send('export-report') },
            { label: 'Meetings as Calendar (.ics)…', click: () => send('export-calendar') },
            { label: 'Data as JSON (unencrypted)…', click: () => send('export-json') },
          ],
        },
        { label: 'Import Form…', click: () => send('import-form') },
        { label: 'Back Up Vault…', click: () => send('backup') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { label: 'Search', accelerator: 'CmdOrCtrl+K', click: () => send('search') },
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
