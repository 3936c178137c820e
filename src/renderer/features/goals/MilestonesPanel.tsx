import { useState } from 'react';
import { recalibrationReason, type Goal, type Milestone } from '../../../shared/goals/schema';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { Panel } from '../../components/Panel';
import { ReasonDialog } from '../../components/ReasonDialog';
import { useToast } from '../../components/Toast';
import { formatDate } from '../mentees/format';
import { CompleteMilestoneDialog } from './CompleteMilestoneDialog';
import { formatValue, INDICATOR_LABELS } from './labels';
import { MilestoneForm } from './MilestoneForm';
import { GOAL_QUERIES } from './stale';

type Action = { kind: 'edit' | 'complete' | 'reopen' | 'delete'; milestone: Milestone } | null;

/** The goal's milestones by due date: add, edit (moving the date asks why), complete with evidence, reopen, remove. */
export function MilestonesPanel({ goal }: { goal: Goal }) {
  const { notify } = useToast();
  const [adding, setAdding] = useState(false);
  const [action, setAction] = useState<Action>(null);
  const create = useVaultMutation('milestones.create', { invalidate: GOAL_QUERIES });
  const update = useVaultMutation('milestones.update', { invalidate: GOAL_QUERIES });
  const reopen = useVaultMutation('milestones.reopen', { invalidate: GOAL_QUERIES });
  const remove = useVaultMutation('milestones.delete', { invalidate: GOAL_QUERIES });
  const milestones = [...goal.milestones].sort((a, b) => a.dueDate.localeCompare(b.dueDate));

  return (
    <Panel
      title="Milestones"
      intro="Dated steps toward the goal, each done only when its tangible indicator proves it."
      actions={
        !adding && (
          <Button variant="primary" onClick={() => setAdding(true)}>
            Add milestone
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
            notify('success', 'Milestone added.');
            setAdding(false);
          }}
        />
      )}
      {milestones.length === 0 && !adding && <p className="muted">No milestones yet.</p>}
      <ul className="milestone-list" aria-label="Milestones">
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
                    notify('success', values.reason ? 'Milestone moved; the change is in the history.' : 'Milestone saved.');
                    setAction(null);
                  }}
                />
              </div>
            ) : (
              <>
                <div>
                  <p className="milestone-title">
                    {m.title}
                    {m.major && <span className="tag tag-major">Major</span>}
                    {m.doneOn && <span className="tag tag-done">Done {formatDate(m.doneOn)}</span>}
                    {m.overdue && <span className="tag tag-overdue">Overdue</span>}
                  </p>
                  <p className="milestone-facts">
                    Due {formatDate(m.dueDate)} · {INDICATOR_LABELS[m.indicator.kind]}: {m.indicator.description}
                    {m.indicator.value !== null && ` (${formatValue(m.indicator.value)})`}
                  </p>
                  {m.doneOn && m.evidenceText && <p className="milestone-evidence">Evidence: {m.evidenceText}</p>}
                </div>
                <div className="milestone-actions">
                  {m.doneOn ? (
                    <Button size="small" onClick={() => setAction({ kind: 'reopen', milestone: m })}>
                      Reopen…
                    </Button>
                  ) : (
                    <Button size="small" variant="primary" onClick={() => setAction({ kind: 'complete', milestone: m })}>
                      Mark done…
                    </Button>
                  )}
                  <Button size="small" onClick={() => setAction({ kind: 'edit', milestone: m })} aria-label={`Edit ${m.title}`}>
                    Edit
                  </Button>
                  <Button size="small" variant="ghost" className="list-editor-remove" onClick={() => setAction({ kind: 'delete', milestone: m })} aria-label={`Remove ${m.title}`}>
                    Remove…
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
        title={`Reopen “${action?.milestone.title ?? ''}”?`}
        description="The milestone goes back to open; the reopening is kept in the goal's history."
        label="Why reopen it?"
        schema={recalibrationReason}
        confirmLabel="Reopen"
        onClose={() => setAction(null)}
        onConfirm={async (reason) => {
          await reopen.mutateAsync({ id: action!.milestone.id, reason });
          notify('success', 'Milestone reopened.');
        }}
      />
      <ReasonDialog
        open={action?.kind === 'delete'}
        title={`Remove “${action?.milestone.title ?? ''}”?`}
        description="The milestone goes; its removal and your reason stay in the goal's history."
        label="Why remove it?"
        schema={recalibrationReason}
        confirmLabel="Remove milestone"
        variant="danger"
        onClose={() => setAction(null)}
        onConfirm={async (reason) => {
          await remove.mutateAsync({ id: action!.milestone.id, reason });
          notify('success', 'Milestone removed.');
        }}
      />
    </Panel>
  );
}
