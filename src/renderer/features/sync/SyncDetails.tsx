import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { SyncStatusView } from '../../../shared/sync/contract';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { useToast } from '../../components/Toast';
import { formatDateTime } from '../mentees/format';
import { DeviceNameForm } from './DeviceNameForm';
import { HeldDeletions } from './HeldDeletions';
import { RevisionsDialog } from './RevisionsDialog';
import { SyncPassphraseForm } from './SyncPassphraseForm';
import { syncFieldErrors } from './sync-errors';
import { useAfterRound } from './useAfterRound';

/** The first hex digits of another computer's random folder id: the folder holds no names. */
const shortId = (id: string) => id.slice(0, 8);

/** Sync once set up: where, who, how the last round went, and the next round (or the passphrase it needs). */
export function SyncDetails({ status }: { status: SyncStatusView }) {
  const intl = useIntl();
  const { notify } = useToast();
  const afterRound = useAfterRound();
  const now = useVaultMutation('sync.now', {
    onSuccess: async (result) => {
      await afterRound(result);
      notify('success', intl.formatMessage({ id: 'sync.done' }, { sent: result.sent, received: result.received }));
      if (result.heldDeletions > 0) notify('info', intl.formatMessage({ id: 'sync.held.afterRound' }, { count: result.heldDeletions }));
    },
  });
  const [reviewing, setReviewing] = useState(false);
  const last = status.lastSync;
  const count = (value: number) => intl.formatMessage({ id: 'sync.count' }, { count: value });
  return (
    <div className="stack">
      {status.heldDeletions > 0 && <HeldDeletions />}
      <dl className="info-list sync-facts">
        <dt>{intl.formatMessage({ id: 'sync.folder' })}</dt>
        <dd className="mono" translate="no">
          {status.folder}
        </dd>
        <dt>{intl.formatMessage({ id: 'sync.last' })}</dt>
        <dd>
          {last
            ? intl.formatMessage({ id: 'sync.last.value' }, { when: formatDateTime(last.at), sent: last.sent, received: last.received, applied: last.applied })
            : intl.formatMessage({ id: 'sync.last.never' })}
        </dd>
        <dt>{intl.formatMessage({ id: 'sync.pending' })}</dt>
        <dd translate="no">{count(status.pendingChanges)}</dd>
        <dt>{intl.formatMessage({ id: 'sync.revisions' })}</dt>
        <dd className="sync-revisions-count">
          <span translate="no">{count(status.revisions)}</span>
          {status.revisions > 0 && (
            <Button size="small" onClick={() => setReviewing(true)}>
              {intl.formatMessage({ id: 'sync.review.open' })}
            </Button>
          )}
        </dd>
      </dl>
      {last && last.clockAhead > 0 && <ErrorBanner>{intl.formatMessage({ id: 'sync.clockAhead' }, { count: last.clockAhead })}</ErrorBanner>}
      {last && last.forks > 0 && <p className="settings-hint">{intl.formatMessage({ id: 'sync.forks' })}</p>}
      {last?.renewedIdentity && <p className="settings-hint">{intl.formatMessage({ id: 'sync.renewed' })}</p>}
      <h3>{intl.formatMessage({ id: 'sync.others' })}</h3>
      {status.otherDevices.length === 0 ? (
        <p className="settings-hint">{intl.formatMessage({ id: 'sync.others.none' })}</p>
      ) : (
        <ul className="sync-devices">
          {status.otherDevices.map((device) => (
            <li key={device.id}>
              <span>{intl.formatMessage({ id: 'sync.others.device' }, { id: <span className="sync-device-id" translate="no" key="id">{shortId(device.id)}</span> })}</span>
              <span className="sync-device-seen">
                {device.lastSeen ? intl.formatMessage({ id: 'sync.others.lastSeen' }, { when: formatDateTime(device.lastSeen) }) : intl.formatMessage({ id: 'sync.others.notRead' })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <RevisionsDialog open={reviewing} onClose={() => setReviewing(false)} />
      <DeviceNameForm name={status.deviceName ?? ''} />
      {status.unlocked ? (
        <>
          {now.isPending && <ProgressIndicator label={intl.formatMessage({ id: 'sync.running' })} />}
          {now.error && <ErrorBanner>{syncFieldErrors(now.error, intl).form ?? Object.values(syncFieldErrors(now.error, intl))[0]}</ErrorBanner>}
          <div className="row">
            <Button variant="primary" busy={now.isPending} onClick={() => now.mutate({})}>
              {intl.formatMessage({ id: 'sync.now' })}
            </Button>
          </div>
        </>
      ) : (
        <SyncPassphraseForm folder={status.folder!} />
      )}
    </div>
  );
}
