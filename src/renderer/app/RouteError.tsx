import { Link, useRouteError } from 'react-router';
import { errorMessage } from '../bridge/client';
import { EmptyState } from '../components/EmptyState';

export function RouteError() {
  const error = useRouteError();
  return (
    <main className="page">
      <EmptyState title="This screen could not be shown" action={<Link to="/">Back to the start</Link>}>
        {errorMessage(error)}
      </EmptyState>
    </main>
  );
}

export function NotFound() {
  return (
    <div className="page">
      <EmptyState title="Nothing here" action={<Link to="/">Back to the start</Link>} />
    </div>
  );
}
