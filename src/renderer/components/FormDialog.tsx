import { useSharedIntl } from '../i18n/shared-intl';
import type { ReactNode } from 'react';
import { FormProvider, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from './Button';
import { Dialog, DialogActions } from './Dialog';
import { ErrorBanner } from './ErrorBanner';
import './Panel.css';
import { FormSchemaProvider } from './field-limits';
import { useSchemaForm } from './useSchemaForm';

export interface FormDialogProps<I extends FieldValues, O> {
  title: string;
  description?: ReactNode;
  /** The shared schema of the method's input (ids go in defaultValues). */
  schema: z.ZodType<O, I>;
  defaultValues: DefaultValues<I>;
  submitLabel: string;
  /** Saves; a refusal's issues land on the fields they name, anything else shows in the dialog. */
  save(values: O): Promise<unknown>;
  onClose(): void;
  /** The fields: elements that read the form with useFormContext(), or a function of the form. */
  children: ReactNode | ((form: UseFormReturn<I, unknown, O>) => ReactNode);
  /** Extra buttons on the left of the actions (Delete…). */
  extraActions?: ReactNode;
  wide?: boolean;
}

/**
 * A record's form in a dialog: react-hook-form with the shared zod schema, messages
 * next to the fields, the dialog closes once saved. Mount it to open it.
 */
export function FormDialog<I extends FieldValues, O>({ title, description, schema, defaultValues, submitLabel, save, onClose, children, extraActions, wide = false }: FormDialogProps<I, O>) {
  const intl = useSharedIntl();
  const { form, failure, onSubmit } = useSchemaForm(schema, defaultValues, save, { failureWords: (problem) => intl.formatMessage({ id: 'components.form.notSaved' }, { problem }), after: (outcome) => outcome === 'saved' && onClose() });
  return (
    <Dialog open onClose={onClose} title={title} description={description} dismissible={!form.formState.isSubmitting}>
      <FormProvider {...form}>
        <FormSchemaProvider schema={schema as z.ZodType}>
        <form className={wide ? 'stack form-dialog form-dialog-wide' : 'stack form-dialog'} onSubmit={onSubmit} noValidate aria-label={title}>
          {typeof children === 'function' ? children(form) : children}
          {failure && (
            <ErrorBanner>
              {failure}
            </ErrorBanner>
          )}
          <DialogActions>
            {extraActions && <span className="dialog-extra-actions">{extraActions}</span>}
            <Button onClick={onClose} disabled={form.formState.isSubmitting}>
                {intl.formatMessage({ id: 'components.dialog.cancel' })}
            </Button>
            <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
              {submitLabel}
            </Button>
          </DialogActions>
        </form>
        </FormSchemaProvider>
      </FormProvider>
    </Dialog>
  );
}
