import { useState, type KeyboardEvent, type ReactNode, type Ref, type RefObject } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ACTION_OWNERS } from '../../../../shared/meetings/capture';
import { addActionInput, addDecisionInput, addEvidenceInput, addWinInput } from '../../../../shared/meetings/capture';
import type { Meeting } from '../../../../shared/meetings/meeting';
import { call } from '../../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../../bridge/hooks';
import { Button } from '../../../components/Button';
import { SelectField, TextField } from '../../../components/Field';
import { FormSchemaProvider } from '../../../components/field-limits';
import { dateOrNull, idOrNull } from '../../../components/form-values';
import { MEETING_QUERIES } from '../stale';
import type { Autosave } from './autosave';
import { hintOf } from './shortcuts';
import { useCaptureForm } from './useCaptureForm';

export interface CaptureRefs {
  win: RefObject<HTMLInputElement | null>;
  decision: RefObject<HTMLInputElement | null>;
  action: RefObject<HTMLInputElement | null>;
  evidence: RefObject<HTMLInputElement | null>;
}

type DraftField = 'win' | 'decision' | 'decision-rationale' | 'action' | 'evidence';

interface BoxProps {
  meeting: Meeting;
  /** The box's first field, reached by its shortcut and focused again after an add. */
  first: RefObject<HTMLInputElement | null>;
  /** Saves what is typed in a field as its draft. */
  draft(field: DraftField, text: string): void;
  flush(): Promise<unknown>;
  announce(message: string): void;
}

/** The element goes to react-hook-form's ref and to the box's own (for its shortcut). */
const both =
  <E,>(registered: Ref<E>, own: RefObject<E | null>) =>
  (element: E | null) => {
    if (typeof registered === 'function') registered(element);
    own.current = element;
  };

/**
 * Quick capture beside every agenda item: a win, a decision with its reason, an action
 * item (owner, due date) and evidence, each added with Enter and checked with the shared
 * schema of its method. What is typed is saved as a draft while it is typed, so a reload
 * or a crash keeps it.
 */
export function CapturePanel({ meeting, refs, autosave }: { meeting: Meeting; refs: CaptureRefs; autosave: Autosave }) {
  const [announcement, announce] = useState('');
  const draft = (field: DraftField, text: string) => autosave.change(`draft:${field}`, text, (v) => call('meetings.saveDraft', { meetingId: meeting.id, field, text: v }));
  const common = { meeting, draft, flush: autosave.flushAll, announce };
  const intl = useIntl();
  return (
    <aside className="mode-capture" aria-label={intl.formatMessage({ id: 'meetingsMode.capture.title' })}>
      <h2>
        <FormattedMessage id="meetingsMode.capture.title" />
      </h2>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <WinBox {...common} first={refs.win} />
      <DecisionBox {...common} first={refs.decision} />
      <ActionBox {...common} first={refs.action} />
      <EvidenceBox {...common} first={refs.evidence} />
    </aside>
  );
}

const opts = { invalidate: MEETING_QUERIES };

function WinBox({ meeting, first, draft, flush, announce }: BoxProps) {
  const intl = useIntl();
  const add = useVaultMutation('meetings.addWin', opts);
  const { form, errors, failure, submit } = useCaptureForm({
    schema: addWinInput,
    defaultValues: { meetingId: meeting.id, text: meeting.drafts.win ?? '' },
    blank: { text: '' },
    flush,
    send: (v) => add.mutateAsync(v),
    added: intl.formatMessage({ id: 'meetingsMode.win.added' }),
    announce,
    first,
  });
  const text = form.register('text', { onChange: (e: { target: { value: string } }) => draft('win', e.target.value) });
  return (
    <CaptureBox title={intl.formatMessage({ id: 'meetingsMode.win.title' })} hint={hintOf('win')} failure={failure} count={meeting.wins.length} schema={addWinInput} onSubmit={submit}>
      <TextField label={intl.formatMessage({ id: 'meetingsMode.win.title' })} error={errors.text?.message} {...text} ref={both(text.ref, first)} />
      <Button type="submit" size="small" busy={add.isPending}>
        <FormattedMessage id="meetingsMode.win.add" />
      </Button>
    </CaptureBox>
  );
}

function DecisionBox({ meeting, first, draft, flush, announce }: BoxProps) {
  const intl = useIntl();
  const add = useVaultMutation('meetings.addDecision', opts);
  const { form, errors, failure, submit } = useCaptureForm({
    schema: addDecisionInput,
    defaultValues: { meetingId: meeting.id, decision: meeting.drafts.decision ?? '', rationale: meeting.drafts['decision-rationale'] ?? '' },
    blank: { decision: '', rationale: '' },
    flush,
    send: (v) => add.mutateAsync(v),
    added: intl.formatMessage({ id: 'meetingsMode.decision.added' }),
    announce,
    first,
  });
  const decision = form.register('decision', { onChange: (e: { target: { value: string } }) => draft('decision', e.target.value) });
  const rationale = form.register('rationale', { onChange: (e: { target: { value: string } }) => draft('decision-rationale', e.target.value) });
  // Enter in the decision goes on to its reason; Enter there adds both.
  const toRationale = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    form.setFocus('rationale');
  };
  return (
    <CaptureBox title={intl.formatMessage({ id: 'meetingsMode.decision.title' })} hint={hintOf('decision')} failure={failure} count={meeting.decisions.length} schema={addDecisionInput} onSubmit={submit}>
      <TextField label={intl.formatMessage({ id: 'meetingsMode.decision.title' })} error={errors.decision?.message} {...decision} ref={both(decision.ref, first)} onKeyDown={toRationale} />
      <TextField label={intl.formatMessage({ id: 'meetingsMode.decision.rationale' })} error={errors.rationale?.message} {...rationale} />
      <Button type="submit" size="small" busy={add.isPending}>
        <FormattedMessage id="meetingsMode.decision.add" />
      </Button>
    </CaptureBox>
  );
}

