import { useState } from 'react';
import { useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import {
  addEntryInput,
  ENTRY_KINDS,
  REOPEN_STATUSES,
  type AddEntryInput,
  type AddEntryValues,
  type EntryKind,
  type Escalation,
  type EscalationSeverity,
} from '../../../shared/escalations/schema';
import { errorMessage } from '../../bridge/client';
import { applyServerIssues } from '../../bridge/form-errors';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ChipsField } from '../../components/ChipsField';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field';
import { useToast } from '../../components/Toast';
import { localToIso } from './datetime';
import { KIND_LABELS, SEVERITY_OPTIONS, STATUS_LABELS } from './labels';
import { ErrorBanner } from '../../components/ErrorBanner';

/** The form's own flat shape; the kind decides which parts become the entry. */
interface EntryForm {
  kind: EntryKind;
  what: string;
  informed: string[];
  outcome: string;
  occurredAt: string;
  status: '' | (typeof REOPEN_STATUSES)[number];
  severity: '' | EscalationSeverity;
  changeNeedToKnow: boolean;
  needToKnow: string[];
  correctsEntryId: string;
}

const KIND_HELP: Record<EntryKind, string> = {
  note: 'Something that happened or that you learned.',
  action: 'Something you did about it.',
  'status-change': 'Move to open or monitoring, change the severity or who may know.',
  correction: 'Sets an earlier entry right; the earlier entry stays as it was.',
  closure: 'Resolves the record.',
};

function toInput(v: EntryForm, escalationId: number): AddEntryInput {
  const base = { escalationId, what: v.what, informed: v.informed, outcome: v.outcome, occurredAt: localToIso(v.occurredAt) };
  switch (v.kind) {
    case 'status-change':
      return {
        ...base,
        kind: 'status-change',
        ...(v.status ? { status: v.status } : {}),
        ...(v.severity ? { severity: v.severity } : {}),
        ...(v.changeNeedToKnow ? { needToKnow: v.needToKnow } : {}),
      };
    case 'correction':
      return { ...base, kind: 'correction', correctsEntryId: v.correctsEntryId === '' ? (undefined as never) : Number(v.correctsEntryId) };
    default:
      return { ...base, kind: v.kind };
  }
}

/** The contract's addEntryInput checks the entry; its messages land on the form's fields. */
const resolverFor =
  (escalationId: number): Resolver<EntryForm, unknown, AddEntryValues> =>
  (values) => {
    const parsed = addEntryInput.safeParse(toInput(values, escalationId));
    if (parsed.success) return { values: parsed.data, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'what');
      const message = field === 'correctsEntryId' ? 'Choose the entry this corrects' : issue.message;
      errors[field] ??= { type: issue.code, message };
    }
    return { values: {}, errors: errors as FieldErrors<EntryForm> };
  };

const blank = (record: Escalation): EntryForm => ({
  kind: 'note',
  what: '',
  informed: [],
  outcome: '',
  occurredAt: '',
  status: '',
  severity: '',
  changeNeedToKnow: false,
  needToKnow: record.needToKnow,
  correctsEntryId: '',
});

const firstWords = (text: string) => (text.length > 60 ? `${text.slice(0, 60).trimEnd()}…` : text);

/** Adds one entry to the end of the timeline: the only way a record changes. */
export function AddEntryForm({ record }: { record: Escalation }) {
  const { notify } = useToast();
  const form = useForm<EntryForm, unknown, AddEntryValues>({ resolver: resolverFor(record.id), defaultValues: blank(record) });
  const { register, control, formState } = form;
  const errors = formState.errors;
  const kind = useWatch({ control, name: 'kind' });
  const changeNeedToKnow = useWatch({ control, name: 'changeNeedToKnow' });
  const [failure, setFailure] = useState<string | null>(null);
  const add = useVaultMutation('escalations.addEntry', { invalidate: ['escalations.', 'vault.info'] });

  const onSubmit = form.handleSubmit(async (entry) => {
    setFailure(null);
    try {
      const stored = await add.mutateAsync(entry);
      const last = stored.entries.at(-1);
      notify('success', `Entry #${last?.sequence ?? stored.entryCount} added to the timeline.`);
      form.reset(blank(stored));
    } catch (err) {
      applyServerIssues(err, form.setError);
      setFailure(`Not added: ${errorMessage(err)}`);
    }
  });

  return (
    <form className="card esc-entry-form" onSubmit={onSubmit} noValidate aria-labelledby="add-entry-title">
      <h2 id="add-entry-title">Add to the timeline</h2>
      <fieldset className="esc-kinds">
        <legend>Kind of entry</legend>
        {/* A resolved record is closed already; a status change can open it again. */}
        {ENTRY_KINDS.filter((k) => k !== 'closure' || record.status !== 'resolved').map((k) => (
          <label key={k} className="esc-kind">
            <input type="radio" value={k} {...register('kind')} />
            <span>
              <span className="esc-kind-name">{KIND_LABELS[k]}</span>
              <span className="esc-kind-help">{KIND_HELP[k]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {kind === 'correction' && (
        <SelectField
          label="Corrects entry"
          error={errors.correctsEntryId?.message}
          options={[
            { value: '', label: 'Choose the entry this corrects' },
            ...record.entries.map((e) => ({ value: String(e.id), label: `#${e.sequence} · ${KIND_LABELS[e.kind]} · ${firstWords(e.what)}` })),
          ]}
          {...register('correctsEntryId')}
        />
      )}
      <TextAreaField
        label={kind === 'correction' ? 'What is correct' : kind === 'action' ? 'What was done' : 'What happened'}
        rows={3}
        error={errors.what?.message}
        {...register('what')}
      />
      <ChipsField
        control={control}
        name="informed"
        label="Who was informed"
        itemLabel="person"
        hint="Names or roles, Enter after each."
        max={50}
      />
      <TextAreaField label="Outcome" rows={2} error={errors.outcome?.message} {...register('outcome')} />
      {kind === 'status-change' && (
        <div className="form-grid">
          <SelectField
            label="New status"
            error={errors.status?.message}
            options={[{ value: '', label: `No change (now ${STATUS_LABELS[record.status]})` }, ...REOPEN_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))]}
            {...register('status')}
          />
          <SelectField
            label="New severity"
            error={errors.severity?.message}
            options={[{ value: '', label: 'No change' }, ...SEVERITY_OPTIONS]}
            {...register('severity')}
          />
          <CheckboxField label="Change who may know" className="span-2" {...register('changeNeedToKnow')} />
          {changeNeedToKnow && (
            <ChipsField
              control={control}
              name="needToKnow"
              label="Need to know from now on"
              itemLabel="person"
              max={50}
            />
          )}
        </div>
      )}
      {kind === 'closure' && <p className="muted">A closure sets the record to resolved.</p>}
      <TextField
        label="When it happened"
        type="datetime-local"
        hint="Leave empty for now. The time it was recorded is always kept too."
        error={errors.occurredAt?.message}
        {...register('occurredAt')}
      />
      {failure && (
        <ErrorBanner>
          {failure}
        </ErrorBanner>
      )}
      <div className="row">
        <Button type="submit" variant="primary" busy={formState.isSubmitting}>
          Add {KIND_LABELS[kind].toLowerCase()} to the timeline
        </Button>
      </div>
    </form>
  );
}
