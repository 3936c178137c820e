import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
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
import { translator } from '../../../shared/i18n/intl';
import { getActiveLocale } from '../../i18n/active-locale';
import { kindLabel, severityOptions, statusLabel } from './labels';
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
      const message = field === 'correctsEntryId' ? translator(getActiveLocale()).t('escalations.entry.chooseCorrected') : issue.message;
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
  const intl = useIntl();
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
      notify('success', intl.formatMessage({ id: 'escalations.entry.added' }, { sequence: last?.sequence ?? stored.entryCount }));
      form.reset(blank(stored));
    } catch (err) {
      applyServerIssues(err, form.setError);
      setFailure(intl.formatMessage({ id: 'escalations.entry.notAdded' }, { reason: errorMessage(err) }));
    }
  });

  return (
    <form className="card esc-entry-form" onSubmit={onSubmit} noValidate aria-labelledby="add-entry-title">
      <h2 id="add-entry-title">
        <FormattedMessage id="escalations.entry.title" />
      </h2>
      <fieldset className="esc-kinds">
        <legend>
          <FormattedMessage id="escalations.entry.kind" />
        </legend>
        {/* A resolved record is closed already; a status change can open it again. */}
        {ENTRY_KINDS.filter((k) => k !== 'closure' || record.status !== 'resolved').map((k) => (
          <label key={k} className="esc-kind">
            <input type="radio" value={k} {...register('kind')} />
            <span>
              <span className="esc-kind-name">{kindLabel(k)}</span>
              <span className="esc-kind-help">
                <FormattedMessage id={`escalations.entry.help.${k}`} />
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {kind === 'correction' && (
        <SelectField
          label={intl.formatMessage({ id: 'escalations.entry.corrects' })}
          error={errors.correctsEntryId?.message}
          options={[
            { value: '', label: intl.formatMessage({ id: 'escalations.entry.chooseCorrected' }) },
            ...record.entries.map((e) => ({ value: String(e.id), label: intl.formatMessage({ id: 'escalations.entry.option' }, { sequence: e.sequence, kind: kindLabel(e.kind), words: firstWords(e.what) }) })),
          ]}
          {...register('correctsEntryId')}
        />
      )}
      <TextAreaField
        label={intl.formatMessage({ id: 'escalations.timeline.what' }, { kind })}
        rows={3}
        error={errors.what?.message}
        {...register('what')}
      />
      <ChipsField
        control={control}
        name="informed"
        label={intl.formatMessage({ id: 'escalations.timeline.informed' })}
        itemLabel={intl.formatMessage({ id: 'escalations.entry.person' })}
        hint={intl.formatMessage({ id: 'escalations.entry.informedHint' })}
        max={50}
      />
      <TextAreaField label={intl.formatMessage({ id: 'escalations.timeline.outcome' })} rows={2} error={errors.outcome?.message} {...register('outcome')} />
      {kind === 'status-change' && (
        <div className="form-grid">
          <SelectField
            label={intl.formatMessage({ id: 'escalations.entry.newStatus' })}
            error={errors.status?.message}
            options={[
              { value: '', label: intl.formatMessage({ id: 'escalations.entry.noChangeNow' }, { status: statusLabel(record.status) }) },
              ...REOPEN_STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
            ]}
            {...register('status')}
          />
          <SelectField
            label={intl.formatMessage({ id: 'escalations.entry.newSeverity' })}
            error={errors.severity?.message}
            options={[{ value: '', label: intl.formatMessage({ id: 'escalations.entry.noChange' }) }, ...severityOptions()]}
            {...register('severity')}
          />
          <CheckboxField label={intl.formatMessage({ id: 'escalations.entry.changeNeedToKnow' })} className="span-2" {...register('changeNeedToKnow')} />
          {changeNeedToKnow && (
            <ChipsField
              control={control}
              name="needToKnow"
              label={intl.formatMessage({ id: 'escalations.entry.needToKnow' })}
              itemLabel={intl.formatMessage({ id: 'escalations.entry.person' })}
              max={50}
            />
          )}
        </div>
      )}
      {kind === 'closure' && (
        <p className="muted">
          <FormattedMessage id="escalations.entry.closureNote" />
        </p>
      )}
      <TextField
        label={intl.formatMessage({ id: 'escalations.entry.when' })}
        type="datetime-local"
        hint={intl.formatMessage({ id: 'escalations.entry.whenHint' })}
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
          <FormattedMessage id="escalations.entry.submit" values={{ kind }} />
        </Button>
      </div>
    </form>
  );
}
