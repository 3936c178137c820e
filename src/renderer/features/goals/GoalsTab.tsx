import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { localToday } from '../../../shared/dates';
import type { GoalArea } from '../../../shared/goals/schema';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { Panel, TableBox } from '../../components/Panel';
import { useToast } from '../../components/Toast';
import { useCurrentMentee } from '../mentees/mentee-context';
import { goalColumns } from './columns';
import { GoalDetail } from './GoalDetail';
import { GoalForm, type GoalFormInput } from './GoalForm';
import { GOAL_QUERIES } from './stale';
import { ErrorBanner } from '../../components/ErrorBanner';
import './goals.css';


function emptyGoal(): GoalFormInput {
  return {
    title: '',
    area: '' as GoalArea,
    status: 'not-started',
    startDate: localToday(),
    specific: { statement: '' },
    // Empty number boxes: the schema reports them as missing, naming the letter.
    measurable: { metric: '', unit: '', baseline: undefined as unknown as number, target: undefined as unknown as number },
    attainable: { whyRealistic: '', supportNeeded: '' },
    relevant: { careerAimId: undefined as unknown as number },
    timeBound: { targetDate: '' },
  };
}

/** The mentee's SMART goals: the list, a new goal, or one goal (?goal=id). */
export default function GoalsTab() {
  const mentee = useCurrentMentee();
  const [params, setParams] = useSearchParams();
  const goalId = Number(params.get('goal'));
  const [creating, setCreating] = useState(false);
  const { notify } = useToast();
  const goals = useVaultQuery('goals.list', { menteeId: mentee.id, limit: 500 });
  const create = useVaultMutation('goals.create', { invalidate: GOAL_QUERIES });
  const open = (id: number) => setParams({ goal: String(id) });

  if (Number.isSafeInteger(goalId) && goalId > 0) {
    return <GoalDetail key={goalId} goalId={goalId} mentee={mentee} onBack={() => setParams({})} />;
  }

  const noAims = (
    <>
      This mentee has no career aim yet: add one on the <Link to="../profile">Profile</Link> tab.
    </>
  );

  if (creating) {
    return (
      <Panel title="New SMART goal" intro="One group per letter: Specific, Measurable, Attainable, Relevant, Time-bound. All five are needed.">
        <GoalForm
          careerAims={mentee.careerAims}
          defaultValues={emptyGoal()}
          submitLabel="Add goal"
          noAimsHint={noAims}
          onCancel={() => setCreating(false)}
          save={async ({ reason: _reason, ...values }) => {
            const goal = await create.mutateAsync({ menteeId: mentee.id, ...values });
            notify('success', 'Goal added.');
            setCreating(false);
            open(goal.id);
          }}
        />
      </Panel>
    );
  }

  const rows = goals.data?.rows ?? [];
  return (
    <Panel
      title="Goals"
      intro="SMART goals with their status, area and progress from baseline to target. Open one for its milestones, readings and history."
      actions={
        <Button variant="primary" onClick={() => setCreating(true)}>
          New goal
        </Button>
      }
    >
      {goals.error && (
        <ErrorBanner error={goals.error} />
      )}
      <TableBox rows={rows.length} filters>
        <DataTable
          label="Goals"
          columns={goalColumns}
          rows={rows}
          getRowId={(g) => String(g.id)}
          onRowOpen={(g) => open(g.id)}
          loading={goals.isLoading}
          filterLabel="Filter goals"
          countLabel={(n) => `${n} ${n === 1 ? 'goal' : 'goals'}`}
          empty={
            <EmptyState
              title="No goals yet"
              action={
                <Button variant="primary" onClick={() => setCreating(true)}>
                  Write the first goal
                </Button>
              }
            >
              A goal says what exactly will change, how it is measured, why it is realistic, which career aim it serves and by when.
            </EmptyState>
          }
        />
      </TableBox>
    </Panel>
  );
}
