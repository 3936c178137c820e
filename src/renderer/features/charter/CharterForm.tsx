import { schemaResolver } from '../../components/schema-resolver';
import { useImperativeHandle, useState, type ReactNode, type RefObject } from 'react';
import { useIntl } from 'react-intl';
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
import { formatOptions, frequencyOptions } from './labels';
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
  const intl = useIntl();
  const form = useForm<CharterFormInput, unknown, CharterFormValues>({
    resolver: schemaResolver(updateCharterInput),
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
      setSavedAt(intl.formatTime(new Date(), { timeStyle: 'medium' }));
      return true;
    } catch (err) {
      if (!applyServerIssues(err, form.setError)) setFailure(intl.formatMessage({ id: 'charter.form.notSaved' }, { reason: errorMessage(err) }));
      else setFailure(intl.formatMessage({ id: 'charter.form.notSavedFields' }));
      return false;
    }
  };
  const onSubmit = form.handleSubmit(persist, () => setFailure(intl.formatMessage({ id: 'charter.form.notSavedFields' })));

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
      <form className="charter-form" onSubmit={onSubmit} noValidate aria-label={intl.formatMessage({ id: 'charter.form.label' }, { version: version.version })}>
        {version.version > 1 && (
          <TextAreaField label={intl.formatMessage({ id: 'charter.form.reason' })} rows={2} error={errors.reason?.message} {...register('reason')} />
        )}

        <Section n={1} part="purpose">
          <TextAreaField label={intl.formatMessage({ id: 'charter.form.purpose' })} rows={4} error={body?.purpose?.message} {...register('body.purpose')} />
        </Section>

        <Section n={2} part="roles">
          <div className="charter-grid-2">
            <TextListField control={control} name="body.roles.mentor" legend={intl.formatMessage({ id: 'charter.form.theMentor' })} itemLabel={intl.formatMessage({ id: 'charter.form.mentorItem' })} />
            <TextListField control={control} name="body.roles.mentee" legend={intl.formatMessage({ id: 'charter.form.theMentee' })} itemLabel={intl.formatMessage({ id: 'charter.form.menteeItem' })} />
          </div>
        </Section>

        <Section n={3} part="meetingRhythm">
          <div className="charter-grid">
            <SelectField label={intl.formatMessage({ id: 'charter.form.frequency' })} options={frequencyOptions()} error={body?.meetingRhythm?.frequency?.message} {...register('body.meetingRhythm.frequency')} />
            <TextField
              label={intl.formatMessage({ id: 'charter.form.length' })}
              type="number"
              min={10}
              max={480}
              error={body?.meetingRhythm?.lengthMinutes?.message}
              {...register('body.meetingRhythm.lengthMinutes', { setValueAs: numberOrUndefined })}
            />
            <SelectField label={intl.formatMessage({ id: 'charter.form.format' })} options={formatOptions()} error={body?.meetingRhythm?.format?.message} {...register('body.meetingRhythm.format')} />
          </div>
          <TextListField control={control} name="body.meetingRhythm.topics" legend={intl.formatMessage({ id: 'charter.form.topics' })} itemLabel={intl.formatMessage({ id: 'charter.form.topic' })} />
        </Section>

        <Section n={4} part="communication">
          <ChannelsField />
        </Section>

        <Section n={5} part="confidentiality">
          <TextAreaField label={intl.formatMessage({ id: 'charter.form.confidentiality' })} rows={4} error={body?.confidentiality?.message} {...register('body.confidentiality')} />
        </Section>

        <Section n={6} part="escalation">
          <EscalationField />
        </Section>

        <Section n={7} part="reviewRhythm">
          <div className="charter-grid">
            <TextField
              label={intl.formatMessage({ id: 'charter.form.formalEvery' })}
              type="number"
              min={1}
              max={52}
              hint={intl.formatMessage({ id: 'charter.form.formalHint' })}
              error={body?.reviewRhythm?.formalEveryWeeks?.message}
              {...register('body.reviewRhythm.formalEveryWeeks', { setValueAs: numberOrNull })}
            />
            <TextField
              label={intl.formatMessage({ id: 'charter.form.informalEvery' })}
              type="number"
              min={1}
              max={52}
              error={body?.reviewRhythm?.informalEveryWeeks?.message}
              {...register('body.reviewRhythm.informalEveryWeeks', { setValueAs: numberOrNull })}
            />
          </div>
          <CheckboxField label={intl.formatMessage({ id: 'charter.form.afterMilestones' })} {...register('body.reviewRhythm.afterMajorMilestones')} />
        </Section>

        <Section n={8} part="progress">
          <TextListField control={control} name="body.progressPerQuarter" legend={intl.formatMessage({ id: 'charter.form.progressMarkers' })} itemLabel={intl.formatMessage({ id: 'charter.form.progressMarker' })} />
        </Section>

        <Section n={9} part="pilot" values={{ min: PILOT_MIN_WEEKS, max: PILOT_MAX_WEEKS }}>
          <PilotFields />
        </Section>

        <Section n={10} part="glossary">
          <GlossaryField />
        </Section>

        <div className="charter-actions-bar">
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
            {intl.formatMessage({ id: 'charter.form.save' })}
          </Button>
          {actions}
          <span className="muted" aria-live="polite">
            {form.formState.isDirty
              ? intl.formatMessage({ id: 'charter.form.unsaved' })
              : savedAt
                ? intl.formatMessage({ id: 'charter.form.savedAt' }, { time: savedAt })
                : intl.formatMessage({ id: 'charter.form.nothingUnsaved' })}
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

