import { createColumnHelper } from '@tanstack/react-table';
import { useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import { practiceReflection, type PracticeReflection } from '../../../shared/mentor/schema';
import { localToday } from '../../../shared/dates';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { ConfidentialBadge } from '../../components/ConfidentialBadge';
import { CheckboxField, TextAreaField, TextField } from '../../components/Field';
import { formatDate } from '../mentees/format';
import { ALL_ROWS, MENTOR_QUERIES } from './labels';
import { RecordsPanel } from './RecordsPanel';

type Values = z.input<typeof practiceReflection.values>;
const column = createColumnHelper<PracticeReflection>();
const columns = [
  column.accessor('date', { header: 'Date', meta: { width: 'minmax(8rem, 0.6fr)' }, cell: (i) => formatDate(i.getValue()) }),
  column.accessor('whatHappened', { header: 'What happened', enableHiding: false, meta: { width: 'minmax(14rem, 1.6fr)' } }),
  column.accessor('learned', { header: 'What I learned', meta: { width: 'minmax(14rem, 1.6fr)' } }),
  column.accessor('includeInRecord', {
    header: 'In the record',
    meta: { width: 'minmax(7rem, 0.6fr)', filter: { options: [{ value: 'true', label: 'Yes' }, { value: 'false', label: 'No' }] } },
    cell: (i) => (i.getValue() ? 'Yes' : 'No'),
  }),
];

/** Reflective practice: private like notes; only the lessons marked go into the development record. */
export default function ReflectionsPage() {
  const list = useVaultQuery('mentor.listReflections', ALL_ROWS);
  const create = useVaultMutation('mentor.createReflection', { invalidate: MENTOR_QUERIES });
  const update = useVaultMutation('mentor.updateReflection', { invalidate: MENTOR_QUERIES });
  const remove = useVaultMutation('mentor.deleteReflection', { invalidate: MENTOR_QUERIES });
  return (
    <>
      <p className="practice-private">
        <ConfidentialBadge label="Private" /> Reflections stay in the vault. The development record shows only what you learned and will do differently, and only for the
        reflections you mark.
      </p>
      <RecordsPanel
        title="Reflective log"
        intro="What happened, what you learned, what you will do differently."
        noun="reflection"
        plural="reflections"
        rows={list.data?.rows ?? []}
        loading={list.isLoading}
        error={list.error}
        columns={columns}
        initialSorting={[{ id: 'date', desc: true }]}
        createSchema={practiceReflection.values}
        updateSchema={practiceReflection.update}
        blank={{ date: localToday(), whatHappened: '', learned: '', doDifferently: '', includeInRecord: false } satisfies Values}
        toValues={({ date, whatHappened, learned, doDifferently, includeInRecord }) => ({ date, whatHappened, learned, doDifferently, includeInRecord })}
        titleOf={(r) => `Reflection of ${formatDate(r.date)}`}
        create={(v) => create.mutateAsync(v)}
        update={(v) => update.mutateAsync(v)}
        remove={(id) => remove.mutateAsync({ id })}
        fields={<ReflectionFields />}
        empty="After a session that surprised you, write what happened and what you take from it."
        wide
      />
    </>
  );
}

function ReflectionFields() {
  const { register, formState } = useFormContext<Values>();
  const e = formState.errors;
  return (
    <>
      <TextField label="Date" type="date" error={e.date?.message} {...register('date')} />
      <TextAreaField label="What happened" rows={4} error={e.whatHappened?.message} {...register('whatHappened')} />
      <TextAreaField label="What I learned" rows={3} error={e.learned?.message} {...register('learned')} />
      <TextAreaField label="What I will do differently" rows={3} error={e.doDifferently?.message} {...register('doDifferently')} />
      <CheckboxField label="Include what I learned in the development record" {...register('includeInRecord')} />
    </>
  );
}
