import { lazy, Suspense, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
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
import { formatValue, goalAreaLabel, goalStatusOptions } from './labels';
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
  const intl = useIntl();
  const update = useVaultMutation('goals.update', { invalidate: GOAL_QUERIES });

  const back = (
    <button type="button" className="back-link link-button" onClick={onBack}>
      <FormattedMessage id="goals.detail.back" />
    </button>
  );
  if (isBridgeError(goal.error, 'NOT_FOUND')) return <EmptyState title={intl.formatMessage({ id: 'goals.detail.notFound' })} action={back} />;
  if (goal.error) return <ErrorBanner error={goal.error} />;
  if (!goal.data) return <ProgressIndicator label={intl.formatMessage({ id: 'goals.detail.opening' })} />;
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
            <FormattedMessage id="goals.detail.meta" values={{ area: goalAreaLabel(g.area), aim: g.careerAim, start: formatDate(g.startDate), target: formatDate(g.targetDate) }} />
          </p>
        </div>
        <div className="row">
          <Button onClick={() => setEditing((e) => !e)} aria-expanded={editing}>
            <FormattedMessage id={editing ? 'goals.detail.closeEditor' : 'goals.detail.edit'} />
          </Button>
          <Button variant="danger" onClick={() => setDeleting(true)}>
            <FormattedMessage id="goals.detail.delete" />
          </Button>
        </div>
      </div>

      {editing ? (
        <Panel title={intl.formatMessage({ id: 'goals.detail.editTitle' })} intro={intl.formatMessage({ id: 'goals.detail.editIntro' })}>
          <GoalForm
            careerAims={mentee.careerAims}
            defaultValues={g.values}
            original={g.values}
            submitLabel={intl.formatMessage({ id: 'goals.detail.save' })}
            onCancel={() => setEditing(false)}
            save={async (values) => {
              await update.mutateAsync({ id: g.id, ...values });
              notify('success', intl.formatMessage({ id: values.reason ? 'goals.detail.recalibrated' : 'goals.detail.saved' }));
              setEditing(false);
            }}
          />
        </Panel>
      ) : (
        <SmartSummary goal={g} />
      )}

      <StatusChange goal={g} />

      <div className="two-columns">
        <Panel
          title={intl.formatMessage({ id: 'goals.detail.progressTitle' })}
          intro={intl.formatMessage({ id: 'goals.detail.progressIntro' }, { metric: g.metric, baseline: formatValue(g.baseline, g.unit), target: formatValue(g.target, g.unit) })}
        >
          <ProgressMeter progress={g.progress} />
          <Suspense fallback={<ProgressIndicator label={intl.formatMessage({ id: 'goals.detail.drawing' })} />}>
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
  const intl = useIntl();
  return (
    <dl className="smart-summary" aria-label={intl.formatMessage({ id: 'goals.smart.label' })}>
      <div>
        <dt>
          <FormattedMessage id="goals.smart.specific" />
        </dt>
        <dd>{v.specific.statement}</dd>
      </div>
      <div>
        <dt>
          <FormattedMessage id="goals.smart.measurable" />
        </dt>
        <dd>
          <FormattedMessage
            id="goals.smart.measurableLine"
            values={{ metric: v.measurable.metric, baseline: formatValue(v.measurable.baseline, v.measurable.unit), target: formatValue(v.measurable.target, v.measurable.unit) }}
          />
          {goal.current !== null && intl.formatMessage({ id: 'goals.smart.now' }, { value: formatValue(goal.current, goal.unit) })}
        </dd>
      </div>
      <div>
        <dt>
          <FormattedMessage id="goals.smart.attainable" />
        </dt>
        <dd>
          {v.attainable.whyRealistic}
          {v.attainable.supportNeeded && (
            <>
              <br />
              <FormattedMessage id="goals.smart.support" values={{ support: v.attainable.supportNeeded }} />
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>
          <FormattedMessage id="goals.smart.relevant" />
        </dt>
        <dd>{goal.careerAim}</dd>
      </div>
      <div>
        <dt>
          <FormattedMessage id="goals.smart.timeBound" />
        </dt>
        <dd>
          <FormattedMessage id="goals.smart.by" values={{ date: formatDate(v.timeBound.targetDate) }} />
        </dd>
      </div>
    </dl>
  );
}

/** Status changes are quick and kept in the history, with an optional why. */
function StatusChange({ goal }: { goal: Goal }) {
  const [status, setStatus] = useState<GoalStatus>(goal.status);
  const [why, setWhy] = useState('');
  const { notify } = useToast();
  const intl = useIntl();
  const set = useVaultMutation('goals.setStatus', {
    invalidate: GOAL_QUERIES,
    onSuccess: () => {
      setWhy('');
      notify('success', intl.formatMessage({ id: 'goals.statusForm.changed' }));
    },
  });
  return (
    <form
      className="inline-form status-form card"
      aria-label={intl.formatMessage({ id: 'goals.statusForm.formLabel' })}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        set.mutate({ id: goal.id, status, why });
      }}
    >
      <SelectField label={intl.formatMessage({ id: 'goals.statusForm.label' })} options={goalStatusOptions()} value={status} onChange={(e) => setStatus(e.target.value as GoalStatus)} />
      <TextField label={intl.formatMessage({ id: 'goals.statusForm.why' })} value={why} onChange={(e) => setWhy(e.target.value)} error={set.error ? errorMessage(set.error) : undefined} />
      <Button type="submit" busy={set.isPending} disabled={status === goal.status}>
        <FormattedMessage id="goals.statusForm.submit" />
      </Button>
    </form>
  );
}
