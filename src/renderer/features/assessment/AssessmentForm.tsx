import { schemaResolver } from '../../components/schema-resolver';
import { useState, type Ref, type SelectHTMLAttributes } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { useIntl } from 'react-intl';
import type { z } from 'zod';
import { recordAssessmentInput, type AssessmentKind, type Competency, type Rating } from '../../../shared/assessment/schema';
import { localToday } from '../../../shared/dates';
import { errorMessage, isBridgeError } from '../../bridge/client';
import { Button } from '../../components/Button';
import { TextAreaField, TextField } from '../../components/Field';
import { numberOrNull } from '../../components/form-values';
import { itemMessage } from '../../components/TextListField';
import { formatRating, ratingOptions } from './labels';
import { ErrorBanner } from '../../components/ErrorBanner';
import './assessment.css';

export type AssessmentInput = z.input<typeof recordAssessmentInput>;
export type AssessmentValues = z.output<typeof recordAssessmentInput>;
type RatingRow = AssessmentInput['ratings'][number];

const rated = (r: RatingRow) => r.mentor != null || r.mentee != null || (r.note ?? '').trim() !== '';
/** Positions on screen of the rows that are sent. */
const ratedIndexes = (rows: RatingRow[]) => rows.flatMap((r, i) => (rated(r) ? [i] : []));
const resolver = keepRatedRows();

/**
 * The form lists every competency; only the rows given a rating (or a note) are sent.
 * The shared schema checks those, and its messages go back to the rows they came from.
 */
function keepRatedRows(): Resolver<AssessmentInput, unknown, AssessmentValues> {
  const base = schemaResolver(recordAssessmentInput);
  return async (values, context, options) => {
    const indexes = ratedIndexes(values.ratings);
    const result = await base({ ...values, ratings: indexes.map((i) => values.ratings[i]!) }, context, options);
    const ratings = (result.errors as FieldErrors<AssessmentInput>).ratings;
    if (ratings) {
      const remapped: Record<string | number, unknown> = {};
      for (const [key, value] of Object.entries(ratings)) {
        const n = Number(key);
        remapped[Number.isInteger(n) && key !== '' ? indexes[n]! : key] = value;
      }
      (result.errors as Record<string, unknown>).ratings = remapped;
    }
    return result as Awaited<ReturnType<Resolver<AssessmentInput, unknown, AssessmentValues>>>;
  };
}

export interface AssessmentFormProps {
  menteeId: number;
  kind: AssessmentKind;
  competencies: Competency[];
  /** The latest round's ratings, shown beside each row of a re-assessment. */
  previous?: Rating[];
  save(values: AssessmentValues): Promise<unknown>;
  onCancel(): void;
}

