import { createColumnHelper } from '@tanstack/react-table';
import type { GoalSummary } from '../../../shared/goals/schema';
import { formatDate } from '../mentees/format';
import { GoalStatusBadge, ProgressMeter } from './GoalStatusBadge';
import { GOAL_AREA_LABELS, GOAL_AREA_OPTIONS, GOAL_STATUS_OPTIONS } from './labels';

const column = createColumnHelper<GoalSummary>();

export const goalColumns = [
  column.accessor('title', { header: 'Goal', enableHiding: false, meta: { width: 'minmax(14rem, 2.2fr)' }, cell: (i) => <strong>{i.getValue()}</strong> }),
  column.accessor('status', {
    header: 'Status',
    meta: { width: 'minmax(8rem, 0.9fr)', filter: { options: GOAL_STATUS_OPTIONS } },
    cell: (i) => <GoalStatusBadge status={i.getValue()} />,
  }),
  column.accessor('area', {
    header: 'Area',
    meta: { width: 'minmax(9rem, 1fr)', filter: { options: GOAL_AREA_OPTIONS } },
    cell: (i) => GOAL_AREA_LABELS[i.getValue()],
  }),
  column.accessor('progress', {
    header: 'Progress',
    sortUndefined: 'last',
    meta: { width: 'minmax(10rem, 1fr)' },
    cell: (i) => <ProgressMeter progress={i.getValue()} />,
  }),
  column.accessor('targetDate', { header: 'Target date', meta: { width: 'minmax(8rem, 0.8fr)' }, cell: (i) => formatDate(i.getValue()) }),
  column.accessor((g) => g.milestonesTotal - g.milestonesDone, {
    id: 'milestones',
    header: 'Milestones',
    meta: { width: 'minmax(10rem, 1fr)' },
    cell: (i) => {
      const g = i.row.original;
      if (g.milestonesTotal === 0) return <span className="muted">None yet</span>;
      return (
        <span>
          {g.milestonesDone}/{g.milestonesTotal} done
          {g.milestonesOverdue > 0 && (
            <>
              {' '}
              <span className="tag tag-overdue">{g.milestonesOverdue} overdue</span>
            </>
          )}
        </span>
      );
    },
  }),
];
