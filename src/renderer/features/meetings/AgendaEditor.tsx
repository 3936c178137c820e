import { useId, useState } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { AGENDA_CONTEXT_LABELS, setAgendaInput, type AgendaContext } from '../../../shared/meetings/agenda';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFocusAfterCommit } from '../../components/useFocusAfterCommit';
import { useSchemaForm } from '../../components/useSchemaForm';

export interface EditableItem {
  /** Kept for existing items (their notes and timers stay with them). */
  id?: number;
  /** No longer read: the form keys its rows itself. */
  key?: string;
  title: string;
  minutes: number;
  context: AgendaContext;
}

/** The shared agenda list (1 to 30 items, each checked; an item with an id is kept): one check for a meeting's agenda and a template. */
const agendaForm = z.object({ items: setAgendaInput.shape.items });

const CONTEXT_OPTIONS = Object.entries(AGENDA_CONTEXT_LABELS);

export interface AgendaEditorProps {
  label: string;
  initial: EditableItem[];
  saveLabel: string;
  save(items: Omit<EditableItem, 'key'>[]): Promise<unknown>;
  /** Extra buttons beside Save (Reset to defaults). */
  extra?: React.ReactNode;
  readOnly?: boolean;
  /** The meeting's own length: an agenda that adds up to more is flagged (a warning, not a refusal). */
  meetingMinutes?: number;
}

/**
 * An agenda as an ordered list: move items with the Up and Down buttons (keyboard
 * reachable, focus follows the item), edit title, minutes and what it shows, add and
 * remove. Used for a meeting's agenda and for each kind's template.
 */
export function AgendaEditor({ label, initial, saveLabel, save, extra, readOnly = false, meetingMinutes }: AgendaEditorProps) {
  const [saved, setSaved] = useState<string | null>(null);
  const { form, failure, onSubmit } = useSchemaForm(agendaForm, { items: initial.map(({ key: _key, ...item }) => item) }, (values) => save(values.items), {
    after: (outcome) => setSaved(outcome === 'saved' ? 'Agenda saved.' : null),
  });
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: 'items' });
  const items = useWatch({ control: form.control, name: 'items' });
  const [announce, setAnnounce] = useState('');
  const focusAfterCommit = useFocusAfterCommit();
  const listId = useId();
  const errors = form.formState.errors.items;
  const listError = errors?.message ?? errors?.root?.message;

  const moveItem = (index: number, by: -1 | 1) => {
    const to = index + by;
    if (to < 0 || to >= fields.length) return;
    const key = fields[index]!.id;
    move(index, to);
    setAnnounce(`${items[index]?.title || 'Item'} moved to position ${to + 1} of ${fields.length}.`);
    // The same button of the moved item keeps the focus, so pressing it again keeps moving it.
    focusAfterCommit(() => document.getElementById(`${listId}-${key}-${by < 0 ? 'up' : 'down'}`));
  };
  const total = items.reduce((n, i) => n + (Number.isFinite(i.minutes) ? i.minutes : 0), 0);

  return (
    <form className="agenda-editor" noValidate onSubmit={onSubmit}>
      <p className="visually-hidden" role="status">
        {announce}
      </p>
      <ol className="agenda-items" aria-label={label}>
        {fields.map((field, i) => {
          const title = items[i]?.title ?? '';
          const named = `"${title || `item ${i + 1}`}"`;
          const error = errors?.[i];
          return (
            <li key={field.id} className="agenda-item">
              <span className="agenda-position" aria-hidden="true">
                {i + 1}
              </span>
              <div className={error?.title ? 'field field-has-error agenda-title' : 'field agenda-title'}>
                <label className="field-label" htmlFor={`${listId}-${field.id}-title`}>
                  Item {i + 1}
                </label>
                <input
                  id={`${listId}-${field.id}-title`}
                  className="input"
                  disabled={readOnly}
                  aria-invalid={error?.title ? true : undefined}
                  aria-describedby={error?.title ? `${listId}-${field.id}-title-error` : undefined}
                  {...form.register(`items.${i}.title`)}
                />
                {error?.title && (
                  <p className="field-error" id={`${listId}-${field.id}-title-error`}>
                    {error.title.message}
                  </p>
                )}
              </div>
              <div className={error?.minutes ? 'field field-has-error agenda-minutes' : 'field agenda-minutes'}>
                <label className="field-label" htmlFor={`${listId}-${field.id}-minutes`}>
                  Minutes for item {i + 1}
                </label>
                <input
                  id={`${listId}-${field.id}-minutes`}
                  className="input"
                  type="number"
                  min={1}
                  max={240}
                  disabled={readOnly}
                  aria-invalid={error?.minutes ? true : undefined}
                  aria-describedby={error?.minutes ? `${listId}-${field.id}-minutes-error` : undefined}
                  {...form.register(`items.${i}.minutes`, { valueAsNumber: true })}
                />
                {error?.minutes && (
                  <p className="field-error" id={`${listId}-${field.id}-minutes-error`}>
                    {error.minutes.message}
                  </p>
                )}
              </div>
              <div className="field agenda-context">
                <label className="field-label" htmlFor={`${listId}-${field.id}-context`}>
                  Item {i + 1} shows
                </label>
                <select id={`${listId}-${field.id}-context`} className="input select" disabled={readOnly} {...form.register(`items.${i}.context`)}>
                  {CONTEXT_OPTIONS.map(([value, text]) => (
                    <option key={value} value={value}>
                      {text}
                    </option>
                  ))}
                </select>
              </div>
              {!readOnly && (
                <div className="agenda-buttons">
                  <Button size="small" id={`${listId}-${field.id}-up`} disabled={i === 0} onClick={() => moveItem(i, -1)} aria-label={`Move ${named} up`}>
                    ↑ Up
                  </Button>
                  <Button size="small" id={`${listId}-${field.id}-down`} disabled={i === fields.length - 1} onClick={() => moveItem(i, 1)} aria-label={`Move ${named} down`}>
                    ↓ Down
                  </Button>
                  <Button size="small" variant="ghost" onClick={() => remove(i)} aria-label={`Remove ${named}`}>
                    Remove
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <p className="muted">
        {fields.length} {fields.length === 1 ? 'item' : 'items'}, {total} minutes planned.
      </p>
      {/* Always present, so the warning is announced as the minutes typed push the total past the meeting. */}
      <div aria-live="polite">
        {!readOnly && meetingMinutes !== undefined && total > meetingMinutes && (
          <p className="agenda-overrun">
            This agenda adds up to {total} minutes, but the meeting is {meetingMinutes} minutes long ({total - meetingMinutes} over). You may want to shorten
            an item or make the meeting longer; it can be saved as it is.
          </p>
        )}
      </div>
      {(failure ?? listError) && <ErrorBanner>{failure ?? listError}</ErrorBanner>}
      {!readOnly && (
        <div className="row">
          <Button onClick={() => append({ title: '', minutes: 10, context: 'free' }, { shouldFocus: true })}>Add an item</Button>
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
            {saveLabel}
          </Button>
          {extra}
          <span role="status" className="muted">
            {saved}
          </span>
        </div>
      )}
    </form>
  );
}
