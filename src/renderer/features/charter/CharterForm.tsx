import { zodResolver } from '@hookform/resolvers/zod';
import { useImperativeHandle, useState, type ReactNode, type RefObject } from 'react';
import { FormProvider, useFieldArray, useForm, useFormContext, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { PILOT_MAX_WEEKS, PILOT_MIN_WEEKS, updateCharterInput, type CharterVersion } from '../../../shared/charter/schema';
import { plusDays } from '../../../shared/dates';
import { isBridgeError, errorMessage } from '../../bridge/client';
import { applyServerIssues } from '../../bridge/form-errors';
import { Button } from '../../components/Button';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field';
import { dateOrNull, numberOrNull, numberOrUndefined } from '../../components/form-values';
import { itemMessage, TextListField } from '../../components/TextListField';
import { formatDate } from '../mentees/format';
import { FORMAT_OPTIONS, FREQUENCY_OPTIONS } from './labels';
import { ErrorBanner } from '../../components/ErrorBanner';
import './charter.css';
import { FormSchemaProvider } from '../../components/field-limits';

export type CharterFormInput = z.input<typeof updateCharterInput>;
export type CharterFormValues = z.output<typeof updateCharterInput>;

/** What the charter tab asks of the open draft before agreeing to it. */
export interface CharterFormHandle {
  /** Saves unsaved changes; false when the form refused them (messages are on the fields). */
  saveIfDirty(): Promise<boolean>;
  /** Puts a refusal of "agree" (purpose, pilot start) on the draft's fields. */
  showIssues(err: unknown): void;
}

export interface CharterFormProps {
  version: CharterVersion;
  /** Saves the draft; answers the stored version, which the form then shows. */
  save(values: CharterFormValues): Promise<CharterVersion>;
  handleRef?: RefObject<CharterFormHandle | null>;
  /** Extra buttons in the action bar (Agree…, Discard…). */
  actions?: ReactNode;
}

function valuesOf(version: CharterVersion): CharterFormInput {
  return { versionId: version.id, body: structuredClone(version.body), ...(version.version > 1 ? { reason: version.reason } : {}) };
}

/** A refusal path of charter.agree ('purpose', 'pilot.startDate') is a path inside the body. */
const BODY_KEYS = new Set(['purpose', 'roles', 'meetingRhythm', 'communication', 'confidentiality', 'escalation', 'reviewRhythm', 'progressPerQuarter', 'pilot', 'glossary']);

/**
 * The draft editor: every part of the charter (docs/domain.md, section 2) in its own
 * numbered section, checked with the shared schema; refusals sit next to the fields.
 */
export function CharterForm({ version, save, handleRef, actions }: CharterFormProps) {
  const form = useForm<CharterFormInput, unknown, CharterFormValues>({
    resolver: zodResolver(updateCharterInput),
    defaultValues: valuesOf(version),
    mode: 'onTouched',
  });
  const [failure, setFailure] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);

  const persist = async (values: CharterFormValues): Promise<boolean> => {
    setFailure(null);
    try {
      const stored = await save(values);
      form.reset(valuesOf(stored));
      setSavedAt(new Date().toLocaleTimeString());
      return true;
    } catch (err) {
      if (!applyServerIssues(err, form.setError)) setFailure(`Not saved: ${errorMessage(err)}`);
      else setFailure('Not saved: check the fields marked above.');
      return false;
    }
  };
  const onSubmit = form.handleSubmit(persist, () => setFailure('Not saved: check the fields marked above.'));

  useImperativeHandle(handleRef, () => ({
    saveIfDirty: () =>
      new Promise<boolean>((resolve) => {
        if (!form.formState.isDirty) return resolve(true);
        void form.handleSubmit(
          async (values) => resolve(await persist(values)),
          () => resolve(false),
        )();
      }),
    showIssues: (err) => {
      if (!isBridgeError(err, 'INVALID_INPUT')) return;
      err.issues.forEach((issue, i) => {
        if (typeof issue.path[0] === 'string' && BODY_KEYS.has(issue.path[0])) {
          form.setError(`body.${issue.path.join('.')}` as 'body.purpose', { type: 'server', message: issue.message }, { shouldFocus: i === 0 });
        }
      });
    },
  }));

  const errors = form.formState.errors;
  const body = errors.body;
  const { register, control } = form;
  return (
    <FormProvider {...form}>
      <FormSchemaProvider schema={updateCharterInput}>
      <form className="charter-form" onSubmit={onSubmit} noValidate aria-label={`Charter draft, version ${version.version}`}>
        {version.version > 1 && (
          <TextAreaField label="Why this version (what changed and why)" rows={2} error={errors.reason?.message} {...register('reason')} />
        )}

        <Section n={1} title="Purpose" intro="Why this mentorship exists and what both hope it leads to.">
          <TextAreaField label="Purpose of the mentorship" rows={4} error={body?.purpose?.message} {...register('body.purpose')} />
        </Section>

        <Section n={2} title="Roles and responsibilities" intro="What each side commits to.">
          <div className="charter-grid-2">
            <TextListField control={control} name="body.roles.mentor" legend="The mentor" itemLabel="Mentor responsibility" />
            <TextListField control={control} name="body.roles.mentee" legend="The mentee" itemLabel="Mentee responsibility" />
          </div>
        </Section>

        <Section n={3} title="Meeting rhythm" intro="How often, how long, in which format, about what.">
          <div className="charter-grid">
            <SelectField label="Frequency" options={FREQUENCY_OPTIONS} error={body?.meetingRhythm?.frequency?.message} {...register('body.meetingRhythm.frequency')} />
            <TextField
              label="Length (minutes)"
              type="number"
              min={10}
              max={480}
              error={body?.meetingRhythm?.lengthMinutes?.message}
              {...register('body.meetingRhythm.lengthMinutes', { setValueAs: numberOrUndefined })}
            />
            <SelectField label="Format" options={FORMAT_OPTIONS} error={body?.meetingRhythm?.format?.message} {...register('body.meetingRhythm.format')} />
          </div>
          <TextListField control={control} name="body.meetingRhythm.topics" legend="Topics" itemLabel="Topic" />
        </Section>

        <Section n={4} title="Communication norms" intro="Preferred channels and the response time each side can expect.">
          <ChannelsField />
        </Section>

        <Section n={5} title="Confidentiality" intro="What stays between you, and the exceptions.">
          <TextAreaField label="Confidentiality agreement" rows={4} error={body?.confidentiality?.message} {...register('body.confidentiality')} />
        </Section>

        <Section n={6} title="Escalation process" intro="The steps for a sensitive concern, in order, and who takes each.">
          <EscalationField />
        </Section>

        <Section n={7} title="Review rhythm" intro="Formal reviews after major milestones or every few weeks; informal touchpoints between.">
          <div className="charter-grid">
            <TextField
              label="Formal review every (weeks)"
              type="number"
              min={1}
              max={52}
              hint="Leave empty for none on a schedule."
              error={body?.reviewRhythm?.formalEveryWeeks?.message}
              {...register('body.reviewRhythm.formalEveryWeeks', { setValueAs: numberOrNull })}
            />
            <TextField
              label="Informal touchpoint every (weeks)"
              type="number"
              min={1}
              max={52}
              error={body?.reviewRhythm?.informalEveryWeeks?.message}
              {...register('body.reviewRhythm.informalEveryWeeks', { setValueAs: numberOrNull })}
            />
          </div>
          <CheckboxField label="A formal review follows each major milestone" {...register('body.reviewRhythm.afterMajorMilestones')} />
        </Section>

        <Section n={8} title="Meaningful progress per quarter" intro="What both agree counts as real progress each quarter.">
          <TextListField control={control} name="body.progressPerQuarter" legend="Progress markers" itemLabel="Progress marker" />
        </Section>

        <Section n={9} title="Pilot period" intro={`A first trial of ${PILOT_MIN_WEEKS} to ${PILOT_MAX_WEEKS} weeks, ending with the first formal review.`}>
          <PilotFields />
        </Section>

        <Section n={10} title="Glossary" intro="Shared words, so both read “milestone” or “productive critique” the same way.">
          <GlossaryField />
        </Section>

        <div className="charter-actions-bar">
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
            Save draft
          </Button>
          {actions}
          <span className="muted" aria-live="polite">
            {form.formState.isDirty ? 'Unsaved changes' : savedAt ? `Saved at ${savedAt}` : 'No unsaved changes'}
          </span>
          {failure && (
            <ErrorBanner>
              {failure}
            </ErrorBanner>
          )}
        </div>
      </form>
      </FormSchemaProvider>
    </FormProvider>
  );
}

