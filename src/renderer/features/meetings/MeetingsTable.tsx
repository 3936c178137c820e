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
import { STATUS_OPTIONS } from './labels';
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
  const columns = useMemo(() => meetingColumns(menteeId === undefined), [menteeId]);
  const exportIcs = useVaultMutation('calendar.exportIcs', {
    onSuccess: (r) => r && notify('success', `Calendar file saved: ${r.path} (${r.events} ${r.events === 1 ? 'event' : 'events'}).`),
    onError: (err) => notify('error', errorMessage(err)),
  });

  return (
    <>
      {paged.error && (
        <ErrorBanner error={paged.error} />
      )}
      <DataTable
        label={menteeId === undefined ? 'Meetings' : 'Meetings of this mentee'}
        columns={columns}
        rows={paged.rows}
        getRowId={(m) => String(m.id)}
        onRowOpen={(m) => void navigate(`/meetings/${m.id}`)}
        loading={paged.isLoading}
        filterLabel="Filter by title or mentee"
        countLabel={(n) => `${n} ${n === 1 ? 'meeting' : 'meetings'}`}
        server={table.server(paged)}
        toolbar={
          <div className="row">
            <div className="field field-inline">
              <label className="field-label" htmlFor={whenId}>
                When
              </label>
              <select id={whenId} className="input select" value={when} onChange={(e) => setWhen(e.target.value as When)}>
                <option value="upcoming">Upcoming</option>
                <option value="past">Past</option>
                <option value="all">All</option>
              </select>
            </div>
            <div className="field field-inline">
              <label className="field-label" htmlFor={statusId}>
                Status
              </label>
              <select id={statusId} className="input select" value={status} onChange={(e) => setStatus(e.target.value as '' | MeetingStatus)}>
                <option value="">Any</option>
                {STATUS_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
            <Button busy={exportIcs.isPending} onClick={() => exportIcs.mutate(menteeId === undefined ? {} : { menteeId })}>
              Export .ics…
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
    <EmptyState title="No meetings here" action={action}>
      {children}
    </EmptyState>
  );
}
