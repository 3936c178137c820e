import { createColumnHelper } from '@tanstack/react-table';
import type { IntlShape } from 'react-intl';
import { FormattedMessage } from 'react-intl';
import type { GoalSummary } from '../../../shared/goals/schema';
import { formatDate } from '../mentees/format';
import { GoalStatusBadge, ProgressMeter } from './GoalStatusBadge';
import { goalAreaLabel, goalAreaOptions, goalStatusOptions } from './labels';

const column = createColumnHelper<GoalSummary>();

/** The goals table's columns in the language of the screens (headers and filter choices are words). */
export function goalColumns(intl: IntlShape) {
  return [
    column.accessor('title', { header: intl.formatMessage({ id: 'goals.column.title' }), enableHiding: false, meta: { width: 'minmax(12rem, 2.2fr)' }, cell: (i) => <strong>{i.getValue()}</strong> }),
    column.accessor('status', {
      header: intl.formatMessage({ id: 'goals.column.status' }),
      meta: { width: 'minmax(10.25rem, 0.9fr)', filter: { options: goalStatusOptions() } },
      cell: (i) => <GoalStatusBadge status={i.getValue()} />,
    }),
    column.accessor('area', {
      header: intl.formatMessage({ id: 'goals.column.area' }),
      meta: { width: 'minmax(8.5rem, 1fr)', filter: { options: goalAreaOptions() } },
      cell: (i) => goalAreaLabel(i.getValue()),
    }),
    column.accessor('progress', {
      header: intl.formatMessage({ id: 'goals.column.progress' }),
      sortUndefined: 'last',
      meta: { width: 'minmax(10rem, 1fr)' },
      cell: (i) => <ProgressMeter progress={i.getValue()} />,
    }),
    column.accessor('targetDate', { header: intl.formatMessage({ id: 'goals.column.targetDate' }), meta: { width: 'minmax(8rem, 0.8fr)' }, cell: (i) => formatDate(i.getValue()) }),
    column.accessor((g) => g.milestonesTotal - g.milestonesDone, {
      id: 'milestones',
      header: intl.formatMessage({ id: 'goals.column.milestones' }),
      // With the others' minimums the table fits a 1280 px window whole, in German too.
      meta: { width: 'minmax(9.5rem, 1fr)' },
      cell: (i) => {
        const g = i.row.original;
        if (g.milestonesTotal === 0)
          return (
            <span className="muted">
              <FormattedMessage id="goals.column.noMilestones" />
            </span>
          );
        return (
          <span>
            <FormattedMessage id="goals.column.milestonesDone" values={{ done: g.milestonesDone, total: g.milestonesTotal }} />
            {g.milestonesOverdue > 0 && (
              <>
                {' '}
                <span className="tag tag-overdue">
                  <FormattedMessage id="goals.column.overdue" values={{ count: g.milestonesOverdue }} />
                </span>
              </>
            )}
          </span>
        );
      },
    }),
  ];
}
