import { useIntl } from 'react-intl';
import { useState } from 'react';
import type { MessageId } from '../../shared/i18n/catalogue';
import { Button } from '../components/Button';
import { Panel } from '../components/Panel';
import { BackupDialog } from '../features/backup/BackupDialog';
import { BackupScheduleCard } from '../features/backup/BackupScheduleCard';
import { ExportCharterDialog } from '../features/documents/ExportCharterDialog';
import { JsonExportDialog } from '../features/data-export/JsonExportDialog';
import { PdfPaperSetting } from '../features/documents/PdfSettingsCard';
import { ProgressReportDialog } from '../features/documents/ProgressReportDialog';
import { RestoreDialog } from '../features/backup/RestoreDialog';
import '../components/ExportDialogs.css';
import { PageHeader } from '../components/PageHeader';

type Open = 'charter' | 'report' | 'json' | 'backup' | 'restore' | null;

/** Backup & export: documents to share, the plain-data export, encrypted backups and restore. */
export default function ExportsPage() {
  const intl = useIntl();
  const say = (id: MessageId) => intl.formatMessage({ id });
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  return (
    <div className="page">
      <PageHeader title={say('app.exports.title')} intro={say('app.exports.intro')} />
      <div className="exports-grid">
        <Panel title={say('app.exports.documents')} intro={say('app.exports.documentsIntro')}>
          <div className="export-actions">
            <Button variant="primary" onClick={() => setOpen('charter')}>
              {say('app.exports.charter')}
            </Button>
            <Button variant="primary" onClick={() => setOpen('report')}>
              {say('app.exports.report')}
            </Button>
          </div>
          <PdfPaperSetting />
        </Panel>

        <Panel title={say('app.exports.backups')} intro={say('app.exports.backupsIntro')}>
          <div className="export-actions">
            <Button variant="primary" onClick={() => setOpen('backup')}>
              {say('app.exports.backUp')}
            </Button>
            <Button onClick={() => setOpen('restore')}>{say('app.exports.restore')}</Button>
          </div>
        </Panel>

        <BackupScheduleCard />

        <Panel title={say('app.exports.json')} intro={say('app.exports.jsonIntro')}>
          <div className="export-actions">
            <Button onClick={() => setOpen('json')}>{say('app.exports.exportJson')}</Button>
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
