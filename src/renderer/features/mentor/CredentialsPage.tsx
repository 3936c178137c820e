import { createColumnHelper } from '@tanstack/react-table';
import { useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import { credential, mentorGoal, threshold, type Credential, type MentorGoal, type Threshold } from '../../../shared/mentor/schema';
import { plusDays, localToday } from '../../../shared/dates';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { GOAL_STATUS_LABELS } from '../goals/labels';
import { formatDate } from '../mentees/format';
import { ALL_ROWS, formatHours, MENTOR_QUERIES } from './labels';
import { RecordsPanel } from './RecordsPanel';

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
const credentialColumns = [
  credentialColumn.accessor((c) => `${c.body} ${c.level}`, { id: 'credential', header: 'Credential', enableHiding: false, meta: { width: 'minmax(10rem, 1.2fr)' }, cell: (i) => <strong>{i.getValue()}</strong> }),
  credentialColumn.accessor('number', { header: 'Number', meta: { width: 'minmax(8rem, 0.8fr)' } }),
  credentialColumn.accessor('awardedOn', { header: 'Awarded', meta: { width: 'minmax(8rem, 0.7fr)' }, cell: (i) => formatDate(i.getValue()) }),
  credentialColumn.accessor('expiresOn', { header: 'Renewal due', meta: { width: 'minmax(8rem, 0.7fr)' }, cell: (i) => formatDate(i.getValue()) }),
];

function CredentialsPanel() {
  const list = useVaultQuery('mentor.listCredentials', ALL_ROWS);
  const create = useVaultMutation('mentor.createCredential', { invalidate: MENTOR_QUERIES });
  const update = useVaultMutation('mentor.updateCredential', { invalidate: MENTOR_QUERIES });
  const remove = useVaultMutation('mentor.deleteCredential', { invalidate: MENTOR_QUERIES });
  return (
    <RecordsPanel
      title="Credentials held"
      intro="Your accreditations, with their numbers and renewal dates."
      noun="credential"
      plural="credentials"
      rows={list.data?.rows ?? []}
      loading={list.isLoading}
      error={list.error}
      columns={credentialColumns}
      createSchema={credential.values}
      updateSchema={credential.update}
      blank={{ body: '', level: '', number: '', awardedOn: null, expiresOn: null } satisfies CredentialInput}
      toValues={({ body, level, number, awardedOn, expiresOn }) => ({ body, level, number, awardedOn, expiresOn })}
      titleOf={(c) => `${c.body} ${c.level}`}
      create={(v) => create.mutateAsync(v)}
      update={(v) => update.mutateAsync(v)}
      remove={(id) => remove.mutateAsync({ id })}
      fields={<CredentialFields />}
      empty="For example ICF ACC or EMCC Practitioner, with the number on your certificate."
    />
  );
}

/** Empty date inputs give "" and the schema wants null. */
const dateOrNull = { setValueAs: (v: string | null) => (v ? v : null) };

function CredentialFields() {
  const { register, formState } = useFormContext<CredentialInput>();
  const e = formState.errors;
  return (
    <>
      <div className="form-pair">
        <TextField label="Awarding body" placeholder="e.g. ICF" error={e.body?.message} {...register('body')} />
        <TextField label="Level" placeholder="e.g. ACC" error={e.level?.message} {...register('level')} />
      </div>
      <TextField label="Credential number" error={e.number?.message} {...register('number')} />
      <div className="form-pair">
        <TextField label="Awarded on" type="date" error={e.awardedOn?.message} {...register('awardedOn', dateOrNull)} />
        <TextField label="Renewal due" type="date" error={e.expiresOn?.message} {...register('expiresOn', dateOrNull)} />
      </div>
    </>
  );
}

// ---- Thresholds ---------------------------------------------------------------------------

type ThresholdInput = z.input<typeof threshold.values>;
const thresholdColumn = createColumnHelper<Threshold>();
const thresholdColumns = [
  thresholdColumn.accessor('name', { header: 'Requirement', enableHiding: false, meta: { width: 'minmax(10rem, 1.4fr)' }, cell: (i) => <strong>{i.getValue()}</strong> }),
  thresholdColumn.accessor('clientHours', { header: 'Client hours', meta: { width: 'minmax(7rem, 0.7fr)' }, cell: (i) => formatHours(i.getValue()) }),
  thresholdColumn.accessor('paidHours', { header: 'Of them paid', meta: { width: 'minmax(7rem, 0.7fr)' }, cell: (i) => formatHours(i.getValue()) }),
  thresholdColumn.accessor('trainingHours', { header: 'Training hours', meta: { width: 'minmax(7rem, 0.7fr)' }, cell: (i) => formatHours(i.getValue()) }),
  thresholdColumn.accessor('supervisionHours', { header: 'Supervision hours', meta: { width: 'minmax(8rem, 0.7fr)' }, cell: (i) => formatHours(i.getValue()) }),
];

function ThresholdsPanel() {
  const list = useVaultQuery('mentor.listThresholds', {});
  const create = useVaultMutation('mentor.createThreshold', { invalidate: MENTOR_QUERIES });
  const update = useVaultMutation('mentor.updateThreshold', { invalidate: MENTOR_QUERIES });
  const remove = useVaultMutation('mentor.deleteThreshold', { invalidate: MENTOR_QUERIES });
  return (
    <RecordsPanel
      title="Credentials you are working toward"
      intro="What each credential asks for; the Hours tab shows how far you are. Check the body's current rules: they change."
      noun="requirement"
      plural="requirements"
      rows={list.data ?? []}
      loading={list.isLoading}
      error={list.error}
      columns={thresholdColumns}
      createSchema={threshold.values}
      updateSchema={threshold.update}
      blank={{ name: 'ICF ACC', clientHours: 100, paidHours: 75, trainingHours: 60, supervisionHours: 0 } satisfies ThresholdInput}
      toValues={({ name, clientHours, paidHours, trainingHours, supervisionHours }) => ({ name, clientHours, paidHours, trainingHours, supervisionHours })}
      titleOf={(t) => t.name}
      create={(v) => create.mutateAsync(v)}
      update={(v) => update.mutateAsync(v)}
      remove={(id) => remove.mutateAsync({ id })}
      fields={<ThresholdFields />}
      empty="For example ICF ACC: 100 client hours, 75 of them paid, and 60 hours of training."
    />
  );
}

function ThresholdFields() {
  const { register, formState } = useFormContext<ThresholdInput>();
  const e = formState.errors;
  const hours = { valueAsNumber: true } as const;
  return (
    <>
      <TextField label="Name" error={e.name?.message} {...register('name')} />
      <div className="form-pair">
        <TextField label="Client hours" type="number" min="0" inputMode="decimal" error={e.clientHours?.message} {...register('clientHours', hours)} />
        <TextField label="Of them paid" type="number" min="0" inputMode="decimal" error={e.paidHours?.message} {...register('paidHours', hours)} />
      </div>
      <div className="form-pair">
        <TextField label="Training hours" type="number" min="0" inputMode="decimal" error={e.trainingHours?.message} {...register('trainingHours', hours)} />
        <TextField label="Supervision hours" type="number" min="0" inputMode="decimal" error={e.supervisionHours?.message} {...register('supervisionHours', hours)} />
      </div>
    </>
  );
}

// ---- The mentor's own development goals ---------------------------------------------------

type GoalInput = z.input<typeof mentorGoal.values>;
const goalColumn = createColumnHelper<MentorGoal>();
const goalColumns = [
  goalColumn.accessor('title', { header: 'Goal', enableHiding: false, meta: { width: 'minmax(12rem, 1.6fr)' }, cell: (i) => <strong>{i.getValue()}</strong> }),
  goalColumn.accessor('status', { header: 'Status', meta: { width: 'minmax(7rem, 0.7fr)' }, cell: (i) => GOAL_STATUS_LABELS[i.getValue()] }),
  goalColumn.accessor((g) => `${g.baseline} → ${g.target} ${g.unit}`, { id: 'measure', header: 'From → to', meta: { width: 'minmax(9rem, 1fr)' } }),
  goalColumn.accessor('targetDate', { header: 'Target date', meta: { width: 'minmax(8rem, 0.7fr)' }, cell: (i) => formatDate(i.getValue()) }),
];
const STATUS_OPTIONS = Object.entries(GOAL_STATUS_LABELS).map(([value, label]) => ({ value, label }));

function GoalsPanel() {
  const list = useVaultQuery('mentor.listGoals', ALL_ROWS);
  const create = useVaultMutation('mentor.createGoal', { invalidate: MENTOR_QUERIES });
  const update = useVaultMutation('mentor.updateGoal', { invalidate: MENTOR_QUERIES });
  const remove = useVaultMutation('mentor.deleteGoal', { invalidate: MENTOR_QUERIES });
  return (
    <RecordsPanel
      title="My development goals"
      intro="Your own goals as a mentor, held to the same SMART rules as a mentee's."
      noun="goal"
      plural="goals"
      rows={list.data?.rows ?? []}
      loading={list.isLoading}
      error={list.error}
      columns={goalColumns}
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
      empty="For example: reach the PCC hours, or take a supervision course."
      wide
    />
  );
}

function GoalFields() {
  const { register, formState } = useFormContext<GoalInput>();
  const e = formState.errors;
  const number = { valueAsNumber: true } as const;
  return (
    <>
      <div className="form-pair">
        <TextField label="Title" error={e.title?.message} {...register('title')} />
        <SelectField label="Status" options={STATUS_OPTIONS} error={e.status?.message} {...register('status')} />
      </div>
      <TextAreaField label="S (specific): what exactly" rows={2} error={e.statement?.message} {...register('statement')} />
      <div className="form-pair">
        <TextField label="M (measurable): metric" error={e.metric?.message} {...register('metric')} />
        <TextField label="Unit" error={e.unit?.message} {...register('unit')} />
      </div>
      <div className="form-pair">
        <TextField label="Baseline value" type="number" error={e.baseline?.message} {...register('baseline', number)} />
        <TextField label="Target value" type="number" error={e.target?.message} {...register('target', number)} />
      </div>
      <TextAreaField label="A (attainable): why it is realistic" rows={2} error={e.whyRealistic?.message} {...register('whyRealistic')} />
      <TextField label="Support needed" error={e.supportNeeded?.message} {...register('supportNeeded')} />
      <TextAreaField label="R (relevant): why it matters to your practice" rows={2} error={e.whyRelevant?.message} {...register('whyRelevant')} />
      <TextField label="T (time-bound): target date" type="date" error={e.targetDate?.message} {...register('targetDate')} />
    </>
  );
}
