import { useSharedIntl } from '../i18n/shared-intl';
import { useState } from 'react';
import { useController, type Control, type FieldError, type FieldValues, type Path } from 'react-hook-form';
import { Button } from './Button';
import { TextAreaField, TextField } from './Field';
import './ListEditor.css';

export interface TextListFieldProps<T extends FieldValues> {
  control: Control<T>;
  /** A field holding a list of strings. */
  name: Path<T>;
  legend: string;
  /** "Topic" gives "Topic 1", "Add topic", "Remove topic 1". */
  itemLabel: string;
  hint?: string;
  multiline?: boolean;
}

/** Message at errors[index] of an array field's error (react-hook-form keeps them by index). */
export function itemMessage(error: unknown, index: number, key?: string): string | undefined {
  const item = (error as Record<number, (FieldError & Record<string, FieldError | undefined>) | undefined> | undefined)?.[index];
  return (key ? item?.[key]?.message : item?.message) ?? undefined;
}

/**
 * An editable list of short texts (responsibilities, topics): react-hook-form's field
 * arrays need objects, so this one is a controlled value. Errors sit next to each item.
 */
export function TextListField<T extends FieldValues>({ control, name, legend, itemLabel, hint, multiline = false }: TextListFieldProps<T>) {
  const { field, fieldState } = useController({ control, name });
  const items = (field.value as string[] | undefined) ?? [];
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const set = (next: string[]) => field.onChange(next);
  const intl = useSharedIntl();
  // Inside a sentence English writes the item's name in lower case; German keeps a noun's capital.
  const inSentence = intl.locale.startsWith('de') ? itemLabel : itemLabel.toLowerCase();
  const change = (index: number, text: string) => set(items.map((v, j) => (j === index ? text : v)));
  return (
    <fieldset className="list-editor">
      <legend>{legend}</legend>
      {hint && <p className="list-editor-hint">{hint}</p>}
      {items.length === 0 && <p className="list-editor-empty">{intl.formatMessage({ id: 'components.list.none' })}</p>}
      <ol className="list-editor-items">
        {items.map((value, i) => (
          <li key={i} className="list-editor-item">
            {multiline ? (
              <TextAreaField
                label={intl.formatMessage({ id: 'components.list.item' }, { item: itemLabel, number: i + 1 })}
                value={value}
                rows={2}
                autoFocus={focusIndex === i}
                onBlur={field.onBlur}
                onChange={(e) => change(i, e.target.value)}
                error={itemMessage(fieldState.error, i)}
              />
            ) : (
              <TextField
                label={intl.formatMessage({ id: 'components.list.item' }, { item: itemLabel, number: i + 1 })}
                value={value}
                autoFocus={focusIndex === i}
                onBlur={field.onBlur}
                onChange={(e) => change(i, e.target.value)}
                error={itemMessage(fieldState.error, i)}
              />
            )}
            <Button size="small" variant="ghost" className="list-editor-remove" aria-label={intl.formatMessage({ id: 'components.list.removeItem' }, { item: inSentence, number: i + 1 })} onClick={() => set(items.filter((_, j) => j !== i))}>
              {intl.formatMessage({ id: 'components.list.remove' })}
            </Button>
          </li>
        ))}
      </ol>
      {fieldState.error?.message && <p className="field-error">{fieldState.error.message}</p>}
      <Button
        size="small"
        className="list-editor-add"
        onClick={() => {
          setFocusIndex(items.length);
          set([...items, '']);
        }}
      >
        {intl.formatMessage({ id: 'components.list.add' }, { item: inSentence })}
      </Button>
    </fieldset>
  );
}
