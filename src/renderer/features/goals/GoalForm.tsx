import { schemaResolver } from '../../components/schema-resolver';
import { useMemo, useState, type ReactNode } from 'react';
import { useForm, useWatch, type Control, type Resolver } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { goalEditForm, goalForm, type GoalValues } from '../../../shared/goals/schema';
import { LETTERS } from '../../../shared/goals/smart';
import { errorMessage } from '../../bridge/client';
import { applyServerIssues } from '../../bridge/form-errors';
import { Button } from '../../components/Button';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { numberOrUndefined } from '../../components/form-values';
import { IdSelectField } from '../../components/IdSelectField';
import { goalAreaOptions, goalStatusOptions, goalWords } from './labels';
import { LETTER_GROUPS, lettersWithErrors, messagesIn, withoutLetter, type LetterGroupKey } from './smart-errors';
import { ErrorBanner } from '../../components/ErrorBanner';
import { WORD_SPACE } from '../../i18n/symbols';
import './goals.css';
import { FormSchemaProvider } from '../../components/field-limits';

export type GoalFormInput = z.input<typeof goalEditForm>;
export type GoalFormOutput = z.output<typeof goalEditForm>;

/** The fields whose change is a recalibration (kept in the goal's history with a reason). */
const RECALIBRATION_FIELDS = [
  { group: 'measurable', key: 'target', label: 'goals.form.recal.target' },
  { group: 'measurable', key: 'baseline', label: 'goals.form.recal.baseline' },
  { group: 'measurable', key: 'metric', label: 'goals.form.recal.metric' },
  { group: 'measurable', key: 'unit', label: 'goals.form.recal.unit' },
  { group: 'timeBound', key: 'targetDate', label: 'goals.form.recal.targetDate' },
] as const;

type Recalibratable = Pick<GoalFormInput, 'measurable' | 'timeBound'>;

/** What changed among the recalibration fields, as words ("target value, target date"). */
export function recalibratedFields(original: Recalibratable, current: Partial<Recalibratable>): string[] {
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : v === undefined || v === null || Number.isNaN(v) ? '' : String(v));
  return RECALIBRATION_FIELDS.filter(({ group, key }) => {
    const from = (original[group] as Record<string, unknown>)[key];
    const to = (current[group] as Record<string, unknown> | undefined)?.[key];
    return text(from) !== text(to);
  }).map((f) => goalWords(f.label));
}

export interface GoalFormProps {
  careerAims: readonly { id: number; title: string }[];
  defaultValues: GoalFormInput;
  /** Editing: the stored goal's values, so a recalibration is spotted and asks why. */
  original?: GoalValues;
  submitLabel: string;
  /** Saves; throws the refusal, whose issues land on the fields they name. */
  save(values: GoalFormOutput): Promise<unknown>;
  onCancel?(): void;
  /** Shown under the R group when the mentee has no career aim yet. */
  noAimsHint?: ReactNode;
}

/**
 * The SMART goal form: one field group per letter, checked with the shared schema. A
 * refusal names the letter next to its group (and in the banner); changing target,
 * baseline, metric, unit or target date of a stored goal asks why.
 */
