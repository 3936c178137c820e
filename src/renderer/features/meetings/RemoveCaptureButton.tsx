import { useIntl } from 'react-intl';
import { useState } from 'react';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { MEETING_QUERIES } from './stale';
import { useContentLocale } from '../../i18n/content-locale';

export type CaptureKind = 'win' | 'evidence' | 'action' | 'decision';

/** Removes something captured by mistake, after a confirmation that says what happens to it. */
export function RemoveCaptureButton({ kind, id, text, onRemoved }: { kind: CaptureKind; id: number; text: string; onRemoved?(): void }) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const remove = useVaultMutation('meetings.removeCapture', { invalidate: MEETING_QUERIES });
  // A withdrawn decision leaves an entry in the decision log, written in the screens' language.
  const locale = useContentLocale();
  return (
    <>
      <Button size="small" variant="ghost" aria-label={intl.formatMessage({ id: 'meetings.remove.name' }, { kind, text })} onClick={() => setOpen(true)}>
        {intl.formatMessage({ id: 'meetings.remove.button' })}
      </Button>
      <ConfirmDialog
        open={open}
        title={intl.formatMessage({ id: 'meetings.remove.title' }, { kind })}
        description={intl.formatMessage({ id: 'meetings.remove.effect' }, { kind, text })}
        confirmLabel={intl.formatMessage({ id: 'meetings.remove.confirm' }, { kind })}
        variant="danger"
        onConfirm={async () => {
          await remove.mutateAsync({ kind, id, locale });
          onRemoved?.();
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
