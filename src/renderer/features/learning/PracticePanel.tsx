import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
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
/** The sessions table's columns in the language of the screens; the debrief column filters on done / waiting. */
const columnsFor = (intl: IntlShape) => [
  column.accessor('date', { header: intl.formatMessage({ id: 'learning.practice.column.date' }), meta: { width: 'minmax(8rem, 0.8fr)' }, cell: (i) => formatDate(i.getValue()) }),
  column.accessor('technique', { header: intl.formatMessage({ id: 'learning.practice.column.technique' }), enableHiding: false, meta: { width: 'minmax(12rem, 2fr)' }, cell: (i) => <strong>{i.getValue()}</strong> }),
  column.accessor((s) => s.goalTitle ?? '', { id: 'goal', header: intl.formatMessage({ id: 'learning.practice.column.goal' }), meta: { width: 'minmax(10rem, 1.5fr)' } }),
  column.accessor((s) => (debriefed(s) ? 'done' : 'waiting'), {
    id: 'debrief',
    header: intl.formatMessage({ id: 'learning.practice.column.debrief' }),
    meta: {
      width: 'minmax(12rem, 1fr)',
      filter: {
        options: [
          { value: 'done', label: intl.formatMessage({ id: 'learning.practice.debriefed' }) },
          { value: 'waiting', label: intl.formatMessage({ id: 'learning.practice.awaiting' }) },
        ],
      },
    },
    cell: (i) => (
      <span className={`debrief-tag debrief-tag-${i.getValue()}`}>
        <FormattedMessage id={i.getValue() === 'done' ? 'learning.practice.debriefed' : 'learning.practice.awaiting'} />
      </span>
    ),
  }),
];

type Editing = { mode: 'create' } | { mode: 'edit'; session: PracticeSession } | null;

/** Practice sessions: a technique applied, then the reflective debrief (attempted, learned, next adjustment). */
export function PracticePanel({ menteeId }: { menteeId: number }) {
  const { notify } = useToast();
  const intl = useIntl();
  const columns = useMemo(() => columnsFor(intl), [intl]);
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
      title={intl.formatMessage({ id: 'learning.practice.title' })}
      intro={intl.formatMessage({ id: 'learning.practice.intro' })}
      actions={
        <Button variant="primary" onClick={() => setEditing({ mode: 'create' })}>
          <FormattedMessage id="learning.practice.log" />
        </Button>
      }
    >
      {list.error && <ErrorBanner error={list.error} />}
      <TableBox rows={rows.length} max={6} filters>
        <DataTable
          label={intl.formatMessage({ id: 'learning.practice.label' })}
          columns={columns}
          rows={rows}
          getRowId={(r) => String(r.id)}
          onRowOpen={(r) => setEditing({ mode: 'edit', session: r })}
          loading={list.isLoading}
          initialSorting={[{ id: 'date', desc: true }]}
          filterLabel={intl.formatMessage({ id: 'learning.practice.filter' })}
          countLabel={(count) => intl.formatMessage({ id: 'learning.practice.count' }, { count })}
          empty={
            <EmptyState title={intl.formatMessage({ id: 'learning.practice.emptyTitle' })}>
              <FormattedMessage id="learning.practice.emptyText" />
            </EmptyState>
          }
        />
      </TableBox>
      {editing?.mode === 'create' && (
        <FormDialog
          wide
          title={intl.formatMessage({ id: 'learning.practice.log' })}
          schema={createPracticeInput}
          defaultValues={{ menteeId, date: localToday(), technique: '', context: '', goalId: null, attempted: '', learned: '', nextAdjustment: '' }}
          submitLabel={intl.formatMessage({ id: 'learning.practice.save' })}
          onClose={() => setEditing(null)}
          save={async (values) => {
            await create.mutateAsync(values);
            notify('success', intl.formatMessage({ id: 'learning.practice.saved' }));
          }}
        >
          <PracticeFields goalOptions={goalOptions} />
        </FormDialog>
      )}
      {s && (
        <FormDialog
          wide
          title={intl.formatMessage({ id: 'learning.practice.debriefTitle' }, { technique: s.technique })}
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
          submitLabel={intl.formatMessage({ id: 'learning.practice.save' })}
          onClose={() => setEditing(null)}
          save={async (values) => {
            await update.mutateAsync(values);
            notify('success', intl.formatMessage({ id: 'learning.practice.saved' }));
          }}
          extraActions={
            <Button
              variant="ghost"
              className="list-editor-remove"
              onClick={() =>
                remove.mutate({ id: s.id }, { onSuccess: () => (setEditing(null), notify('success', intl.formatMessage({ id: 'learning.practice.deleted' }))), onError: (err) => notify('error', errorMessage(err)) })
              }
            >
              <FormattedMessage id="learning.practice.delete" />
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
  const intl = useIntl();
  return (
    <>
      <div className="form-pair">
        <TextField label={intl.formatMessage({ id: 'learning.practice.field.date' })} type="date" error={errors.date?.message} {...register('date')} />
        <IdSelectField name="goalId" label={intl.formatMessage({ id: 'learning.practice.field.goal' })} options={goalOptions} />
      </div>
      <TextField
        label={intl.formatMessage({ id: 'learning.practice.field.technique' })}
        placeholder={intl.formatMessage({ id: 'learning.practice.field.techniquePlaceholder' })} error={errors.technique?.message} {...register('technique')} />
      <TextAreaField label={intl.formatMessage({ id: 'learning.practice.field.context' })} rows={2} error={errors.context?.message} {...register('context')} />
      <fieldset className="list-editor">
        <legend>
          <FormattedMessage id="learning.practice.field.debrief" />
        </legend>
        <TextAreaField label={intl.formatMessage({ id: 'learning.practice.field.attempted' })} rows={2} error={errors.attempted?.message} {...register('attempted')} />
        <TextAreaField label={intl.formatMessage({ id: 'learning.practice.field.learned' })} rows={2} error={errors.learned?.message} {...register('learned')} />
        <TextAreaField label={intl.formatMessage({ id: 'learning.practice.field.next' })} rows={2} error={errors.nextAdjustment?.message} {...register('nextAdjustment')} />
      </fieldset>
    </>
  );
}
