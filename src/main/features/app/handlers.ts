import type { appContract } from '../../../shared/app/contract';
import { isExternalUrl, MAX_URL_LENGTH } from '../../../shared/app/schema';
import type { HandlersFor } from '../../ipc/router';
import { VaultError } from '../../vault/vault-error';

export const appHandlers: HandlersFor<typeof appContract> = {
  'app.openExternal': async ({ url }, { platform }) => {
    // The schema already refused other schemes; checked again here because this hands a string to the OS.
    if (!isExternalUrl(url)) throw new VaultError('INVALID_INPUT', 'Only http, https and mailto links can be opened.');
    const target = new URL(url).toString();
    // Normalising can lengthen a URL (escapes): the cap holds for what is shown and opened.
    if (target.length > MAX_URL_LENGTH) throw new VaultError('INVALID_INPUT', `A link is at most ${MAX_URL_LENGTH} characters`);
    if (!(await platform.confirmOpenLink(target))) return { opened: false };
    await platform.openExternal(target);
    return { opened: true };
  },
  // The router reports it to the idle lock (COUNTS_AS_ACTIVITY); nothing else to do.
  'app.activity': () => null,
};
