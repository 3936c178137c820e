import { useState } from 'react';
import { Button, type ButtonProps } from '../../components/Button';
import { ExportCharterDialog } from './ExportCharterDialog';
import { ProgressReportDialog } from './ProgressReportDialog';

type Look = Pick<ButtonProps, 'variant' | 'size'>;

/** "Export PDF" for the charter version on screen (mount it on the charter screen). */
export function ExportCharterButton({ menteeId, versionId, ...look }: { menteeId: number; versionId?: number } & Look) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button {...look} onClick={() => setOpen(true)}>
        Export PDF…
      </Button>
      <ExportCharterDialog open={open} onClose={() => setOpen(false)} menteeId={menteeId} versionId={versionId} />
    </>
  );
}

/** "Progress report…" with its period picker (mount it on the mentee's dashboard). */
export function ProgressReportButton({ menteeId, ...look }: { menteeId: number } & Look) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button {...look} onClick={() => setOpen(true)}>
        Progress report…
      </Button>
      <ProgressReportDialog open={open} onClose={() => setOpen(false)} menteeId={menteeId} />
    </>
  );
}
