import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
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
  const intl = useIntl();
  const columns = useMemo(() => goalColumns(intl), [intl]);
  const goals = useVaultQuery('goals.list', { menteeId: mentee.id, limit: 500 });
  const create = useVaultMutation('goals.create', { invalidate: GOAL_QUERIES });
  const open = (id: number) => setParams({ goal: String(id) });

  if (Number.isSafeInteger(goalId) && goalId > 0) {
    return <GoalDetail key={goalId} goalId={goalId} mentee={mentee} onBack={() => setParams({})} />;
  }

  const noAims = (
    <FormattedMessage id="goals.new.noAims" values={{ link: (chunks) => <Link to="../profile">{chunks}</Link> }} />
  );

  if (creating) {
    return (
      <Panel title={intl.formatMessage({ id: 'goals.new.title' })} intro={intl.formatMessage({ id: 'goals.new.intro' })}>
        <GoalForm
          careerAims={mentee.careerAims}
          defaultValues={emptyGoal()}
          submitLabel={intl.formatMessage({ id: 'goals.new.submit' })}
          noAimsHint={noAims}
          onCancel={() => setCreating(false)}
          save={async ({ reason: _reason, ...values }) => {
            const goal = await create.mutateAsync({ menteeId: mentee.id, ...values });
            notify('success', intl.formatMessage({ id: 'goals.new.added' }));
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
      title={intl.formatMessage({ id: 'goals.list.title' })}
      intro={intl.formatMessage({ id: 'goals.list.intro' })}
      actions={
        <Button variant="primary" onClick={() => setCreating(true)}>
          <FormattedMessage id="goals.list.new" />
        </Button>
      }
    >
      {goals.error && (
        <ErrorBanner error={goals.error} />
      )}
      <TableBox rows={rows.length} filters>
        <DataTable
          label={intl.formatMessage({ id: 'goals.list.label' })}
          columns={columns}
          rows={rows}
          getRowId={(g) => String(g.id)}
          onRowOpen={(g) => open(g.id)}
          loading={goals.isLoading}
          filterLabel={intl.formatMessage({ id: 'goals.list.filter' })}
          countLabel={(count) => intl.formatMessage({ id: 'goals.list.count' }, { count })}
          empty={
            <EmptyState
              title={intl.formatMessage({ id: 'goals.list.emptyTitle' })}
              action={
                <Button variant="primary" onClick={() => setCreating(true)}>
                  <FormattedMessage id="goals.list.emptyAction" />
                </Button>
              }
            >
              <FormattedMessage id="goals.list.emptyText" />
            </EmptyState>
          }
        />
      </TableBox>
    </Panel>
  );
}
