import { useEffect, useState } from 'react';
import { ImportFormDialog } from './ImportFormDialog';
import { droppedFile, useFormPreview } from './useFormPreview';
import './forms.css';

/**
 * File › Import form… from the menu, and a PDF dropped anywhere on the unlocked app: both
 * open the same preview as the page buttons. The form itself names its mentee and meeting,
 * so it does not matter which screen is showing. Mounted once in the layout.
 */
export function FormImportHost() {
  const [open, setOpen] = useState(false);
  const preview = useFormPreview();
  const { mutate, reset } = preview;

  useEffect(
    () =>
      window.mentorVault.onEvent((event) => {
        if (event.type !== 'command' || event.command !== 'import-form') return;
        reset();
        // A cancelled open dialog answers null: nothing to show.
        mutate({}, { onSuccess: (answer) => answer && setOpen(true), onError: () => setOpen(true) });
      }),
    [mutate, reset],
  );

  useEffect(() => {
    const over = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      reset();
      setOpen(true);
      void droppedFile(file).then((dropped) => mutate({ dropped }));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [mutate, reset]);

  return <ImportFormDialog open={open} onClose={() => setOpen(false)} preview={preview} />;
}
