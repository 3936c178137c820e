import { useSharedIntl } from '../i18n/shared-intl';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../bridge/client';
import { Button, type ButtonVariant } from './Button';
import { Dialog, DialogActions } from './Dialog';
import { ErrorBanner } from './ErrorBanner';
import { TextField } from './Field';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  description?: ReactNode;
  confirmLabel: string;
  variant?: ButtonVariant;
  /** For what loses the most: the confirm button waits until `text` is typed exactly into a field labelled `label`. */
  typeToConfirm?: { label: string; text: string };
  /** Does the work (given what was typed, if anything); a thrown refusal is shown in the dialog, which stays open. */
  onConfirm(typed: string): Promise<unknown>;
  onClose(): void;
  children?: ReactNode;
}

/** "Are you sure?" for a step that cannot be taken back (agree, discard, delete). */
export function ConfirmDialog({ open, title, description, confirmLabel, variant = 'primary', typeToConfirm, onConfirm, onClose, children }: ConfirmDialogProps) {
  const intl = useSharedIntl();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const close = () => {
    setFailure(null);
    setTyped('');
    onClose();
  };
  const ready = !typeToConfirm || typed === typeToConfirm.text;
  const confirm = async () => {
    if (!ready) return;
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm(typed);
      setBusy(false);
      close();
    } catch (err) {
      setBusy(false);
      setFailure(errorMessage(err));
    }
  };
  return (
    <Dialog open={open} onClose={close} title={title} description={description} dismissible={!busy}>
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void confirm();
        }}
      >
        {children}
        {typeToConfirm ? (
          // A refusal is about what was typed: it is said beside the field.
          <TextField label={typeToConfirm.label} autoComplete="off" spellCheck={false} value={typed} onChange={(e) => setTyped(e.target.value)} error={failure ?? undefined} />
        ) : (
          failure && <ErrorBanner>{failure}</ErrorBanner>
        )}
        <DialogActions>
          <Button onClick={close} disabled={busy}>
            {intl.formatMessage({ id: 'components.dialog.cancel' })}
          </Button>
          <Button type="submit" variant={variant} busy={busy} disabled={!ready}>
            {confirmLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
