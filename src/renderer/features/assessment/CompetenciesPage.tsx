import { schemaResolver } from '../../components/schema-resolver';
import { createColumnHelper } from '@tanstack/react-table';
import { useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import type { z } from 'zod';
import { createCompetencyInput, updateCompetencyInput, type Competency } from '../../../shared/assessment/schema';
import { errorMessage } from '../../bridge/client';
import { applyServerIssues } from '../../bridge/form-errors';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable/DataTable';
import { Dialog, DialogActions } from '../../components/Dialog';
import { TextField } from '../../components/Field';
import { Panel, TableBox } from '../../components/Panel';
import { useToast } from '../../components/Toast';
import { ErrorBanner } from '../../components/ErrorBanner';
import './assessment.css';
import { FormSchemaProvider } from '../../components/field-limits';
import { PageHeader } from '../../components/PageHeader';

const QUERIES = ['competencies.', 'assessments.', 'dashboard.'] as const;
type CreateInput = z.input<typeof createCompetencyInput>;
type CreateValues = z.output<typeof createCompetencyInput>;
type UpdateInput = z.input<typeof updateCompetencyInput>;
type UpdateValues = z.output<typeof updateCompetencyInput>;

/** The competencies mentees are rated on: add, rename, reorder, archive (kept for history) or delete (never used). */
export default function CompetenciesPage() {
  const intl = useIntl();
  const { notify } = useToast();
  const archivedId = useId();
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Competency | null>(null);
  const list = useVaultQuery('competencies.list', { includeArchived: true });
  const onError = (err: unknown) => notify('error', errorMessage(err));
  const archive = useVaultMutation('competencies.archive', { invalidate: QUERIES, onError });
  const reorder = useVaultMutation('competencies.reorder', { invalidate: QUERIES, onError });
  const remove = useVaultMutation('competencies.delete', { invalidate: QUERIES, onError, onSuccess: () => notify('success', intl.formatMessage({ id: 'assessment.competencies.deleted' })) });
  const all = useMemo(() => list.data ?? [], [list.data]);
  const rows = showArchived ? all : all.filter((c) => !c.archived);

  const move = (c: Competency, by: -1 | 1) => {
    const ids = all.map((x) => x.id);
    const from = ids.indexOf(c.id);
    // Step over hidden (archived) neighbours so the move is visible.
    let to = from + by;
    while (!showArchived && all[to]?.archived) to += by;
    if (to < 0 || to >= ids.length) return;
    ids.splice(from, 1);
    ids.splice(to, 0, c.id);
    reorder.mutate({ ids });
  };

  const column = createColumnHelper<Competency>();
  // Widths hold the German headers and action buttons ("Bewertungen", "Wiederherstellen") whole.
  const columns = [
    column.accessor('position', { header: intl.formatMessage({ id: 'assessment.competencies.order' }), meta: { width: '4.5rem' }, cell: (i) => i.getValue() + 1 }),
    column.accessor('name', {
      header: intl.formatMessage({ id: 'assessment.competencies.name' }),
      enableHiding: false,
      meta: { width: 'minmax(9rem, 1.5fr)' },
      cell: (i) => (
        <strong>
          {i.getValue()}
          {i.row.original.archived && <span className="muted"> {intl.formatMessage({ id: 'assessment.competencies.archived' })}</span>}
        </strong>
      ),
    }),
    column.accessor('description', { header: intl.formatMessage({ id: 'assessment.competencies.description' }), meta: { width: 'minmax(10rem, 2fr)' } }),
    column.accessor('ratingCount', { header: intl.formatMessage({ id: 'assessment.competencies.ratings' }), meta: { width: '9.5rem' } }),
    column.display({
      id: 'actions',
      header: intl.formatMessage({ id: 'assessment.competencies.actions' }),
      enableHiding: false,
      meta: { width: '25.5rem' },
      cell: (i) => {
        const c = i.row.original;
        return (
          <span className="competency-actions">
            <Button size="small" variant="ghost" aria-label={intl.formatMessage({ id: 'assessment.competencies.moveUp' }, { name: c.name })} onClick={() => move(c, -1)}>
              {intl.formatMessage({ id: 'assessment.competencies.up' })}
            </Button>
            <Button size="small" variant="ghost" aria-label={intl.formatMessage({ id: 'assessment.competencies.moveDown' }, { name: c.name })} onClick={() => move(c, 1)}>
              {intl.formatMessage({ id: 'assessment.competencies.down' })}
            </Button>
            <Button size="small" aria-label={intl.formatMessage({ id: 'assessment.competencies.editName' }, { name: c.name })} onClick={() => setEditing(c)}>
              {intl.formatMessage({ id: 'assessment.competencies.edit' })}
            </Button>
            <Button size="small" aria-label={intl.formatMessage({ id: 'assessment.competencies.archiveName' }, { name: c.name, archived: c.archived ? 'yes' : 'no' })} onClick={() => archive.mutate({ id: c.id, archived: !c.archived })}>
              {intl.formatMessage({ id: c.archived ? 'assessment.competencies.restore' : 'assessment.competencies.archive' })}
            </Button>
            {c.ratingCount === 0 && (
              <Button size="small" variant="ghost" className="list-editor-remove" aria-label={intl.formatMessage({ id: 'assessment.competencies.deleteName' }, { name: c.name })} onClick={() => remove.mutate({ id: c.id })}>
                {intl.formatMessage({ id: 'assessment.competencies.delete' })}
              </Button>
            )}
          </span>
        );
      },
    }),
  ];

  return (
    <div className="page">
      <PageHeader
        title={intl.formatMessage({ id: 'assessment.competencies.title' })}
        intro={intl.formatMessage({ id: 'assessment.competencies.intro' })}
      />
      <Panel title={intl.formatMessage({ id: 'assessment.competencies.add' })}>
        <AddCompetency />
      </Panel>
      <Panel title={intl.formatMessage({ id: 'assessment.competencies.list' })} intro={intl.formatMessage({ id: 'assessment.competencies.listIntro' })}>
        {list.error && <ErrorBanner error={list.error} />}
        <TableBox rows={rows.length} max={12}>
          <DataTable
            label={intl.formatMessage({ id: 'assessment.competencies.label' })}
            columns={columns}
            rows={rows}
            getRowId={(c) => String(c.id)}
            loading={list.isLoading}
            filterLabel={intl.formatMessage({ id: 'assessment.competencies.filter' })}
            countLabel={(n) => intl.formatMessage({ id: 'assessment.competencies.count' }, { count: n })}
            toolbar={
              <div className="checkbox-field">
                <input id={archivedId} type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
                <label htmlFor={archivedId}>{intl.formatMessage({ id: 'assessment.competencies.showArchived' })}</label>
              </div>
            }
          />
        </TableBox>
      </Panel>
      {editing && <EditCompetency competency={editing} onClose={() => setEditing(null)} />}
    </div>
  );
}

function AddCompetency() {
  const intl = useIntl();
  const { notify } = useToast();
  const create = useVaultMutation('competencies.create', { invalidate: QUERIES });
  const form = useForm<CreateInput, unknown, CreateValues>({ resolver: schemaResolver(createCompetencyInput), defaultValues: { name: '', description: '' } });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await create.mutateAsync(values);
      notify('success', intl.formatMessage({ id: 'assessment.competencies.added' }, { name: values.name }));
      form.reset({ name: '', description: '' });
    } catch (err) {
      if (!applyServerIssues(err, form.setError)) form.setError('name', { type: 'server', message: errorMessage(err) });
    }
  });
  return (
    <FormSchemaProvider schema={createCompetencyInput}>
    <form className="inline-add" onSubmit={onSubmit} noValidate aria-label={intl.formatMessage({ id: 'assessment.competencies.add' })}>
      <TextField label={intl.formatMessage({ id: 'assessment.competencies.nameField' })} error={errors.name?.message} {...form.register('name')} />
      <TextField label={intl.formatMessage({ id: 'assessment.competencies.description' })} error={errors.description?.message} {...form.register('description')} />
      <Button type="submit" busy={form.formState.isSubmitting}>
        {intl.formatMessage({ id: 'assessment.competencies.addButton' })}
      </Button>
    </form>
    </FormSchemaProvider>
  );
}

