import { useEffect, useState } from 'react';
import { Button } from '../../components/Button';
import { ImportFormDialog } from './ImportFormDialog';
import { MakeFormDialog } from './MakeFormDialog';
import { droppedFile, useFormPreview } from './useFormPreview';
import './forms.css';

/**
 * "Make a form…" and "Import a returned form…" on a mentee's or a meeting's page. While
 * the page is open, a PDF dropped anywhere on the window opens the same import preview.
 */
export function FormButtons({ menteeId, meetingId }: { menteeId: number; meetingId?: number }) {
  const [dialog, setDialog] = useState<'make' | 'import' | null>(null);
  const preview = useFormPreview();
  const { mutate, reset } = preview;

  useEffect(() => {
    const over = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      reset();
      setDialog('import');
      void droppedFile(file).then((dropped) => mutate({ dropped }));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [mutate, reset]);

  return (
    <>
      <Button onClick={() => setDialog('make')}>Make a form…</Button>
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
        Import a returned form…
      </Button>
      <MakeFormDialog open={dialog === 'make'} onClose={() => setDialog(null)} menteeId={menteeId} meetingId={meetingId} />
      <ImportFormDialog open={dialog === 'import'} onClose={() => setDialog(null)} preview={preview} />
    </>
  );
}
