import { useSharedIntl } from '../i18n/shared-intl';
import {
  useCallback,
  useId,
  useState,
  type ChangeEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { useFieldLimit } from './field-limits';
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
  /** A live count against the field's limit ("12 / 200"), under the hint. */
  counter?: ReactNode;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A label, a control, an optional hint and the error text, wired with aria-describedby. */
export function Field({ label, error, hint, counter, className, children }: FieldProps) {
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
      {counter && (
        // For the eye only: read out at every keystroke it would drown the typing; past the limit the error (described) says it.
        <div className="field-counter" aria-hidden="true">
          {counter}
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
type TextControl = HTMLInputElement | HTMLTextAreaElement;

function assignRef<E>(ref: Ref<E> | undefined, element: E | null) {
  if (typeof ref === 'function') ref(element);
  else if (ref) ref.current = element;
}

/** Counts a text field's characters as it changes (registered fields are uncontrolled, so read from the element). */
function useTypedLength<E extends TextControl>(value: unknown, ref: Ref<E> | undefined, onChange: ((event: ChangeEvent<E>) => void) | undefined) {
  const [typed, setTyped] = useState<number | null>(null);
  const length = typeof value === 'string' ? value.trim().length : (typed ?? 0);
  // A new callback whenever the given ref changes: react-hook-form's register() expects its
  // ref to be called again after reset(), when it registers its fields anew.
  const setRef = useCallback(
    (element: E | null) => {
      assignRef(ref, element);
      if (element) setTyped(element.value.trim().length);
    },
    [ref],
  );
  return {
    length,
    control: {
      ref: setRef,
      onChange: (event: ChangeEvent<E>) => {
        setTyped(event.target.value.trim().length);
        onChange?.(event);
      },
      onFocusCapture: (event: { currentTarget: E }) => {
        setTyped(event.currentTarget.value.trim().length);
      },
    },
  };
}

/**
 * "170 / 200" once the text nears its limit; null when the field has no limit. Not tied to
 * focus: a counter that vanished on blur moved the buttons below it under the pointer.
 */
function limitCounter(limit: { max: number } | null, length: number): ReactNode {
  if (!limit || length < limit.max * 0.8) return null;
  return <LimitCounter max={limit.max} length={length} />;
}

function LimitCounter({ max, length }: { max: number; length: number }) {
  const intl = useSharedIntl();
  return <span className={length > max ? 'field-counter-over' : undefined}>{intl.formatMessage({ id: 'components.field.counter' }, { length, max })}</span>;
}

/**
 * A text-like input with its label and messages. Spread react-hook-form's register() into it.
 * Inside a form that gives its schema (FormSchemaProvider), it shows its length limit while
 * typing and the schema's message next to it as soon as the text is too long, keeping the text.
 */
export function TextField({ label, error, hint, className, ref, onChange, ...input }: InputProps & Omit<FieldProps, 'children'>) {
  const limit = useFieldLimit(input.type === undefined || input.type === 'text' ? input.name : undefined);
  const typed = useTypedLength(input.value, ref, onChange);
  const over = limit && typed.length > limit.max ? limit.messageFor('x'.repeat(typed.length)) : undefined;
  return (
    <Field label={label} error={error ?? over} hint={hint} counter={limitCounter(limit, typed.length)} className={className}>
      {(control) => <input className="input" type="text" {...input} {...typed.control} {...control} />}
    </Field>
  );
}

type TextAreaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> };

export function TextAreaField({ label, error, hint, className, ref, onChange, ...input }: TextAreaProps & Omit<FieldProps, 'children'>) {
  const limit = useFieldLimit(input.name);
  const typed = useTypedLength(input.value, ref, onChange);
  const over = limit && typed.length > limit.max ? limit.messageFor('x'.repeat(typed.length)) : undefined;
  return (
    <Field label={label} error={error ?? over} hint={hint} counter={limitCounter(limit, typed.length)} className={className}>
      {(control) => <textarea className="input textarea" rows={4} {...input} {...typed.control} {...control} />}
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
