import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { localToday } from '../../../shared/dates';
import { createDecisionInput, type Decision } from '../../../shared/records/schema';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable/DataTable';
import { Dialog, DialogActions } from '../../components/Dialog';
import { EmptyState } from '../../components/EmptyState';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { IdSelectField } from '../../components/IdSelectField';
import { Panel, TableBox } from '../../components/Panel';
import { useToast } from '../../components/Toast';
import { formatDate } from '../mentees/format';
import { ENTITY_KIND_LABELS, ENTITY_KIND_OPTIONS } from './labels';
import { RECORD_QUERIES } from './stale';
import { useEntityOptions } from './useEntityOptions';
import { ErrorBanner } from '../../components/ErrorBanner';
import './records.css';

const column = createColumnHelper<Decision>();
const columns = [
  column.accessor('date', { header: 'Date', meta: { width: 'minmax(8rem, 0.7fr)' }, cell: (i) => formatDate(i.getValue()) }),
  column.accessor('decision', { header: 'Decision', enableHiding: false, meta: { width: 'minmax(12rem, 1.6fr)' }, cell: (i) => <strong>{i.getValue()}</strong> }),
  column.accessor('rationale', { header: 'Rationale', meta: { width: 'minmax(12rem, 1.6fr)' } }),
  column.accessor('changed', { header: 'What it changed', meta: { width: 'minmax(12rem, 1.4fr)' } }),
];

/** The decision log: added, never edited or deleted (a correction is a new decision referring to the old one). */
export function DecisionsPanel({ menteeId }: { menteeId: number }) {
  const { notify } = useToast();
  const [adding, setAdding] = useState(false);
  const [viewing, setViewing] = useState<Decision | null>(null);
  const list = useVaultQuery('decisions.list', { menteeId, limit: 500 });
  const create = useVaultMutation('decisions.create', { invalidate: RECORD_QUERIES });
  const rows = list.data?.rows ?? [];
  return (
    <Panel
      title="Decision log"
      intro="Each decision about the plan with its rationale, so the plan stays coherent when workloads or people shift. Decisions are kept as written: a correction is a new decision."
      actions={
        <Button variant="primary" onClick={() => setAdding(true)}>
          Record a decision
        </Button>
      }
    >
      {list.error && <ErrorBanner error={list.error} />}
      <TableBox rows={rows.length} max={6}>
        <DataTable
          label="Decisions"
          columns={columns}
          rows={rows}
          getRowId={(d) => String(d.id)}
          onRowOpen={setViewing}
          loading={list.isLoading}
          initialSorting={[{ id: 'date', desc: true }]}
          filterLabel="Filter decisions"
          countLabel={(n) => `${n} ${n === 1 ? 'decision' : 'decisions'}`}
          empty={<EmptyState title="No decisions yet">Record what you decided about the plan, why, and what it changed.</EmptyState>}
        />
      </TableBox>
      {adding && (
        <FormDialog
          wide
          title="Record a decision"
          description={<p className="append-only-note">Once recorded, a decision is not edited or deleted.</p>}
          schema={createDecisionInput}
          defaultValues={{ menteeId, date: localToday(), decision: '', rationale: '', changed: '', entityKind: null, entityId: null }}
          submitLabel="Record decision"
          onClose={() => setAdding(false)}
          save={async (values) => {
            await create.mutateAsync(values);
            notify('success', 'Decision recorded.');
          }}
        >
          <DecisionFields menteeId={menteeId} />
        </FormDialog>
      )}
      <Dialog open={viewing !== null} onClose={() => setViewing(null)} title={viewing ? `Decision of ${formatDate(viewing.date)}` : ''}>
        {viewing && (
          <>
            <dl className="record-view">
              <dt>Decision</dt>
              <dd>{viewing.decision}</dd>
              <dt>Rationale</dt>
              <dd>{viewing.rationale}</dd>
              <dt>What it changed</dt>
              <dd>{viewing.changed || '—'}</dd>
              <dt>Refers to</dt>
              <dd>{viewing.entityKind ? ENTITY_KIND_LABELS[viewing.entityKind] : '—'}</dd>
            </dl>
            <DialogActions>
              <Button onClick={() => setViewing(null)}>Close</Button>
            </DialogActions>
          </>
        )}
      </Dialog>
    </Panel>
  );
}

function DecisionFields({ menteeId }: { menteeId: number }) {
  const { register, formState, control } = useFormContext<z.input<typeof createDecisionInput>>();
  const errors = formState.errors;
  const kind = useWatch({ control, name: 'entityKind' });
  const items = useEntityOptions(menteeId, kind);
  return (
    <>
      <TextField label="Date" type="date" className="narrow-field" error={errors.date?.message} {...register('date')} />
      <TextField label="Decision" error={errors.decision?.message} {...register('decision')} />
      <TextAreaField label="Rationale" rows={3} error={errors.rationale?.message} {...register('rationale')} />
      <TextAreaField label="What it changed" rows={2} error={errors.changed?.message} {...register('changed')} />
      <div className="form-pair">
        <SelectField
          label="It changed (optional)"
          options={ENTITY_KIND_OPTIONS}
          error={errors.entityKind?.message}
          {...register('entityKind', { setValueAs: (v: string | null) => (v ? v : null) })}
        />
        <IdSelectField name="entityId" label="Which one" options={items} disabled={!kind} />
      </div>
    </>
  );
}
