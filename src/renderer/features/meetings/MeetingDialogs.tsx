import type { z } from 'zod';
import {
  acceptProposalInput,
  convertMeetingInput,
  createMeetingInput,
  planMeetingsInput,
  rescheduleMeetingInput,
  type MeetingProposal,
  type MeetingSummary,
} from '../../../shared/meetings/schema';
import { localToday, plusDays } from '../../../shared/dates';
import { useVaultMutation } from '../../bridge/hooks';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { numberOrUndefined } from '../../components/form-values';
import { useToast } from '../../components/Toast';
import { MENTOR_TIME_ZONE } from './format';
import { CONTINGENCY_OPTIONS, KIND_OPTIONS, MEETING_KIND_LABELS } from './labels';
import { MEETING_QUERIES } from './stale';

const opts = { invalidate: MEETING_QUERIES };

/** Plans the coming weeks from the charter's meeting and review rhythm. */
export function PlanDialog({ menteeId, onClose }: { menteeId: number; onClose(): void }) {
  const plan = useVaultMutation('meetings.plan', opts);
  const { notify } = useToast();
  return (
    <FormDialog<z.input<typeof planMeetingsInput>, z.output<typeof planMeetingsInput>>
      title="Plan meetings from the charter"
      description="Touchpoints and formal reviews follow the charter's rhythm, with the pilot review at the pilot's end. Planning again never adds a meeting twice."
      schema={planMeetingsInput}
      defaultValues={{ menteeId, weeks: 12, time: '10:00', timeZone: MENTOR_TIME_ZONE }}
      submitLabel="Plan meetings"
      onClose={onClose}
      save={async (values) => {
        const r = await plan.mutateAsync(values);
        const parts = [`${r.created.length} ${r.created.length === 1 ? 'meeting' : 'meetings'} planned from charter version ${r.fromVersion}`];
        if (r.existing) parts.push(`${r.existing} already planned`);
        if (r.cancelled.length) parts.push(`${r.cancelled.length} no longer in the rhythm, cancelled`);
        notify('success', `${parts.join('; ')}.`);
      }}
    >
      {({ register, formState: { errors } }) => (
        <div className="meeting-form-grid">
          <TextField label="Weeks ahead" type="number" min={1} max={52} error={errors.weeks?.message} {...register('weeks', { setValueAs: numberOrUndefined })} />
          <TextField label="Start time" type="time" hint={`In your time zone (${MENTOR_TIME_ZONE}).`} error={errors.time?.message} {...register('time')} />
        </div>
      )}
    </FormDialog>
  );
}

/** A meeting added by hand. */
export function AddMeetingDialog({ menteeId, onClose, onAdded }: { menteeId: number; onClose(): void; onAdded(id: number): void }) {
  const create = useVaultMutation('meetings.create', opts);
  return (
    <FormDialog<z.input<typeof createMeetingInput>, z.output<typeof createMeetingInput>>
      title="Add a meeting"
      schema={createMeetingInput}
      defaultValues={{ menteeId, kind: 'informal-touchpoint', title: '', date: plusDays(localToday(), 7), time: '10:00', timeZone: MENTOR_TIME_ZONE }}
      submitLabel="Add meeting"
      onClose={onClose}
      save={async (values) => onAdded((await create.mutateAsync(values)).id)}
    >
      {({ register, formState: { errors } }) => (
        <div className="meeting-form-grid">
          <SelectField label="Kind" options={KIND_OPTIONS} error={errors.kind?.message} {...register('kind')} />
          <TextField label="Title" hint="Empty: the kind's name." error={errors.title?.message} {...register('title')} />
          <TextField label="Date" type="date" error={errors.date?.message} {...register('date')} />
          <TextField label="Time" type="time" error={errors.time?.message} {...register('time')} />
          <TextField label="Length (minutes)" type="number" hint="Empty: the charter's length." error={errors.minutes?.message} {...register('minutes', { setValueAs: numberOrUndefined })} />
        </div>
      )}
    </FormDialog>
  );
}

