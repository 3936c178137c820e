import type { escalationsContract } from '../../../shared/escalations/contract';
import type { HandlersFor } from '../../ipc/router';
import { VaultError } from '../../vault/vault-error';
import { entryAsText, getEscalation, listEscalations, verifyAllEscalations, verifyEscalation } from './queries';
import { readEntry } from './rows';
import { addEntry, createEscalation } from './store';
import './verify-check';

/** Append-only by construction: there is no handler that edits or deletes. */
export const escalationHandlers: HandlersFor<typeof escalationsContract> = {
  'escalations.list': (input, { session }) => listEscalations(session.db, input),
  'escalations.get': ({ id }, { session }) => getEscalation(session.db, id),
  'escalations.create': (input, { session }) => getEscalation(session.db, createEscalation(session.db, input)),
  'escalations.addEntry': (input, { session }) => {
    addEntry(session.db, input);
    return getEscalation(session.db, input.escalationId);
  },
  'escalations.verify': ({ id }, { session }) => verifyEscalation(session.db, id),
  'escalations.verifyAll': (_input, { session }) => verifyAllEscalations(session.db),
  'escalations.copyFingerprint': ({ id }, { session, platform }) => {
    const result = verifyEscalation(session.db, id);
    if (!result.intact) {
      throw new VaultError('CONFLICT', `The timeline is broken (${result.message}); its fingerprint would prove nothing.`);
    }
    const seconds = session.settings.clipboardClearSeconds;
    platform.copyToClipboard(result.fingerprint, seconds * 1000);
    return { copied: true as const, fingerprint: result.fingerprint, head: result.head, clearsAfterSeconds: seconds };
  },
  'escalations.copyEntry': ({ entryId }, { session, platform }) => {
    const seconds = session.settings.clipboardClearSeconds;
    platform.copyToClipboard(entryAsText(readEntry(session.db, entryId)), seconds * 1000);
    return { copied: true as const, clearsAfterSeconds: seconds };
  },
};
