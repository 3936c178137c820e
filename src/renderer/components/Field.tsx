import { useId, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import './Field.css';

/** What a field gives its control so the label, hint and error are announced with it. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FieldProps {
  label: ReactNode;
  /** The message shown next to the field (validation or a refusal from the main process). */
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A label, a control, an optional hint and the error text, wired with aria-describedby. */
export function Field({ label, error, hint, className, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field-has-error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy, ...(error ? { 'aria-invalid': true as const } : {}) })}
      {hint && (
        <div className="field-hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

type InputProps = InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };

/** A text-like input with its label and messages. Spread react-hook-form's register() into it. */
export function TextField({ label, error, hint, className, ...input }: InputProps & Omit<FieldProps, 'children'>) {
  return (
    <Field label={label} error={error} hint={hint} className={className}>
      {(control) => <input className="input" type="text" {...input} {...control} />}
    </Field>
  );
}

type TextAreaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> };

export function TextAreaField({ label, error, hint, className, ...input }: TextAreaProps & Omit<FieldProps, 'children'>) {
  return (
    <Field label={label} error={error} hint={hint} className={className}>
      {(control) => <textarea className="input textarea" rows={4} {...input} {...control} />}
    </Field>
  );
}

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement>; options: readonly { value: string; label: string }[] };

export function SelectField({ label, error, hint, className, options, ...select }: SelectProps & Omit<FieldProps, 'children'>) {
  return (
    <Field label={label} error={error} hint={hint} className={className}>
      {(control) => (
        <select className="input select" {...select} {...control}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A checkbox with its label beside it. */
export function CheckboxField({ label, error, className, ...input }: InputProps & { label: ReactNode; error?: string | undefined }) {
  const id = useId();
  return (
    <div className={['checkbox-field', className ?? ''].filter(Boolean).join(' ')}>
      <input type="checkbox" id={id} {...input} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
      <label htmlFor={id}>{label}</label>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** Screen-reader-only text. */
export function VisuallyHidden({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <span className="visually-hidden" id={id}>
      {children}
    </span>
  );
}