/** Moves a meeting (its calendar event keeps its uid, with a higher sequence). */
export function MoveMeetingDialog({ meeting, onClose }: { meeting: MeetingSummary; onClose(): void }) {
  const move = useVaultMutation('meetings.reschedule', opts);
  return (
    <FormDialog<z.input<typeof rescheduleMeetingInput>, z.output<typeof rescheduleMeetingInput>>
      title="Move the meeting"
      description={`Times are in ${meeting.timeZone}. A calendar that imported the meeting updates it on the next import.`}
      schema={rescheduleMeetingInput}
      defaultValues={{ id: meeting.id, date: meeting.date, time: meeting.time, timeZone: meeting.timeZone, minutes: meeting.plannedMinutes }}
      submitLabel="Move"
      onClose={onClose}
      save={(values) => move.mutateAsync(values)}
    >
      {({ register, formState: { errors } }) => (
        <div className="meeting-form-grid">
          <TextField label="Date" type="date" error={errors.date?.message} {...register('date')} />
          <TextField label="Time" type="time" error={errors.time?.message} {...register('time')} />
          <TextField label="Length (minutes)" type="number" error={errors.minutes?.message} {...register('minutes', { setValueAs: numberOrUndefined })} />
        </div>
      )}
    </FormDialog>
  );
}

/** When schedules tighten: a shorter form of the meeting, with the reason kept in the decision log. */
export function ConvertMeetingDialog({ meeting, onClose }: { meeting: MeetingSummary; onClose(): void }) {
  const convert = useVaultMutation('meetings.convert', opts);
  const { notify } = useToast();
  const options = CONTINGENCY_OPTIONS.filter((o) => o.value !== meeting.kind);
  return (
    <FormDialog<z.input<typeof convertMeetingInput>, z.output<typeof convertMeetingInput>>
      title="Turn into a shorter format"
      description={`The ${MEETING_KIND_LABELS[meeting.kind].toLowerCase()} becomes a short focused session or an asynchronous exercise. The decision log keeps the change and your reason.`}
      schema={convertMeetingInput}
      defaultValues={{ id: meeting.id, kind: options[0]!.value, reason: '' }}
      submitLabel="Convert"
      onClose={onClose}
      save={async (values) => {
        await convert.mutateAsync(values);
        notify('success', 'Meeting converted; the decision is in the decision log.');
      }}
    >
      {({ register, formState: { errors } }) => (
        <>
          <SelectField label="New format" options={options} error={errors.kind?.message} {...register('kind')} />
          <TextAreaField label="Why (kept in the decision log)" rows={3} error={errors.reason?.message} {...register('reason')} />
        </>
      )}
    </FormDialog>
  );
}

/** Accepting a proposed formal review: when it takes place. */
export function AcceptProposalDialog({ proposal, onClose, onAccepted }: { proposal: MeetingProposal; onClose(): void; onAccepted(id: number): void }) {
  const accept = useVaultMutation('meetings.acceptProposal', opts);
  return (
    <FormDialog<z.input<typeof acceptProposalInput>, z.output<typeof acceptProposalInput>>
      title="Plan the formal review"
      description={`"${proposal.milestoneTitle}" (${proposal.goalTitle}) was achieved: a formal review looks back at it.`}
      schema={acceptProposalInput}
      defaultValues={{ milestoneId: proposal.milestoneId, date: proposal.suggestedDate, time: '10:00', timeZone: MENTOR_TIME_ZONE }}
      submitLabel="Plan the review"
      onClose={onClose}
      save={async (values) => onAccepted((await accept.mutateAsync(values)).id)}
    >
      {({ register, formState: { errors } }) => (
        <div className="meeting-form-grid">
          <TextField label="Date" type="date" error={errors.date?.message} {...register('date')} />
          <TextField label="Time" type="time" error={errors.time?.message} {...register('time')} />
        </div>
      )}
    </FormDialog>
  );
}
