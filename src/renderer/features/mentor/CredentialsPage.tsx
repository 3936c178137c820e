import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useFormContext } from 'react-hook-form';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import type { z } from 'zod';
import { credential, mentorGoal, threshold, type Credential, type MentorGoal, type Threshold } from '../../../shared/mentor/schema';
import { plusDays, localToday } from '../../../shared/dates';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { goalStatusLabel, goalStatusOptions } from '../goals/labels';
import { formatDate } from '../mentees/format';
import { ALL_ROWS, MENTOR_QUERIES } from './labels';
import { formatRecordHours, formatRecordNumber } from './records-labels';
import { RecordsPanel, type RecordWords } from './RecordsPanel';

/** The credentials held, the requirements of those sought, and the mentor's own SMART goals. */
export default function CredentialsPage() {
  return (
    <div className="stack">
      <CredentialsPanel />
      <ThresholdsPanel />
      <GoalsPanel />
    </div>
  );
}

// ---- Credentials --------------------------------------------------------------------------

type CredentialInput = z.input<typeof credential.values>;
const credentialColumn = createColumnHelper<Credential>();
function credentialColumns(intl: IntlShape) {
  const header = (id: 'credential' | 'number' | 'awarded' | 'renewal') => intl.formatMessage({ id: `mentorRecords.credentials.column.${id}` });
  return [
    // The body and level as the mentor typed them ("ICF" "ACC"): vault data, not words to translate.
    credentialColumn.accessor((c) => `${c.body} ${c.level}`, { id: 'credential', header: header('credential'), enableHiding: false, meta: { width: 'minmax(10rem, 1.2fr)' }, cell: (i) => <strong>{i.getValue()}</strong> }),
    credentialColumn.accessor('number', { header: header('number'), meta: { width: 'minmax(8rem, 0.8fr)' } }),
    credentialColumn.accessor('awardedOn', { header: header('awarded'), meta: { width: 'minmax(8rem, 0.7fr)' }, cell: (i) => formatDate(i.getValue()) }),
    credentialColumn.accessor('expiresOn', { header: header('renewal'), meta: { width: 'minmax(8rem, 0.7fr)' }, cell: (i) => formatDate(i.getValue()) }),
  ];
}

/** The message ids naming each kind of record on this page. */
const words = (kind: 'credentials' | 'thresholds' | 'goals'): RecordWords => ({
  add: `mentorRecords.${kind}.add`,
  count: `mentorRecords.${kind}.count`,
  filter: `mentorRecords.${kind}.filter`,
  emptyTitle: `mentorRecords.${kind}.emptyTitle`,
  added: `mentorRecords.${kind}.added`,
  saved: `mentorRecords.${kind}.saved`,
  deleted: `mentorRecords.${kind}.deleted`,
});
const CREDENTIAL_WORDS = words('credentials');
const THRESHOLD_WORDS = words('thresholds');
const GOAL_WORDS = words('goals');

function CredentialsPanel() {
  const intl = useIntl();
  const columns = useMemo(() => credentialColumns(intl), [intl]);
  const list = useVaultQuery('mentor.listCredentials', ALL_ROWS);
  const create = useVaultMutation('mentor.createCredential', { invalidate: MENTOR_QUERIES });
  const update = useVaultMutation('mentor.updateCredential', { invalidate: MENTOR_QUERIES });
  const remove = useVaultMutation('mentor.deleteCredential', { invalidate: MENTOR_QUERIES });
  return (
    <RecordsPanel
      title={intl.formatMessage({ id: 'mentorRecords.credentials.title' })}
      intro={intl.formatMessage({ id: 'mentorRecords.credentials.intro' })}
      words={CREDENTIAL_WORDS}
      rows={list.data?.rows ?? []}
      loading={list.isLoading}
      error={list.error}
      columns={columns}
      createSchema={credential.values}
      updateSchema={credential.update}
      blank={{ body: '', level: '', number: '', awardedOn: null, expiresOn: null } satisfies CredentialInput}
      toValues={({ body, level, number, awardedOn, expiresOn }) => ({ body, level, number, awardedOn, expiresOn })}
      titleOf={(c) => `${c.body} ${c.level}`}
      create={(v) => create.mutateAsync(v)}
      update={(v) => update.mutateAsync(v)}
      remove={(id) => remove.mutateAsync({ id })}
      fields={<CredentialFields />}
      empty={intl.formatMessage({ id: 'mentorRecords.credentials.empty' })}
    />
  );
}

/** Empty date inputs give "" and the schema wants null. */
const dateOrNull = { setValueAs: (v: string | null) => (v ? v : null) };

