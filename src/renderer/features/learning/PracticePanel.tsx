import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import { localToday } from '../../../shared/dates';
import { createPracticeInput, updatePracticeInput, type PracticeSession, type practiceValues } from '../../../shared/learning/schema';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { TextAreaField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { IdSelectField } from '../../components/IdSelectField';
import { Panel, TableBox } from '../../components/Panel';
import { useToast } from '../../components/Toast';
import { useGoalOptions } from '../goals/useGoalOptions';
import { formatDate } from '../mentees/format';
import { LEARNING_QUERIES } from './stale';
import { ErrorBanner } from '../../components/ErrorBanner';
import './learning.css';

const debriefed = (s: Pick<PracticeSession, 'attempted' | 'learned' | 'nextAdjustment'>) =>
  [s.attempted, s.learned, s.nextAdjustment].some((t) => t.trim() !== '');

const column = createColumnHelper<PracticeSession>();
const columns = [
  column.accessor('date', { header: 'Date', meta: { width: 'minmax(8rem, 0.8fr)' }, cell: (i) => formatDate(i.getValue()) }),
  column.accessor('technique', { header: 'Technique', enableHiding: false, meta: { width: 'minmax(12rem, 2fr)' }, cell: (i) => <strong>{i.getValue()}</strong> }),
  column.accessor((s) => s.goalTitle ?? '', { id: 'goal', header: 'Goal', meta: { width: 'minmax(10rem, 1.5fr)' } }),
  column.accessor((s) => (debriefed(s) ? 'Debriefed' : 'Awaiting debrief'), {
    id: 'debrief',
    header: 'Debrief',
    meta: {
      width: 'minmax(9rem, 1fr)',
      filter: {
        options: [
          { value: 'Debriefed', label: 'Debriefed' },
          { value: 'Awaiting debrief', label: 'Awaiting debrief' },
        ],
      },
    },
    cell: (i) => <span className={`debrief-tag ${i.getValue() === 'Debriefed' ? 'debrief-tag-done' : 'debrief-tag-waiting'}`}>{i.getValue()}</span>,
  }),
];

type Editing = { mode: 'create' } | { mode: 'edit'; session: PracticeSession } | null;

/** Practice sessions: a technique applied, then the reflective debrief (attempted, learned, next adjustment). */
export function PracticePanel({ menteeId }: { menteeId: number }) {
  const { notify } = useToast();
  const [editing, setEditing] = useState<Editing>(null);
  const list = useVaultQuery('practice.list', { menteeId, limit: 500 });
  const goalOptions = useGoalOptions(menteeId);
  const create = useVaultMutation('practice.create', { invalidate: LEARNING_QUERIES });
  const update = useVaultMutation('practice.update', { invalidate: LEARNING_QUERIES });
  const remove = useVaultMutation('practice.delete', { invalidate: LEARNING_QUERIES });
  const rows = list.data?.rows ?? [];
  const s = editing?.mode === 'edit' ? editing.session : null;

  return (
    <Panel
      title="Practice sessions"
      intro="The mentee applies a technique for real, then debriefs it: what was attempted, what was learned, what to adjust next."
      actions={
        <Button variant="primary" onClick={() => setEditing({ mode: 'create' })}>
          Log a practice session
        </Button>
      }
    >
      {list.error && <ErrorBanner error={list.error} />}
      <TableBox rows={rows.length} max={6} filters>
        <DataTable
          label="Practice sessions"
          columns={columns}
          rows={rows}
          getRowId={(r) => String(r.id)}
          onRowOpen={(r) => setEditing({ mode: 'edit', session: r })}
          loading={list.isLoading}
          initialSorting={[{ id: 'date', desc: true }]}
          filterLabel="Filter sessions"
          countLabel={(n) => `${n} ${n === 1 ? 'session' : 'sessions'}`}
          empty={<EmptyState title="No practice sessions yet">Log one when the mentee tries a technique, then write its debrief.</EmptyState>}
        />
      </TableBox>
      {editing?.mode === 'create' && (
        <FormDialog
          wide
          title="Log a practice session"
          schema={createPracticeInput}
          defaultValues={{ menteeId, date: localToday(), technique: '', context: '', goalId: null, attempted: '', learned: '', nextAdjustment: '' }}
          submitLabel="Save session"
          onClose={() => setEditing(null)}
          save={async (values) => {
            await create.mutateAsync(values);
            notify('success', 'Practice session saved.');
          }}
        >
          <PracticeFields goalOptions={goalOptions} />
        </FormDialog>
      )}
      {s && (
        <FormDialog
          wide
          title={`Debrief: ${s.technique}`}
          schema={updatePracticeInput}
          defaultValues={{
            id: s.id,
            date: s.date,
            technique: s.technique,
            context: s.context,
            goalId: s.goalId,
            attempted: s.attempted,
            learned: s.learned,
            nextAdjustment: s.nextAdjustment,
          }}
          submitLabel="Save session"
          onClose={() => setEditing(null)}
          save={async (values) => {
            await update.mutateAsync(values);
            notify('success', 'Practice session saved.');
          }}
          extraActions={
            <Button
              variant="ghost"
              className="list-editor-remove"
              onClick={() =>
                remove.mutate({ id: s.id }, { onSuccess: () => (setEditing(null), notify('success', 'Session deleted.')), onError: (err) => notify('error', errorMessage(err)) })
              }
            >
              Delete
            </Button>
          }
        >
          <PracticeFields goalOptions={goalOptions} />
        </FormDialog>
      )}
    </Panel>
  );
}

function PracticeFields({ goalOptions }: { goalOptions: { value: string; label: string }[] }) {
  const { register, formState } = useFormContext<z.input<typeof practiceValues>>();
  const errors = formState.errors;
  return (
    <>
      <div className="form-pair">
        <TextField label="Date" type="date" error={errors.date?.message} {...register('date')} />
        <IdSelectField name="goalId" label="Goal" options={goalOptions} />
      </div>
      <TextField label="Technique" placeholder="e.g. Pre-wiring a decision with key stakeholders" error={errors.technique?.message} {...register('technique')} />
      <TextAreaField label="Context" rows={2} error={errors.context?.message} {...register('context')} />
      <fieldset className="list-editor">
        <legend>Reflective debrief</legend>
        <TextAreaField label="What was attempted" rows={2} error={errors.attempted?.message} {...register('attempted')} />
        <TextAreaField label="What was learned" rows={2} error={errors.learned?.message} {...register('learned')} />
        <TextAreaField label="Next adjustment" rows={2} error={errors.nextAdjustment?.message} {...register('nextAdjustment')} />
      </fieldset>
    </>
  );
}