/** One assessment round: each competency rated 1-5 by the mentor and by the mentee, with a note. */
export function AssessmentForm({ menteeId, kind, competencies, previous = [], save, onCancel }: AssessmentFormProps) {
  const intl = useIntl();
  const form = useForm<AssessmentInput, unknown, AssessmentValues>({
    resolver,
    defaultValues: {
      menteeId,
      kind,
      date: localToday(),
      note: '',
      ratings: competencies.map((c) => ({ competencyId: c.id, mentor: null, mentee: null, note: '' })),
    },
  });
  const errors = form.formState.errors;
  const [failure, setFailure] = useState<string | null>(null);
  const last = new Map(previous.map((r) => [r.competencyId, r]));

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await save(values);
    } catch (err) {
      let placed = false;
      if (isBridgeError(err, 'INVALID_INPUT')) {
        const kept = ratedIndexes(form.getValues('ratings'));
        for (const issue of err.issues) {
          // Ratings were sent without the unrated rows: point back at the row on screen.
          const path = issue.path[0] === 'ratings' && typeof issue.path[1] === 'number' ? ['ratings', kept[issue.path[1]] ?? issue.path[1], ...issue.path.slice(2)] : issue.path;
          if (path.length === 0) continue;
          form.setError(path.join('.') as 'date', { type: 'server', message: issue.message });
          placed = true;
        }
      }
      setFailure(placed ? intl.formatMessage({ id: 'assessment.form.notSavedFields' }) : intl.formatMessage({ id: 'assessment.form.notSaved' }, { reason: errorMessage(err) }));
    }
  });

  return (
    <form className="assessment-form" onSubmit={onSubmit} noValidate aria-label={intl.formatMessage({ id: 'assessment.form.label' }, { kind })}>
      <div className="form-grid">
        <TextField label={intl.formatMessage({ id: 'assessment.form.date' })} type="date" error={errors.date?.message ?? errors.kind?.message} {...form.register('date')} />
        <TextAreaField label={intl.formatMessage({ id: 'assessment.form.note' })} rows={2} error={errors.note?.message} {...form.register('note')} />
      </div>
      <table className="rating-table">
        <caption className="visually-hidden">{intl.formatMessage({ id: 'assessment.form.caption' })}</caption>
        <thead>
          <tr>
            <th scope="col">{intl.formatMessage({ id: 'assessment.form.competency' })}</th>
            <th scope="col">{intl.formatMessage({ id: 'assessment.form.mentorRating' })}</th>
            <th scope="col">{intl.formatMessage({ id: 'assessment.form.menteeRating' })}</th>
            <th scope="col">{intl.formatMessage({ id: 'assessment.form.noteColumn' })}</th>
          </tr>
        </thead>
        <tbody>
          {competencies.map((c, i) => {
            const mentorError = itemMessage(errors.ratings, i, 'mentor');
            const menteeError = itemMessage(errors.ratings, i, 'mentee');
            const noteError = itemMessage(errors.ratings, i, 'note');
            const before = last.get(c.id);
            return (
              <tr key={c.id}>
                <th scope="row">
                  {c.name}
                  {c.description && <span className="competency-desc">{c.description}</span>}
                  {before && (
                    <span className="previous">
                      {intl.formatMessage({ id: 'assessment.form.lastTime' }, { mentor: formatRating(before.mentor), mentee: formatRating(before.mentee) })}
                    </span>
                  )}
                </th>
                <td>
                  <RatingSelect label={intl.formatMessage({ id: 'assessment.form.mentorSelect' }, { competency: c.name })} error={mentorError} {...form.register(`ratings.${i}.mentor`, { setValueAs: numberOrNull })} />
                </td>
                <td>
                  <RatingSelect label={intl.formatMessage({ id: 'assessment.form.menteeSelect' }, { competency: c.name })} error={menteeError} {...form.register(`ratings.${i}.mentee`, { setValueAs: numberOrNull })} />
                </td>
                <td>
                  <input
                    className="input"
                    aria-label={intl.formatMessage({ id: 'assessment.form.noteInput' }, { competency: c.name })}
                    aria-invalid={noteError ? true : undefined}
                    {...form.register(`ratings.${i}.note`)}
                  />
                  {noteError && <p className="field-error">{noteError}</p>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {errors.ratings?.message && <p className="field-error">{errors.ratings.message}</p>}
      {errors.ratings?.root?.message && <p className="field-error">{errors.ratings.root.message}</p>}
      {failure && (
        <ErrorBanner>
          {failure}
        </ErrorBanner>
      )}
      <div className="row">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {intl.formatMessage({ id: 'assessment.form.save' }, { kind })}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {intl.formatMessage({ id: 'assessment.form.cancel' })}
        </Button>
      </div>
    </form>
  );
}

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement>; label: string; error?: string | undefined };

function RatingSelect({ label, error, ...select }: SelectProps) {
  const errorId = `${select.name ?? label}-error`;
  return (
    <>
      <select className="input select" aria-label={label} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} {...select}>
        {ratingOptions().map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </>
  );
}
