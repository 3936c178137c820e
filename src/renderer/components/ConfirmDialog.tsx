import { useState, type ReactNode } from 'react';
import { errorMessage } from '../bridge/client';
import { Button, type ButtonVariant } from './Button';
import { Dialog, DialogActions } from './Dialog';
import { ErrorBanner } from './ErrorBanner';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  description?: ReactNode;
  confirmLabel: string;
  variant?: ButtonVariant;
  /** Does the work; a thrown refusal is shown in the dialog, which stays open. */
  onConfirm(): Promise<unknown>;
  onClose(): void;
  children?: ReactNode;
}

/** "Are you sure?" for a step that cannot be taken back (agree, discard, delete). */
export function ConfirmDialog({ open, title, description, confirmLabel, variant = 'primary', onConfirm, onClose, children }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const close = () => {
    setFailure(null);
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} title={title} description={description} dismissible={!busy}>
      {children}
      {failure && (
        <ErrorBanner>
          {failure}
        </ErrorBanner>
      )}
      <DialogActions>
        <Button onClick={close} disabled={busy}>
          Cancel
        </Button>
        <Button
          variant={variant}
          busy={busy}
          onClick={async () => {
            setBusy(true);
            setFailure(null);
            try {
              await onConfirm();
              setBusy(false);
              close();
            } catch (err) {
              setBusy(false);
              setFailure(errorMessage(err));
            }
          }}
        >
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
