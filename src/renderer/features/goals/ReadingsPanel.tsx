import { schemaResolver } from '../../components/schema-resolver';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
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
  const intl = useIntl();
  const add = useVaultMutation('goals.addReading', { invalidate: GOAL_QUERIES });
  const remove = useVaultMutation('goals.deleteReading', { invalidate: GOAL_QUERIES, onError: (err) => notify('error', errorMessage(err)) });
  // value '' (not undefined): reset() writes it into the input, so the box empties after each reading.
  const defaults = (): ReadingInput => ({ goalId: goal.id, date: localToday(), value: '' as unknown as number, note: '' });
  const form = useForm<ReadingInput, unknown, ReadingValues>({ resolver: schemaResolver(addReadingInput), defaultValues: defaults() });
  const [failure, setFailure] = useState<string | null>(null);
  const errors = form.formState.errors;
  const readings = [...goal.readings].sort((a, b) => b.date.localeCompare(a.date));

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await add.mutateAsync(values);
      notify('success', intl.formatMessage({ id: 'goals.readings.added' }));
      form.reset(defaults());
    } catch (err) {
      if (!applyServerIssues(err, form.setError)) setFailure(errorMessage(err));
    }
  });

  return (
    <section className="stack" aria-labelledby={`readings-${goal.id}`}>
      <h3 id={`readings-${goal.id}`}>
        <FormattedMessage id="goals.readings.title" values={{ metric: goal.metric }} />
      </h3>
      <form className="inline-form" onSubmit={onSubmit} noValidate aria-label={intl.formatMessage({ id: 'goals.readings.formLabel' })}>
        <TextField label={intl.formatMessage({ id: 'goals.readings.date' })} type="date" error={errors.date?.message} {...form.register('date')} />
        <TextField
          label={goal.unit ? intl.formatMessage({ id: 'goals.readings.valueUnit' }, { unit: goal.unit }) : intl.formatMessage({ id: 'goals.readings.value' })}
          type="number"
          step="any"
          error={errors.value?.message}
          {...form.register('value', { setValueAs: numberOrUndefined })}
        />
        <TextField label={intl.formatMessage({ id: 'goals.readings.note' })} error={errors.note?.message} {...form.register('note')} />
        <Button type="submit" busy={form.formState.isSubmitting}>
          <FormattedMessage id="goals.readings.add" />
        </Button>
      </form>
      {failure && (
        <ErrorBanner>
          {failure}
        </ErrorBanner>
      )}
      {readings.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="goals.readings.empty" />
        </p>
      ) : (
        <ul className="reading-list" aria-label={intl.formatMessage({ id: 'goals.readings.label' })}>
          {readings.map((r) => (
            <li key={r.id}>
              <span>
                <FormattedMessage id="goals.readings.on" values={{ value: formatValue(r.value, goal.unit), date: formatDate(r.date), b: (chunks) => <strong>{chunks}</strong> }} />
                {r.note && <span className="muted">{intl.formatMessage({ id: 'goals.readings.noteAfter' }, { note: r.note })}</span>}
              </span>
              <Button size="small" variant="ghost" aria-label={intl.formatMessage({ id: 'goals.readings.deleteLabel' }, { date: formatDate(r.date) })} onClick={() => remove.mutate({ id: r.id })}>
                <FormattedMessage id="goals.readings.delete" />
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
