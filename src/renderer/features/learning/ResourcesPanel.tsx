import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
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
import { RESOURCE_KIND_LABELS, RESOURCE_KIND_OPTIONS, RESOURCE_STATUS_LABELS, RESOURCE_STATUS_OPTIONS } from './labels';
import { LEARNING_QUERIES } from './stale';
import { ErrorBanner } from '../../components/ErrorBanner';

const column = createColumnHelper<Resource>();
const columns = [
  column.accessor('title', { header: 'Title', enableHiding: false, meta: { width: 'minmax(12rem, 2fr)' }, cell: (i) => <strong>{i.getValue()}</strong> }),
  column.accessor('kind', { header: 'Kind', meta: { width: 'minmax(8rem, 1fr)', filter: { options: RESOURCE_KIND_OPTIONS } }, cell: (i) => RESOURCE_KIND_LABELS[i.getValue()] }),
  column.accessor('status', { header: 'Status', meta: { width: 'minmax(7rem, 0.8fr)', filter: { options: RESOURCE_STATUS_OPTIONS } }, cell: (i) => RESOURCE_STATUS_LABELS[i.getValue()] }),
  column.accessor((r) => r.goalTitle ?? '', { id: 'goal', header: 'Goal served', meta: { width: 'minmax(10rem, 1.5fr)' } }),
  column.accessor('link', { header: 'Link or reference', meta: { width: 'minmax(10rem, 1.5fr)' }, cell: (i) => <span className="mono">{i.getValue()}</span> }),
];

type Editing = { mode: 'create' } | { mode: 'edit'; resource: Resource } | null;

/** Courses, books, articles, assignments and shadowing, each with the goal it serves and its status. */
export function ResourcesPanel({ menteeId }: { menteeId: number }) {
  const { notify } = useToast();
  const [editing, setEditing] = useState<Editing>(null);
  const list = useVaultQuery('resources.list', { menteeId, limit: 500 });
  const goalOptions = useGoalOptions(menteeId);
  const create = useVaultMutation('resources.create', { invalidate: LEARNING_QUERIES });
  const update = useVaultMutation('resources.update', { invalidate: LEARNING_QUERIES });
  const remove = useVaultMutation('resources.delete', { invalidate: LEARNING_QUERIES });
  const rows = list.data?.rows ?? [];

  return (
    <Panel
      title="Resources"
      intro="What the mentee reads, takes or does to learn, linked to the goal it serves."
      actions={
        <Button variant="primary" onClick={() => setEditing({ mode: 'create' })}>
          Add resource
        </Button>
      }
    >
      {list.error && <ErrorBanner error={list.error} />}
      <TableBox rows={rows.length} max={6} filters>
        <DataTable
          label="Resources"
          columns={columns}
          rows={rows}
          getRowId={(r) => String(r.id)}
          onRowOpen={(r) => setEditing({ mode: 'edit', resource: r })}
          loading={list.isLoading}
          filterLabel="Filter resources"
          countLabel={(n) => `${n} ${n === 1 ? 'resource' : 'resources'}`}
          empty={<EmptyState title="No resources yet">Add a course, book, article, assignment or a shadowing session.</EmptyState>}
        />
      </TableBox>
      {editing?.mode === 'create' && (
        <FormDialog
          title="Add a resource"
          schema={createResourceInput}
          defaultValues={{ menteeId, kind: 'course', title: '', link: '', goalId: null, status: 'planned', notes: '' }}
          submitLabel="Add resource"
          onClose={() => setEditing(null)}
          save={async (values) => {
            await create.mutateAsync(values);
            notify('success', 'Resource added.');
          }}
        >
          <ResourceFields goalOptions={goalOptions} />
        </FormDialog>
      )}
      {editing?.mode === 'edit' && (
        <FormDialog
          title={`Edit “${editing.resource.title}”`}
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
          submitLabel="Save resource"
          onClose={() => setEditing(null)}
          save={async (values) => {
            await update.mutateAsync(values);
            notify('success', 'Resource saved.');
          }}
          extraActions={
            <Button
              variant="ghost"
              className="list-editor-remove"
              onClick={() =>
                remove.mutate(
                  { id: editing.resource.id },
                  { onSuccess: () => (setEditing(null), notify('success', 'Resource deleted.')), onError: (err) => notify('error', errorMessage(err)) },
                )
              }
            >
              Delete
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
  return (
    <>
      <div className="form-pair">
        <SelectField label="Kind" options={RESOURCE_KIND_OPTIONS} error={errors.kind?.message} {...register('kind')} />
        <SelectField label="Status" options={RESOURCE_STATUS_OPTIONS} error={errors.status?.message} {...register('status')} />
      </div>
      <TextField label="Title" error={errors.title?.message} {...register('title')} />
      <TextField label="Link or reference" hint="A web address, an ISBN, or where to find it." error={errors.link?.message} {...register('link')} />
      <IdSelectField name="goalId" label="Goal served" options={goalOptions} />
      <TextAreaField label="Notes" rows={3} error={errors.notes?.message} {...register('notes')} />
    </>
  );
}
