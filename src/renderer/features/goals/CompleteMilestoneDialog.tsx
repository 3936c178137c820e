import { schemaResolver } from '../../components/schema-resolver';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { localToday } from '../../../shared/dates';
import { completeMilestoneInput, type Milestone } from '../../../shared/goals/schema';
import { errorMessage } from '../../bridge/client';
import { applyServerIssues } from '../../bridge/form-errors';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import { TextAreaField, TextField } from '../../components/Field';
import { IdSelectField } from '../../components/IdSelectField';
import { useToast } from '../../components/Toast';
import { formatDate } from '../mentees/format';
import { GOAL_QUERIES } from './stale';
import { ErrorBanner } from '../../components/ErrorBanner';

type Input = z.input<typeof completeMilestoneInput>;
type Values = z.output<typeof completeMilestoneInput>;

/** Done, with what proved it: a line of evidence, a linked evidence record, or both. */
export function CompleteMilestoneDialog({ milestone, menteeId, onClose }: { milestone: Milestone; menteeId: number; onClose(): void }) {
  const { notify } = useToast();
  const intl = useIntl();
  const complete = useVaultMutation('milestones.complete', { invalidate: GOAL_QUERIES });
  const evidence = useVaultQuery('evidence.list', { menteeId, goalId: milestone.goalId, limit: 500 });
  const form = useForm<Input, unknown, Values>({
    resolver: schemaResolver(completeMilestoneInput),
    defaultValues: { id: milestone.id, doneOn: localToday(), evidenceText: '', evidenceId: null },
  });
  const errors = form.formState.errors;
  const [failure, setFailure] = useState<string | null>(null);
  const options = [
    { value: '', label: intl.formatMessage({ id: 'goals.complete.noRecord' }) },
    ...(evidence.data?.rows ?? []).map((e) => ({ value: String(e.id), label: `${formatDate(e.date)} · ${e.summary.slice(0, 60)}` })),
  ];
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await complete.mutateAsync(values);
      notify('success', intl.formatMessage({ id: 'goals.complete.done' }));
      onClose();
    } catch (err) {
      if (!applyServerIssues(err, form.setError)) setFailure(errorMessage(err));
    }
  });
  return (
    <Dialog
      open
      onClose={onClose}
      title={intl.formatMessage({ id: 'goals.complete.title' }, { title: milestone.title })}
      description={
        <p>
          <FormattedMessage id="goals.complete.indicator" values={{ description: milestone.indicator.description }} />
        </p>
      }
    >
      <form className="stack" onSubmit={onSubmit} noValidate>
        <TextField label={intl.formatMessage({ id: 'goals.complete.doneOn' })} type="date" error={errors.doneOn?.message} {...form.register('doneOn')} />
        <TextAreaField label={intl.formatMessage({ id: 'goals.complete.evidence' })} rows={3} error={errors.evidenceText?.message} {...form.register('evidenceText')} />
        <IdSelectField control={form.control} name="evidenceId" label={intl.formatMessage({ id: 'goals.complete.record' })} options={options} error={errors.evidenceId?.message} />
        {failure && (
          <ErrorBanner>
            {failure}
          </ErrorBanner>
        )}
        <DialogActions>
          <Button onClick={onClose}>
            <FormattedMessage id="goals.form.cancel" />
          </Button>
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
            <FormattedMessage id="goals.complete.submit" />
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
