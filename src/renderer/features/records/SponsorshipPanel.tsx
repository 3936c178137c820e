import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import { localToday } from '../../../shared/dates';
import { createSponsorshipInput, updateSponsorshipInput, type SponsorshipMoment, type sponsorshipValues } from '../../../shared/records/schema';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { Panel, TableBox } from '../../components/Panel';
import { useToast } from '../../components/Toast';
import { formatDate } from '../mentees/format';
import { SPONSORSHIP_KIND_LABELS, SPONSORSHIP_KIND_OPTIONS } from './labels';
import { RECORD_QUERIES } from './stale';
import { ErrorBanner } from '../../components/ErrorBanner';

const column = createColumnHelper<SponsorshipMoment>();
const columns = [
  column.accessor('date', { header: 'Date', meta: { width: 'minmax(8rem, 0.7fr)' }, cell: (i) => formatDate(i.getValue()) }),
  column.accessor('kind', { header: 'Kind', meta: { width: 'minmax(9rem, 0.9fr)', filter: { options: SPONSORSHIP_KIND_OPTIONS } }, cell: (i) => SPONSORSHIP_KIND_LABELS[i.getValue()] }),
  column.accessor('title', { header: 'Moment', enableHiding: false, meta: { width: 'minmax(12rem, 1.6fr)' }, cell: (i) => <strong>{i.getValue()}</strong> }),
  column.accessor('audience', { header: 'Audience', meta: { width: 'minmax(9rem, 1fr)' } }),
  column.accessor('outcome', { header: 'Outcome', meta: { width: 'minmax(12rem, 1.6fr)' } }),
];

type Editing = { mode: 'create' } | { mode: 'edit'; moment: SponsorshipMoment } | null;

/** Presentations, demos, leadership roles, introductions, nominations: when, to whom, with what outcome. */
export function SponsorshipPanel({ menteeId }: { menteeId: number }) {
  const { notify } = useToast();
  const [editing, setEditing] = useState<Editing>(null);
  const list = useVaultQuery('sponsorship.list', { menteeId, limit: 500 });
  const create = useVaultMutation('sponsorship.create', { invalidate: RECORD_QUERIES });
  const update = useVaultMutation('sponsorship.update', { invalidate: RECORD_QUERIES });
  const remove = useVaultMutation('sponsorship.delete', { invalidate: RECORD_QUERIES });
  const rows = list.data?.rows ?? [];
  const m = editing?.mode === 'edit' ? editing.moment : null;
  return (
    <Panel
      title="Sponsorship and visibility"
      intro="Moments where the mentee was seen or vouched for: with the date, the audience and what came of it."
      actions={
        <Button variant="primary" onClick={() => setEditing({ mode: 'create' })}>
          Add a moment
        </Button>
      }
    >
      {list.error && <ErrorBanner error={list.error} />}
      <TableBox rows={rows.length} max={6} filters>
        <DataTable
          label="Sponsorship and visibility moments"
          columns={columns}
          rows={rows}
          getRowId={(r) => String(r.id)}
          onRowOpen={(r) => setEditing({ mode: 'edit', moment: r })}
          loading={list.isLoading}
          initialSorting={[{ id: 'date', desc: true }]}
          filterLabel="Filter moments"
          countLabel={(n) => `${n} ${n === 1 ? 'moment' : 'moments'}`}
          empty={<EmptyState title="No moments yet">A presentation, a demo, an introduction to someone influential, a nomination…</EmptyState>}
        />
      </TableBox>
      {editing?.mode === 'create' && (
        <FormDialog
          title="Add a sponsorship or visibility moment"
          schema={createSponsorshipInput}
          defaultValues={{ menteeId, kind: 'presentation', date: localToday(), title: '', audience: '', outcome: '' }}
          submitLabel="Add moment"
          onClose={() => setEditing(null)}
          save={async (values) => {
            await create.mutateAsync(values);
            notify('success', 'Moment added.');
          }}
        >
          <SponsorshipFields />
        </FormDialog>
      )}
      {m && (
        <FormDialog
          title={`Edit “${m.title}”`}
          schema={updateSponsorshipInput}
          defaultValues={{ id: m.id, kind: m.kind, date: m.date, title: m.title, audience: m.audience, outcome: m.outcome }}
          submitLabel="Save moment"
          onClose={() => setEditing(null)}
          save={async (values) => {
            await update.mutateAsync(values);
            notify('success', 'Moment saved.');
          }}
          extraActions={
            <Button
              variant="ghost"
              className="list-editor-remove"
              onClick={() => remove.mutate({ id: m.id }, { onSuccess: () => (setEditing(null), notify('success', 'Moment deleted.')), onError: (err) => notify('error', errorMessage(err)) })}
            >
              Delete
            </Button>
          }
        >
          <SponsorshipFields />
        </FormDialog>
      )}
    </Panel>
  );
}

function SponsorshipFields() {
  const { register, formState } = useFormContext<z.input<typeof sponsorshipValues>>();
  const errors = formState.errors;
  return (
    <>
      <div className="form-pair">
        <SelectField label="Kind" options={SPONSORSHIP_KIND_OPTIONS} error={errors.kind?.message} {...register('kind')} />
        <TextField label="Date" type="date" error={errors.date?.message} {...register('date')} />
      </div>
      <TextField label="Moment" placeholder="e.g. Demo of the search prototype at the all-hands" error={errors.title?.message} {...register('title')} />
      <TextField label="Audience" error={errors.audience?.message} {...register('audience')} />
      <TextAreaField label="Outcome" rows={3} error={errors.outcome?.message} {...register('outcome')} />
    </>
  );
}
