import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { localToday } from '../../../shared/dates';
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
import { EVIDENCE_KIND_LABELS, EVIDENCE_KIND_OPTIONS } from './labels';
import { RECORD_QUERIES } from './stale';
import { ErrorBanner } from '../../components/ErrorBanner';

const column = createColumnHelper<Evidence>();
const columns = [
  column.accessor('date', { header: 'Date', meta: { width: 'minmax(8rem, 0.7fr)' }, cell: (i) => formatDate(i.getValue()) }),
  column.accessor('kind', { header: 'Kind', meta: { width: 'minmax(9rem, 0.9fr)', filter: { options: EVIDENCE_KIND_OPTIONS } }, cell: (i) => EVIDENCE_KIND_LABELS[i.getValue()] }),
  column.accessor('summary', { header: 'Summary', enableHiding: false, meta: { width: 'minmax(14rem, 2fr)' } }),
  column.accessor('value', { header: 'Value', meta: { width: 'minmax(5rem, 0.5fr)' }, cell: (i) => formatValue(i.getValue()) }),
  column.accessor((e) => [e.goalTitle, e.milestoneTitle].filter(Boolean).join(' › '), { id: 'supports', header: 'Supports', meta: { width: 'minmax(12rem, 1.5fr)' } }),
  column.accessor('source', { header: 'Source', meta: { width: 'minmax(8rem, 0.9fr)' } }),
];

type Editing = { mode: 'create' } | { mode: 'edit'; evidence: Evidence } | null;

/** Peer feedback, 360 results, project outcomes, performance reviews: each with a value and what it supports. */
export function EvidencePanel({ menteeId }: { menteeId: number }) {
  const { notify } = useToast();
  const [editing, setEditing] = useState<Editing>(null);
  const list = useVaultQuery('evidence.list', { menteeId, limit: 500 });
  const create = useVaultMutation('evidence.create', { invalidate: RECORD_QUERIES });
  const update = useVaultMutation('evidence.update', { invalidate: RECORD_QUERIES });
  const remove = useVaultMutation('evidence.delete', { invalidate: RECORD_QUERIES });
  const rows = list.data?.rows ?? [];
  const e = editing?.mode === 'edit' ? editing.evidence : null;
  return (
    <Panel
      title="Evidence and metrics"
      intro="What shows progress, tagged with the goal or milestone (indicator) it supports."
      actions={
        <Button variant="primary" onClick={() => setEditing({ mode: 'create' })}>
          Add evidence
        </Button>
      }
    >
      {list.error && <ErrorBanner error={list.error} />}
      <TableBox rows={rows.length} max={6} filters>
        <DataTable
          label="Evidence and metrics"
          columns={columns}
          rows={rows}
          getRowId={(r) => String(r.id)}
          onRowOpen={(r) => setEditing({ mode: 'edit', evidence: r })}
          loading={list.isLoading}
          initialSorting={[{ id: 'date', desc: true }]}
          filterLabel="Filter evidence"
          countLabel={(n) => `${n} ${n === 1 ? 'record' : 'records'}`}
          empty={<EmptyState title="No evidence yet">Peer feedback, a 360 result, a project outcome, a performance review…</EmptyState>}
        />
      </TableBox>
      {editing?.mode === 'create' && (
        <FormDialog
          wide
          title="Add evidence"
          schema={createEvidenceInput}
          defaultValues={{ menteeId, kind: 'peer-feedback', date: localToday(), summary: '', value: null, source: '', goalId: null, milestoneId: null }}
          submitLabel="Add evidence"
          onClose={() => setEditing(null)}
          save={async (values) => {
            await create.mutateAsync(values);
            notify('success', 'Evidence added.');
          }}
        >
          <EvidenceFields menteeId={menteeId} />
        </FormDialog>
      )}
      {e && (
        <FormDialog
          wide
          title="Edit evidence"
          schema={updateEvidenceInput}
          defaultValues={{ id: e.id, kind: e.kind, date: e.date, summary: e.summary, value: e.value, source: e.source, goalId: e.goalId, milestoneId: e.milestoneId }}
          submitLabel="Save evidence"
          onClose={() => setEditing(null)}
          save={async (values) => {
            await update.mutateAsync(values);
            notify('success', 'Evidence saved.');
          }}
          extraActions={
            <Button
              variant="ghost"
              className="list-editor-remove"
              onClick={() => remove.mutate({ id: e.id }, { onSuccess: () => (setEditing(null), notify('success', 'Evidence deleted.')), onError: (err) => notify('error', errorMessage(err)) })}
            >
              Delete
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
  const goalId = useWatch({ control, name: 'goalId' });
  const goalOptions = useGoalOptions(menteeId, 'No particular goal');
  const goal = useVaultQuery('goals.get', { id: goalId ?? 0 }, { enabled: Boolean(goalId) });
  const milestoneOptions = [{ value: '', label: 'No particular milestone' }, ...(goal.data?.milestones ?? []).map((m) => ({ value: String(m.id), label: m.title }))];
  return (
    <>
      <div className="form-pair">
        <SelectField label="Kind" options={EVIDENCE_KIND_OPTIONS} error={errors.kind?.message} {...register('kind')} />
        <TextField label="Date" type="date" error={errors.date?.message} {...register('date')} />
      </div>
      <TextAreaField label="Summary" rows={3} error={errors.summary?.message} {...register('summary')} />
      <div className="form-pair">
        <TextField label="Value (a score or a number, if any)" type="number" step="any" error={errors.value?.message} {...register('value', { setValueAs: numberOrNull })} />
        <TextField label="Source" placeholder="e.g. Q3 360 survey" error={errors.source?.message} {...register('source')} />
      </div>
      <div className="form-pair">
        <IdSelectField name="goalId" label="Goal it supports" options={goalOptions} />
        <IdSelectField name="milestoneId" label="Milestone (indicator) it supports" options={milestoneOptions} disabled={!goalId} />
      </div>
    </>
  );
}
