import { useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import { paperFeedbackForm } from '../../../shared/feedback/schema';
import { localToday } from '../../../shared/dates';
import { useVaultMutation } from '../../bridge/hooks';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { numberOrNull } from '../../components/form-values';
import { useToast } from '../../components/Toast';
import { RATING_OPTIONS } from '../assessment/labels';
import { RELATIONSHIP_OPTIONS } from './labels';
import { FEEDBACK_QUERIES } from './stale';

type FormValues = z.input<typeof paperFeedbackForm>;

/** Keys in a feedback form received on paper: the same fields as the fillable form. */
export function ResponseDialog({ menteeId, competencies, onClose }: { menteeId: number; competencies: string[]; onClose(): void }) {
  const { notify } = useToast();
  const add = useVaultMutation('feedback.add', { invalidate: FEEDBACK_QUERIES });
  return (
    <FormDialog
      wide
      title="Enter a feedback form"
      description="A form returned on paper. The rater’s name is optional; it never appears beside their answers."
      schema={paperFeedbackForm}
      defaultValues={{
        menteeId,
        relationship: 'peer',
        raterName: '',
        receivedOn: localToday(),
        ratings: competencies.map((competency) => ({ competency, score: null })),
        strengths: '',
        change: '',
        formId: null,
      }}
      submitLabel="Record response"
      onClose={onClose}
      save={async (values) => {
        await add.mutateAsync(values);
        notify('success', 'Feedback recorded.');
      }}
    >
      <ResponseFields competencies={competencies} />
    </FormDialog>
  );
}

function ResponseFields({ competencies }: { competencies: string[] }) {
  const { register, formState } = useFormContext<FormValues>();
  const errors = formState.errors;
  return (
    <>
      <div className="form-pair">
        <SelectField label="Relationship to the mentee" options={RELATIONSHIP_OPTIONS} error={errors.relationship?.message} {...register('relationship')} />
        <TextField label="Received on" type="date" error={errors.receivedOn?.message} {...register('receivedOn')} />
      </div>
      <TextField label="Rater’s name (optional)" autoComplete="off" error={errors.raterName?.message} {...register('raterName')} />
      <fieldset className="feedback-ratings">
        <legend>Ratings from 1 to 5 (leave “—” where the rater gave none)</legend>
        {competencies.length === 0 && <p className="muted">No competencies to rate: add them on the Competencies page.</p>}
        <div className="feedback-rating-grid">
          {competencies.map((name, i) => (
            <SelectField
              key={name}
              label={name}
              options={RATING_OPTIONS}
              error={errors.ratings?.[i]?.score?.message}
              {...register(`ratings.${i}.score`, { setValueAs: numberOrNull })}
            />
          ))}
        </div>
      </fieldset>
      <TextAreaField label="Strengths" rows={3} error={errors.strengths?.message} {...register('strengths')} />
      <TextAreaField label="One thing to change" rows={3} error={errors.change?.message} {...register('change')} />
    </>
  );
}
