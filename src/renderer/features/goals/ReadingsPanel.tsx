import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { localToday } from '../../../shared/dates';
import { addReadingInput, type Goal } from '../../../shared/goals/schema';
import { errorMessage } from '../../bridge/client';
import { applyServerIssues } from '../../bridge/form-errors';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { numberOrUndefined } from '../../components/form-values';
import { useToast } from '../../components/Toast';
import { formatDate } from '../mentees/format';
import { formatValue } from './labels';
import { GOAL_QUERIES } from './stale';
import { ErrorBanner } from '../../components/ErrorBanner';

type ReadingInput = z.input<typeof addReadingInput>;
type ReadingValues = z.output<typeof addReadingInput>;

/** The goal's metric readings, newest first, and a form to add one. */
export function ReadingsPanel({ goal }: { goal: Goal }) {
  const { notify } = useToast();
  const add = useVaultMutation('goals.addReading', { invalidate: GOAL_QUERIES });
  const remove = useVaultMutation('goals.deleteReading', { invalidate: GOAL_QUERIES, onError: (err) => notify('error', errorMessage(err)) });
  // value '' (not undefined): reset() writes it into the input, so the box empties after each reading.
  const defaults = (): ReadingInput => ({ goalId: goal.id, date: localToday(), value: '' as unknown as number, note: '' });
  const form = useForm<ReadingInput, unknown, ReadingValues>({ resolver: zodResolver(addReadingInput), defaultValues: defaults() });
  const [failure, setFailure] = useState<string | null>(null);
  const errors = form.formState.errors;
  const readings = [...goal.readings].sort((a, b) => b.date.localeCompare(a.date));

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await add.mutateAsync(values);
      notify('success', 'Reading added.');
      form.reset(defaults());
    } catch (err) {
      if (!applyServerIssues(err, form.setError)) setFailure(errorMessage(err));
    }
  });

  return (
    <section className="stack" aria-labelledby={`readings-${goal.id}`}>
      <h3 id={`readings-${goal.id}`}>Readings of “{goal.metric}”</h3>
      <form className="inline-form" onSubmit={onSubmit} noValidate aria-label="Add a reading">
        <TextField label="Date" type="date" error={errors.date?.message} {...form.register('date')} />
        <TextField
          label={`Value${goal.unit ? ` (${goal.unit})` : ''}`}
          type="number"
          step="any"
          error={errors.value?.message}
          {...form.register('value', { setValueAs: numberOrUndefined })}
        />
        <TextField label="Note" error={errors.note?.message} {...form.register('note')} />
        <Button type="submit" busy={form.formState.isSubmitting}>
          Add reading
        </Button>
      </form>
      {failure && (
        <ErrorBanner>
          {failure}
        </ErrorBanner>
      )}
      {readings.length === 0 ? (
        <p className="muted">No readings yet: the chart shows the baseline and the target.</p>
      ) : (
        <ul className="reading-list" aria-label="Readings">
          {readings.map((r) => (
            <li key={r.id}>
              <span>
                <strong>{formatValue(r.value, goal.unit)}</strong> on {formatDate(r.date)}
                {r.note && <span className="muted"> · {r.note}</span>}
              </span>
              <Button size="small" variant="ghost" aria-label={`Delete the reading of ${formatDate(r.date)}`} onClick={() => remove.mutate({ id: r.id })}>
                Delete
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
