import { useId, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import type { z } from 'zod';
import { addActionInput, addDecisionInput, addEvidenceInput, addWinInput, type ActionOwner } from '../../../../shared/meetings/capture';
import type { Meeting } from '../../../../shared/meetings/meeting';
import { call, errorMessage } from '../../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../../bridge/queries';
import { Button } from '../../../components/Button';
import { OWNER_OPTIONS } from '../labels';
import { MEETING_QUERIES } from '../queries';
import type { Autosave } from './autosave';
import { hintOf } from './shortcuts';

export interface CaptureRefs {
  win: RefObject<HTMLInputElement | null>;
  decision: RefObject<HTMLInputElement | null>;
  action: RefObject<HTMLInputElement | null>;
  evidence: RefObject<HTMLInputElement | null>;
}

type DraftField = 'win' | 'decision' | 'decision-rationale' | 'action' | 'evidence';

/** The first message of a shared schema's refusal, by field. */
function check<T>(schema: z.ZodType<T>, value: unknown): { ok: true; data: T } | { ok: false; errors: Record<string, string> } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  return { ok: false, errors };
}

/**
 * Quick capture beside every agenda item: a win, a decision with its reason, an action
 * item (owner, due date) and evidence, each added with Enter. What is typed is saved as
 * a draft while it is typed, so a reload or a crash keeps it.
 */
