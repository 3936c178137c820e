import { useIntl } from 'react-intl';
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
import { useContentLocale } from '../../i18n/content-locale';
import { numberOrUndefined } from '../../components/form-values';
import { useToast } from '../../components/Toast';
import { MENTOR_TIME_ZONE } from './format';
import { useMeetingWords } from './labels';
import { MEETING_QUERIES } from './stale';

const opts = { invalidate: MEETING_QUERIES };

/** Plans the coming weeks from the charter's meeting and review rhythm. */
export function PlanDialog({ menteeId, onClose }: { menteeId: number; onClose(): void }) {
  const plan = useVaultMutation('meetings.plan', opts);
  // A default title is written in the screens' language.
  const contentLocale = useContentLocale();
  const intl = useIntl();
  const { notify } = useToast();
  return (
    <FormDialog<z.input<typeof planMeetingsInput>, z.output<typeof planMeetingsInput>>
      title={intl.formatMessage({ id: 'meetings.plan.title' })}
      description={intl.formatMessage({ id: 'meetings.plan.intro' })}
      schema={planMeetingsInput}
      defaultValues={{ menteeId, weeks: 12, time: '10:00', timeZone: MENTOR_TIME_ZONE }}
      submitLabel={intl.formatMessage({ id: 'meetings.plan.submit' })}
      onClose={onClose}
      save={async (values) => {
        const r = await plan.mutateAsync({ ...values, locale: contentLocale });
        notify(
          'success',
          intl.formatMessage({ id: 'meetings.plan.done' }, { created: r.created.length, version: r.fromVersion, existing: r.existing, cancelled: r.cancelled.length }),
        );
      }}
    >
      {({ register, formState: { errors } }) => (
        <div className="meeting-form-grid">
          <TextField label={intl.formatMessage({ id: 'meetings.plan.weeks' })} type="number" min={1} max={52} error={errors.weeks?.message} {...register('weeks', { setValueAs: numberOrUndefined })} />
          <TextField
            label={intl.formatMessage({ id: 'meetings.plan.time' })}
            type="time"
            hint={intl.formatMessage({ id: 'meetings.plan.timeHint' }, { zone: MENTOR_TIME_ZONE })} error={errors.time?.message} {...register('time')} />
        </div>
      )}
    </FormDialog>
  );
}

/** A meeting added by hand. */
export function AddMeetingDialog({ menteeId, onClose, onAdded }: { menteeId: number; onClose(): void; onAdded(id: number): void }) {
  const create = useVaultMutation('meetings.create', opts);
  const contentLocale = useContentLocale();
  const intl = useIntl();
  const words = useMeetingWords();
  return (
    <FormDialog<z.input<typeof createMeetingInput>, z.output<typeof createMeetingInput>>
      title={intl.formatMessage({ id: 'meetings.add.title' })}
      schema={createMeetingInput}
      defaultValues={{ menteeId, kind: 'informal-touchpoint', title: '', date: plusDays(localToday(), 7), time: '10:00', timeZone: MENTOR_TIME_ZONE }}
      submitLabel={intl.formatMessage({ id: 'meetings.add.submit' })}
      onClose={onClose}
      save={async (values) => onAdded((await create.mutateAsync({ ...values, locale: contentLocale })).id)}
    >
      {({ register, formState: { errors } }) => (
        <div className="meeting-form-grid">
          <SelectField label={intl.formatMessage({ id: 'meetings.field.kind' })} options={words.kindOptions} error={errors.kind?.message} {...register('kind')} />
          <TextField label={intl.formatMessage({ id: 'meetings.field.title' })} hint={intl.formatMessage({ id: 'meetings.field.titleHint' })} error={errors.title?.message} {...register('title')} />
          <TextField label={intl.formatMessage({ id: 'meetings.field.date' })} type="date" error={errors.date?.message} {...register('date')} />
          <TextField label={intl.formatMessage({ id: 'meetings.field.time' })} type="time" error={errors.time?.message} {...register('time')} />
          <TextField
            label={intl.formatMessage({ id: 'meetings.field.minutes' })}
            type="number"
            hint={intl.formatMessage({ id: 'meetings.field.minutesHint' })} error={errors.minutes?.message} {...register('minutes', { setValueAs: numberOrUndefined })} />
        </div>
      )}
    </FormDialog>
  );
}