function EditCompetency({ competency, onClose }: { competency: Competency; onClose(): void }) {
  const intl = useIntl();
  const { notify } = useToast();
  const update = useVaultMutation('competencies.update', { invalidate: QUERIES });
  const form = useForm<UpdateInput, unknown, UpdateValues>({
    resolver: schemaResolver(updateCompetencyInput),
    defaultValues: { id: competency.id, name: competency.name, description: competency.description },
  });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await update.mutateAsync(values);
      notify('success', intl.formatMessage({ id: 'assessment.competencies.saved' }));
      onClose();
    } catch (err) {
      if (!applyServerIssues(err, form.setError)) form.setError('name', { type: 'server', message: errorMessage(err) });
    }
  });
  return (
    <Dialog open onClose={onClose} title={intl.formatMessage({ id: 'assessment.competencies.editTitle' }, { name: competency.name })} description={<p>{intl.formatMessage({ id: 'assessment.competencies.editText' })}</p>}>
      <FormSchemaProvider schema={updateCompetencyInput}>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <TextField label={intl.formatMessage({ id: 'assessment.competencies.nameField' })} error={errors.name?.message} {...form.register('name')} />
        <TextField label={intl.formatMessage({ id: 'assessment.competencies.description' })} error={errors.description?.message} {...form.register('description')} />
        <DialogActions>
          <Button onClick={onClose}>{intl.formatMessage({ id: 'assessment.competencies.cancel' })}</Button>
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
            {intl.formatMessage({ id: 'assessment.competencies.save' })}
          </Button>
        </DialogActions>
      </form>
      </FormSchemaProvider>
    </Dialog>
  );
}
