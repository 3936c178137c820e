import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Button, type ButtonProps } from '../../components/Button';
import { ExportCharterDialog } from './ExportCharterDialog';
import { ProgressReportDialog } from './ProgressReportDialog';

type Look = Pick<ButtonProps, 'variant' | 'size'>;

/** "Export PDF" for the charter version on screen (mount it on the charter screen). */
export function ExportCharterButton({ menteeId, versionId, ...look }: { menteeId: number; versionId?: number } & Look) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button {...look} onClick={() => setOpen(true)}>
        {intl.formatMessage({ id: 'documents.export.charterButton' })}
      </Button>
      <ExportCharterDialog open={open} onClose={() => setOpen(false)} menteeId={menteeId} versionId={versionId} />
    </>
  );
}

/** "Progress report…" with its period picker (mount it on the mentee's dashboard). */
export function ProgressReportButton({ menteeId, ...look }: { menteeId: number } & Look) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button {...look} onClick={() => setOpen(true)}>
        {intl.formatMessage({ id: 'documents.export.reportButton' })}
      </Button>
      <ProgressReportDialog open={open} onClose={() => setOpen(false)} menteeId={menteeId} />
    </>
  );
}