type SectionPart = 'purpose' | 'roles' | 'meetingRhythm' | 'communication' | 'confidentiality' | 'escalation' | 'reviewRhythm' | 'progress' | 'pilot' | 'glossary';

function Section({ n, part, values, children }: { n: number; part: SectionPart; values?: Record<string, number>; children: ReactNode }) {
  const intl = useIntl();
  const id = `charter-section-${n}`;
  return (
    <section className="charter-section" aria-labelledby={id}>
      <h3 id={id}>
        <span className="section-number">{intl.formatMessage({ id: 'charter.section.number' }, { n })}</span> {intl.formatMessage({ id: `charter.section.${part}` })}
      </h3>
      <p className="section-intro">{intl.formatMessage({ id: `charter.intro.${part}` }, values)}</p>
      {children}
    </section>
  );
}

/** Start date and length; the first formal review is shown as it moves with them. */
function PilotFields() {
  const intl = useIntl();
  const span = { min: PILOT_MIN_WEEKS, max: PILOT_MAX_WEEKS };
  const { register, control, formState } = useFormContext<CharterFormInput>();
  const [startDate, weeks] = useWatch({ control, name: ['body.pilot.startDate', 'body.pilot.weeks'] });
  const errors = formState.errors.body?.pilot;
  const validWeeks = typeof weeks === 'number' && Number.isInteger(weeks) && weeks >= PILOT_MIN_WEEKS && weeks <= PILOT_MAX_WEEKS;
  const review = startDate && /^\d{4}-\d{2}-\d{2}$/.test(startDate) && validWeeks ? plusDays(startDate, weeks * 7) : null;
  return (
    <>
      <div className="charter-grid">
        <TextField label={intl.formatMessage({ id: 'charter.form.pilotStart' })} type="date" error={errors?.startDate?.message} {...register('body.pilot.startDate', { setValueAs: dateOrNull })} />
        <TextField
          label={intl.formatMessage({ id: 'charter.form.pilotWeeks' })}
          type="number"
          min={PILOT_MIN_WEEKS}
          max={PILOT_MAX_WEEKS}
          hint={intl.formatMessage({ id: 'charter.form.pilotHint' }, span)}
          error={errors?.weeks?.message}
          {...register('body.pilot.weeks', { setValueAs: numberOrUndefined })}
        />
      </div>
      <p className="pilot-review" aria-live="polite" data-testid="pilot-review">
        {review
          ? intl.formatMessage({ id: 'charter.form.pilotReview' }, { date: formatDate(review) })
          : startDate
            ? intl.formatMessage({ id: 'charter.form.pilotNeedsWeeks' }, span)
            : intl.formatMessage({ id: 'charter.form.pilotNeedsStart' })}
      </p>
    </>
  );
}

function ChannelsField() {
  const intl = useIntl();
  const { control, register, formState } = useFormContext<CharterFormInput>();
  const { fields, append, remove } = useFieldArray({ control, name: 'body.communication.channels' });
  const errors = formState.errors.body?.communication?.channels;
  return (
    <fieldset className="list-editor">
      <legend>{intl.formatMessage({ id: 'charter.form.channels' })}</legend>
      {fields.length === 0 && <p className="list-editor-empty">{intl.formatMessage({ id: 'charter.form.noChannels' })}</p>}
      <ol className="list-editor-items">
        {fields.map((field, i) => (
          <li key={field.id} className="list-editor-item cols-2">
            <TextField label={intl.formatMessage({ id: 'charter.form.channel' }, { n: i + 1 })} error={itemMessage(errors, i, 'channel')} {...register(`body.communication.channels.${i}.channel`)} />
            <TextField label={intl.formatMessage({ id: 'charter.form.response' })} error={itemMessage(errors, i, 'expectedResponse')} {...register(`body.communication.channels.${i}.expectedResponse`)} />
            <Button size="small" variant="ghost" className="list-editor-remove" aria-label={intl.formatMessage({ id: 'charter.form.removeChannel' }, { n: i + 1 })} onClick={() => remove(i)}>
              {intl.formatMessage({ id: 'charter.form.remove' })}
            </Button>
          </li>
        ))}
      </ol>
      <Button size="small" className="list-editor-add" onClick={() => append({ channel: '', expectedResponse: '' })}>
        {intl.formatMessage({ id: 'charter.form.addChannel' })}
      </Button>
    </fieldset>
  );
}

