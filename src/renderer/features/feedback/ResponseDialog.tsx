import { FormattedMessage, useIntl } from 'react-intl';
import { useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import { paperFeedbackForm } from '../../../shared/feedback/schema';
import { localToday } from '../../../shared/dates';
import { useVaultMutation } from '../../bridge/hooks';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { numberOrNull } from '../../components/form-values';
import { useToast } from '../../components/Toast';
import { ratingOptions } from '../assessment/labels';
import { relationshipOptions } from './labels';
import { FEEDBACK_QUERIES } from './stale';

type FormValues = z.input<typeof paperFeedbackForm>;

/** Keys in a feedback form received on paper: the same fields as the fillable form. */
export function ResponseDialog({ menteeId, competencies, onClose }: { menteeId: number; competencies: string[]; onClose(): void }) {
  const { notify } = useToast();
  const add = useVaultMutation('feedback.add', { invalidate: FEEDBACK_QUERIES });
  const intl = useIntl();
  return (
    <FormDialog
      wide
      title={intl.formatMessage({ id: 'feedback.form.title' })}
      description={intl.formatMessage({ id: 'feedback.form.description' })}
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
      submitLabel={intl.formatMessage({ id: 'feedback.form.submit' })}
      onClose={onClose}
      save={async (values) => {
        await add.mutateAsync(values);
        notify('success', intl.formatMessage({ id: 'feedback.form.saved' }));
      }}
    >
      <ResponseFields competencies={competencies} />
    </FormDialog>
  );
}

function ResponseFields({ competencies }: { competencies: string[] }) {
  const { register, formState } = useFormContext<FormValues>();
  const errors = formState.errors;
  const intl = useIntl();
  return (
    <>
      <div className="form-pair">
        <SelectField label={intl.formatMessage({ id: 'feedback.form.relationship' })} options={relationshipOptions(intl)} error={errors.relationship?.message} {...register('relationship')} />
        <TextField label={intl.formatMessage({ id: 'feedback.form.receivedOn' })} type="date" error={errors.receivedOn?.message} {...register('receivedOn')} />
      </div>
      <TextField label={intl.formatMessage({ id: 'feedback.form.raterName' })} autoComplete="off" error={errors.raterName?.message} {...register('raterName')} />
      <fieldset className="feedback-ratings">
        <legend>
          <FormattedMessage id="feedback.form.ratings" />
        </legend>
        {competencies.length === 0 && <p className="muted">
            <FormattedMessage id="feedback.form.noCompetencies" />
          </p>}
        <div className="feedback-rating-grid">
          {competencies.map((name, i) => (
            <SelectField
              key={name}
              label={name}
              options={ratingOptions()}
              error={errors.ratings?.[i]?.score?.message}
              {...register(`ratings.${i}.score`, { setValueAs: numberOrNull })}
            />
          ))}
        </div>
      </fieldset>
      <TextAreaField label={intl.formatMessage({ id: 'feedback.comments.strengths' })} rows={3} error={errors.strengths?.message} {...register('strengths')} />
      <TextAreaField label={intl.formatMessage({ id: 'feedback.comments.change' })} rows={3} error={errors.change?.message} {...register('change')} />
    </>
  );
}
