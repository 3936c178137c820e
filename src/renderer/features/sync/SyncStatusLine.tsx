import { useIntl } from 'react-intl';
import { useVaultQuery } from '../../bridge/hooks';
import { SEPARATOR } from '../../i18n/symbols';
import { syncLineParts } from './status-line';
import './sync.css';

/** How often the sidebar asks again: the pending count grows with every edit made here. */
const REFRESH_MS = 60_000;

/** One short line in the sidebar; empty (and silent) while sync is not set up. */
export function SyncStatusLine() {
  const intl = useIntl();
  const status = useVaultQuery('sync.status', {}, { refetchInterval: REFRESH_MS });
  const parts = syncLineParts(status.data, intl);
  return (
    <p className="sidebar-sync" role="status" aria-live="polite">
      {parts.join(SEPARATOR)}
    </p>
  );
}
