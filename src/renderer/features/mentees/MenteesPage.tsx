import type { SortingState } from '@tanstack/react-table';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { MAX_SHORT_TEXT } from '../../../shared/primitives';
import type { MENTEE_SORTS } from '../../../shared/mentees/schema';
import { usePagedRows } from '../../bridge/queries';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { menteeColumns } from './columns';
import { ErrorBanner } from '../../components/ErrorBanner';
import './mentees.css';

type MenteeSort = (typeof MENTEE_SORTS)[number];

/** All mentees, sorted and filtered by the vault and fetched a page at a time as the list scrolls. */
export default function MenteesPage() {
  const navigate = useNavigate();
  const archivedId = useId();
  const [showArchived, setShowArchived] = useState(false);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const [filter, setFilter] = useState('');
  const search = useDebouncedValue(filter.trim().slice(0, MAX_SHORT_TEXT));
  const sort = sorting[0];
  const paged = usePagedRows('mentees.list', {
    includeArchived: showArchived,
    search,
    sort: (sort?.id ?? 'name') as MenteeSort,
    direction: sort?.desc ? 'desc' : 'asc',
  });

  return (
    <div className="page page-fill">
      <header className="page-header">
        <div>
          <h1>Mentees</h1>
          <p>The people you mentor. Open one to see and edit their profile.</p>
        </div>
        <Button variant="primary" onClick={() => void navigate('/mentees/new')}>
          New mentee
        </Button>
      </header>
      {paged.error && (
        <ErrorBanner error={paged.error} />
      )}
      <DataTable
        label="Mentees"
        columns={menteeColumns}
        rows={paged.rows}
        getRowId={(m) => String(m.id)}
        onRowOpen={(m) => void navigate(`/mentees/${m.id}`)}
        loading={paged.isLoading}
        filterLabel="Filter by name, role or team"
        countLabel={(n) => `${n} ${n === 1 ? 'mentee' : 'mentees'}`}
        server={{
          total: paged.total,
          offset: paged.offset,
          onRangeChange: paged.onRangeChange,
          sorting,
          onSortingChange: setSorting,
          globalFilter: filter,
          onGlobalFilterChange: setFilter,
        }}
        toolbar={
          <div className="checkbox-field">
            <input id={archivedId} type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
            <label htmlFor={archivedId}>Show archived</label>
          </div>
        }
        empty={
          <EmptyState
            title="No mentees yet"
            action={
              <Button variant="primary" onClick={() => void navigate('/mentees/new')}>
                Add your first mentee
              </Button>
            }
          >
            Add the people you mentor to start their plans, goals and meeting notes.
          </EmptyState>
        }
      />
    </div>
  );
}
