import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useFormContext } from 'react-hook-form';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import type { z } from 'zod';
import { practiceReflection, type PracticeReflection } from '../../../shared/mentor/schema';
import { localToday } from '../../../shared/dates';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { ConfidentialBadge } from '../../components/ConfidentialBadge';
import { CheckboxField, TextAreaField, TextField } from '../../components/Field';
import { formatDate } from '../mentees/format';
import { ALL_ROWS, MENTOR_QUERIES } from './labels';
import { RecordsPanel, type RecordWords } from './RecordsPanel';

type Values = z.input<typeof practiceReflection.values>;
const column = createColumnHelper<PracticeReflection>();

/** The reflections table's columns in the language of the screens. */
function reflectionColumns(intl: IntlShape) {
  const header = (id: 'date' | 'whatHappened' | 'learned' | 'inRecord') => intl.formatMessage({ id: `mentorRecords.reflections.column.${id}` });
  const yes = intl.formatMessage({ id: 'mentorRecords.yes' });
  const no = intl.formatMessage({ id: 'mentorRecords.no' });
  return [
    column.accessor('date', { header: header('date'), meta: { width: 'minmax(8rem, 0.6fr)' }, cell: (i) => formatDate(i.getValue()) }),
    column.accessor('whatHappened', { header: header('whatHappened'), enableHiding: false, meta: { width: 'minmax(14rem, 1.6fr)' } }),
    column.accessor('learned', { header: header('learned'), meta: { width: 'minmax(14rem, 1.6fr)' } }),
    column.accessor('includeInRecord', {
      header: header('inRecord'),
      meta: { width: 'minmax(7rem, 0.6fr)', filter: { options: [{ value: 'true', label: yes }, { value: 'false', label: no }] } },
      cell: (i) => (i.getValue() ? yes : no),
    }),
  ];
}

const WORDS: RecordWords = {
  add: 'mentorRecords.reflections.add',
  count: 'mentorRecords.reflections.count',
  filter: 'mentorRecords.reflections.filter',
  emptyTitle: 'mentorRecords.reflections.emptyTitle',
  added: 'mentorRecords.reflections.added',
  saved: 'mentorRecords.reflections.saved',
  deleted: 'mentorRecords.reflections.deleted',
};

/** Reflective practice: private like notes; only the lessons marked go into the development record. */
export default function ReflectionsPage() {
  const intl = useIntl();
  const columns = useMemo(() => reflectionColumns(intl), [intl]);
  const list = useVaultQuery('mentor.listReflections', ALL_ROWS);
  const create = useVaultMutation('mentor.createReflection', { invalidate: MENTOR_QUERIES });
  const update = useVaultMutation('mentor.updateReflection', { invalidate: MENTOR_QUERIES });
  const remove = useVaultMutation('mentor.deleteReflection', { invalidate: MENTOR_QUERIES });
  return (
    <>
      <p className="practice-private">
        <ConfidentialBadge label={intl.formatMessage({ id: 'mentorRecords.reflections.private' })} /> <FormattedMessage id="mentorRecords.reflections.privateText" />
      </p>
      <RecordsPanel
        title={intl.formatMessage({ id: 'mentorRecords.reflections.title' })}
        intro={intl.formatMessage({ id: 'mentorRecords.reflections.intro' })}
        words={WORDS}
        rows={list.data?.rows ?? []}
        loading={list.isLoading}
        error={list.error}
        columns={columns}
        initialSorting={[{ id: 'date', desc: true }]}
        createSchema={practiceReflection.values}
        updateSchema={practiceReflection.update}
        blank={{ date: localToday(), whatHappened: '', learned: '', doDifferently: '', includeInRecord: false } satisfies Values}
        toValues={({ date, whatHappened, learned, doDifferently, includeInRecord }) => ({ date, whatHappened, learned, doDifferently, includeInRecord })}
        titleOf={(r) => intl.formatMessage({ id: 'mentorRecords.reflections.recordTitle' }, { date: formatDate(r.date) })}
        create={(v) => create.mutateAsync(v)}
        update={(v) => update.mutateAsync(v)}
        remove={(id) => remove.mutateAsync({ id })}
        fields={<ReflectionFields />}
        empty={intl.formatMessage({ id: 'mentorRecords.reflections.empty' })}
        wide
      />
    </>
  );
}

function ReflectionFields() {
  const intl = useIntl();
  const label = (id: 'date' | 'whatHappened' | 'learned' | 'doDifferently' | 'includeInRecord') => intl.formatMessage({ id: `mentorRecords.reflections.field.${id}` });
  const { register, formState } = useFormContext<Values>();
  const e = formState.errors;
  return (
    <>
      <TextField label={label('date')} type="date" error={e.date?.message} {...register('date')} />
      <TextAreaField label={label('whatHappened')} rows={4} error={e.whatHappened?.message} {...register('whatHappened')} />
      <TextAreaField label={label('learned')} rows={3} error={e.learned?.message} {...register('learned')} />
      <TextAreaField label={label('doDifferently')} rows={3} error={e.doDifferently?.message} {...register('doDifferently')} />
      <CheckboxField label={label('includeInRecord')} {...register('includeInRecord')} />
    </>
  );
}