export function CapturePanel({ meeting, refs, autosave }: { meeting: Meeting; refs: CaptureRefs; autosave: Autosave }) {
  const [text, setText] = useState<Record<DraftField, string>>(() => ({
    win: meeting.drafts.win ?? '',
    decision: meeting.drafts.decision ?? '',
    'decision-rationale': meeting.drafts['decision-rationale'] ?? '',
    action: meeting.drafts.action ?? '',
    evidence: meeting.drafts.evidence ?? '',
  }));
  const [owner, setOwner] = useState<ActionOwner>('mentee');
  const [due, setDue] = useState('');
  const [evidenceId, setEvidenceId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [announce, setAnnounce] = useState('');
  const evidence = useVaultQuery('evidence.list', { menteeId: meeting.menteeId, limit: 200 });
  const rationaleId = useId();

  const type = (field: DraftField, value: string) => {
    setText((t) => ({ ...t, [field]: value }));
    autosave.change(`draft:${field}`, value, (v) => call('meetings.saveDraft', { meetingId: meeting.id, field, text: v }));
  };
  const cleared = (...fields: DraftField[]) => setText((t) => ({ ...t, ...Object.fromEntries(fields.map((f) => [f, ''])) }));
  const opts = { invalidate: MEETING_QUERIES };
  const addWin = useVaultMutation('meetings.addWin', opts);
  const addDecision = useVaultMutation('meetings.addDecision', opts);
  const addAction = useVaultMutation('meetings.addAction', opts);
  const addEvidence = useVaultMutation('meetings.addEvidence', opts);

  const ids = { win: useId(), decision: useId(), action: useId(), owner: useId(), due: useId(), evidence: useId(), link: useId() };
  /** Where focus goes after an add, a refusal or a failure: the field named, else the box's first field (never the page). */
  const fieldIds: Record<string, string> = {
    'win.text': ids.win,
    'decision.decision': ids.decision,
    'decision.rationale': rationaleId,
    'action.title': ids.action,
    'action.dueDate': ids.due,
    'evidence.text': ids.evidence,
  };
  const focusField = (key: string) => requestAnimationFrame(() => document.getElementById(fieldIds[key] ?? '')?.focus());

  /** Sends pending drafts first, so the add (which clears the draft) is the last word on it. */
  const submit = async <T,>(key: string, schema: z.ZodType<T>, value: unknown, send: (v: T) => Promise<unknown>, after: () => void, said: string, first: string) => {
    const result = check(schema, value);
    if (!result.ok) {
      setErrors((e) => ({ ...e, ...Object.fromEntries(Object.entries(result.errors).map(([f, m]) => [`${key}.${f}`, m])) }));
      focusField(`${key}.${Object.keys(result.errors)[0]}`);
      return;
    }
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith(`${key}.`))));
    await autosave.flushAll();
    try {
      await send(result.data);
      after();
      setAnnounce(said);
    } catch (err) {
      setErrors((e) => ({ ...e, [`${key}.form`]: errorMessage(err) }));
    }
    // The Add button was disabled while it ran: focus goes back to the box's first field, ready for the next one.
    focusField(`${key}.${first}`);
  };

  const onEnter = (go: () => void) => (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Enter' && !e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
      e.preventDefault();
      go();
    }
  };

  const saveWin = () =>
    void submit('win', addWinInput, { meetingId: meeting.id, text: text.win }, (v) => addWin.mutateAsync(v), () => cleared('win'), 'Win added.', 'text');
  const saveDecision = () =>
    void submit(
      'decision',
      addDecisionInput,
      { meetingId: meeting.id, decision: text.decision, rationale: text['decision-rationale'] },
      (v) => addDecision.mutateAsync(v),
      () => cleared('decision', 'decision-rationale'),
      'Decision added to the decision log.',
      'decision',
    );
  const saveAction = () =>
    void submit(
      'action',
      addActionInput,
      { meetingId: meeting.id, title: text.action, owner, dueDate: due.trim() === '' ? null : due.trim() },
      (v) => addAction.mutateAsync(v),
      () => {
        cleared('action');
        setDue('');
      },
      'Action item added.',
      'title',
    );
  const saveEvidence = () =>
    void submit(
      'evidence',
      addEvidenceInput,
      { meetingId: meeting.id, text: text.evidence, evidenceId: evidenceId ? Number(evidenceId) : null },
      (v) => addEvidence.mutateAsync(v),
      () => {
        cleared('evidence');
        setEvidenceId('');
      },
      'Evidence added.',
      'text',
    );

  const err = (key: string) => errors[key];

  return (
    <aside className="mode-capture" aria-label="Quick capture">
      <h2>Quick capture</h2>
      <p role="status" className="visually-hidden">
        {announce}
      </p>
      <CaptureBox title="Win" hint={hintOf('win')} failure={err('win.form')} counts={`${meeting.wins.length} so far`}>
        <Input id={ids.win} label="Win" inputRef={refs.win} value={text.win} error={err('win.text')} onChange={(v) => type('win', v)} onKeyDown={onEnter(saveWin)} />
        <Button size="small" onClick={saveWin} busy={addWin.isPending}>
          Add win
        </Button>
      </CaptureBox>

      <CaptureBox title="Decision" hint={hintOf('decision')} failure={err('decision.form')} counts={`${meeting.decisions.length} so far`}>
        <Input
          id={ids.decision}
          label="Decision"
          inputRef={refs.decision}
          value={text.decision}
          error={err('decision.decision')}
          onChange={(v) => type('decision', v)}
          onKeyDown={onEnter(() => document.getElementById(rationaleId)?.focus())}
        />
        <Input
          id={rationaleId}
          label="Why (rationale)"
          value={text['decision-rationale']}
          error={err('decision.rationale')}
          onChange={(v) => type('decision-rationale', v)}
          onKeyDown={onEnter(saveDecision)}
        />
        <Button size="small" onClick={saveDecision} busy={addDecision.isPending}>
          Add decision
        </Button>
      </CaptureBox>

      <CaptureBox title="Action item" hint={hintOf('action')} failure={err('action.form')} counts={`${meeting.actions.raised.length} so far`}>
        <Input id={ids.action} label="Action" inputRef={refs.action} value={text.action} error={err('action.title')} onChange={(v) => type('action', v)} onKeyDown={onEnter(saveAction)} />
        <div className="capture-row">
          <div className="field">
            <label className="field-label" htmlFor={ids.owner}>
              Owner
            </label>
            <select id={ids.owner} className="input select" value={owner} onChange={(e) => setOwner(e.target.value as ActionOwner)}>
              {OWNER_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <Input id={ids.due} label="Due date" type="date" value={due} error={err('action.dueDate')} onChange={setDue} onKeyDown={onEnter(saveAction)} />
        </div>
        <Button size="small" onClick={saveAction} busy={addAction.isPending}>
          Add action
        </Button>
      </CaptureBox>

      <CaptureBox title="Evidence" hint={hintOf('evidence')} failure={err('evidence.form')} counts={`${meeting.evidence.length} so far`}>
        <Input id={ids.evidence} label="Evidence presented" inputRef={refs.evidence} value={text.evidence} error={err('evidence.text')} onChange={(v) => type('evidence', v)} onKeyDown={onEnter(saveEvidence)} />
        <div className="field">
          <label className="field-label" htmlFor={ids.link}>
            Link an evidence record (optional)
          </label>
          <select id={ids.link} className="input select" value={evidenceId} onChange={(e) => setEvidenceId(e.target.value)}>
            <option value="">None</option>
            {(evidence.data?.rows ?? []).map((e) => (
              <option key={e.id} value={e.id}>
                {e.date}: {e.summary.slice(0, 60)}
              </option>
            ))}
          </select>
        </div>
        <Button size="small" onClick={saveEvidence} busy={addEvidence.isPending}>
          Add evidence
        </Button>
      </CaptureBox>
    </aside>
  );
}

function CaptureBox({ title, hint, counts, failure, children }: { title: string; hint: string; counts: string; failure: string | undefined; children: ReactNode }) {
  return (
    <section className="capture-box" aria-label={title}>
      <h3>
        {title} <kbd aria-hidden="true">{hint}</kbd> <span className="muted capture-count">{counts}</span>
      </h3>
      {children}
      {failure && (
        <p className="field-error" role="alert">
          Not added: {failure}
        </p>
      )}
    </section>
  );
}

function Input({
  id,
  label,
  value,
  error,
  onChange,
  onKeyDown,
  inputRef,
  type = 'text',
}: {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  onChange(value: string): void;
  onKeyDown?(e: KeyboardEvent<HTMLInputElement>): void;
  inputRef?: RefObject<HTMLInputElement | null>;
  type?: 'text' | 'date';
}) {
  return (
    <div className={error ? 'field field-has-error' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        ref={inputRef}
        className="input"
        type={type}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
