import { useId, useState } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { z } from 'zod';
import { AGENDA_CONTEXTS, setAgendaInput, type AgendaContext } from '../../../shared/meetings/agenda';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField, TextField } from '../../components/Field';
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
  const intl = useIntl();
  const [saved, setSaved] = useState<string | null>(null);
  const { form, failure, onSubmit } = useSchemaForm(agendaForm, { items: initial.map(({ key: _key, ...item }) => item) }, (values) => save(values.items), {
    after: (outcome) => setSaved(outcome === 'saved' ? intl.formatMessage({ id: 'meetings.agenda.saved' }) : null),
  });
  const contextOptions = AGENDA_CONTEXTS.map((value) => ({ value, label: intl.formatMessage({ id: `meetings.context.${value}` }) }));
  const nameOf = (i: number) => items[i]?.title || intl.formatMessage({ id: 'meetings.agenda.untitled' }, { number: i + 1 });
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
    setAnnounce(intl.formatMessage({ id: 'meetings.agenda.moved' }, { title: nameOf(index), position: to + 1, count: fields.length }));
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
          const title = nameOf(i);
          const error = errors?.[i];
          const number = i + 1;
          return (
            <li key={field.id} className="agenda-item">
              <span className="agenda-position" aria-hidden="true">
                {number}
              </span>
              <TextField
                className="agenda-title"
                label={intl.formatMessage({ id: 'meetings.agenda.itemTitle' }, { number })}
                disabled={readOnly}
                error={error?.title?.message}
                {...form.register(`items.${i}.title`)}
              />
              <TextField
                className="agenda-minutes"
                label={intl.formatMessage({ id: 'meetings.agenda.itemMinutes' }, { number })}
                type="number"
                min={1}
                max={240}
                disabled={readOnly}
                error={error?.minutes?.message}
                {...form.register(`items.${i}.minutes`, { valueAsNumber: true })}
              />
              <SelectField
                className="agenda-context"
                label={intl.formatMessage({ id: 'meetings.agenda.itemShows' }, { number })}
                options={contextOptions}
                disabled={readOnly}
                {...form.register(`items.${i}.context`)}
              />
              {!readOnly && (
                <div className="agenda-buttons">
                  <Button size="small" id={`${listId}-${field.id}-up`} disabled={i === 0} onClick={() => moveItem(i, -1)} aria-label={intl.formatMessage({ id: 'meetings.agenda.upName' }, { title })}>
                    {intl.formatMessage({ id: 'meetings.agenda.up' })}
                  </Button>
                  <Button
                    size="small"
                    id={`${listId}-${field.id}-down`}
                    disabled={i === fields.length - 1}
                    onClick={() => moveItem(i, 1)}
                    aria-label={intl.formatMessage({ id: 'meetings.agenda.downName' }, { title })}
                  >
                    {intl.formatMessage({ id: 'meetings.agenda.down' })}
                  </Button>
                  <Button size="small" variant="ghost" onClick={() => remove(i)} aria-label={intl.formatMessage({ id: 'meetings.agenda.removeName' }, { title })}>
                    {intl.formatMessage({ id: 'meetings.agenda.remove' })}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <p className="muted">{intl.formatMessage({ id: 'meetings.agenda.total' }, { count: fields.length, minutes: total })}</p>
      {/* Always present, so the warning is announced as the minutes typed push the total past the meeting. */}
      <div aria-live="polite">
        {!readOnly && meetingMinutes !== undefined && total > meetingMinutes && (
          <p className="agenda-overrun">{intl.formatMessage({ id: 'meetings.agenda.overrun' }, { total, length: meetingMinutes, over: total - meetingMinutes })}</p>
        )}
      </div>
      {(failure ?? listError) && <ErrorBanner>{failure ?? listError}</ErrorBanner>}
      {!readOnly && (
        <div className="row">
          <Button onClick={() => append({ title: '', minutes: 10, context: 'free' }, { shouldFocus: true })}>{intl.formatMessage({ id: 'meetings.agenda.add' })}</Button>
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