/** Moves a meeting (its calendar event keeps its uid, with a higher sequence). */
export function MoveMeetingDialog({ meeting, onClose }: { meeting: MeetingSummary; onClose(): void }) {
  const move = useVaultMutation('meetings.reschedule', opts);
  const intl = useIntl();
  return (
    <FormDialog<z.input<typeof rescheduleMeetingInput>, z.output<typeof rescheduleMeetingInput>>
      title={intl.formatMessage({ id: 'meetings.move.title' })}
      description={intl.formatMessage({ id: 'meetings.move.intro' }, { zone: meeting.timeZone })}
      schema={rescheduleMeetingInput}
      defaultValues={{ id: meeting.id, date: meeting.date, time: meeting.time, timeZone: meeting.timeZone, minutes: meeting.plannedMinutes }}
      submitLabel={intl.formatMessage({ id: 'meetings.move.submit' })}
      onClose={onClose}
      save={(values) => move.mutateAsync(values)}
    >
      {({ register, formState: { errors } }) => (
        <div className="meeting-form-grid">
          <TextField label={intl.formatMessage({ id: 'meetings.field.date' })} type="date" error={errors.date?.message} {...register('date')} />
          <TextField label={intl.formatMessage({ id: 'meetings.field.time' })} type="time" error={errors.time?.message} {...register('time')} />
          <TextField label={intl.formatMessage({ id: 'meetings.field.minutes' })} type="number" error={errors.minutes?.message} {...register('minutes', { setValueAs: numberOrUndefined })} />
        </div>
      )}
    </FormDialog>
  );
}

/** When schedules tighten: a shorter form of the meeting, with the reason kept in the decision log. */
export function ConvertMeetingDialog({ meeting, onClose }: { meeting: MeetingSummary; onClose(): void }) {
  const convert = useVaultMutation('meetings.convert', opts);
  const contentLocale = useContentLocale();
  const intl = useIntl();
  const words = useMeetingWords();
  const { notify } = useToast();
  const options = words.contingencyOptions.filter((o) => o.value !== meeting.kind);
  return (
    <FormDialog<z.input<typeof convertMeetingInput>, z.output<typeof convertMeetingInput>>
      title={intl.formatMessage({ id: 'meetings.convert.title' })}
      description={intl.formatMessage({ id: 'meetings.convert.intro' }, { kind: words.kind(meeting.kind) })}
      schema={convertMeetingInput}
      defaultValues={{ id: meeting.id, kind: options[0]!.value, reason: '' }}
      submitLabel={intl.formatMessage({ id: 'meetings.convert.submit' })}
      onClose={onClose}
      save={async (values) => {
        await convert.mutateAsync({ ...values, locale: contentLocale });
        notify('success', intl.formatMessage({ id: 'meetings.convert.done' }));
      }}
    >
      {({ register, formState: { errors } }) => (
        <>
          <SelectField label={intl.formatMessage({ id: 'meetings.convert.kind' })} options={options} error={errors.kind?.message} {...register('kind')} />
          <TextAreaField label={intl.formatMessage({ id: 'meetings.convert.reason' })} rows={3} error={errors.reason?.message} {...register('reason')} />
        </>
      )}
    </FormDialog>
  );
}

/** Accepting a proposed formal review: when it takes place. */
export function AcceptProposalDialog({ proposal, onClose, onAccepted }: { proposal: MeetingProposal; onClose(): void; onAccepted(id: number): void }) {
  const accept = useVaultMutation('meetings.acceptProposal', opts);
  const contentLocale = useContentLocale();
  const intl = useIntl();
  return (
    <FormDialog<z.input<typeof acceptProposalInput>, z.output<typeof acceptProposalInput>>
      title={intl.formatMessage({ id: 'meetings.accept.title' })}
      description={intl.formatMessage({ id: 'meetings.accept.intro' }, { milestone: proposal.milestoneTitle, goal: proposal.goalTitle })}
      schema={acceptProposalInput}
      defaultValues={{ milestoneId: proposal.milestoneId, date: proposal.suggestedDate, time: '10:00', timeZone: MENTOR_TIME_ZONE }}
      submitLabel={intl.formatMessage({ id: 'meetings.accept.submit' })}
      onClose={onClose}
      save={async (values) => onAccepted((await accept.mutateAsync({ ...values, locale: contentLocale })).id)}
    >
      {({ register, formState: { errors } }) => (
        <div className="meeting-form-grid">
          <TextField label={intl.formatMessage({ id: 'meetings.field.date' })} type="date" error={errors.date?.message} {...register('date')} />
          <TextField label={intl.formatMessage({ id: 'meetings.field.time' })} type="time" error={errors.time?.message} {...register('time')} />
        </div>
      )}
    </FormDialog>
  );
}