export function GoalForm({ careerAims, defaultValues, original, submitLabel, save, onCancel, noAimsHint }: GoalFormProps) {
  const editing = original !== undefined;
  const intl = useIntl();
  const schema = useMemo(() => {
    if (!original) return goalForm;
    // The main process requires the reason too; asking here keeps the message by the field.
    return goalEditForm.superRefine((value, ctx) => {
      if (recalibratedFields(original, value).length > 0 && !value.reason?.trim()) {
        ctx.addIssue({ code: 'custom', path: ['reason'], message: goalWords('goals.form.reasonRequired') });
      }
    });
  }, [original]);
  const form = useForm<GoalFormInput, unknown, GoalFormOutput>({
    resolver: schemaResolver(schema) as Resolver<GoalFormInput, unknown, GoalFormOutput>,
    defaultValues,
  });
  const { register, formState, control } = form;
  const errors = formState.errors;
  const [failure, setFailure] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await save(values);
    } catch (err) {
      // Field refusals show next to their fields (and their letters in the banner); others here.
      if (!applyServerIssues(err, form.setError)) setFailure(errorMessage(err));
    }
  });

  // The banner names the letters to fix; each message itself stands once, next to its field.
  const missing = lettersWithErrors(errors);
  const general = ['title', 'area', 'status', 'startDate', 'reason'].filter((k) => errors[k as keyof typeof errors]);
  const showBanner = failure !== null || (formState.submitCount > 0 && (missing.length > 0 || general.length > 0));
  const aimOptions = [{ value: '', label: intl.formatMessage({ id: 'goals.form.chooseAim' }) }, ...careerAims.map((a) => ({ value: String(a.id), label: a.title }))];

  return (
    <FormSchemaProvider schema={schema}>
    <form className="goal-form" onSubmit={onSubmit} noValidate aria-label={intl.formatMessage({ id: editing ? 'goals.form.labelEdit' : 'goals.form.labelNew' })}>
      <div className="form-grid">
        <TextField label={intl.formatMessage({ id: 'goals.form.title' })} autoComplete="off" className="span-2" error={errors.title?.message} {...register('title')} />
        <SelectField
          label={intl.formatMessage({ id: 'goals.form.area' })}
          options={[{ value: '', label: intl.formatMessage({ id: 'goals.form.chooseArea' }) }, ...goalAreaOptions()]}
          error={errors.area?.message}
          {...register('area')}
        />
        <SelectField label={intl.formatMessage({ id: 'goals.form.status' })} options={goalStatusOptions()} error={errors.status?.message} {...register('status')} />
        <TextField
          label={intl.formatMessage({ id: 'goals.form.startDate' })}
          type="date"
          hint={intl.formatMessage({ id: 'goals.form.startDateHint' })}
          error={errors.startDate?.message}
          {...register('startDate')}
        />
      </div>

      <LetterGroup group="specific" errors={errors}>
        <TextAreaField label={intl.formatMessage({ id: 'goals.form.statement' })} rows={3} error={withoutLetter(errors.specific?.statement?.message)} {...register('specific.statement')} />
      </LetterGroup>

      <LetterGroup group="measurable" errors={errors}>
        <div className="form-grid">
          <TextField label={intl.formatMessage({ id: 'goals.form.metric' })} placeholder={intl.formatMessage({ id: 'goals.form.metricPlaceholder' })} error={withoutLetter(errors.measurable?.metric?.message)} {...register('measurable.metric')} />
          <TextField label={intl.formatMessage({ id: 'goals.form.unit' })} placeholder={intl.formatMessage({ id: 'goals.form.unitPlaceholder' })} error={withoutLetter(errors.measurable?.unit?.message)} {...register('measurable.unit')} />
          <TextField
            label={intl.formatMessage({ id: 'goals.form.baseline' })}
            type="number"
            step="any"
            error={withoutLetter(errors.measurable?.baseline?.message)}
            {...register('measurable.baseline', { setValueAs: numberOrUndefined })}
          />
          <TextField
            label={intl.formatMessage({ id: 'goals.form.target' })}
            type="number"
            step="any"
            error={withoutLetter(errors.measurable?.target?.message)}
            {...register('measurable.target', { setValueAs: numberOrUndefined })}
          />
        </div>
      </LetterGroup>

      <LetterGroup group="attainable" errors={errors}>
        <div className="form-grid">
          <TextAreaField label={intl.formatMessage({ id: 'goals.form.whyRealistic' })} rows={3} error={withoutLetter(errors.attainable?.whyRealistic?.message)} {...register('attainable.whyRealistic')} />
          <TextAreaField label={intl.formatMessage({ id: 'goals.form.supportNeeded' })} rows={3} error={withoutLetter(errors.attainable?.supportNeeded?.message)} {...register('attainable.supportNeeded')} />
        </div>
      </LetterGroup>

      <LetterGroup group="relevant" errors={errors}>
        <IdSelectField
          control={control}
          name="relevant.careerAimId"
          label={intl.formatMessage({ id: 'goals.form.careerAim' })}
          options={aimOptions}
          none={undefined}
          hint={careerAims.length === 0 ? noAimsHint : undefined}
          error={withoutLetter(errors.relevant?.careerAimId?.message)}
        />
      </LetterGroup>

      <LetterGroup group="timeBound" errors={errors}>
        <TextField
          label={intl.formatMessage({ id: 'goals.form.targetDate' })}
          type="date"
          className="narrow-field"
          error={withoutLetter(errors.timeBound?.targetDate?.message)}
          {...register('timeBound.targetDate')}
        />
      </LetterGroup>

      {original && <RecalibrationReason control={control} original={original} error={errors.reason?.message} register={register} />}

      <div className="form-footer">
        {showBanner && (
          <ErrorBanner>
            <FormattedMessage id="goals.form.notSaved" />
            {missing.length > 0 && intl.formatMessage({ id: 'goals.form.missing' }, { letters: missing.join(', ') })}
            {general.length > 0 && intl.formatMessage({ id: 'goals.form.checkFields' })}
            {failure && WORD_SPACE}
            {failure}
          </ErrorBanner>
        )}
        <div className="row">
          <Button type="submit" variant="primary" busy={formState.isSubmitting}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="ghost" onClick={onCancel}>
              <FormattedMessage id="goals.form.cancel" />
            </Button>
          )}
        </div>
      </div>
    </form>
    </FormSchemaProvider>
  );
}

