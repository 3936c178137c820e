import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useFormContext, type Control } from 'react-hook-form';
import { useIntl, type IntlShape } from 'react-intl';
import type { z } from 'zod';
import { training, type Training } from '../../../shared/mentor/schema';
import { localToday } from '../../../shared/dates';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { TextListField } from '../../components/TextListField';
import { formatDate } from '../mentees/format';
import { ALL_ROWS, MENTOR_QUERIES } from './labels';
import { formatRecordHours, trainingKindLabel, trainingKindOptions } from './records-labels';
import { RecordsPanel, type RecordWords } from './RecordsPanel';

type Values = z.input<typeof training.values>;
const column = createColumnHelper<Training>();

/** The training table's columns in the language of the screens. */
function trainingColumns(intl: IntlShape) {
  const header = (id: 'date' | 'title' | 'kind' | 'provider' | 'hours' | 'competencies') => intl.formatMessage({ id: `mentorRecords.training.column.${id}` });
  return [
    column.accessor('date', { header: header('date'), meta: { width: 'minmax(8rem, 0.7fr)' }, cell: (i) => formatDate(i.getValue()) }),
    column.accessor('title', { header: header('title'), enableHiding: false, meta: { width: 'minmax(12rem, 1.8fr)' }, cell: (i) => <strong>{i.getValue()}</strong> }),
    column.accessor('kind', { header: header('kind'), meta: { width: 'minmax(8rem, 0.8fr)', filter: { options: trainingKindOptions() } }, cell: (i) => trainingKindLabel(i.getValue()) }),
    column.accessor('provider', { header: header('provider'), meta: { width: 'minmax(9rem, 1fr)' } }),
    column.accessor('hours', { header: header('hours'), meta: { width: 'minmax(8rem, 0.6fr)' }, cell: (i) => formatRecordHours(i.getValue()) }),
    column.accessor((t) => t.competencies.join(', '), { id: 'competencies', header: header('competencies'), meta: { width: 'minmax(12rem, 1.6fr)' } }),
  ];
}

const WORDS: RecordWords = {
  add: 'mentorRecords.training.add',
  count: 'mentorRecords.training.count',
  filter: 'mentorRecords.training.filter',
  emptyTitle: 'mentorRecords.training.emptyTitle',
  added: 'mentorRecords.training.added',
  saved: 'mentorRecords.training.saved',
  deleted: 'mentorRecords.training.deleted',
};

/** Courses, workshops and certificates: the training hours a credential asks for. */
export default function TrainingPage() {
  const intl = useIntl();
  const columns = useMemo(() => trainingColumns(intl), [intl]);
  const list = useVaultQuery('mentor.listTraining', ALL_ROWS);
  const create = useVaultMutation('mentor.createTraining', { invalidate: MENTOR_QUERIES });
  const update = useVaultMutation('mentor.updateTraining', { invalidate: MENTOR_QUERIES });
  const remove = useVaultMutation('mentor.deleteTraining', { invalidate: MENTOR_QUERIES });
  return (
    <RecordsPanel
      title={intl.formatMessage({ id: 'mentorRecords.training.title' })}
      intro={intl.formatMessage({ id: 'mentorRecords.training.intro' })}
      words={WORDS}
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
      empty={intl.formatMessage({ id: 'mentorRecords.training.empty' })}
      wide
    />
  );
}

function TrainingFields() {
  const intl = useIntl();
  const label = (id: 'title' | 'kind' | 'provider' | 'date' | 'hours' | 'competencies' | 'competency' | 'notes') => intl.formatMessage({ id: `mentorRecords.training.field.${id}` });
  const { register, control, formState } = useFormContext<Values>();
  const e = formState.errors;
  return (
    <>
      <TextField label={label('title')} error={e.title?.message} {...register('title')} />
      <div className="form-pair">
        <SelectField label={label('kind')} options={trainingKindOptions()} error={e.kind?.message} {...register('kind')} />
        <TextField label={label('provider')} error={e.provider?.message} {...register('provider')} />
      </div>
      <div className="form-pair">
        <TextField label={label('date')} type="date" error={e.date?.message} {...register('date')} />
        <TextField label={label('hours')} type="number" step="0.25" min="0" inputMode="decimal" error={e.hours?.message} {...register('hours', { valueAsNumber: true })} />
      </div>
      <TextListField control={control as unknown as Control<Values>} name="competencies" legend={label('competencies')} itemLabel={label('competency')} />
      <TextAreaField label={label('notes')} rows={3} error={e.notes?.message} {...register('notes')} />
    </>
  );
}
