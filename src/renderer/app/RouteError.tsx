import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useRouteError } from 'react-router';
import { errorMessage } from '../bridge/client';
import { EmptyState } from '../components/EmptyState';

function BackToStart() {
  return (
    <Link to="/">
      <FormattedMessage id="app.routeError.back" />
    </Link>
  );
}

export function RouteError() {
  const error = useRouteError();
  const intl = useIntl();
  return (
    <main className="page">
      <EmptyState title={intl.formatMessage({ id: 'app.routeError.title' })} action={<BackToStart />}>
        {errorMessage(error)}
      </EmptyState>
    </main>
  );
}

export function NotFound() {
  const intl = useIntl();
  return (
    <div className="page">
      <EmptyState title={intl.formatMessage({ id: 'app.notFound.title' })} action={<BackToStart />} />
    </div>
  );
}
