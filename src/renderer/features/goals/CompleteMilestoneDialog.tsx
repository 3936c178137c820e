import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
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
  const complete = useVaultMutation('milestones.complete', { invalidate: GOAL_QUERIES });
  const evidence = useVaultQuery('evidence.list', { menteeId, goalId: milestone.goalId, limit: 500 });
  const form = useForm<Input, unknown, Values>({
    resolver: zodResolver(completeMilestoneInput),
    defaultValues: { id: milestone.id, doneOn: localToday(), evidenceText: '', evidenceId: null },
  });
  const errors = form.formState.errors;
  const [failure, setFailure] = useState<string | null>(null);
  const options = [
    { value: '', label: 'No linked record' },
    ...(evidence.data?.rows ?? []).map((e) => ({ value: String(e.id), label: `${formatDate(e.date)} · ${e.summary.slice(0, 60)}` })),
  ];
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await complete.mutateAsync(values);
      notify('success', 'Milestone done.');
      onClose();
    } catch (err) {
      if (!applyServerIssues(err, form.setError)) setFailure(errorMessage(err));
    }
  });
  return (
    <Dialog open onClose={onClose} title={`Mark “${milestone.title}” as done`} description={<p>Indicator: {milestone.indicator.description}</p>}>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <TextField label="Done on" type="date" error={errors.doneOn?.message} {...form.register('doneOn')} />
        <TextAreaField label="Evidence that proved it" rows={3} error={errors.evidenceText?.message} {...form.register('evidenceText')} />
        <IdSelectField control={form.control} name="evidenceId" label="Linked evidence record" options={options} error={errors.evidenceId?.message} />
        {failure && (
          <ErrorBanner>
            {failure}
          </ErrorBanner>
        )}
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
            Mark as done
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