function CredentialFields() {
  const intl = useIntl();
  const label = (id: 'body' | 'bodyExample' | 'level' | 'levelExample' | 'number' | 'awardedOn' | 'renewal') => intl.formatMessage({ id: `mentorRecords.credentials.field.${id}` });
  const { register, formState } = useFormContext<CredentialInput>();
  const e = formState.errors;
  return (
    <>
      <div className="form-pair">
        <TextField label={label('body')} placeholder={label('bodyExample')} error={e.body?.message} {...register('body')} />
        <TextField label={label('level')} placeholder={label('levelExample')} error={e.level?.message} {...register('level')} />
      </div>
      <TextField label={label('number')} error={e.number?.message} {...register('number')} />
      <div className="form-pair">
        <TextField label={label('awardedOn')} type="date" error={e.awardedOn?.message} {...register('awardedOn', dateOrNull)} />
        <TextField label={label('renewal')} type="date" error={e.expiresOn?.message} {...register('expiresOn', dateOrNull)} />
      </div>
    </>
  );
}

// ---- Thresholds ---------------------------------------------------------------------------

type ThresholdInput = z.input<typeof threshold.values>;
const thresholdColumn = createColumnHelper<Threshold>();
function thresholdColumns(intl: IntlShape) {
  const header = (id: 'name' | 'clientHours' | 'paidHours' | 'trainingHours' | 'supervisionHours') => intl.formatMessage({ id: `mentorRecords.thresholds.column.${id}` });
  return [
    thresholdColumn.accessor('name', { header: header('name'), enableHiding: false, meta: { width: 'minmax(10rem, 1.2fr)' }, cell: (i) => <strong>{i.getValue()}</strong> }),
    thresholdColumn.accessor('clientHours', { header: header('clientHours'), meta: { width: 'minmax(8rem, 0.8fr)' }, cell: (i) => formatRecordHours(i.getValue()) }),
    thresholdColumn.accessor('paidHours', { header: header('paidHours'), meta: { width: 'minmax(8rem, 0.8fr)' }, cell: (i) => formatRecordHours(i.getValue()) }),
    thresholdColumn.accessor('trainingHours', { header: header('trainingHours'), meta: { width: 'minmax(8rem, 0.8fr)' }, cell: (i) => formatRecordHours(i.getValue()) }),
    thresholdColumn.accessor('supervisionHours', { header: header('supervisionHours'), meta: { width: 'minmax(8rem, 0.8fr)' }, cell: (i) => formatRecordHours(i.getValue()) }),
  ];
}

function ThresholdsPanel() {
  const intl = useIntl();
  const columns = useMemo(() => thresholdColumns(intl), [intl]);
  const list = useVaultQuery('mentor.listThresholds', {});
  const create = useVaultMutation('mentor.createThreshold', { invalidate: MENTOR_QUERIES });
  const update = useVaultMutation('mentor.updateThreshold', { invalidate: MENTOR_QUERIES });
  const remove = useVaultMutation('mentor.deleteThreshold', { invalidate: MENTOR_QUERIES });
  return (
    <RecordsPanel
      title={intl.formatMessage({ id: 'mentorRecords.thresholds.title' })}
      intro={intl.formatMessage({ id: 'mentorRecords.thresholds.intro' })}
      words={THRESHOLD_WORDS}
      rows={list.data ?? []}
      loading={list.isLoading}
      error={list.error}
      columns={columns}
      createSchema={threshold.values}
      updateSchema={threshold.update}
      blank={{ name: 'ICF ACC', clientHours: 100, paidHours: 75, trainingHours: 60, supervisionHours: 0 } satisfies ThresholdInput}
      toValues={({ name, clientHours, paidHours, trainingHours, supervisionHours }) => ({ name, clientHours, paidHours, trainingHours, supervisionHours })}
      titleOf={(t) => t.name}
      create={(v) => create.mutateAsync(v)}
      update={(v) => update.mutateAsync(v)}
      remove={(id) => remove.mutateAsync({ id })}
      fields={<ThresholdFields />}
      empty={intl.formatMessage({ id: 'mentorRecords.thresholds.empty' })}
    />
  );
}

function ThresholdFields() {
  const intl = useIntl();
  const label = (id: 'name' | 'clientHours' | 'paidHours' | 'trainingHours' | 'supervisionHours') => intl.formatMessage({ id: `mentorRecords.thresholds.field.${id}` });
  const { register, formState } = useFormContext<ThresholdInput>();
  const e = formState.errors;
  const hours = { valueAsNumber: true } as const;
  return (
    <>
      <TextField label={label('name')} error={e.name?.message} {...register('name')} />
      <div className="form-pair">
        <TextField label={label('clientHours')} type="number" min="0" inputMode="decimal" error={e.clientHours?.message} {...register('clientHours', hours)} />
        <TextField label={label('paidHours')} type="number" min="0" inputMode="decimal" error={e.paidHours?.message} {...register('paidHours', hours)} />
      </div>
      <div className="form-pair">
        <TextField label={label('trainingHours')} type="number" min="0" inputMode="decimal" error={e.trainingHours?.message} {...register('trainingHours', hours)} />
        <TextField label={label('supervisionHours')} type="number" min="0" inputMode="decimal" error={e.supervisionHours?.message} {...register('supervisionHours', hours)} />
      </div>
    </>
  );
}

// ---- The mentor's own development goals ---------------------------------------------------

