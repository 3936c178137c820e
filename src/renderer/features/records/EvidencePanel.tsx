import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { useFormContext, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { localToday } from '../../../shared/dates';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { createEvidenceInput, updateEvidenceInput, type Evidence, type evidenceValues } from '../../../shared/records/schema';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { numberOrNull } from '../../components/form-values';
import { IdSelectField } from '../../components/IdSelectField';
import { Panel, TableBox } from '../../components/Panel';
import { useToast } from '../../components/Toast';
import { formatValue } from '../goals/labels';
import { useGoalOptions } from '../goals/useGoalOptions';
import { formatDate } from '../mentees/format';
import { evidenceKindLabel, evidenceKindOptions } from './labels';
import { RECORD_QUERIES } from './stale';
import { ErrorBanner } from '../../components/ErrorBanner';

const column = createColumnHelper<Evidence>();
/** Between a goal and its milestone in the "supports" column: a mark, not a word. */
const PATH_MARK = ' › ';

/** The evidence columns in the language of the screens; the kind filters on its choices. Kind and value are wide enough for their German names. */
const columnsFor = (intl: IntlShape) => [
  column.accessor('date', { header: intl.formatMessage({ id: 'records.evidence.column.date' }), meta: { width: 'minmax(8rem, 0.7fr)' }, cell: (i) => formatDate(i.getValue()) }),
  column.accessor('kind', {
    header: intl.formatMessage({ id: 'records.evidence.column.kind' }),
    meta: { width: 'minmax(11rem, 0.9fr)', filter: { options: evidenceKindOptions() } },
    cell: (i) => evidenceKindLabel(i.getValue()),
  }),
  column.accessor('summary', { header: intl.formatMessage({ id: 'records.evidence.column.summary' }), enableHiding: false, meta: { width: 'minmax(13rem, 2fr)' } }),
  column.accessor('value', { header: intl.formatMessage({ id: 'records.evidence.column.value' }), meta: { width: 'minmax(6rem, 0.5fr)' }, cell: (i) => formatValue(i.getValue()) }),
  column.accessor((e) => [e.goalTitle, e.milestoneTitle].filter(Boolean).join(PATH_MARK), {
    id: 'supports',
    header: intl.formatMessage({ id: 'records.evidence.column.supports' }),
    meta: { width: 'minmax(11rem, 1.5fr)' },
  }),
  column.accessor('source', { header: intl.formatMessage({ id: 'records.evidence.column.source' }), meta: { width: 'minmax(8rem, 0.9fr)' } }),
];

type Editing = { mode: 'create' } | { mode: 'edit'; evidence: Evidence } | null;

/** Peer feedback, 360 results, project outcomes, performance reviews: each with a value and what it supports. */
export function EvidencePanel({ menteeId }: { menteeId: number }) {
  const { notify } = useToast();
  const intl = useIntl();
  const say = (id: MessageId) => intl.formatMessage({ id });
  const columns = useMemo(() => columnsFor(intl), [intl]);
  const [editing, setEditing] = useState<Editing>(null);
  const list = useVaultQuery('evidence.list', { menteeId, limit: 500 });
  const create = useVaultMutation('evidence.create', { invalidate: RECORD_QUERIES });
  const update = useVaultMutation('evidence.update', { invalidate: RECORD_QUERIES });
  const remove = useVaultMutation('evidence.delete', { invalidate: RECORD_QUERIES });
  const rows = list.data?.rows ?? [];
  const e = editing?.mode === 'edit' ? editing.evidence : null;
  return (
    <Panel
      title={say('records.evidence.title')}
      intro={say('records.evidence.intro')}
      actions={
        <Button variant="primary" onClick={() => setEditing({ mode: 'create' })}>
          <FormattedMessage id="records.evidence.add" />
        </Button>
      }
    >
      {list.error && <ErrorBanner error={list.error} />}
      <TableBox rows={rows.length} max={6} filters>
        <DataTable
          label={say('records.evidence.label')}
          columns={columns}
          rows={rows}
          getRowId={(r) => String(r.id)}
          onRowOpen={(r) => setEditing({ mode: 'edit', evidence: r })}
          loading={list.isLoading}
          initialSorting={[{ id: 'date', desc: true }]}
          filterLabel={say('records.evidence.filter')}
          countLabel={(count) => intl.formatMessage({ id: 'records.evidence.count' }, { count })}
          empty={
            <EmptyState title={say('records.evidence.emptyTitle')}>
              <FormattedMessage id="records.evidence.empty" />
            </EmptyState>
          }
        />
      </TableBox>
      {editing?.mode === 'create' && (
        <FormDialog
          wide
          title={say('records.evidence.add')}
          schema={createEvidenceInput}
          defaultValues={{ menteeId, kind: 'peer-feedback', date: localToday(), summary: '', value: null, source: '', goalId: null, milestoneId: null }}
          submitLabel={say('records.evidence.add')}
          onClose={() => setEditing(null)}
          save={async (values) => {
            await create.mutateAsync(values);
            notify('success', say('records.evidence.added'));
          }}
        >
          <EvidenceFields menteeId={menteeId} />
        </FormDialog>
      )}
      {e && (
        <FormDialog
          wide
          title={say('records.evidence.editTitle')}
          schema={updateEvidenceInput}
          defaultValues={{ id: e.id, kind: e.kind, date: e.date, summary: e.summary, value: e.value, source: e.source, goalId: e.goalId, milestoneId: e.milestoneId }}
          submitLabel={say('records.evidence.save')}
          onClose={() => setEditing(null)}
          save={async (values) => {
            await update.mutateAsync(values);
            notify('success', say('records.evidence.saved'));
          }}
          extraActions={
            <Button
              variant="ghost"
              className="list-editor-remove"
              onClick={() => remove.mutate({ id: e.id }, { onSuccess: () => (setEditing(null), notify('success', say('records.evidence.deleted'))), onError: (err) => notify('error', errorMessage(err)) })}
            >
              <FormattedMessage id="records.delete" />
            </Button>
          }
        >
          <EvidenceFields menteeId={menteeId} />
        </FormDialog>
      )}
    </Panel>
  );
}

function EvidenceFields({ menteeId }: { menteeId: number }) {
  const { register, formState, control } = useFormContext<z.input<typeof evidenceValues>>();
  const errors = formState.errors;
  const intl = useIntl();
  const say = (id: MessageId) => intl.formatMessage({ id });
  const goalId = useWatch({ control, name: 'goalId' });
  const goalOptions = useGoalOptions(menteeId, say('records.evidence.noGoal'));
  const goal = useVaultQuery('goals.get', { id: goalId ?? 0 }, { enabled: Boolean(goalId) });
  const milestoneOptions = [{ value: '', label: say('records.evidence.noMilestone') }, ...(goal.data?.milestones ?? []).map((m) => ({ value: String(m.id), label: m.title }))];
  return (
    <>
      <div className="form-pair">
        <SelectField label={say('records.evidence.field.kind')} options={evidenceKindOptions()} error={errors.kind?.message} {...register('kind')} />
        <TextField label={say('records.evidence.field.date')} type="date" error={errors.date?.message} {...register('date')} />
      </div>
      <TextAreaField label={say('records.evidence.field.summary')} rows={3} error={errors.summary?.message} {...register('summary')} />
      <div className="form-pair">
        <TextField
          label={say('records.evidence.field.value')}
          type="number"
          step="any"
          error={errors.value?.message}
          {...register('value', { setValueAs: numberOrNull })}
        />
        <TextField label={say('records.evidence.field.source')} placeholder={say('records.evidence.field.sourcePlaceholder')} error={errors.source?.message} {...register('source')} />
      </div>
      <div className="form-pair">
        <IdSelectField name="goalId" label={say('records.evidence.field.goal')} options={goalOptions} />
        <IdSelectField name="milestoneId" label={say('records.evidence.field.milestone')} options={milestoneOptions} disabled={!goalId} />
      </div>
    </>
  );
}
