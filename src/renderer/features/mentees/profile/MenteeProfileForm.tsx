import { FormattedMessage, useIntl } from 'react-intl';
import { useState, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { menteeProfile, type MenteeProfileInput, type MenteeProfileValues } from '../../../../shared/mentees/schema';
import { errorMessage } from '../../../bridge/client';
import { applyServerIssues } from '../../../bridge/form-errors';
import { Button } from '../../../components/Button';
import { SelectField, TextAreaField, TextField } from '../../../components/Field';
import { statusOptions } from '../format';
import { CareerAimsField, InterestsField, TextListField } from './ListFields';
import { schemaResolver } from '../../../components/schema-resolver';
import { ErrorBanner } from '../../../components/ErrorBanner';
import '../mentees.css';
import { FormSchemaProvider } from '../../../components/field-limits';
import { DocumentLocaleField } from '../../documents/DocumentLocaleField';

export interface MenteeProfileFormProps {
  defaultValues: MenteeProfileInput;
  /** Saves; answers the stored profile (the form then shows it, with new ids) or throws the refusal. */
  save(values: MenteeProfileValues): Promise<MenteeProfileInput | void>;
  submitLabel: string;
  /** Where the profile sits in the method's input, e.g. 'profile' in mentees.update. */
  issuePrefix?: string[];
  actions?: ReactNode;
}

/**
 * The mentee's profile: the contract's `menteeProfile` schema checks it here (messages
 * next to fields), and a refusal from the main process lands on the same fields.
 */
export function MenteeProfileForm({ defaultValues, save, submitLabel, issuePrefix = [], actions }: MenteeProfileFormProps) {
  const intl = useIntl();
  const form = useForm<MenteeProfileInput, unknown, MenteeProfileValues>({ resolver: schemaResolver(menteeProfile), defaultValues });
  const { register, formState } = form;
  const errors = formState.errors;
  const [failure, setFailure] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const stored = await save(values);
      if (stored) form.reset(stored);
    } catch (err) {
      applyServerIssues(err, form.setError, issuePrefix);
      setFailure(intl.formatMessage({ id: 'mentees.profile.notSaved' }, { problem: errorMessage(err) }));
    }
  });

  return (
    <FormProvider {...form}>
      <FormSchemaProvider schema={menteeProfile}>
      <form className="profile-form" onSubmit={onSubmit} noValidate aria-label={intl.formatMessage({ id: 'mentees.profile.form' })}>
        <section className="card form-section" aria-labelledby="profile-about">
          <h2 id="profile-about">
            <FormattedMessage id="mentees.profile.about" />
          </h2>
          <div className="form-grid">
            <TextField label={intl.formatMessage({ id: 'mentees.profile.name' })} autoComplete="off" error={errors.name?.message} {...register('name')} className="span-2" />
            <TextField label={intl.formatMessage({ id: 'mentees.profile.role' })} autoComplete="off" error={errors.role?.message} {...register('role')} />
            <TextField label={intl.formatMessage({ id: 'mentees.profile.team' })} autoComplete="off" error={errors.team?.message} {...register('team')} />
            <TextField
              label={intl.formatMessage({ id: 'mentees.profile.startDate' })}
              type="date"
              error={errors.startDate?.message}
              {...register('startDate', { setValueAs: (v: string | null) => (v ? v : null) })}
            />
            <SelectField label={intl.formatMessage({ id: 'mentees.profile.status' })} options={statusOptions()} error={errors.status?.message} {...register('status')} />
            <DocumentLocaleField />
          </div>
        </section>
        <section className="card form-section" aria-labelledby="profile-aims">
          <h2 id="profile-aims">
            <FormattedMessage id="mentees.profile.aims" />
          </h2>
          <TextAreaField label={intl.formatMessage({ id: 'mentees.profile.aspirations' })} rows={4} error={errors.aspirations?.message} {...register('aspirations')} />
          <CareerAimsField />
        </section>
        <section className="card form-section" aria-labelledby="profile-traits">
          <h2 id="profile-traits">
            <FormattedMessage id="mentees.profile.startingPoint" />
          </h2>
          <div className="form-grid traits-grid">
            <TextListField name="strengths" />
            <TextListField name="gaps" />
          </div>
          <InterestsField />
        </section>
        <div className="form-footer">
          {failure && (
            <ErrorBanner>
              {failure}
            </ErrorBanner>
          )}
          <div className="row">
            <Button type="submit" variant="primary" busy={formState.isSubmitting}>
              {submitLabel}
            </Button>
            {actions}
          </div>
        </div>
      </form>
      </FormSchemaProvider>
    </FormProvider>
  );
}