function ActionBox({ meeting, first, draft, flush, announce }: BoxProps) {
  const intl = useIntl();
  const owners = ACTION_OWNERS.map((value) => ({ value, label: intl.formatMessage({ id: 'meetingsMode.action.ownerName' }, { owner: value }) }));
  const add = useVaultMutation('meetings.addAction', opts);
  const { form, errors, failure, submit } = useCaptureForm({
    schema: addActionInput,
    defaultValues: { meetingId: meeting.id, title: meeting.drafts.action ?? '', owner: 'mentee', dueDate: null },
    blank: { title: '', dueDate: null },
    flush,
    send: (v) => add.mutateAsync(v),
    added: intl.formatMessage({ id: 'meetingsMode.action.added' }),
    announce,
    first,
  });
  const title = form.register('title', { onChange: (e: { target: { value: string } }) => draft('action', e.target.value) });
  return (
    <CaptureBox title={intl.formatMessage({ id: 'meetingsMode.action.title' })} hint={hintOf('action')} failure={failure} count={meeting.actions.raised.length} schema={addActionInput} onSubmit={submit}>
      <TextField label={intl.formatMessage({ id: 'meetingsMode.action.field' })} error={errors.title?.message} {...title} ref={both(title.ref, first)} />
      <div className="capture-row">
        <SelectField label={intl.formatMessage({ id: 'meetingsMode.action.owner' })} options={owners} error={errors.owner?.message} {...form.register('owner')} />
        <TextField label={intl.formatMessage({ id: 'meetingsMode.action.due' })} type="date" error={errors.dueDate?.message} {...form.register('dueDate', { setValueAs: dateOrNull })} />
      </div>
      <Button type="submit" size="small" busy={add.isPending}>
        <FormattedMessage id="meetingsMode.action.add" />
      </Button>
    </CaptureBox>
  );
}

function EvidenceBox({ meeting, first, draft, flush, announce }: BoxProps) {
  const intl = useIntl();
  const add = useVaultMutation('meetings.addEvidence', opts);
  const records = useVaultQuery('evidence.list', { menteeId: meeting.menteeId, limit: 200 });
  const { form, errors, failure, submit } = useCaptureForm({
    schema: addEvidenceInput,
    defaultValues: { meetingId: meeting.id, text: meeting.drafts.evidence ?? '', evidenceId: null },
    blank: { text: '', evidenceId: null },
    flush,
    send: (v) => add.mutateAsync(v),
    added: intl.formatMessage({ id: 'meetingsMode.evidence.added' }),
    announce,
    first,
  });
  const text = form.register('text', { onChange: (e: { target: { value: string } }) => draft('evidence', e.target.value) });
  const options = [{ value: '', label: intl.formatMessage({ id: 'meetingsMode.capture.none' }) }, ...(records.data?.rows ?? []).map((e) => ({ value: String(e.id), label: `${e.date}: ${e.summary.slice(0, 60)}` }))];
  return (
    <CaptureBox title={intl.formatMessage({ id: 'meetingsMode.evidence.title' })} hint={hintOf('evidence')} failure={failure} count={meeting.evidence.length} schema={addEvidenceInput} onSubmit={submit}>
      <TextField label={intl.formatMessage({ id: 'meetingsMode.evidence.field' })} error={errors.text?.message} {...text} ref={both(text.ref, first)} />
      <SelectField label={intl.formatMessage({ id: 'meetingsMode.evidence.record' })} options={options} error={errors.evidenceId?.message} {...form.register('evidenceId', { setValueAs: idOrNull })} />
      <Button type="submit" size="small" busy={add.isPending}>
        <FormattedMessage id="meetingsMode.evidence.add" />
      </Button>
    </CaptureBox>
  );
}

function CaptureBox({
  title,
  hint,
  count,
  failure,
  schema,
  onSubmit,
  children,
}: {
  title: string;
  hint: string;
  count: number;
  failure: string | null;
  schema: Parameters<typeof FormSchemaProvider>[0]['schema'];
  onSubmit(): void;
  children: ReactNode;
}) {
  return (
    <section className="capture-box" aria-label={title}>
      <h3>
        {title} <kbd aria-hidden="true">{hint}</kbd> <span className="muted capture-count">
          <FormattedMessage id="meetingsMode.capture.count" values={{ count }} />
        </span>
      </h3>
      <FormSchemaProvider schema={schema}>
        <form className="capture-form" noValidate onSubmit={onSubmit}>
          {children}
        </form>
      </FormSchemaProvider>
      {failure && (
        <p className="field-error" role="alert">
          <FormattedMessage id="meetingsMode.capture.notAdded" values={{ reason: failure }} />
        </p>
      )}
    </section>
  );
}
