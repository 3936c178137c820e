import type { appContract } from '../../../shared/app/contract';
import { isExternalUrl } from '../../../shared/app/schema';
import type { HandlersFor } from '../../ipc/router';
import { VaultError } from '../../vault/vault-error';

export const appHandlers: HandlersFor<typeof appContract> = {
  'app.openExternal': async ({ url }, { platform }) => {
    // The schema already refused other schemes; checked again here because this hands a string to the OS.
    if (!isExternalUrl(url)) throw new VaultError('INVALID_INPUT', 'Only http, https and mailto links can be opened.');
    await platform.openExternal(new URL(url).toString());
    return { opened: true as const };
  },
  // The router reports it to the idle lock (COUNTS_AS_ACTIVITY); nothing else to do.
  'app.activity': () => null,
};
