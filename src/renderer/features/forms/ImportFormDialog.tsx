import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FORM_KIND_LABELS } from '../../../shared/forms/schema';
import type { useFormPreview } from './useFormPreview';

export interface ImportFormDialogProps {
  open: boolean;
  onClose(): void;
  preview: ReturnType<typeof useFormPreview>;
}

/** What a returned form will record and where; nothing is written until "Record it". */
export function ImportFormDialog({ open, onClose, preview }: ImportFormDialogProps) {
  const record = useVaultMutation('forms.import', { invalidate: ['meetings.', 'evidence.', 'dashboard.', 'goals.', 'deadlines.', 'progressReports.', 'charter.comments', 'forms.selfAssessedLevels'] });
  const data = preview.data;
  const close = () => {
    record.reset();
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} title="Import a returned form" description="Check what the form will record; nothing is written until you confirm.">
      {open && (
        <div className="stack">
          {preview.isPending && <p role="status">Reading the form…</p>}
          {preview.error && <ErrorBanner error={preview.error} />}
          {data && !record.data && (
            <>
              <p>
                <strong>{FORM_KIND_LABELS[data.kind]}</strong> for {data.menteeName}
                {data.meetingTitle ? `, meeting "${data.meetingTitle}"` : ''}, made {data.madeOn}.
              </p>
              {data.lines.length === 0 ? (
                <p className="muted">The form came back empty: it will only be marked as returned.</p>
              ) : (
                <table className="form-preview">
                  <caption className="visually-hidden">What will be recorded</caption>
                  <thead>
                    <tr>
                      <th scope="col">Where</th>
                      <th scope="col">What</th>
                      <th scope="col">Value</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.lines.map((line, i) => (
                      <tr key={i}>
                        <td>{line.place}</td>
                        <td>{line.label}</td>
                        <td className="form-preview-value">{line.value}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )}
          {record.error && <ErrorBanner error={record.error} />}
          {record.data && (
            <p role="status">
              Recorded {record.data.recorded} {record.data.recorded === 1 ? 'item' : 'items'} in {record.data.place}.
            </p>
          )}
          <DialogActions>
            <Button onClick={close} disabled={record.isPending}>
              {record.data ? 'Done' : 'Cancel'}
            </Button>
            {data && !record.data && (
              <Button variant="primary" busy={record.isPending} onClick={() => record.mutate({ token: data.token })}>
                Record it
              </Button>
            )}
          </DialogActions>
        </div>
      )}
    </Dialog>
  );
}
