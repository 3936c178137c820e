import { BackupDialog } from '../features/backup/BackupDialog';
import { CalendarExportDialog } from '../features/calendar/CalendarExportDialog';
import { ExportCharterDialog } from '../features/documents/ExportCharterDialog';
import { JsonExportDialog } from '../features/data-export/JsonExportDialog';
import { ProgressReportDialog } from '../features/documents/ProgressReportDialog';

import type { MenuRequest } from './ExportCommandHost';

/** The dialogs the menu opens (a separate chunk: loaded on the first menu command). */
export default function CommandDialogs({ open, close }: { open: MenuRequest | null; close(): void }) {
  const target = open?.menteeId;
  return (
    <>
      <ExportCharterDialog open={open?.which === 'charter'} onClose={close} menteeId={target} versionId={open?.versionId} />
      <ProgressReportDialog open={open?.which === 'report'} onClose={close} menteeId={target} />
      <CalendarExportDialog open={open?.which === 'calendar'} onClose={close} menteeId={target} />
      <JsonExportDialog open={open?.which === 'json'} onClose={close} menteeId={target} />
      <BackupDialog open={open?.which === 'backup'} onClose={close} />
    </>
  );
}
