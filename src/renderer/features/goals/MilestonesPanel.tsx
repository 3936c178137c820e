import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { recalibrationReason, type Goal, type Milestone } from '../../../shared/goals/schema';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { Panel } from '../../components/Panel';
import { ReasonDialog } from '../../components/ReasonDialog';
import { useToast } from '../../components/Toast';
import { formatDate } from '../mentees/format';
import { CompleteMilestoneDialog } from './CompleteMilestoneDialog';
import { formatValue, indicatorLabel } from './labels';
import { MilestoneForm } from './MilestoneForm';
import { GOAL_QUERIES } from './stale';

type Action = { kind: 'edit' | 'complete' | 'reopen' | 'delete'; milestone: Milestone } | null;

/** The goal's milestones by due date: add, edit (moving the date asks why), complete with evidence, reopen, remove. */
export function MilestonesPanel({ goal }: { goal: Goal }) {
  const { notify } = useToast();
  const intl = useIntl();
  const [adding, setAdding] = useState(false);
  const [action, setAction] = useState<Action>(null);
  const create = useVaultMutation('milestones.create', { invalidate: GOAL_QUERIES });
  const update = useVaultMutation('milestones.update', { invalidate: GOAL_QUERIES });
  const reopen = useVaultMutation('milestones.reopen', { invalidate: GOAL_QUERIES });
  const remove = useVaultMutation('milestones.delete', { invalidate: GOAL_QUERIES });
  const milestones = [...goal.milestones].sort((a, b) => a.dueDate.localeCompare(b.dueDate));

  return (
    <Panel
      title={intl.formatMessage({ id: 'goals.milestones.title' })}
      intro={intl.formatMessage({ id: 'goals.milestones.intro' })}
      actions={
        !adding && (
          <Button variant="primary" onClick={() => setAdding(true)}>
            <FormattedMessage id="goals.milestones.add" />
          </Button>
        )
      }
    >
      {adding && (
        <MilestoneForm
          mode="create"
          goalId={goal.id}
          onCancel={() => setAdding(false)}
          save={async (values) => {
            await create.mutateAsync(values);
            notify('success', intl.formatMessage({ id: 'goals.milestones.added' }));
            setAdding(false);
          }}
        />
      )}
      {milestones.length === 0 && !adding && (
        <p className="muted">
          <FormattedMessage id="goals.milestones.empty" />
        </p>
      )}
      <ul className="milestone-list" aria-label={intl.formatMessage({ id: 'goals.milestones.label' })}>
        {milestones.map((m) => (
          <li key={m.id} className={['milestone', m.overdue ? 'milestone-overdue' : '', m.doneOn ? 'milestone-done' : ''].join(' ')}>
            {action?.kind === 'edit' && action.milestone.id === m.id ? (
              <div className="span-all">
                <MilestoneForm
                  mode="edit"
                  milestone={m}
                  onCancel={() => setAction(null)}
                  save={async (values) => {
                    await update.mutateAsync(values);
                    notify('success', intl.formatMessage({ id: values.reason ? 'goals.milestones.moved' : 'goals.milestones.saved' }));
                    setAction(null);
                  }}
                />
              </div>
            ) : (
              <>
                <div>
                  <p className="milestone-title">
                    {m.title}
                    {m.major && (
                      <span className="tag tag-major">
                        <FormattedMessage id="goals.milestones.major" />
                      </span>
                    )}
                    {m.doneOn && (
                      <span className="tag tag-done">
                        <FormattedMessage id="goals.milestones.doneOn" values={{ date: formatDate(m.doneOn) }} />
                      </span>
                    )}
                    {m.overdue && (
                      <span className="tag tag-overdue">
                        <FormattedMessage id="goals.milestones.overdue" />
                      </span>
                    )}
                  </p>
                  <p className="milestone-facts">
                    <FormattedMessage
                      id="goals.milestones.facts"
                      values={{ date: formatDate(m.dueDate), kind: indicatorLabel(m.indicator.kind), description: m.indicator.description }}
                    />
                    {m.indicator.value !== null && intl.formatMessage({ id: 'goals.milestones.value' }, { value: formatValue(m.indicator.value) })}
                  </p>
                  {m.doneOn && m.evidenceText && (
                    <p className="milestone-evidence">
                      <FormattedMessage id="goals.milestones.evidence" values={{ text: m.evidenceText }} />
                    </p>
                  )}
                </div>
                <div className="milestone-actions">
                  {m.doneOn ? (
                    <Button size="small" onClick={() => setAction({ kind: 'reopen', milestone: m })}>
                      <FormattedMessage id="goals.milestones.reopen" />
                    </Button>
                  ) : (
                    <Button size="small" variant="primary" onClick={() => setAction({ kind: 'complete', milestone: m })}>
                      <FormattedMessage id="goals.milestones.markDone" />
                    </Button>
                  )}
                  <Button size="small" onClick={() => setAction({ kind: 'edit', milestone: m })} aria-label={intl.formatMessage({ id: 'goals.milestones.editLabel' }, { title: m.title })}>
                    <FormattedMessage id="goals.milestones.edit" />
                  </Button>
                  <Button size="small" variant="ghost" className="list-editor-remove" onClick={() => setAction({ kind: 'delete', milestone: m })} aria-label={intl.formatMessage({ id: 'goals.milestones.removeLabel' }, { title: m.title })}>
                    <FormattedMessage id="goals.milestones.remove" />
                  </Button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {action?.kind === 'complete' && <CompleteMilestoneDialog milestone={action.milestone} menteeId={goal.menteeId} onClose={() => setAction(null)} />}
      <ReasonDialog
        open={action?.kind === 'reopen'}
        title={intl.formatMessage({ id: 'goals.milestones.reopenTitle' }, { title: action?.milestone.title ?? '' })}
        description={intl.formatMessage({ id: 'goals.milestones.reopenText' })}
        label={intl.formatMessage({ id: 'goals.milestones.reopenWhy' })}
        schema={recalibrationReason}
        confirmLabel={intl.formatMessage({ id: 'goals.milestones.reopenConfirm' })}
        onClose={() => setAction(null)}
        onConfirm={async (reason) => {
          await reopen.mutateAsync({ id: action!.milestone.id, reason });
          notify('success', intl.formatMessage({ id: 'goals.milestones.reopened' }));
        }}
      />
      <ReasonDialog
        open={action?.kind === 'delete'}
        title={intl.formatMessage({ id: 'goals.milestones.removeTitle' }, { title: action?.milestone.title ?? '' })}
        description={intl.formatMessage({ id: 'goals.milestones.removeText' })}
        label={intl.formatMessage({ id: 'goals.milestones.removeWhy' })}
        schema={recalibrationReason}
        confirmLabel={intl.formatMessage({ id: 'goals.milestones.removeConfirm' })}
        variant="danger"
        onClose={() => setAction(null)}
        onConfirm={async (reason) => {
          await remove.mutateAsync({ id: action!.milestone.id, reason });
          notify('success', intl.formatMessage({ id: 'goals.milestones.removed' }));
        }}
      />
    </Panel>
  );
}
