import { useIntl } from 'react-intl';
import { useEffect, useRef, useState } from 'react';
import { selfAssessmentFields, type SelfAssessment } from '../../../shared/meetings/capture';
import { OPEN_GOAL_STATUSES, type GoalSummary } from '../../../shared/goals/schema';
import { errorMessage } from '../../bridge/client';
import { applyServerIssues } from '../../bridge/form-errors';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField, TextAreaField } from '../../components/Field';
import { FormSchemaProvider } from '../../components/field-limits';
import { useFocusAfterCommit } from '../../components/useFocusAfterCommit';
import { useSchemaForm } from '../../components/useSchemaForm';
import { formatDateTime } from '../mentees/format';
import type { Autosave } from './mode/autosave';
import { MEETING_QUERIES } from './stale';
import { selfAssessmentForm, type SelfAssessmentFormValues } from './self-assessment-form';

export interface SelfAssessmentFormProps {
  meetingId: number;
  menteeId: number;
  current: SelfAssessment | null;
  /** In the meeting mode the import button is left out (no file dialogs mid-meeting). */
  allowImport?: boolean;
  /** In the meeting mode: every change is saved as it is made, like the rest of the mode (a reload loses nothing). */
  autosave?: Autosave;
  /** Told once a save has gone through. */
  onSaved?(): void;
  /** Where focus goes after a save (the Save button is disabled while it runs); by default back to that button. */
  focusAfterSave?(): HTMLElement | null;
  /** The page's answer to onSaved when a save redraws the form: this form's Save button takes focus. */
  focusSave?: boolean;
}

const valuesOf = (goals: GoalSummary[], sa: Pick<SelfAssessment, 'reflection' | 'ratings'> | null): SelfAssessmentFormValues => ({
  reflection: sa?.reflection ?? '',
  goals: goals.map((g) => ({ goalId: g.id, rating: String(sa?.ratings.find((r) => r.goalId === g.id)?.rating ?? '') })),
});

/**
 * The mentee's own rating of each active goal (1-5) and a short reflection, as the
 * mentor records it before or at the start of a session (or imports it from a file).
 * Checked with the shared schema before it is sent.
 */
export function SelfAssessmentForm(props: SelfAssessmentFormProps) {
  const goals = useVaultQuery('goals.list', { menteeId: props.menteeId, statuses: [...OPEN_GOAL_STATUSES], limit: 50 });
  if (!goals.data) return null;
  return <SelfAssessmentFields {...props} goals={goals.data.rows} />;
}

function SelfAssessmentFields({ meetingId, current, allowImport = true, autosave, onSaved, focusAfterSave, focusSave = false, goals }: SelfAssessmentFormProps & { goals: GoalSummary[] }) {
  const intl = useIntl();
  const ratingOptions = [
    { value: '', label: intl.formatMessage({ id: 'meetings.selfAssessment.notRated' }) },
    ...[1, 2, 3, 4, 5].map((level) => ({ value: String(level), label: intl.formatMessage({ id: 'meetings.selfAssessment.level' }, { level }) })),
  ];
  const saveButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusSave) saveButton.current?.focus();
  }, [focusSave]);
  const focusAfterCommit = useFocusAfterCommit();
  const [saved, setSaved] = useState<string | null>(null);
  const record = useVaultMutation('meetings.recordSelfAssessment', { invalidate: MEETING_QUERIES });
  const importFile = useVaultMutation('meetings.importSelfAssessment', { invalidate: MEETING_QUERIES });
  // As typed: only the meeting itself is read again (the goals context shows the rating), not every list.
  const recordAsTyped = useVaultMutation('meetings.recordSelfAssessment', { invalidate: ['meetings.get'] });
  const { form, errors, failure, setFailure, onSubmit } = useSchemaForm(
    selfAssessmentForm,
    valuesOf(goals, current),
    async (values) => {
      setSaved(null);
      const result = await record.mutateAsync({ meetingId, ...values });
      setSaved(intl.formatMessage({ id: 'meetings.selfAssessment.saved' }, { count: result.ratings.length }));
    },
    {
      place: (err, setError) => applyServerIssues(err, setError, [], ['reflection']),
      after: (outcome) => {
        if (outcome === 'saved') onSaved?.();
        if (outcome === 'saved') focusAfterCommit(() => focusAfterSave?.() ?? saveButton.current);
        else if (outcome === 'failed') focusAfterCommit(() => saveButton.current);
      },
    },
  );

  /** The meeting mode's save as typed: what the shared schema refuses waits for the Save button, which names the problem. */
  const saveAsTyped = () => {
    if (!autosave) return;
    setSaved(null);
    const parsed = selfAssessmentForm.safeParse(form.getValues());
    if (!parsed.success) return;
    autosave.change('self-assessment', JSON.stringify(parsed.data), (v) => recordAsTyped.mutateAsync({ meetingId, ...(JSON.parse(v) as typeof parsed.data) }));
  };

  return (
    <FormSchemaProvider schema={selfAssessmentFields}>
      <form className="stack self-assessment-form" aria-label={intl.formatMessage({ id: 'meetings.selfAssessment.form' })} noValidate onSubmit={onSubmit}>
        {current && (
          <p className="muted">{intl.formatMessage({ id: 'meetings.selfAssessment.recorded' }, { source: current.source, when: formatDateTime(current.recordedAt) })}</p>
        )}
        {goals.length === 0 && <p className="muted">{intl.formatMessage({ id: 'meetings.selfAssessment.noGoals' })}</p>}
        <div className="rating-grid">
          {goals.map((g, i) => (
            <SelectField
              key={g.id}
              label={intl.formatMessage({ id: 'meetings.selfAssessment.rating' }, { goal: g.title })}
              options={ratingOptions}
              error={errors.goals?.[i]?.rating?.message}
              {...form.register(`goals.${i}.rating`, { onChange: saveAsTyped })}
            />
          ))}
        </div>
        <TextAreaField label={intl.formatMessage({ id: 'meetings.selfAssessment.reflection' })} rows={3} error={errors.reflection?.message} {...form.register('reflection', { onChange: saveAsTyped })} />
        {failure && <ErrorBanner>{failure}</ErrorBanner>}
        <div className="row">
          <Button ref={saveButton} type="submit" variant="primary" busy={record.isPending}>
            {intl.formatMessage({ id: 'meetings.selfAssessment.save' })}
          </Button>
          {allowImport && (
            <Button
              busy={importFile.isPending}
              onClick={() =>
                importFile.mutate(
                  { meetingId },
                  {
                    onSuccess: (sa) => {
                      if (!sa) return;
                      form.reset(valuesOf(goals, sa));
                      setSaved(intl.formatMessage({ id: 'meetings.selfAssessment.imported' }));
                    },
                    onError: (err) => setFailure(errorMessage(err)),
                  },
                )
              }
            >
              {intl.formatMessage({ id: 'meetings.selfAssessment.import' })}
            </Button>
          )}
          <span role="status" className="muted">
            {saved}
          </span>
        </div>
      </form>
    </FormSchemaProvider>
  );
}
