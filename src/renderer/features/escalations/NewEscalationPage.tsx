import { schemaResolver } from '../../components/schema-resolver';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { createEscalationInput, type CreateEscalationInput } from '../../../shared/escalations/schema';
import { MAX_SHORT_TEXT } from '../../../shared/primitives';
import { errorMessage } from '../../bridge/client';
import { applyServerIssues } from '../../bridge/form-errors';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ChipsField } from '../../components/ChipsField';
import { ConfidentialBadge } from '../../components/ConfidentialBadge';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { MenteeSelect } from '../../components/MenteeSelect';
import { useToast } from '../../components/Toast';
import { localToIso } from './datetime';
import { categoryOptions, severityOptions } from './labels';
import { escalationPath } from './paths';
import { ErrorBanner } from '../../components/ErrorBanner';
import '../mentees/mentees.css';
import '../notes/notes.css';
import './escalations.css';
import { FormSchemaProvider } from '../../components/field-limits';

type Values = z.output<typeof createEscalationInput>;

const choose = (prompt: string, options: { value: string; label: string }[]) => [{ value: '', label: prompt }, ...options];

/** Raising a concern: the record's details are fixed from here on; what follows goes on its timeline. */
export default function NewEscalationPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const intl = useIntl();
  const { notify } = useToast();
  const mentee = Number(params.get('mentee'));
  const form = useForm<CreateEscalationInput, unknown, Values>({
    resolver: schemaResolver(createEscalationInput),
    defaultValues: {
      menteeId: Number.isSafeInteger(mentee) && mentee > 0 ? mentee : (undefined as unknown as number),
      category: '' as never,
      severity: '' as never,
      title: '',
      summary: '',
      needToKnow: [],
    },
  });
  const { register, control, formState } = form;
  const errors = formState.errors;
  const [failure, setFailure] = useState<string | null>(null);
  const create = useVaultMutation('escalations.create', { invalidate: ['escalations.', 'vault.info'] });

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const record = await create.mutateAsync(values);
      notify('success', intl.formatMessage({ id: 'escalations.new.saved' }));
      void navigate(escalationPath(record.id), { replace: true });
    } catch (err) {
      applyServerIssues(err, form.setError);
      setFailure(intl.formatMessage({ id: 'escalations.new.notSaved' }, { reason: errorMessage(err) }));
    }
  });

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <Link to="/escalations" className="back-link">
            <FormattedMessage id="escalations.record.backShort" />
          </Link>
          <div className="title-with-badge">
            <h1>
              <FormattedMessage id="escalations.new.title" />
            </h1>
            <ConfidentialBadge />
          </div>
          <p>
            <FormattedMessage id="escalations.new.intro" />
          </p>
        </div>
      </header>
      <FormSchemaProvider schema={createEscalationInput}>
      <form className="esc-form card" onSubmit={onSubmit} noValidate aria-label={intl.formatMessage({ id: 'escalations.new.form' })}>
        <div className="form-grid">
          <Controller
            control={control}
            name="menteeId"
            render={({ field }) => (
              <MenteeSelect
                label={intl.formatMessage({ id: 'escalations.new.mentee' })}
                emptyLabel={intl.formatMessage({ id: 'escalations.new.chooseMentee' })}
                error={errors.menteeId ? intl.formatMessage({ id: 'escalations.new.chooseMentee' }) : undefined}
                className="span-2"
                name={field.name}
                ref={field.ref}
                value={field.value === undefined || Number.isNaN(field.value) ? '' : String(field.value)}
                onChange={(e) => field.onChange(e.target.value === '' ? undefined : Number(e.target.value))}
                onBlur={field.onBlur}
              />
            )}
          />
          <SelectField
            label={intl.formatMessage({ id: 'escalations.new.category' })}
            options={choose(intl.formatMessage({ id: 'escalations.new.chooseCategory' }), categoryOptions())} error={errors.category?.message} {...register('category')} />
          <SelectField
            label={intl.formatMessage({ id: 'escalations.new.severity' })}
            options={choose(intl.formatMessage({ id: 'escalations.new.chooseSeverity' }), severityOptions())} error={errors.severity?.message} {...register('severity')} />
          <TextField label={intl.formatMessage({ id: 'escalations.new.titleField' })} className="span-2" autoComplete="off" maxLength={MAX_SHORT_TEXT} error={errors.title?.message} {...register('title')} />
          <TextAreaField
            label={intl.formatMessage({ id: 'escalations.new.summary' })}
            className="span-2"
            rows={5}
            hint={intl.formatMessage({ id: 'escalations.new.summaryHint' })}
            error={errors.summary?.message}
            {...register('summary')}
          />
          <ChipsField
            control={control}
            name="needToKnow"
            label={intl.formatMessage({ id: 'escalations.new.needToKnow' })}
            itemLabel={intl.formatMessage({ id: 'escalations.entry.person' })}
            hint={intl.formatMessage({ id: 'escalations.new.needToKnowHint' })}
            placeholder={intl.formatMessage({ id: 'escalations.new.needToKnowPlaceholder' })}
            max={50}
          />
          <TextField
            label={intl.formatMessage({ id: 'escalations.new.raisedOn' })}
            type="datetime-local"
            hint={intl.formatMessage({ id: 'escalations.new.raisedOnHint' })}
            error={errors.openedAt?.message}
            {...register('openedAt', { setValueAs: localToIso })}
          />
        </div>
        {failure && (
          <ErrorBanner>
            {failure}
          </ErrorBanner>
        )}
        <div className="row">
          <Button type="submit" variant="primary" busy={formState.isSubmitting}>
            <FormattedMessage id="escalations.new.submit" />
          </Button>
          <Button onClick={() => void navigate(-1)}>
            <FormattedMessage id="escalations.new.cancel" />
          </Button>
        </div>
      </form>
      </FormSchemaProvider>
    </div>
  );
}