/**
 * One SMART letter's fieldset. Its fields carry their own messages; the group shows only
 * a refusal of the letter as a whole, and is marked when anything inside needs a change.
 */
function LetterGroup({ group, errors, children }: { group: LetterGroupKey; errors: Record<string, unknown>; children: ReactNode }) {
  const meta = LETTER_GROUPS.find((g) => g.key === group)!;
  const intl = useIntl();
  const invalid = messagesIn(errors[group]).length > 0;
  const own = (errors[group] as { message?: string; root?: { message?: string } } | undefined) ?? {};
  const messages = [own.message, own.root?.message].filter((m): m is string => Boolean(m)).map((m) => withoutLetter(m) ?? m);
  const errorId = `goal-letter-${group}-error`;
  return (
    <fieldset className={invalid ? 'letter-group letter-group-invalid' : 'letter-group'} aria-describedby={messages.length ? errorId : undefined}>
      <legend>
        <span className="letter-badge" aria-hidden="true">
          {meta.letter}
        </span>
        <span className="letter-name">{intl.formatMessage({ id: meta.name })}</span>
        <span className="visually-hidden">
          {WORD_SPACE}
          <FormattedMessage id="goals.letter.spoken" values={{ letter: meta.letter }} />
        </span>
      </legend>
      <p className="letter-question">{intl.formatMessage({ id: meta.question })}</p>
      {messages.length > 0 && (
        <p className="letter-refusal" id={errorId} data-letter={meta.letter}>
          <FormattedMessage id="goals.letter.refusal" values={{ letter: LETTERS[meta.letter], messages: [...new Set(messages)].join('; ') }} />
        </p>
      )}
      {children}
    </fieldset>
  );
}

/** The "why" box, shown as soon as a recalibration field differs from the stored goal. */
function RecalibrationReason({
  control,
  original,
  error,
  register,
}: {
  control: Control<GoalFormInput, unknown, GoalFormOutput>;
  original: GoalValues;
  error: string | undefined;
  register: ReturnType<typeof useForm<GoalFormInput, unknown, GoalFormOutput>>['register'];
}) {
  const [measurable, timeBound] = useWatch({ control, name: ['measurable', 'timeBound'] });
  const changed = recalibratedFields(original, { measurable, timeBound });
  const intl = useIntl();
  if (changed.length === 0) return null;
  return (
    <div className="recalibration card-inset" role="group" aria-label={intl.formatMessage({ id: 'goals.form.recalibration' })}>
      <p className="recalibration-note">
        <FormattedMessage id="goals.form.recalibrationNote" values={{ fields: changed.join(', '), b: (chunks) => <strong>{chunks}</strong> }} />
      </p>
      <TextAreaField
        label={intl.formatMessage({ id: 'goals.form.whyRecalibrate' })}
        rows={2}
        error={error}
        // Empty = no reason (the schema's reason is optional; the check above asks for it when needed).
        {...register('reason', { setValueAs: (v: string | undefined) => (v?.trim() ? v : undefined) })}
      />
    </div>
  );
}
