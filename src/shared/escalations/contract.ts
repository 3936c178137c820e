import { method } from '../contract/define';
import { empty, type Page } from '../primitives';
import type { ClipboardCopy } from '../notes/schema';
import {
  addEntryInput,
  createEscalationInput,
  entryIdInput,
  escalationIdInput,
  listEscalationsInput,
  type ChainReport,
  type ChainVerification,
  type Escalation,
  type EscalationSummary,
  type FingerprintCopy,
} from './schema';

/**
 * Escalation records. Deliberately no method edits or deletes a record or an entry:
 * the timeline is append-only (tests assert this over METHOD_NAMES).
 */
export const escalationsContract = {
  'escalations.list': method(listEscalationsInput).returns<Page<EscalationSummary>>(),
  'escalations.get': method(escalationIdInput).returns<Escalation>(),
  'escalations.create': method(createEscalationInput).returns<Escalation>(),
  'escalations.addEntry': method(addEntryInput).returns<Escalation>(),
  'escalations.verify': method(escalationIdInput).returns<ChainVerification>(),
  'escalations.verifyAll': method(empty).returns<ChainReport>(),
  /** Copies the head's short fingerprint (cleared again after the configured seconds). */
  'escalations.copyFingerprint': method(escalationIdInput).returns<FingerprintCopy>(),
  /** Copies one entry as plain text (cleared again after the configured seconds). */
  'escalations.copyEntry': method(entryIdInput).returns<ClipboardCopy>(),
};
