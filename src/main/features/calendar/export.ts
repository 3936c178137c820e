import type { IcsExport } from '../../../shared/calendar/schema';
import { localToday } from '../../../shared/dates';
import type { HandlerContext } from '../../ipc/context';
import { sql } from '../../vault/statements';
import { writeExportFile } from '../data-export/file';
import { buildIcs } from './ics';

/** A file name without anything a file system might refuse. */
function safeName(name: string): string {
  return name.replace(/[^\p{L}\p{N} ._-]+/gu, '').trim().replace(/\s+/g, '-').slice(0, 60) || 'mentee';
}

/** calendar.exportIcs: the mentor picks where; the file holds planned meetings and no confidential text. */
export async function exportIcs({ session, platform }: HandlerContext, menteeId: number | undefined): Promise<IcsExport | null> {
  const who = menteeId === undefined ? 'all-mentees' : safeName((sql<string>(session.db, 'SELECT name FROM mentees WHERE id = ?').pluck().get(menteeId) as string | undefined) ?? 'mentee');
  const path = await platform.chooseSavePath({
    title: 'Save the meetings as a calendar file',
    // A bare name, as for PDFs: the dialog opens where the system keeps documents, not in the vault's folder.
    defaultPath: `meetings-${who}-${localToday()}.ics`,
    filters: [{ name: 'Calendar', extensions: ['ics'] }],
  });
  if (!path) return null;
  // Read after the dialog: the vault may have locked meanwhile (session.db refuses then).
  const { text, events } = buildIcs(session.db, menteeId);
  const bytes = await writeExportFile(path, text, session.current.path);
  return { path, events, bytes };
}
