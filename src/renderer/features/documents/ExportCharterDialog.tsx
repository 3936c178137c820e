import { useState } from 'react';
import { useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import { SelectField } from '../../components/Field';
import { MenteeSelect } from '../../components/MenteeSelect';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { formatDate } from '../mentees/format';
import { PdfResult } from './PdfResult';
import { PageSizeField } from './PageSizeField';
import { usePdfExport } from './usePdfExport';
import { ErrorBanner } from '../../components/ErrorBanner';
import '../../components/ExportDialogs.css';

export interface ExportCharterDialogProps {
  open: boolean;
  onClose(): void;
  /** The mentee whose charter to export; absent = the dialog asks. */
  menteeId?: number | undefined;
  /** The version shown on screen; absent = the newest. */
  versionId?: number | undefined;
}

/** Charter as PDF: which version, which paper, then the save dialog; "Open" when written. */
export function ExportCharterDialog(props: ExportCharterDialogProps) {
  return (
    <Dialog open={props.open} onClose={props.onClose} title="Export the charter as PDF" description="A typeset document to share and sign: title page, every section, the goals and milestones, signature lines.">
      {props.open && <CharterExportForm {...props} />}
    </Dialog>
  );
}

function CharterExportForm({ onClose, menteeId: fixedMentee, versionId: shownVersion }: ExportCharterDialogProps) {
  const [picked, setPicked] = useState('');
  const menteeId = fixedMentee ?? (picked ? Number(picked) : undefined);
  const charter = useVaultQuery('charter.get', { menteeId: menteeId ?? 0 }, { enabled: menteeId !== undefined });
  const [chosenVersion, setChosenVersion] = useState<number | null>(null);
  const { pageSize, setPageSize, run } = usePdfExport('documents.charter');
  const versions = charter.data?.versions ?? [];
  const versionId = chosenVersion ?? (shownVersion && versions.some((v) => v.id === shownVersion) ? shownVersion : versions[0]?.id);
  const version = versions.find((v) => v.id === versionId);
  const busy = run.isPending;

  return (
    <div className="stack">
      {fixedMentee === undefined && (
        <MenteeSelect
          label="Mentee"
          emptyLabel="Choose a mentee"
          value={picked}
          disabled={busy}
          onChange={(event) => {
            setPicked(event.target.value);
            setChosenVersion(null);
            run.reset();
          }}
        />
      )}
      {menteeId !== undefined && charter.data === null && <p className="muted">This mentee has no charter yet: start one on their Charter tab.</p>}
      {versions.length > 0 && (
        <SelectField
          label="Version"
          value={String(versionId)}
          disabled={busy}
          options={versions.map((v) => ({
            value: String(v.id),
            label: v.status === 'agreed' ? `Version ${v.version}, agreed ${formatDate(v.agreedOn)}` : `Version ${v.version}, draft (marked DRAFT on every page)`,
          }))}
          onChange={(event) => {
            setChosenVersion(Number(event.target.value));
            run.reset();
          }}
        />
      )}
      <PageSizeField value={pageSize} onChange={setPageSize} disabled={busy} />
      {version?.status === 'draft' && <p className="muted">A draft is not for signature: each page says DRAFT.</p>}
      {busy && <ProgressIndicator label="Typesetting the charter, then choose where to save it…" />}
      {run.error && (
        <ErrorBanner error={run.error} />
      )}
      {run.data && <PdfResult result={run.data} />}
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {run.data ? 'Done' : 'Cancel'}
        </Button>
        <Button
          variant="primary"
          busy={busy}
          disabled={menteeId === undefined || versionId === undefined}
          onClick={() => menteeId !== undefined && versionId !== undefined && run.mutate({ menteeId, versionId, pageSize })}
        >
          {run.data ? 'Export again…' : 'Export PDF…'}
        </Button>
      </DialogActions>
    </div>
  );
}
