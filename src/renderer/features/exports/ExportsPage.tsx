import { useState } from 'react';
import { Button } from '../../components/Button';
import { Panel } from '../../components/Panel';
import { BackupDialog } from './BackupDialog';
import { BackupScheduleCard } from './BackupScheduleCard';
import { ExportCharterDialog } from './ExportCharterDialog';
import { JsonExportDialog } from './JsonExportDialog';
import { PdfPaperSetting } from './PdfSettingsCard';
import { ProgressReportDialog } from './ProgressReportDialog';
import { RestoreDialog } from './RestoreDialog';
import './exports.css';

type Open = 'charter' | 'report' | 'json' | 'backup' | 'restore' | null;

/** Backup & export: documents to share, the plain-data export, encrypted backups and restore. */
export default function ExportsPage() {
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Backup &amp; export</h1>
          <p>Documents to share, a copy of your data, and encrypted backups of the vault.</p>
        </div>
      </header>
      <div className="exports-grid">
        <Panel title="Documents (PDF)" intro="Typeset on this computer, with fonts embedded. Private notes and escalations never go into them.">
          <div className="export-actions">
            <Button variant="primary" onClick={() => setOpen('charter')}>
              Charter PDF…
            </Button>
            <Button variant="primary" onClick={() => setOpen('report')}>
              Progress report…
            </Button>
          </div>
          <PdfPaperSetting />
        </Panel>

        <Panel title="Backups" intro="An encrypted copy of the whole vault, checked after it is written.">
          <div className="export-actions">
            <Button variant="primary" onClick={() => setOpen('backup')}>
              Back up now…
            </Button>
            <Button onClick={() => setOpen('restore')}>Restore from a backup…</Button>
          </div>
        </Panel>

        <BackupScheduleCard />

        <Panel title="Data as JSON" intro="Everything, or one mentee, as plain JSON to keep or to move to another vault. The file is not encrypted.">
          <div className="export-actions">
            <Button onClick={() => setOpen('json')}>Export JSON…</Button>
          </div>
        </Panel>
      </div>

      <ExportCharterDialog open={open === 'charter'} onClose={close} />
      <ProgressReportDialog open={open === 'report'} onClose={close} />
      <JsonExportDialog open={open === 'json'} onClose={close} />
      <BackupDialog open={open === 'backup'} onClose={close} />
      <RestoreDialog open={open === 'restore'} onClose={close} />
    </div>
  );
}
