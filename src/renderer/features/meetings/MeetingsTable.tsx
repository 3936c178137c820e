import { useIntl } from 'react-intl';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { MeetingSort, MeetingStatus } from '../../../shared/meetings/schema';
import { localToday } from '../../../shared/dates';
import { errorMessage } from '../../bridge/client';
import { usePagedRows, useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable/DataTable';
import { useServerTable } from '../../components/DataTable/useServerTable';
import { EmptyState } from '../../components/EmptyState';
import { useToast } from '../../components/Toast';
import { meetingColumns } from './columns';
import { useMeetingWords } from './labels';
import { ErrorBanner } from '../../components/ErrorBanner';

type When = 'upcoming' | 'past' | 'all';

export interface MeetingsTableProps {
  menteeId?: number;
  empty: ReactNode;
  /** More buttons in the toolbar (Plan, Add). */
  actions?: ReactNode;
}

/** Meetings by date, one mentee's or everyone's, paged by the vault; with the calendar export. */
export function MeetingsTable({ menteeId, empty, actions }: MeetingsTableProps) {
  const navigate = useNavigate();
  const intl = useIntl();
  const words = useMeetingWords();
  const { notify } = useToast();
  const whenId = useId();
  const statusId = useId();
  const [when, setWhen] = useState<When>('upcoming');
  const [status, setStatus] = useState<'' | MeetingStatus>('');
  const table = useServerTable([{ id: 'date', desc: false }]);
  const { search, sort } = table;
  const today = localToday();
  const paged = usePagedRows('meetings.list', {
    ...(menteeId !== undefined ? { menteeId } : {}),
    // The vault splits by held time and status: a held meeting is past whatever date it was planned for.
    ...(when === 'all' ? {} : { when, today }),
    statuses: status ? [status] : [],
    search,
    sort: (sort?.id ?? 'date') as MeetingSort,
    direction: sort?.desc ? 'desc' : 'asc',
  });
  const columns = useMemo(() => meetingColumns(intl, menteeId === undefined), [intl, menteeId]);
  const exportIcs = useVaultMutation('calendar.exportIcs', {
    onSuccess: (r) => r && notify('success', intl.formatMessage({ id: 'meetings.table.exported' }, { path: r.path, events: r.events })),
    onError: (err) => notify('error', errorMessage(err)),
  });

  return (
    <>
      {paged.error && (
        <ErrorBanner error={paged.error} />
      )}
      <DataTable
        label={intl.formatMessage({ id: menteeId === undefined ? 'meetings.table.all' : 'meetings.table.mentee' })}
        columns={columns}
        rows={paged.rows}
        getRowId={(m) => String(m.id)}
        onRowOpen={(m) => void navigate(`/meetings/${m.id}`)}
        loading={paged.isLoading}
        filterLabel={intl.formatMessage({ id: 'meetings.table.filter' })}
        countLabel={(n) => intl.formatMessage({ id: 'meetings.table.count' }, { count: n })}
        server={table.server(paged)}
        toolbar={
          <div className="row">
            <div className="field field-inline">
              <label className="field-label" htmlFor={whenId}>
                {intl.formatMessage({ id: 'meetings.table.when' })}
              </label>
              <select id={whenId} className="input select" value={when} onChange={(e) => setWhen(e.target.value as When)}>
                <option value="upcoming">{intl.formatMessage({ id: 'meetings.table.upcoming' })}</option>
                <option value="past">{intl.formatMessage({ id: 'meetings.table.past' })}</option>
                <option value="all">{intl.formatMessage({ id: 'meetings.table.everything' })}</option>
              </select>
            </div>
            <div className="field field-inline">
              <label className="field-label" htmlFor={statusId}>
                {intl.formatMessage({ id: 'meetings.table.status' })}
              </label>
              <select id={statusId} className="input select" value={status} onChange={(e) => setStatus(e.target.value as '' | MeetingStatus)}>
                <option value="">{intl.formatMessage({ id: 'meetings.table.anyStatus' })}</option>
                {words.statusOptions.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
            <Button busy={exportIcs.isPending} onClick={() => exportIcs.mutate(menteeId === undefined ? {} : { menteeId })}>
              {intl.formatMessage({ id: 'meetings.table.export' })}
            </Button>
            {actions}
          </div>
        }
        empty={empty}
      />
    </>
  );
}

export function NoMeetings({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <EmptyState title={useIntl().formatMessage({ id: 'meetings.empty' })} action={action}>
      {children}
    </EmptyState>
  );
}