function Section({ n, title, intro, children }: { n: number; title: string; intro: string; children: ReactNode }) {
  const id = `charter-section-${n}`;
  return (
    <section className="charter-section" aria-labelledby={id}>
      <h3 id={id}>
        <span className="section-number">{n}.</span> {title}
      </h3>
      <p className="section-intro">{intro}</p>
      {children}
    </section>
  );
}

/** Start date and length; the first formal review is shown as it moves with them. */
function PilotFields() {
  const { register, control, formState } = useFormContext<CharterFormInput>();
  const [startDate, weeks] = useWatch({ control, name: ['body.pilot.startDate', 'body.pilot.weeks'] });
  const errors = formState.errors.body?.pilot;
  const validWeeks = typeof weeks === 'number' && Number.isInteger(weeks) && weeks >= PILOT_MIN_WEEKS && weeks <= PILOT_MAX_WEEKS;
  const review = startDate && /^\d{4}-\d{2}-\d{2}$/.test(startDate) && validWeeks ? plusDays(startDate, weeks * 7) : null;
  return (
    <>
      <div className="charter-grid">
        <TextField label="Pilot start date" type="date" error={errors?.startDate?.message} {...register('body.pilot.startDate', { setValueAs: dateOrNull })} />
        <TextField
          label="Pilot length (weeks)"
          type="number"
          min={PILOT_MIN_WEEKS}
          max={PILOT_MAX_WEEKS}
          hint={`${PILOT_MIN_WEEKS} to ${PILOT_MAX_WEEKS} weeks; 6 unless you agree otherwise.`}
          error={errors?.weeks?.message}
          {...register('body.pilot.weeks', { setValueAs: numberOrUndefined })}
        />
      </div>
      <p className="pilot-review" aria-live="polite" data-testid="pilot-review">
        {review
          ? `First formal review: ${formatDate(review)}, at the end of the pilot. It moves when the start date or the length changes.`
          : startDate
            ? `Set a length of ${PILOT_MIN_WEEKS} to ${PILOT_MAX_WEEKS} weeks to schedule the first formal review.`
            : 'Set the start date to schedule the first formal review at the end of the pilot.'}
      </p>
    </>
  );
}

