import { useState } from 'react';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { MEETING_QUERIES } from './stale';

export type CaptureKind = 'win' | 'evidence' | 'action' | 'decision';

const WHAT: Record<CaptureKind, string> = { win: 'win', evidence: 'evidence', action: 'action item', decision: 'decision' };
const EFFECT: Record<CaptureKind, string> = {
  win: 'The win is deleted from this meeting.',
  evidence: 'This line of evidence is deleted from this meeting (a linked evidence record stays in the records).',
  action: 'The action item is deleted from this meeting.',
  decision: 'It is taken off this meeting. The decision log keeps it, with a new entry saying it was withdrawn: the log is a trail and is never rewritten.',
};

/** Removes something captured by mistake, after a confirmation that says what happens to it. */
export function RemoveCaptureButton({ kind, id, text, onRemoved }: { kind: CaptureKind; id: number; text: string; onRemoved?(): void }) {
  const [open, setOpen] = useState(false);
  const remove = useVaultMutation('meetings.removeCapture', { invalidate: MEETING_QUERIES });
  return (
    <>
      <Button size="small" variant="ghost" aria-label={`Remove the ${WHAT[kind]} "${text}"`} onClick={() => setOpen(true)}>
        Remove
      </Button>
      <ConfirmDialog
        open={open}
        title={`Remove this ${WHAT[kind]}?`}
        description={`"${text}". ${EFFECT[kind]}`}
        confirmLabel={kind === 'decision' ? 'Withdraw the decision' : `Remove the ${WHAT[kind]}`}
        variant="danger"
        onConfirm={async () => {
          await remove.mutateAsync({ kind, id });
          onRemoved?.();
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