type GoalInput = z.input<typeof mentorGoal.values>;
const goalColumn = createColumnHelper<MentorGoal>();
function goalColumns(intl: IntlShape) {
  const header = (id: 'title' | 'status' | 'measure' | 'targetDate') => intl.formatMessage({ id: `mentorRecords.goals.column.${id}` });
  return [
    goalColumn.accessor('title', { header: header('title'), enableHiding: false, meta: { width: 'minmax(12rem, 1.6fr)' }, cell: (i) => <strong>{i.getValue()}</strong> }),
    goalColumn.accessor('status', { header: header('status'), meta: { width: 'minmax(7rem, 0.7fr)' }, cell: (i) => goalStatusLabel(i.getValue()) }),
    goalColumn.accessor((g) => intl.formatMessage({ id: 'mentorRecords.goals.measure' }, { baseline: formatRecordNumber(g.baseline), target: formatRecordNumber(g.target), unit: g.unit }), {
      id: 'measure',
      header: header('measure'),
      meta: { width: 'minmax(9rem, 1fr)' },
      // The unit is the mentor's own word (vault data): its own node, apart from the message's words.
      cell: (i) => {
        const g = i.row.original;
        return <FormattedMessage id="mentorRecords.goals.measure" values={{ baseline: formatRecordNumber(g.baseline), target: formatRecordNumber(g.target), unit: <span>{g.unit}</span> }} />;
      },
    }),
    goalColumn.accessor('targetDate', { header: header('targetDate'), meta: { width: 'minmax(8rem, 0.7fr)' }, cell: (i) => formatDate(i.getValue()) }),
  ];
}

function GoalsPanel() {
  const intl = useIntl();
  const columns = useMemo(() => goalColumns(intl), [intl]);
  const list = useVaultQuery('mentor.listGoals', ALL_ROWS);
  const create = useVaultMutation('mentor.createGoal', { invalidate: MENTOR_QUERIES });
  const update = useVaultMutation('mentor.updateGoal', { invalidate: MENTOR_QUERIES });
  const remove = useVaultMutation('mentor.deleteGoal', { invalidate: MENTOR_QUERIES });
  return (
    <RecordsPanel
      title={intl.formatMessage({ id: 'mentorRecords.goals.title' })}
      intro={intl.formatMessage({ id: 'mentorRecords.goals.intro' })}
      words={GOAL_WORDS}
      rows={list.data?.rows ?? []}
      loading={list.isLoading}
      error={list.error}
      columns={columns}
      createSchema={mentorGoal.values}
      updateSchema={mentorGoal.update}
      blank={{
        title: '',
        status: 'not-started',
        statement: '',
        metric: '',
        unit: '',
        baseline: Number.NaN,
        target: Number.NaN,
        whyRealistic: '',
        whyRelevant: '',
        supportNeeded: '',
        targetDate: plusDays(localToday(), 180),
      } satisfies GoalInput}
      toValues={({ id: _i, createdAt: _c, updatedAt: _u, ...values }) => values}
      titleOf={(g) => g.title}
      create={(v) => create.mutateAsync(v)}
      update={(v) => update.mutateAsync(v)}
      remove={(id) => remove.mutateAsync({ id })}
      fields={<GoalFields />}
      empty={intl.formatMessage({ id: 'mentorRecords.goals.empty' })}
      wide
    />
  );
}

function GoalFields() {
  const intl = useIntl();
  type Field = 'title' | 'status' | 'statement' | 'metric' | 'unit' | 'baseline' | 'target' | 'whyRealistic' | 'supportNeeded' | 'whyRelevant' | 'targetDate';
  const label = (id: Field) => intl.formatMessage({ id: `mentorRecords.goals.field.${id}` });
  const { register, formState } = useFormContext<GoalInput>();
  const e = formState.errors;
  const number = { valueAsNumber: true } as const;
  return (
    <>
      <div className="form-pair">
        <TextField label={label('title')} error={e.title?.message} {...register('title')} />
        <SelectField label={label('status')} options={goalStatusOptions()} error={e.status?.message} {...register('status')} />
      </div>
      <TextAreaField label={label('statement')} rows={2} error={e.statement?.message} {...register('statement')} />
      <div className="form-pair">
        <TextField label={label('metric')} error={e.metric?.message} {...register('metric')} />
        <TextField label={label('unit')} error={e.unit?.message} {...register('unit')} />
      </div>
      <div className="form-pair">
        <TextField label={label('baseline')} type="number" error={e.baseline?.message} {...register('baseline', number)} />
        <TextField label={label('target')} type="number" error={e.target?.message} {...register('target', number)} />
      </div>
      <TextAreaField label={label('whyRealistic')} rows={2} error={e.whyRealistic?.message} {...register('whyRealistic')} />
      <TextField label={label('supportNeeded')} error={e.supportNeeded?.message} {...register('supportNeeded')} />
      <TextAreaField label={label('whyRelevant')} rows={2} error={e.whyRelevant?.message} {...register('whyRelevant')} />
      <TextField label={label('targetDate')} type="date" error={e.targetDate?.message} {...register('targetDate')} />
    </>
  );
}
