import { useSharedIntl } from '../i18n/shared-intl';
import { schemaResolver } from './schema-resolver';
import { useMemo, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { errorMessage } from '../bridge/client';
import { applyServerIssues } from '../bridge/form-errors';
import { Button, type ButtonVariant } from './Button';
import { Dialog, DialogActions } from './Dialog';
import { TextAreaField } from './Field';
import { ErrorBanner } from './ErrorBanner';
import { FormSchemaProvider } from './field-limits';

export interface ReasonDialogProps {
  open: boolean;
  title: string;
  description?: ReactNode;
  /** The field's label, e.g. "Why is the charter changing?". */
  label: string;
  /** The shared schema of the reason (changeReason, recalibrationReason). */
  schema: z.ZodType<string, string>;
  confirmLabel: string;
  variant?: ButtonVariant;
  /** Does the work with the reason; a refusal naming `reason` lands on the field. */
  onConfirm(reason: string): Promise<unknown>;
  onClose(): void;
}

/** Asks WHY before a change that is kept as history (a new charter version, a reopened milestone). */
export function ReasonDialog({ open, title, description, label, schema, confirmLabel, variant = 'primary', onConfirm, onClose }: ReasonDialogProps) {
  const intl = useSharedIntl();
  const formSchema = useMemo(() => z.strictObject({ reason: schema }), [schema]);
  const form = useForm<{ reason: string }>({ resolver: schemaResolver(formSchema), defaultValues: { reason: '' } });
  const [failure, setFailure] = useState<string | null>(null);
  const close = () => {
    form.reset({ reason: '' });
    setFailure(null);
    onClose();
  };
  const submit = form.handleSubmit(async ({ reason }) => {
    setFailure(null);
    try {
      await onConfirm(reason);
      close();
    } catch (err) {
      if (!applyServerIssues(err, form.setError)) setFailure(errorMessage(err));
    }
  });
  return (
    <Dialog open={open} onClose={close} title={title} description={description} dismissible={!form.formState.isSubmitting}>
      <FormSchemaProvider schema={formSchema}>
      <form className="stack" noValidate onSubmit={submit}>
        <TextAreaField label={label} rows={3} autoFocus error={form.formState.errors.reason?.message} {...form.register('reason')} />
        {failure && (
          <ErrorBanner>
            {failure}
          </ErrorBanner>
        )}
        <DialogActions>
          <Button onClick={close} disabled={form.formState.isSubmitting}>
            {intl.formatMessage({ id: 'components.dialog.cancel' })}
          </Button>
          <Button type="submit" variant={variant} busy={form.formState.isSubmitting}>
            {confirmLabel}
          </Button>
        </DialogActions>
      </form>
      </FormSchemaProvider>
    </Dialog>
  );
}
