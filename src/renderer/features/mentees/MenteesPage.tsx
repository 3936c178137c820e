import { useId, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import type { MENTEE_SORTS } from '../../../shared/mentees/schema';
import { usePagedRows } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { DataTable } from '../../components/DataTable/DataTable';
import { useServerTable } from '../../components/DataTable/useServerTable';
import { EmptyState } from '../../components/EmptyState';
import { menteeColumns } from './columns';
import { ErrorBanner } from '../../components/ErrorBanner';
import './mentees.css';
import { PageHeader } from '../../components/PageHeader';

type MenteeSort = (typeof MENTEE_SORTS)[number];

/** All mentees, sorted and filtered by the vault and fetched a page at a time as the list scrolls. */
export default function MenteesPage() {
  const navigate = useNavigate();
  const intl = useIntl();
  const columns = useMemo(() => menteeColumns(intl), [intl]);
  const archivedId = useId();
  const [showArchived, setShowArchived] = useState(false);
  const table = useServerTable([{ id: 'name', desc: false }]);
  const { search, sort } = table;
  const paged = usePagedRows('mentees.list', {
    includeArchived: showArchived,
    search,
    sort: (sort?.id ?? 'name') as MenteeSort,
    direction: sort?.desc ? 'desc' : 'asc',
  });

  return (
    <div className="page page-fill">
      <PageHeader
        title={<FormattedMessage id="mentees.list.title" />}
        intro={<FormattedMessage id="mentees.list.intro" />}
        actions={
          <Button variant="primary" onClick={() => void navigate('/mentees/new')}>
            <FormattedMessage id="mentees.list.new" />
          </Button>
        }
      />
      {paged.error && (
        <ErrorBanner error={paged.error} />
      )}
      <DataTable
        label={intl.formatMessage({ id: 'mentees.list.label' })}
        columns={columns}
        rows={paged.rows}
        getRowId={(m) => String(m.id)}
        onRowOpen={(m) => void navigate(`/mentees/${m.id}`)}
        loading={paged.isLoading}
        filterLabel={intl.formatMessage({ id: 'mentees.list.filter' })}
        countLabel={(n) => intl.formatMessage({ id: 'mentees.list.count' }, { count: n })}
        server={table.server(paged)}
        toolbar={
          <div className="checkbox-field">
            <input id={archivedId} type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
            <label htmlFor={archivedId}>
              <FormattedMessage id="mentees.list.showArchived" />
            </label>
          </div>
        }
        empty={
          <EmptyState
            title={intl.formatMessage({ id: 'mentees.list.emptyTitle' })}
            action={
              <Button variant="primary" onClick={() => void navigate('/mentees/new')}>
                <FormattedMessage id="mentees.list.emptyAction" />
              </Button>
            }
          >
            <FormattedMessage id="mentees.list.emptyText" />
          </EmptyState>
        }
      />
    </div>
  );
}
