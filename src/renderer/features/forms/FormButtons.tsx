import { useIntl } from 'react-intl';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { ImportFormDialog } from './ImportFormDialog';
import { MakeFormDialog } from './MakeFormDialog';
import { useFormPreview } from './useFormPreview';
import './forms.css';

/**
 * "Make a form…" and "Import a returned form…" on a mentee's or a meeting's page. A PDF
 * dropped on the window, on any page, is taken by FormImportHost.
 */
export function FormButtons({ menteeId, meetingId }: { menteeId: number; meetingId?: number }) {
  const intl = useIntl();
  const [dialog, setDialog] = useState<'make' | 'import' | null>(null);
  const preview = useFormPreview();
  const { mutate, reset } = preview;
  return (
    <>
      <Button onClick={() => setDialog('make')}>{intl.formatMessage({ id: 'forms.make' })}</Button>
      <Button
        onClick={() => {
          reset();
          mutate(
            {},
            {
              onSuccess: (answer) => {
                if (answer) setDialog('import');
              },
              onError: () => setDialog('import'),
            },
          );
        }}
        busy={preview.isPending && dialog === null}
      >
        {intl.formatMessage({ id: 'forms.importReturned' })}
      </Button>
      <MakeFormDialog open={dialog === 'make'} onClose={() => setDialog(null)} menteeId={menteeId} meetingId={meetingId} />
      <ImportFormDialog open={dialog === 'import'} onClose={() => setDialog(null)} preview={preview} />
    </>
  );
}