function ChannelsField() {
  const { control, register, formState } = useFormContext<CharterFormInput>();
  const { fields, append, remove } = useFieldArray({ control, name: 'body.communication.channels' });
  const errors = formState.errors.body?.communication?.channels;
  return (
    <fieldset className="list-editor">
      <legend>Channels</legend>
      {fields.length === 0 && <p className="list-editor-empty">No channels yet.</p>}
      <ol className="list-editor-items">
        {fields.map((field, i) => (
          <li key={field.id} className="list-editor-item cols-2">
            <TextField label={`Channel ${i + 1}`} error={itemMessage(errors, i, 'channel')} {...register(`body.communication.channels.${i}.channel`)} />
            <TextField label="Expected response time" error={itemMessage(errors, i, 'expectedResponse')} {...register(`body.communication.channels.${i}.expectedResponse`)} />
            <Button size="small" variant="ghost" className="list-editor-remove" aria-label={`Remove channel ${i + 1}`} onClick={() => remove(i)}>
              Remove
            </Button>
          </li>
        ))}
      </ol>
      <Button size="small" className="list-editor-add" onClick={() => append({ channel: '', expectedResponse: '' })}>
        Add channel
      </Button>
    </fieldset>
  );
}

function EscalationField() {
  const { control, register, formState } = useFormContext<CharterFormInput>();
  const { fields, append, remove, move } = useFieldArray({ control, name: 'body.escalation' });
  const errors = formState.errors.body?.escalation;
  return (
    <fieldset className="list-editor">
      <legend>Steps, in order</legend>
      {fields.length === 0 && <p className="list-editor-empty">No steps yet.</p>}
      <ol className="list-editor-items">
        {fields.map((field, i) => (
          <li key={field.id} className="list-editor-item cols-wide">
            <TextField label={`Step ${i + 1}`} error={itemMessage(errors, i, 'step')} {...register(`body.escalation.${i}.step`)} />
            <TextField label="Who" error={itemMessage(errors, i, 'who')} {...register(`body.escalation.${i}.who`)} />
            <span className="list-editor-actions">
              <Button size="small" variant="ghost" aria-label={`Move step ${i + 1} up`} disabled={i === 0} onClick={() => move(i, i - 1)}>
                ↑
              </Button>
              <Button size="small" variant="ghost" aria-label={`Move step ${i + 1} down`} disabled={i === fields.length - 1} onClick={() => move(i, i + 1)}>
                ↓
              </Button>
              <Button size="small" variant="ghost" className="list-editor-remove" aria-label={`Remove step ${i + 1}`} onClick={() => remove(i)}>
                Remove
              </Button>
            </span>
          </li>
        ))}
      </ol>
      <Button size="small" className="list-editor-add" onClick={() => append({ step: '', who: '' })}>
        Add step
      </Button>
    </fieldset>
  );
}

function GlossaryField() {
  const { control, register, formState } = useFormContext<CharterFormInput>();
  const { fields, append, remove } = useFieldArray({ control, name: 'body.glossary' });
  const errors = formState.errors.body?.glossary;
  return (
    <fieldset className="list-editor">
      <legend>Terms</legend>
      {fields.length === 0 && <p className="list-editor-empty">No terms yet.</p>}
      <ol className="list-editor-items">
        {fields.map((field, i) => (
          <li key={field.id} className="list-editor-item cols-term">
            <TextField label={`Term ${i + 1}`} error={itemMessage(errors, i, 'term')} {...register(`body.glossary.${i}.term`)} />
            <TextAreaField label="Meaning" rows={2} error={itemMessage(errors, i, 'meaning')} {...register(`body.glossary.${i}.meaning`)} />
            <Button size="small" variant="ghost" className="list-editor-remove" aria-label={`Remove term ${i + 1}`} onClick={() => remove(i)}>
              Remove
            </Button>
          </li>
        ))}
      </ol>
      <Button size="small" className="list-editor-add" onClick={() => append({ term: '', meaning: '' })}>
        Add term
      </Button>
    </fieldset>
  );
}
