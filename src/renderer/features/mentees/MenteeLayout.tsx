import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, NavLink, Outlet, useNavigate, useParams } from 'react-router';
import { menteeTabs } from '../../app/mentee-tabs';
import { errorMessage, isBridgeError } from '../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { FormButtons } from '../forms/FormButtons';
import { EmptyState } from '../../components/EmptyState';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { useToast } from '../../components/Toast';
import { DeleteMenteeDialog } from './DeleteMenteeDialog';
import type { MenteeOutletContext } from './mentee-context';
import { ArchivedBadge, StatusBadge } from './StatusBadge';
import { ErrorBanner } from '../../components/ErrorBanner';
import './mentees.css';

/** One mentee's page: name, archive/delete, and the tabs of app/mentee-tabs.tsx. */
export default function MenteeLayout() {
  const id = Number(useParams().menteeId);
  const valid = Number.isSafeInteger(id) && id > 0;
  const mentee = useVaultQuery('mentees.get', { id }, { enabled: valid });
  const navigate = useNavigate();
  const { notify } = useToast();
  const intl = useIntl();
  const [deleting, setDeleting] = useState(false);
  const archive = useVaultMutation('mentees.archive', {
    invalidate: ['mentees.'],
    onSuccess: (m) => notify('success', intl.formatMessage({ id: m.archived ? 'mentees.page.archived' : 'mentees.page.restored' })),
    onError: (err) => notify('error', errorMessage(err)),
  });

  if (!valid || isBridgeError(mentee.error, 'NOT_FOUND')) {
    return (
      <div className="page">
        <EmptyState
          title={intl.formatMessage({ id: 'mentees.page.notFound' })}
          action={
            <Link to="/mentees">
              <FormattedMessage id="mentees.page.back" />
            </Link>
          }
        />
      </div>
    );
  }
  if (mentee.error) {
    return (
      <div className="page">
        <ErrorBanner error={mentee.error} />
      </div>
    );
  }
  if (!mentee.data) {
    return (
      <div className="page">
        <ProgressIndicator label={intl.formatMessage({ id: 'mentees.page.opening' })} />
      </div>
    );
  }

  const m = mentee.data;
  const context: MenteeOutletContext = { mentee: m };
  return (
    <div className="page">
      <header className="page-header mentee-header">
        <div>
          <Link to="/mentees" className="back-link">
            <FormattedMessage id="mentees.page.backShort" />
          </Link>
          <div className="mentee-title">
            <h1>{m.name}</h1>
            <StatusBadge status={m.status} />
            {m.archived && <ArchivedBadge />}
          </div>
          <p>{[m.role, m.team].filter(Boolean).join(' · ') || intl.formatMessage({ id: 'mentees.page.noRole' })}</p>
        </div>
        <div className="row">
          <FormButtons menteeId={m.id} />
          <Button busy={archive.isPending} onClick={() => archive.mutate({ id: m.id, archived: !m.archived })}>
            <FormattedMessage id={m.archived ? 'mentees.page.unarchive' : 'mentees.page.archive'} />
          </Button>
          <Button variant="danger" onClick={() => setDeleting(true)}>
            <FormattedMessage id="mentees.page.delete" />
          </Button>
        </div>
      </header>
      <nav className="tabs" aria-label={intl.formatMessage({ id: 'mentees.page.sections' })}>
        {menteeTabs.map((tab) => (
          <NavLink key={tab.path} to={tab.path} className="tab">
            <FormattedMessage id={tab.label} />
          </NavLink>
        ))}
      </nav>
      <Outlet context={context} />
      <DeleteMenteeDialog
        mentee={m}
        open={deleting}
        onClose={() => setDeleting(false)}
        onDeleted={() => {
          setDeleting(false);
          notify('success', intl.formatMessage({ id: 'mentees.page.deleted' }));
          void navigate('/mentees');
        }}
      />
    </div>
  );
}
