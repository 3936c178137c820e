import { createColumnHelper } from '@tanstack/react-table';
import { useFormContext, type Control } from 'react-hook-form';
import type { z } from 'zod';
import { training, type Training } from '../../../shared/mentor/schema';
import { localToday } from '../../../shared/dates';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { TextListField } from '../../components/TextListField';
import { formatDate } from '../mentees/format';
import { ALL_ROWS, formatHours, MENTOR_QUERIES, TRAINING_KIND_LABELS, TRAINING_KIND_OPTIONS } from './labels';
import { RecordsPanel } from './RecordsPanel';

type Values = z.input<typeof training.values>;
const column = createColumnHelper<Training>();
const columns = [
  column.accessor('date', { header: 'Date', meta: { width: 'minmax(8rem, 0.7fr)' }, cell: (i) => formatDate(i.getValue()) }),
  column.accessor('title', { header: 'Training', enableHiding: false, meta: { width: 'minmax(12rem, 1.8fr)' }, cell: (i) => <strong>{i.getValue()}</strong> }),
  column.accessor('kind', { header: 'Kind', meta: { width: 'minmax(8rem, 0.8fr)', filter: { options: TRAINING_KIND_OPTIONS } }, cell: (i) => TRAINING_KIND_LABELS[i.getValue()] }),
  column.accessor('provider', { header: 'Provider', meta: { width: 'minmax(9rem, 1fr)' } }),
  column.accessor('hours', { header: 'Hours', meta: { width: 'minmax(5rem, 0.5fr)' }, cell: (i) => formatHours(i.getValue()) }),
  column.accessor((t) => t.competencies.join(', '), { id: 'competencies', header: 'Competencies', meta: { width: 'minmax(12rem, 1.6fr)' } }),
];

/** Courses, workshops and certificates: the training hours a credential asks for. */
export default function TrainingPage() {
  const list = useVaultQuery('mentor.listTraining', ALL_ROWS);
  const create = useVaultMutation('mentor.createTraining', { invalidate: MENTOR_QUERIES });
  const update = useVaultMutation('mentor.updateTraining', { invalidate: MENTOR_QUERIES });
  const remove = useVaultMutation('mentor.deleteTraining', { invalidate: MENTOR_QUERIES });
  return (
    <RecordsPanel
      title="Training and certification"
      intro="Courses, workshops, conferences and certificates, with their hours and the competencies they covered."
      noun="training"
      plural="trainings"
      rows={list.data?.rows ?? []}
      loading={list.isLoading}
      error={list.error}
      columns={columns}
      initialSorting={[{ id: 'date', desc: true }]}
      createSchema={training.values}
      updateSchema={training.update}
      blank={{ kind: 'course', title: '', provider: '', date: localToday(), hours: 1, competencies: [], notes: '' } satisfies Values}
      toValues={({ kind, title, provider, date, hours, competencies, notes }) => ({ kind, title, provider, date, hours, competencies, notes })}
      titleOf={(t) => t.title}
      create={(v) => create.mutateAsync(v)}
      update={(v) => update.mutateAsync(v)}
      remove={(id) => remove.mutateAsync({ id })}
      fields={<TrainingFields />}
      empty="A course, a workshop, a conference day or a certificate: each adds to your training hours."
      wide
    />
  );
}

function TrainingFields() {
  const { register, control, formState } = useFormContext<Values>();
  const e = formState.errors;
  return (
    <>
      <TextField label="Title" error={e.title?.message} {...register('title')} />
      <div className="form-pair">
        <SelectField label="Kind" options={TRAINING_KIND_OPTIONS} error={e.kind?.message} {...register('kind')} />
        <TextField label="Provider" error={e.provider?.message} {...register('provider')} />
      </div>
      <div className="form-pair">
        <TextField label="Date" type="date" error={e.date?.message} {...register('date')} />
        <TextField label="Hours" type="number" step="0.25" min="0" inputMode="decimal" error={e.hours?.message} {...register('hours', { valueAsNumber: true })} />
      </div>
      <TextListField control={control as unknown as Control<Values>} name="competencies" legend="Competencies covered" itemLabel="Competency" />
      <TextAreaField label="Notes" rows={3} error={e.notes?.message} {...register('notes')} />
    </>
  );
}
