import { useId, useState } from 'react';
import { agendaTemplateItem, AGENDA_CONTEXT_LABELS, type AgendaContext } from '../../../shared/meetings/agenda';
import { errorMessage } from '../../bridge/client';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';

export interface EditableItem {
  /** Kept for existing items (their notes and timers stay with them). */
  id?: number;
  key: string;
  title: string;
  minutes: number;
  context: AgendaContext;
}

let nextKey = 1;
export const newKey = () => `new-${nextKey++}`;

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
  const [items, setItems] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [announce, setAnnounce] = useState('');
  const listId = useId();

  const update = (key: string, patch: Partial<EditableItem>) => setItems((all) => all.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    if (to < 0 || to >= items.length) return;
    const next = [...items];
    const [moved] = next.splice(index, 1);
    next.splice(to, 0, moved!);
    setItems(next);
    setAnnounce(`${moved!.title || 'Item'} moved to position ${to + 1} of ${next.length}.`);
    // The same button of the moved item keeps the focus, so pressing it again keeps moving it.
    requestAnimationFrame(() => document.getElementById(`${listId}-${moved!.key}-${by < 0 ? 'up' : 'down'}`)?.focus());
  };
  const total = items.reduce((n, i) => n + (Number.isFinite(i.minutes) ? i.minutes : 0), 0);

  const submit = async () => {
    setFailure(null);
    setSaved(null);
    const next: Record<string, string> = {};
    items.forEach((item) => {
      const parsed = agendaTemplateItem.safeParse({ title: item.title, minutes: item.minutes, context: item.context });
      if (!parsed.success) for (const issue of parsed.error.issues) next[`${item.key}.${String(issue.path[0])}`] ??= issue.message;
    });
    if (items.length === 0) setFailure('An agenda has at least one item.');
    setErrors(next);
    if (Object.keys(next).length > 0 || items.length === 0) return;
    setBusy(true);
    try {
      await save(items.map(({ key: _key, ...rest }) => ({ ...rest, title: rest.title.trim() })));
      setSaved('Agenda saved.');
    } catch (err) {
      setFailure(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="agenda-editor">
      <p className="visually-hidden" role="status">
        {announce}
      </p>
      <ol className="agenda-items" aria-label={label}>
        {items.map((item, i) => (
          <li key={item.key} className="agenda-item">
            <span className="agenda-position" aria-hidden="true">
              {i + 1}
            </span>
            <div className={errors[`${item.key}.title`] ? 'field field-has-error agenda-title' : 'field agenda-title'}>
              <label className="field-label" htmlFor={`${listId}-${item.key}-title`}>
                Item {i + 1}
              </label>
              <input
                id={`${listId}-${item.key}-title`}
                className="input"
                value={item.title}
                disabled={readOnly}
                aria-invalid={errors[`${item.key}.title`] ? true : undefined}
                onChange={(e) => update(item.key, { title: e.target.value })}
              />
              {errors[`${item.key}.title`] && <p className="field-error">{errors[`${item.key}.title`]}</p>}
            </div>
            <div className={errors[`${item.key}.minutes`] ? 'field field-has-error agenda-minutes' : 'field agenda-minutes'}>
              <label className="field-label" htmlFor={`${listId}-${item.key}-minutes`}>
                Minutes for item {i + 1}
              </label>
              <input
                id={`${listId}-${item.key}-minutes`}
                className="input"
                type="number"
                min={1}
                max={240}
                value={Number.isFinite(item.minutes) ? item.minutes : ''}
                disabled={readOnly}
                onChange={(e) => update(item.key, { minutes: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
              />
              {errors[`${item.key}.minutes`] && <p className="field-error">{errors[`${item.key}.minutes`]}</p>}
            </div>
            <div className="field agenda-context">
              <label className="field-label" htmlFor={`${listId}-${item.key}-context`}>
                Item {i + 1} shows
              </label>
              <select id={`${listId}-${item.key}-context`} className="input select" value={item.context} disabled={readOnly} onChange={(e) => update(item.key, { context: e.target.value as AgendaContext })}>
                {Object.entries(AGENDA_CONTEXT_LABELS).map(([value, text]) => (
                  <option key={value} value={value}>
                    {text}
                  </option>
                ))}
              </select>
            </div>
            {!readOnly && (
              <div className="agenda-buttons">
                <Button size="small" id={`${listId}-${item.key}-up`} disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move "${item.title || `item ${i + 1}`}" up`}>
                  ↑ Up
                </Button>
                <Button size="small" id={`${listId}-${item.key}-down`} disabled={i === items.length - 1} onClick={() => move(i, 1)} aria-label={`Move "${item.title || `item ${i + 1}`}" down`}>
                  ↓ Down
                </Button>
                <Button size="small" variant="ghost" onClick={() => setItems((all) => all.filter((x) => x.key !== item.key))} aria-label={`Remove "${item.title || `item ${i + 1}`}"`}>
                  Remove
                </Button>
              </div>
            )}
          </li>
        ))}
      </ol>
      <p className="muted">
        {items.length} {items.length === 1 ? 'item' : 'items'}, {total} minutes planned.
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
      {failure && (
        <ErrorBanner>
          {failure}
        </ErrorBanner>
      )}
      {!readOnly && (
        <div className="row">
          <Button
            onClick={() => {
              const key = newKey();
              setItems((all) => [...all, { key, title: '', minutes: 10, context: 'free' }]);
              requestAnimationFrame(() => document.getElementById(`${listId}-${key}-title`)?.focus());
            }}
          >
            Add an item
          </Button>
          <Button variant="primary" busy={busy} onClick={() => void submit()}>
            {saveLabel}
          </Button>
          {extra}
          <span role="status" className="muted">
            {saved}
          </span>
        </div>
      )}
    </div>
  );
}
