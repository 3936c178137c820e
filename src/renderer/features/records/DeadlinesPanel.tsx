import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import { localToday } from '../../../shared/dates';
import type { MessageId } from '../../../shared/i18n/catalogue';
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
import { NO_VALUE } from '../../i18n/symbols';
import { formatDate } from '../mentees/format';
import { RECORD_QUERIES } from './stale';
import { ErrorBanner } from '../../components/ErrorBanner';

type Editing = { mode: 'create' } | { mode: 'edit'; deadline: Deadline } | null;

/** Deadlines the mentee set themselves: a done box on each row, overdue ones marked. */
export function DeadlinesPanel({ menteeId }: { menteeId: number }) {
  const { notify } = useToast();
  const intl = useIntl();
  const say = (id: MessageId) => intl.formatMessage({ id });
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
      header: say('records.deadlines.column.done'),
      meta: {
        // Wide enough for the German “Erledigt” in one piece.
        width: 'minmax(7rem, 0.5fr)',
        filter: {
          options: [
            { value: 'open', label: say('records.deadlines.state.open') },
            { value: 'done', label: say('records.deadlines.state.done') },
          ],
        },
      },
      cell: (i) => {
        const r = i.row.original;
        return (
          <label className="done-toggle" onClick={(e) => e.stopPropagation()}>
            <input
              type="checkbox"
              checked={r.doneOn !== null}
              onChange={(e) => setDone.mutate({ id: r.id, doneOn: e.target.checked ? localToday() : null })}
            />
            <span className="visually-hidden">{intl.formatMessage({ id: 'records.deadlines.doneFor' }, { title: r.title })}</span>
          </label>
        );
      },
    }),
    column.accessor('title', {
      header: say('records.deadlines.column.title'),
      enableHiding: false,
      meta: { width: 'minmax(12rem, 2fr)' },
      cell: (i) => (
        <span>
          <span className={i.row.original.doneOn ? 'is-done-text' : undefined}>{i.getValue()}</span>
          {i.row.original.overdue && <span className="overdue-tag">
              <FormattedMessage id="records.deadlines.overdue" />
            </span>}
        </span>
      ),
    }),
    column.accessor('dueDate', { header: say('records.deadlines.column.due'), meta: { width: 'minmax(8rem, 0.8fr)' }, cell: (i) => formatDate(i.getValue()) }),
    column.accessor('doneOn', { header: say('records.deadlines.column.doneOn'), meta: { width: 'minmax(8rem, 0.8fr)' }, cell: (i) => formatDate(i.getValue()) || NO_VALUE }),
    column.accessor((r) => r.goalTitle ?? '', { id: 'goal', header: say('records.deadlines.column.goal'), meta: { width: 'minmax(10rem, 1.4fr)' } }),
  ];

  return (
    <Panel
      title={say('records.deadlines.title')}
      intro={say('records.deadlines.intro')}
      headingLevel={3}
      actions={
        <Button variant="primary" onClick={() => setEditing({ mode: 'create' })}>
          <FormattedMessage id="records.deadlines.add" />
        </Button>
      }
    >
      {list.error && <ErrorBanner error={list.error} />}
      <TableBox rows={rows.length} max={6} filters>
        <DataTable
          label={say('records.deadlines.label')}
          columns={columns}
          rows={rows}
          getRowId={(r) => String(r.id)}
          onRowOpen={(r) => setEditing({ mode: 'edit', deadline: r })}
          loading={list.isLoading}
          initialSorting={[{ id: 'dueDate', desc: false }]}
          filterLabel={say('records.deadlines.filter')}
          countLabel={(count) => intl.formatMessage({ id: 'records.deadlines.count' }, { count })}
          empty={
            <EmptyState title={say('records.deadlines.emptyTitle')}>
              <FormattedMessage id="records.deadlines.empty" />
            </EmptyState>
          }
        />
      </TableBox>
      {editing?.mode === 'create' && (
        <FormDialog
          title={say('records.deadlines.createTitle')}
          schema={createDeadlineInput}
          defaultValues={{ menteeId, title: '', dueDate: '', doneOn: null, goalId: null }}
          submitLabel={say('records.deadlines.submit')}
          onClose={() => setEditing(null)}
          save={async (values) => {
            await create.mutateAsync(values);
            notify('success', say('records.deadlines.added'));
          }}
        >
          <DeadlineFields goalOptions={goalOptions} />
        </FormDialog>
      )}
      {d && (
        <FormDialog
          title={intl.formatMessage({ id: 'records.deadlines.editTitle' }, { title: d.title })}
          schema={updateDeadlineInput}
          defaultValues={{ id: d.id, title: d.title, dueDate: d.dueDate, doneOn: d.doneOn, goalId: d.goalId }}
          submitLabel={say('records.deadlines.save')}
          onClose={() => setEditing(null)}
          save={async (values) => {
            await update.mutateAsync(values);
            notify('success', say('records.deadlines.saved'));
          }}
          extraActions={
            <Button
              variant="ghost"
              className="list-editor-remove"
              onClick={() => remove.mutate({ id: d.id }, { onSuccess: () => (setEditing(null), notify('success', say('records.deadlines.deleted'))), onError: (err) => notify('error', errorMessage(err)) })}
            >
              <FormattedMessage id="records.delete" />
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
  const intl = useIntl();
  const say = (id: MessageId) => intl.formatMessage({ id });
  return (
    <>
      <TextField label={say('records.deadlines.field.title')} error={errors.title?.message} {...register('title')} />
      <div className="form-pair">
        <TextField label={say('records.deadlines.field.dueDate')} type="date" error={errors.dueDate?.message} {...register('dueDate')} />
        <TextField
          label={say('records.deadlines.field.doneOn')}
          type="date"
          hint={say('records.deadlines.field.doneOnHint')}
          error={errors.doneOn?.message}
          {...register('doneOn', { setValueAs: dateOrNull })}
        />
      </div>
      <IdSelectField name="goalId" label={say('records.deadlines.field.goal')} options={goalOptions} />
    </>
  );
}
