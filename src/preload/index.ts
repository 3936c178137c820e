import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { METHOD_NAMES } from '../shared/contract';
import { CALL_CHANNEL, deriveApi, EVENT_CHANNEL, type AppEvent } from '../shared/contract/bridge-api';

// Named methods only: the page never gets ipcRenderer or a generic invoke.
const api = deriveApi(
  METHOD_NAMES,
  (method, input) => ipcRenderer.invoke(CALL_CHANNEL, method, input),
  (listener) => {
    const wrapped = (_event: IpcRendererEvent, payload: AppEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => ipcRenderer.off(EVENT_CHANNEL, wrapped);
  },
);

contextBridge.exposeInMainWorld('mentorVault', api);
