import { createColumnHelper } from '@tanstack/react-table';
import { useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import { supervision, type Supervision } from '../../../shared/mentor/schema';
import { localToday } from '../../../shared/dates';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { formatDate } from '../mentees/format';
import { ALL_ROWS, FORMAT_LABELS, FORMAT_OPTIONS, formatHours, MENTOR_QUERIES } from './labels';
import { RecordsPanel } from './RecordsPanel';

type Values = z.input<typeof supervision.values>;
const column = createColumnHelper<Supervision>();
const columns = [
  column.accessor('date', { header: 'Date', meta: { width: 'minmax(8rem, 0.7fr)' }, cell: (i) => formatDate(i.getValue()) }),
  column.accessor('supervisor', { header: 'Supervisor', enableHiding: false, meta: { width: 'minmax(10rem, 1fr)' }, cell: (i) => <strong>{i.getValue()}</strong> }),
  column.accessor('format', { header: 'Kind', meta: { width: 'minmax(7rem, 0.6fr)', filter: { options: FORMAT_OPTIONS } }, cell: (i) => FORMAT_LABELS[i.getValue()] }),
  column.accessor('hours', { header: 'Hours', meta: { width: 'minmax(5rem, 0.5fr)' }, cell: (i) => formatHours(i.getValue()) }),
  column.accessor('themes', { header: 'Themes', meta: { width: 'minmax(14rem, 2fr)' } }),
];

/** Supervision of the mentor's practice: who, how long, what it was about. */
export default function SupervisionPage() {
  const list = useVaultQuery('mentor.listSupervision', ALL_ROWS);
  const create = useVaultMutation('mentor.createSupervision', { invalidate: MENTOR_QUERIES });
  const update = useVaultMutation('mentor.updateSupervision', { invalidate: MENTOR_QUERIES });
  const remove = useVaultMutation('mentor.deleteSupervision', { invalidate: MENTOR_QUERIES });
  return (
    <RecordsPanel
      title="Supervision"
      intro="Sessions with a supervisor or a peer supervision group, with the themes you brought."
      noun="supervision session"
      plural="supervision sessions"
      rows={list.data?.rows ?? []}
      loading={list.isLoading}
      error={list.error}
      columns={columns}
      initialSorting={[{ id: 'date', desc: true }]}
      createSchema={supervision.values}
      updateSchema={supervision.update}
      blank={{ date: localToday(), supervisor: '', hours: 1, format: 'individual', themes: '' } satisfies Values}
      toValues={({ date, supervisor, hours, format, themes }) => ({ date, supervisor, hours, format, themes })}
      titleOf={(s) => `${s.supervisor}, ${formatDate(s.date)}`}
      create={(v) => create.mutateAsync(v)}
      update={(v) => update.mutateAsync(v)}
      remove={(id) => remove.mutateAsync({ id })}
      fields={<SupervisionFields />}
      empty="Record each supervision session: accreditation bodies ask for its hours and themes."
    />
  );
}

function SupervisionFields() {
  const { register, formState } = useFormContext<Values>();
  const e = formState.errors;
  return (
    <>
      <div className="form-pair">
        <TextField label="Date" type="date" error={e.date?.message} {...register('date')} />
        <TextField label="Hours" type="number" step="0.25" min="0" inputMode="decimal" error={e.hours?.message} {...register('hours', { valueAsNumber: true })} />
      </div>
      <div className="form-pair">
        <TextField label="Supervisor" error={e.supervisor?.message} {...register('supervisor')} />
        <SelectField label="Kind" options={FORMAT_OPTIONS} error={e.format?.message} {...register('format')} />
      </div>
      <TextAreaField label="Themes" rows={4} error={e.themes?.message} {...register('themes')} />
    </>
  );
}
