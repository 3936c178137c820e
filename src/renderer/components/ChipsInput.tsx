import { CLOSE_MARK } from '../i18n/symbols';
import { useSharedIntl } from '../i18n/shared-intl';
import { useId, useState, type KeyboardEvent } from 'react';
import { Field } from './Field';
import './ChipsInput.css';

export interface ChipsInputProps {
  label: string;
  /** What one item is called, for the remove buttons ("Remove tag career"). */
  itemLabel: string;
  value: string[];
  onChange(next: string[]): void;
  /** The message for the whole list (from the form or the main process). */
  error?: string | undefined;
  hint?: string;
  placeholder?: string;
  /** Turns typed text into the stored spelling (tags: "#Career Growth" -> "career-growth"). */
  normalise?(raw: string): string;
  /** A message when the typed item cannot be added; undefined = fine. */
  check?(item: string): string | undefined;
  /** Offered while typing (a datalist). */
  suggestions?: readonly string[];
  max?: number;
}

/**
 * A list of short items (tags, names or roles) edited as removable chips: Enter or a
 * comma adds what was typed, Backspace in the empty box removes the last one.
 */
export function ChipsInput({ label, itemLabel, value, onChange, error, hint, placeholder, normalise, check, suggestions, max }: ChipsInputProps) {
  const intl = useSharedIntl();
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState<string | undefined>();
  const listId = useId();

  function add(): boolean {
    const item = (normalise ?? ((s: string) => s.trim()))(draft);
    if (!item) {
      setDraft('');
      return false;
    }
    const problem = check?.(item) ?? (max !== undefined && value.length >= max ? intl.formatMessage({ id: 'components.chips.atMost' }, { max }) : undefined);
    if (problem) {
      setDraftError(problem);
      return false;
    }
    if (!value.includes(item)) onChange([...value, item]);
    setDraft('');
    setDraftError(undefined);
    return true;
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      // Enter would submit the surrounding form; here it adds the item instead.
      if (draft.trim() || event.key === ',') event.preventDefault();
      if (draft.trim()) add();
    } else if (event.key === 'Backspace' && draft === '' && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  }

  return (
    <Field label={label} error={draftError ?? error} hint={hint}>
      {(control) => (
        <div className="chips">
          {value.length > 0 && (
            <ul className="chips-list" aria-label={label}>
              {value.map((item) => (
                <li key={item} className="chip">
                  <span className="chip-text">{item}</span>
                  <button
                    type="button"
                    className="chip-remove"
                    aria-label={intl.formatMessage({ id: 'components.chips.remove' }, { item: itemLabel, value: item })}
                    onClick={() => onChange(value.filter((v) => v !== item))}
                  >
                    {CLOSE_MARK}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <input
            className="input chips-input"
            type="text"
            autoComplete="off"
            value={draft}
            placeholder={placeholder}
            list={suggestions?.length ? listId : undefined}
            onChange={(e) => {
              setDraft(e.target.value);
              setDraftError(undefined);
            }}
            onKeyDown={onKeyDown}
            // What was typed but not yet confirmed is kept, not lost, when leaving the box.
            onBlur={() => {
              if (draft.trim()) add();
            }}
            {...control}
          />
          {suggestions && suggestions.length > 0 && (
            <datalist id={listId}>
              {suggestions
                .filter((s) => !value.includes(s))
                .map((s) => (
                  <option key={s} value={s} />
                ))}
            </datalist>
          )}
        </div>
      )}
    </Field>
  );
}
