import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import { createResourceInput, updateResourceInput, type Resource, type resourceValues } from '../../../shared/learning/schema';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { IdSelectField } from '../../components/IdSelectField';
import { Panel, TableBox } from '../../components/Panel';
import { useToast } from '../../components/Toast';
import { useGoalOptions } from '../goals/useGoalOptions';
import { resourceKindLabel, resourceKindOptions, resourceStatusLabel, resourceStatusOptions } from './labels';
import { LEARNING_QUERIES } from './stale';
import { ErrorBanner } from '../../components/ErrorBanner';

const column = createColumnHelper<Resource>();
/** The resources table's columns in the language of the screens. */
const columnsFor = (intl: IntlShape) => [
  column.accessor('title', { header: intl.formatMessage({ id: 'learning.resources.column.title' }), enableHiding: false, meta: { width: 'minmax(12rem, 2fr)' }, cell: (i) => <strong>{i.getValue()}</strong> }),
  column.accessor('kind', {
    header: intl.formatMessage({ id: 'learning.resources.column.kind' }),
    meta: { width: 'minmax(8rem, 1fr)', filter: { options: resourceKindOptions() } },
    cell: (i) => resourceKindLabel(i.getValue()),
  }),
  column.accessor('status', {
    header: intl.formatMessage({ id: 'learning.resources.column.status' }),
    meta: { width: 'minmax(7rem, 0.8fr)', filter: { options: resourceStatusOptions() } },
    cell: (i) => resourceStatusLabel(i.getValue()),
  }),
  column.accessor((r) => r.goalTitle ?? '', { id: 'goal', header: intl.formatMessage({ id: 'learning.resources.column.goal' }), meta: { width: 'minmax(10rem, 1.5fr)' } }),
  column.accessor('link', { header: intl.formatMessage({ id: 'learning.resources.column.link' }), meta: { width: 'minmax(10rem, 1.5fr)' }, cell: (i) => <span className="mono">{i.getValue()}</span> }),
];

type Editing = { mode: 'create' } | { mode: 'edit'; resource: Resource } | null;

/** Courses, books, articles, assignments and shadowing, each with the goal it serves and its status. */
export function ResourcesPanel({ menteeId }: { menteeId: number }) {
  const { notify } = useToast();
  const intl = useIntl();
  const columns = useMemo(() => columnsFor(intl), [intl]);
  const [editing, setEditing] = useState<Editing>(null);
  const list = useVaultQuery('resources.list', { menteeId, limit: 500 });
  const goalOptions = useGoalOptions(menteeId);
  const create = useVaultMutation('resources.create', { invalidate: LEARNING_QUERIES });
  const update = useVaultMutation('resources.update', { invalidate: LEARNING_QUERIES });
  const remove = useVaultMutation('resources.delete', { invalidate: LEARNING_QUERIES });
  const rows = list.data?.rows ?? [];

  return (
    <Panel
      title={intl.formatMessage({ id: 'learning.resources.title' })}
      intro={intl.formatMessage({ id: 'learning.resources.intro' })}
      actions={
        <Button variant="primary" onClick={() => setEditing({ mode: 'create' })}>
          <FormattedMessage id="learning.resources.add" />
        </Button>
      }
    >
      {list.error && <ErrorBanner error={list.error} />}
      <TableBox rows={rows.length} max={6} filters>
        <DataTable
          label={intl.formatMessage({ id: 'learning.resources.label' })}
          columns={columns}
          rows={rows}
          getRowId={(r) => String(r.id)}
          onRowOpen={(r) => setEditing({ mode: 'edit', resource: r })}
          loading={list.isLoading}
          filterLabel={intl.formatMessage({ id: 'learning.resources.filter' })}
          countLabel={(count) => intl.formatMessage({ id: 'learning.resources.count' }, { count })}
          empty={
            <EmptyState title={intl.formatMessage({ id: 'learning.resources.emptyTitle' })}>
              <FormattedMessage id="learning.resources.emptyText" />
            </EmptyState>
          }
        />
      </TableBox>
      {editing?.mode === 'create' && (
        <FormDialog
          title={intl.formatMessage({ id: 'learning.resources.addTitle' })}
          schema={createResourceInput}
          defaultValues={{ menteeId, kind: 'course', title: '', link: '', goalId: null, status: 'planned', notes: '' }}
          submitLabel={intl.formatMessage({ id: 'learning.resources.add' })}
          onClose={() => setEditing(null)}
          save={async (values) => {
            await create.mutateAsync(values);
            notify('success', intl.formatMessage({ id: 'learning.resources.added' }));
          }}
        >
          <ResourceFields goalOptions={goalOptions} />
        </FormDialog>
      )}
      {editing?.mode === 'edit' && (
        <FormDialog
          title={intl.formatMessage({ id: 'learning.resources.editTitle' }, { title: editing.resource.title })}
          schema={updateResourceInput}
          defaultValues={{
            id: editing.resource.id,
            kind: editing.resource.kind,
            title: editing.resource.title,
            link: editing.resource.link,
            goalId: editing.resource.goalId,
            status: editing.resource.status,
            notes: editing.resource.notes,
          }}
          submitLabel={intl.formatMessage({ id: 'learning.resources.save' })}
          onClose={() => setEditing(null)}
          save={async (values) => {
            await update.mutateAsync(values);
            notify('success', intl.formatMessage({ id: 'learning.resources.saved' }));
          }}
          extraActions={
            <Button
              variant="ghost"
              className="list-editor-remove"
              onClick={() =>
                remove.mutate(
                  { id: editing.resource.id },
                  { onSuccess: () => (setEditing(null), notify('success', intl.formatMessage({ id: 'learning.resources.deleted' }))), onError: (err) => notify('error', errorMessage(err)) },
                )
              }
            >
              <FormattedMessage id="learning.resources.delete" />
            </Button>
          }
        >
          <ResourceFields goalOptions={goalOptions} />
        </FormDialog>
      )}
    </Panel>
  );
}

function ResourceFields({ goalOptions }: { goalOptions: { value: string; label: string }[] }) {
  const { register, formState } = useFormContext<z.input<typeof resourceValues>>();
  const errors = formState.errors;
  const intl = useIntl();
  return (
    <>
      <div className="form-pair">
        <SelectField label={intl.formatMessage({ id: 'learning.resources.field.kind' })} options={resourceKindOptions()} error={errors.kind?.message} {...register('kind')} />
        <SelectField label={intl.formatMessage({ id: 'learning.resources.field.status' })} options={resourceStatusOptions()} error={errors.status?.message} {...register('status')} />
      </div>
      <TextField label={intl.formatMessage({ id: 'learning.resources.field.title' })} error={errors.title?.message} {...register('title')} />
      <TextField
        label={intl.formatMessage({ id: 'learning.resources.field.link' })}
        hint={intl.formatMessage({ id: 'learning.resources.field.linkHint' })} error={errors.link?.message} {...register('link')} />
      <IdSelectField name="goalId" label={intl.formatMessage({ id: 'learning.resources.field.goal' })} options={goalOptions} />
      <TextAreaField label={intl.formatMessage({ id: 'learning.resources.field.notes' })} rows={3} error={errors.notes?.message} {...register('notes')} />
    </>
  );
}
