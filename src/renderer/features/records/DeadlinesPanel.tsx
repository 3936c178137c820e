import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import { localToday } from '../../../shared/dates';
import { createDeadlineInput, updateDeadlineInput, type Deadline, type deadlineValues } from '../../../shared/records/schema';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { dateOrNull } from '../../components/form-values';
import { IdSelectField } from '../../components/IdSelectField';
import { Panel, TableBox } from '../../components/Panel';
import { useToast } from '../../components/Toast';
import { useGoalOptions } from '../goals/useGoalOptions';
import { formatDate } from '../mentees/format';
import { RECORD_QUERIES } from './stale';
import { ErrorBanner } from '../../components/ErrorBanner';

type Editing = { mode: 'create' } | { mode: 'edit'; deadline: Deadline } | null;

/** Deadlines the mentee set themselves: a done box on each row, overdue ones marked. */
export function DeadlinesPanel({ menteeId }: { menteeId: number }) {
  const { notify } = useToast();
  const [editing, setEditing] = useState<Editing>(null);
  const list = useVaultQuery('deadlines.list', { menteeId, limit: 500 });
  const goalOptions = useGoalOptions(menteeId);
  const create = useVaultMutation('deadlines.create', { invalidate: RECORD_QUERIES });
  const update = useVaultMutation('deadlines.update', { invalidate: RECORD_QUERIES });
  const setDone = useVaultMutation('deadlines.setDone', { invalidate: RECORD_QUERIES, onError: (err) => notify('error', errorMessage(err)) });
  const remove = useVaultMutation('deadlines.delete', { invalidate: RECORD_QUERIES });
  const rows = list.data?.rows ?? [];
  const d = editing?.mode === 'edit' ? editing.deadline : null;

  const column = createColumnHelper<Deadline>();
  const columns = [
    column.accessor((r) => (r.doneOn ? 'done' : 'open'), {
      id: 'done',
      header: 'Done',
      meta: { width: 'minmax(6rem, 0.5fr)', filter: { options: [{ value: 'open', label: 'Open' }, { value: 'done', label: 'Done' }] } },
      cell: (i) => {
        const r = i.row.original;
        return (
          <label className="done-toggle" onClick={(e) => e.stopPropagation()}>
            <input
              type="checkbox"
              checked={r.doneOn !== null}
              onChange={(e) => setDone.mutate({ id: r.id, doneOn: e.target.checked ? localToday() : null })}
            />
            <span className="visually-hidden">Done: {r.title}</span>
          </label>
        );
      },
    }),
    column.accessor('title', {
      header: 'Deadline',
      enableHiding: false,
      meta: { width: 'minmax(12rem, 2fr)' },
      cell: (i) => (
        <span>
          <span className={i.row.original.doneOn ? 'is-done-text' : undefined}>{i.getValue()}</span>
          {i.row.original.overdue && <span className="overdue-tag">Overdue</span>}
        </span>
      ),
    }),
    column.accessor('dueDate', { header: 'Due', meta: { width: 'minmax(8rem, 0.8fr)' }, cell: (i) => formatDate(i.getValue()) }),
    column.accessor('doneOn', { header: 'Done on', meta: { width: 'minmax(8rem, 0.8fr)' }, cell: (i) => formatDate(i.getValue()) || '—' }),
    column.accessor((r) => r.goalTitle ?? '', { id: 'goal', header: 'Goal', meta: { width: 'minmax(10rem, 1.4fr)' } }),
  ];

  return (
    <Panel
      title="Personal deadlines"
      intro="Deadlines the mentee set for themselves. Tick one when it is done; overdue ones are marked."
      headingLevel={3}
      actions={
        <Button variant="primary" onClick={() => setEditing({ mode: 'create' })}>
          Add a deadline
        </Button>
      }
    >
      {list.error && <ErrorBanner error={list.error} />}
      <TableBox rows={rows.length} max={6} filters>
        <DataTable
          label="Personal deadlines"
          columns={columns}
          rows={rows}
          getRowId={(r) => String(r.id)}
          onRowOpen={(r) => setEditing({ mode: 'edit', deadline: r })}
          loading={list.isLoading}
          initialSorting={[{ id: 'dueDate', desc: false }]}
          filterLabel="Filter deadlines"
          countLabel={(n) => `${n} ${n === 1 ? 'deadline' : 'deadlines'}`}
          empty={<EmptyState title="No deadlines yet">The mentee’s own commitments, with a date.</EmptyState>}
        />
      </TableBox>
      {editing?.mode === 'create' && (
        <FormDialog
          title="Add a personal deadline"
          schema={createDeadlineInput}
          defaultValues={{ menteeId, title: '', dueDate: '', doneOn: null, goalId: null }}
          submitLabel="Add deadline"
          onClose={() => setEditing(null)}
          save={async (values) => {
            await create.mutateAsync(values);
            notify('success', 'Deadline added.');
          }}
        >
          <DeadlineFields goalOptions={goalOptions} />
        </FormDialog>
      )}
      {d && (
        <FormDialog
          title={`Edit “${d.title}”`}
          schema={updateDeadlineInput}
          defaultValues={{ id: d.id, title: d.title, dueDate: d.dueDate, doneOn: d.doneOn, goalId: d.goalId }}
          submitLabel="Save deadline"
          onClose={() => setEditing(null)}
          save={async (values) => {
            await update.mutateAsync(values);
            notify('success', 'Deadline saved.');
          }}
          extraActions={
            <Button
              variant="ghost"
              className="list-editor-remove"
              onClick={() => remove.mutate({ id: d.id }, { onSuccess: () => (setEditing(null), notify('success', 'Deadline deleted.')), onError: (err) => notify('error', errorMessage(err)) })}
            >
              Delete
            </Button>
          }
        >
          <DeadlineFields goalOptions={goalOptions} />
        </FormDialog>
      )}
    </Panel>
  );
}

function DeadlineFields({ goalOptions }: { goalOptions: { value: string; label: string }[] }) {
  const { register, formState } = useFormContext<z.input<typeof deadlineValues>>();
  const errors = formState.errors;
  return (
    <>
      <TextField label="Deadline" error={errors.title?.message} {...register('title')} />
      <div className="form-pair">
        <TextField label="Due date" type="date" error={errors.dueDate?.message} {...register('dueDate')} />
        <TextField label="Done on" type="date" hint="Empty while open." error={errors.doneOn?.message} {...register('doneOn', { setValueAs: dateOrNull })} />
      </div>
      <IdSelectField name="goalId" label="Goal" options={goalOptions} />
    </>
  );
}