function EscalationField() {
  const intl = useIntl();
  const { control, register, formState } = useFormContext<CharterFormInput>();
  const { fields, append, remove, move } = useFieldArray({ control, name: 'body.escalation' });
  const errors = formState.errors.body?.escalation;
  return (
    <fieldset className="list-editor">
      <legend>{intl.formatMessage({ id: 'charter.form.steps' })}</legend>
      {fields.length === 0 && <p className="list-editor-empty">{intl.formatMessage({ id: 'charter.form.noSteps' })}</p>}
      <ol className="list-editor-items">
        {fields.map((field, i) => (
          <li key={field.id} className="list-editor-item cols-wide">
            <TextField label={intl.formatMessage({ id: 'charter.form.step' }, { n: i + 1 })} error={itemMessage(errors, i, 'step')} {...register(`body.escalation.${i}.step`)} />
            <TextField label={intl.formatMessage({ id: 'charter.form.who' })} error={itemMessage(errors, i, 'who')} {...register(`body.escalation.${i}.who`)} />
            <span className="list-editor-actions">
              <Button size="small" variant="ghost" aria-label={intl.formatMessage({ id: 'charter.form.moveUp' }, { n: i + 1 })} disabled={i === 0} onClick={() => move(i, i - 1)}>
                {intl.formatMessage({ id: 'charter.form.up' })}
              </Button>
              <Button size="small" variant="ghost" aria-label={intl.formatMessage({ id: 'charter.form.moveDown' }, { n: i + 1 })} disabled={i === fields.length - 1} onClick={() => move(i, i + 1)}>
                {intl.formatMessage({ id: 'charter.form.down' })}
              </Button>
              <Button size="small" variant="ghost" className="list-editor-remove" aria-label={intl.formatMessage({ id: 'charter.form.removeStep' }, { n: i + 1 })} onClick={() => remove(i)}>
                {intl.formatMessage({ id: 'charter.form.remove' })}
              </Button>
            </span>
          </li>
        ))}
      </ol>
      <Button size="small" className="list-editor-add" onClick={() => append({ step: '', who: '' })}>
        {intl.formatMessage({ id: 'charter.form.addStep' })}
      </Button>
    </fieldset>
  );
}

function GlossaryField() {
  const intl = useIntl();
  const { control, register, formState } = useFormContext<CharterFormInput>();
  const { fields, append, remove } = useFieldArray({ control, name: 'body.glossary' });
  const errors = formState.errors.body?.glossary;
  return (
    <fieldset className="list-editor">
      <legend>{intl.formatMessage({ id: 'charter.form.terms' })}</legend>
      {fields.length === 0 && <p className="list-editor-empty">{intl.formatMessage({ id: 'charter.form.noTerms' })}</p>}
      <ol className="list-editor-items">
        {fields.map((field, i) => (
          <li key={field.id} className="list-editor-item cols-term">
            <TextField label={intl.formatMessage({ id: 'charter.form.term' }, { n: i + 1 })} error={itemMessage(errors, i, 'term')} {...register(`body.glossary.${i}.term`)} />
            <TextAreaField label={intl.formatMessage({ id: 'charter.form.meaning' })} rows={2} error={itemMessage(errors, i, 'meaning')} {...register(`body.glossary.${i}.meaning`)} />
            <Button size="small" variant="ghost" className="list-editor-remove" aria-label={intl.formatMessage({ id: 'charter.form.removeTerm' }, { n: i + 1 })} onClick={() => remove(i)}>
              {intl.formatMessage({ id: 'charter.form.remove' })}
            </Button>
          </li>
        ))}
      </ol>
      <Button size="small" className="list-editor-add" onClick={() => append({ term: '', meaning: '' })}>
        {intl.formatMessage({ id: 'charter.form.addTerm' })}
      </Button>
    </fieldset>
  );
}
