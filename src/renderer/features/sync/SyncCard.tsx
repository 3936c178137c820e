import { useIntl } from 'react-intl';
import { useVaultQuery } from '../../bridge/hooks';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Panel } from '../../components/Panel';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { SyncDetails } from './SyncDetails';
import { SyncPassphraseForm } from './SyncPassphraseForm';
import './sync.css';

/** Settings > Sync: how to set it up, or how it goes. */
export function SyncCard() {
  const intl = useIntl();
  const status = useVaultQuery('sync.status', {});
  const data = status.data;
  return (
    <Panel title={intl.formatMessage({ id: 'sync.title' })} intro={data && !data.folder ? intl.formatMessage({ id: 'sync.intro' }) : undefined} className="settings-sync">
      {data ? (
        data.folder ? (
          <SyncDetails status={data} />
        ) : (
          <SyncPassphraseForm />
        )
      ) : status.error ? (
        <ErrorBanner error={status.error} />
      ) : (
        <ProgressIndicator label={intl.formatMessage({ id: 'sync.loading' })} />
      )}
    </Panel>
  );
}
