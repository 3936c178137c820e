import type { ReactNode } from 'react';
import { useController, useFormContext, type Control, type FieldValues, type Path } from 'react-hook-form';
import { SelectField } from './Field';

export interface IdSelectFieldProps<T extends FieldValues> {
  name: Path<T>;
  label: string;
  options: readonly { value: string; label: string }[];
  /** Defaults to the surrounding FormProvider's. */
  control?: Control<T>;
  /** What "no choice" ('' option) becomes: null for an optional link, undefined for a required one. */
  none?: null | undefined;
  /** Shown instead of the schema's own message (e.g. without the SMART letter). */
  error?: string | undefined;
  hint?: ReactNode;
  disabled?: boolean;
  className?: string;
}

/**
 * A <select> of ids (a goal, a career aim) bound to a number field. Controlled, so the
 * chosen option shows even when the options arrive after the form's values.
 */
export function IdSelectField<T extends FieldValues>({ name, label, options, control, none = null, error, hint, disabled, className }: IdSelectFieldProps<T>) {
  const context = useFormContext<T>();
  const { field, fieldState } = useController({ control: control ?? context?.control, name });
  const { ref, onBlur, onChange, value: raw } = field;
  const value = raw === null || raw === undefined || Number.isNaN(raw) ? '' : String(raw);
  return (
    <SelectField
      label={label}
      options={options}
      hint={hint}
      className={className}
      disabled={disabled}
      error={error ?? fieldState.error?.message}
      name={name}
      ref={ref}
      value={value}
      onBlur={onBlur}
      onChange={(e) => onChange(e.target.value === '' ? none : Number(e.target.value))}
    />
  );
}
