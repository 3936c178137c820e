import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useFormContext } from 'react-hook-form';
import { useIntl, type IntlShape } from 'react-intl';
import type { z } from 'zod';
import { supervision, type Supervision } from '../../../shared/mentor/schema';
import { localToday } from '../../../shared/dates';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { formatDate } from '../mentees/format';
import { ALL_ROWS, MENTOR_QUERIES } from './labels';
import { formatRecordHours, sessionFormatLabel, sessionFormatOptions } from './records-labels';
import { RecordsPanel, type RecordWords } from './RecordsPanel';

type Values = z.input<typeof supervision.values>;
const column = createColumnHelper<Supervision>();

/** The supervision table's columns in the language of the screens. */
function supervisionColumns(intl: IntlShape) {
  const header = (id: 'date' | 'supervisor' | 'format' | 'hours' | 'themes') => intl.formatMessage({ id: `mentorRecords.supervision.column.${id}` });
  return [
    column.accessor('date', { header: header('date'), meta: { width: 'minmax(8rem, 0.7fr)' }, cell: (i) => formatDate(i.getValue()) }),
    column.accessor('supervisor', { header: header('supervisor'), enableHiding: false, meta: { width: 'minmax(10rem, 1fr)' }, cell: (i) => <strong>{i.getValue()}</strong> }),
    column.accessor('format', { header: header('format'), meta: { width: 'minmax(7rem, 0.6fr)', filter: { options: sessionFormatOptions() } }, cell: (i) => sessionFormatLabel(i.getValue()) }),
    column.accessor('hours', { header: header('hours'), meta: { width: 'minmax(8rem, 0.6fr)' }, cell: (i) => formatRecordHours(i.getValue()) }),
    column.accessor('themes', { header: header('themes'), meta: { width: 'minmax(14rem, 2fr)' } }),
  ];
}

const WORDS: RecordWords = {
  add: 'mentorRecords.supervision.add',
  count: 'mentorRecords.supervision.count',
  filter: 'mentorRecords.supervision.filter',
  emptyTitle: 'mentorRecords.supervision.emptyTitle',
  added: 'mentorRecords.supervision.added',
  saved: 'mentorRecords.supervision.saved',
  deleted: 'mentorRecords.supervision.deleted',
};

/** Supervision of the mentor's practice: who, how long, what it was about. */
export default function SupervisionPage() {
  const intl = useIntl();
  const columns = useMemo(() => supervisionColumns(intl), [intl]);
  const list = useVaultQuery('mentor.listSupervision', ALL_ROWS);
  const create = useVaultMutation('mentor.createSupervision', { invalidate: MENTOR_QUERIES });
  const update = useVaultMutation('mentor.updateSupervision', { invalidate: MENTOR_QUERIES });
  const remove = useVaultMutation('mentor.deleteSupervision', { invalidate: MENTOR_QUERIES });
  return (
    <RecordsPanel
      title={intl.formatMessage({ id: 'mentorRecords.supervision.title' })}
      intro={intl.formatMessage({ id: 'mentorRecords.supervision.intro' })}
      words={WORDS}
      rows={list.data?.rows ?? []}
      loading={list.isLoading}
      error={list.error}
      columns={columns}
      initialSorting={[{ id: 'date', desc: true }]}
      createSchema={supervision.values}
      updateSchema={supervision.update}
      blank={{ date: localToday(), supervisor: '', hours: 1, format: 'individual', themes: '' } satisfies Values}
      toValues={({ date, supervisor, hours, format, themes }) => ({ date, supervisor, hours, format, themes })}
      titleOf={(s) => intl.formatMessage({ id: 'mentorRecords.supervision.recordTitle' }, { supervisor: s.supervisor, date: formatDate(s.date) })}
      create={(v) => create.mutateAsync(v)}
      update={(v) => update.mutateAsync(v)}
      remove={(id) => remove.mutateAsync({ id })}
      fields={<SupervisionFields />}
      empty={intl.formatMessage({ id: 'mentorRecords.supervision.empty' })}
    />
  );
}

function SupervisionFields() {
  const intl = useIntl();
  const label = (id: 'date' | 'hours' | 'supervisor' | 'format' | 'themes') => intl.formatMessage({ id: `mentorRecords.supervision.field.${id}` });
  const { register, formState } = useFormContext<Values>();
  const e = formState.errors;
  return (
    <>
      <div className="form-pair">
        <TextField label={label('date')} type="date" error={e.date?.message} {...register('date')} />
        <TextField label={label('hours')} type="number" step="0.25" min="0" inputMode="decimal" error={e.hours?.message} {...register('hours', { valueAsNumber: true })} />
      </div>
      <div className="form-pair">
        <TextField label={label('supervisor')} error={e.supervisor?.message} {...register('supervisor')} />
        <SelectField label={label('format')} options={sessionFormatOptions()} error={e.format?.message} {...register('format')} />
      </div>
      <TextAreaField label={label('themes')} rows={4} error={e.themes?.message} {...register('themes')} />
    </>
  );
}
