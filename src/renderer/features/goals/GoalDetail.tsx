import { lazy, Suspense, useState } from 'react';
import type { Mentee } from '../../../shared/mentees/schema';
import type { Goal, GoalStatus } from '../../../shared/goals/schema';
import { errorMessage, isBridgeError } from '../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { SelectField, TextField } from '../../components/Field';
import { Panel } from '../../components/Panel';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { useToast } from '../../components/Toast';
import { formatDate } from '../mentees/format';
import { DeleteGoalDialog } from './DeleteGoalDialog';
import { GoalForm } from './GoalForm';
import { GoalStatusBadge, ProgressMeter } from './GoalStatusBadge';
import { GOAL_QUERIES } from './stale';
import { HistoryTimeline } from './HistoryTimeline';
import { formatValue, GOAL_AREA_LABELS, GOAL_STATUS_OPTIONS } from './labels';
import { MilestonesPanel } from './MilestonesPanel';
import { ReadingsPanel } from './ReadingsPanel';
import { ErrorBanner } from '../../components/ErrorBanner';
import './goals.css';

// The chart library is loaded only when a chart is on screen.
const GoalProgressChart = lazy(() => import('./GoalProgressChart'));

/** One goal: its SMART parts, status, progress chart, readings, milestones and recalibration history. */
export function GoalDetail({ goalId, mentee, onBack }: { goalId: number; mentee: Mentee; onBack(): void }) {
  const goal = useVaultQuery('goals.get', { id: goalId });
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const { notify } = useToast();
  const update = useVaultMutation('goals.update', { invalidate: GOAL_QUERIES });

  const back = (
    <button type="button" className="back-link link-button" onClick={onBack}>
      ← All goals
    </button>
  );
  if (isBridgeError(goal.error, 'NOT_FOUND')) return <EmptyState title="This goal no longer exists" action={back} />;
  if (goal.error) return <ErrorBanner error={goal.error} />;
  if (!goal.data) return <ProgressIndicator label="Opening the goal…" />;
  const g = goal.data;

  return (
    <div className="goal-detail">
      <div className="goal-detail-head">
        <div>
          {back}
          <div className="goal-detail-title">
            <h2>{g.title}</h2>
            <GoalStatusBadge status={g.status} />
          </div>
          <p className="goal-meta">
            {GOAL_AREA_LABELS[g.area]} · serves “{g.careerAim}” · {formatDate(g.startDate)} → {formatDate(g.targetDate)}
          </p>
        </div>
        <div className="row">
          <Button onClick={() => setEditing((e) => !e)} aria-expanded={editing}>
            {editing ? 'Close editor' : 'Edit goal'}
          </Button>
          <Button variant="danger" onClick={() => setDeleting(true)}>
            Delete…
          </Button>
        </div>
      </div>

      {editing ? (
        <Panel title="Edit goal" intro="Changing the target, baseline, metric, unit or target date is a recalibration: it asks why and is kept in the history.">
          <GoalForm
            careerAims={mentee.careerAims}
            defaultValues={g.values}
            original={g.values}
            submitLabel="Save goal"
            onCancel={() => setEditing(false)}
            save={async (values) => {
              await update.mutateAsync({ id: g.id, ...values });
              notify('success', values.reason ? 'Goal recalibrated; the change is in its history.' : 'Goal saved.');
              setEditing(false);
            }}
          />
        </Panel>
      ) : (
        <SmartSummary goal={g} />
      )}

      <StatusChange goal={g} />

      <div className="two-columns">
        <Panel title="Progress" intro={`${g.metric}: from ${formatValue(g.baseline, g.unit)} toward ${formatValue(g.target, g.unit)}.`}>
          <ProgressMeter progress={g.progress} />
          <Suspense fallback={<ProgressIndicator label="Drawing the chart…" />}>
            <GoalProgressChart goal={g} readings={g.readings} />
          </Suspense>
          <ReadingsPanel goal={g} />
        </Panel>
        <HistoryTimeline goalId={g.id} />
      </div>

      <MilestonesPanel goal={g} />

      <DeleteGoalDialog goal={g} open={deleting} onClose={() => setDeleting(false)} onDeleted={onBack} />
    </div>
  );
}

function SmartSummary({ goal }: { goal: Goal }) {
  const v = goal.values;
  return (
    <dl className="smart-summary" aria-label="The goal, letter by letter">
      <div>
        <dt>S · Specific</dt>
        <dd>{v.specific.statement}</dd>
      </div>
      <div>
        <dt>M · Measurable</dt>
        <dd>
          {v.measurable.metric}: {formatValue(v.measurable.baseline, v.measurable.unit)} → {formatValue(v.measurable.target, v.measurable.unit)}
          {goal.current !== null && ` (now ${formatValue(goal.current, goal.unit)})`}
        </dd>
      </div>
      <div>
        <dt>A · Attainable</dt>
        <dd>
          {v.attainable.whyRealistic}
          {v.attainable.supportNeeded && `\nSupport: ${v.attainable.supportNeeded}`}
        </dd>
      </div>
      <div>
        <dt>R · Relevant</dt>
        <dd>{goal.careerAim}</dd>
      </div>
      <div>
        <dt>T · Time-bound</dt>
        <dd>By {formatDate(v.timeBound.targetDate)}</dd>
      </div>
    </dl>
  );
}

/** Status changes are quick and kept in the history, with an optional why. */
function StatusChange({ goal }: { goal: Goal }) {
  const [status, setStatus] = useState<GoalStatus>(goal.status);
  const [why, setWhy] = useState('');
  const { notify } = useToast();
  const set = useVaultMutation('goals.setStatus', {
    invalidate: GOAL_QUERIES,
    onSuccess: () => {
      setWhy('');
      notify('success', 'Status changed.');
    },
  });
  return (
    <form
      className="inline-form status-form card"
      aria-label="Change the goal's status"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        set.mutate({ id: goal.id, status, why });
      }}
    >
      <SelectField label="Status" options={GOAL_STATUS_OPTIONS} value={status} onChange={(e) => setStatus(e.target.value as GoalStatus)} />
      <TextField label="Why (optional)" value={why} onChange={(e) => setWhy(e.target.value)} error={set.error ? errorMessage(set.error) : undefined} />
      <Button type="submit" busy={set.isPending} disabled={status === goal.status}>
        Change status
      </Button>
    </form>
  );
}
