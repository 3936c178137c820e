import { format, subDays } from 'date-fns';
import type { MethodName } from '../../../src/shared/contract';

/**
 * Every export meant for other people, as a bridge call. Adding an export to the app
 * is one line here; the confidentiality test fails until it is (it finds every method
 * that opens a save dialog). A method listed whose name is not in the contract fails too.
 */
export interface ExportCase {
  name: string;
  method: MethodName;
  input: (ctx: { menteeId: number }) => unknown;
}

const today = () => format(new Date(), 'yyyy-MM-dd');

export const EXPORTS: ExportCase[] = [
  { name: 'JSON export of the whole vault', method: 'dataExport.json', input: () => ({ scope: { kind: 'all' }, acknowledgeUnencrypted: true, includeConfidential: false }) },
  { name: 'JSON export of one mentee', method: 'dataExport.json', input: ({ menteeId }) => ({ scope: { kind: 'mentee', menteeId }, acknowledgeUnencrypted: true, includeConfidential: false }) },
  { name: 'charter PDF', method: 'documents.charter', input: ({ menteeId }) => ({ menteeId }) },
  { name: 'progress report PDF', method: 'documents.report', input: ({ menteeId }) => ({ menteeId, from: format(subDays(new Date(), 3650), 'yyyy-MM-dd'), to: today() }) },
  { name: 'calendar file of one mentee', method: 'calendar.exportIcs', input: ({ menteeId }) => ({ menteeId }) },
  { name: 'calendar file of everyone', method: 'calendar.exportIcs', input: () => ({}) },
  { name: 'client-hours log (CSV)', method: 'mentor.exportHours', input: () => ({ from: null, to: null, format: 'csv' }) },
  { name: 'client-hours log (spreadsheet)', method: 'mentor.exportHours', input: () => ({ from: null, to: null, format: 'xlsx' }) },
  { name: 'mentoring development record PDF', method: 'mentor.exportRecord', input: () => ({ from: null, to: null }) },
  { name: 'feedback request form (PDF)', method: 'forms.make', input: ({ menteeId }) => ({ kind: 'feedback', menteeId, relationship: 'peer' }) },
  { name: 'progress check-in form (PDF)', method: 'forms.make', input: ({ menteeId }) => ({ kind: 'check-in', menteeId }) },
];

/**
 * Methods that open a save dialog but write nothing meant for others, and why. Their
 * files are still scanned (backups must be encrypted: no canary bytes in them).
 */
export const NOT_EXPORTS: Record<string, string> = {
  'vault.chooseLocation': 'only remembers where a new vault will be created',
  'backup.create': 'an encrypted backup (checked for plaintext canaries)',
  'backup.restore': 'writes an encrypted vault (checked for plaintext canaries)',
};
