import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
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
import { CATEGORY_OPTIONS, SEVERITY_OPTIONS } from './labels';
import { escalationPath } from './paths';
import { ErrorBanner } from '../../components/ErrorBanner';
import '../mentees/mentees.css';
import '../notes/notes.css';
import './escalations.css';
import { FormSchemaProvider } from '../../components/field-limits';

type Values = z.output<typeof createEscalationInput>;

const choose = (what: string, options: { value: string; label: string }[]) => [{ value: '', label: `Choose ${what}` }, ...options];

/** Raising a concern: the record's details are fixed from here on; what follows goes on its timeline. */
export default function NewEscalationPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { notify } = useToast();
  const mentee = Number(params.get('mentee'));
  const form = useForm<CreateEscalationInput, unknown, Values>({
    resolver: zodResolver(createEscalationInput),
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
      notify('success', 'Concern recorded. Add what happens next to its timeline.');
      void navigate(escalationPath(record.id), { replace: true });
    } catch (err) {
      applyServerIssues(err, form.setError);
      setFailure(`Not saved: ${errorMessage(err)}`);
    }
  });

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <Link to="/escalations" className="back-link">
            ← Escalations
          </Link>
          <div className="title-with-badge">
            <h1>Raise a concern</h1>
            <ConfidentialBadge />
          </div>
          <p>The details below start the record and cannot be changed later; later facts, changes and corrections are timeline entries.</p>
        </div>
      </header>
      <FormSchemaProvider schema={createEscalationInput}>
      <form className="esc-form card" onSubmit={onSubmit} noValidate aria-label="New escalation record">
        <div className="form-grid">
          <Controller
            control={control}
            name="menteeId"
            render={({ field }) => (
              <MenteeSelect
                label="Mentee"
                emptyLabel="Choose a mentee"
                error={errors.menteeId ? 'Choose a mentee' : undefined}
                className="span-2"
                name={field.name}
                ref={field.ref}
                value={field.value === undefined || Number.isNaN(field.value) ? '' : String(field.value)}
                onChange={(e) => field.onChange(e.target.value === '' ? undefined : Number(e.target.value))}
                onBlur={field.onBlur}
              />
            )}
          />
          <SelectField label="Category" options={choose('a category', CATEGORY_OPTIONS)} error={errors.category?.message} {...register('category')} />
          <SelectField label="Severity" options={choose('a severity', SEVERITY_OPTIONS)} error={errors.severity?.message} {...register('severity')} />
          <TextField label="Title" className="span-2" autoComplete="off" maxLength={MAX_SHORT_TEXT} error={errors.title?.message} {...register('title')} />
          <TextAreaField
            label="Summary"
            className="span-2"
            rows={5}
            hint="What the concern is, in your words. Facts and actions go on the timeline."
            error={errors.summary?.message}
            {...register('summary')}
          />
          <ChipsField
            control={control}
            name="needToKnow"
            label="Need to know"
            itemLabel="person"
            hint="Who may know about this concern: names or roles, Enter after each. Changed later only by a status-change entry."
            placeholder="e.g. HR business partner"
            max={50}
          />
          <TextField
            label="Raised on"
            type="datetime-local"
            hint="Leave empty for now."
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
            Record the concern
          </Button>
          <Button onClick={() => void navigate(-1)}>Cancel</Button>
        </div>
      </form>
      </FormSchemaProvider>
    </div>
  );
}
