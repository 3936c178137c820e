import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { call } from '../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useToast } from '../../components/Toast';
import { formatDateTime } from '../mentees/format';

/**
 * Another computer's batch that would delete many records at once, held by the fail-safe:
 * what it would delete, and the mentor's choice. Keeping is the safe default and comes first;
 * deleting asks once more.
 */
export function HeldDeletions() {
  const intl = useIntl();
  const headingId = useId();
  const client = useQueryClient();
  const { notify } = useToast();
  const held = useVaultQuery('sync.held', {});
  const [confirming, setConfirming] = useState(false);
  // Either choice may change any record on this computer: every screen is stale.
  const keep = useVaultMutation('sync.refuseHeld', {
    onSuccess: async () => {
      await client.invalidateQueries();
      notify('success', intl.formatMessage({ id: 'sync.held.kept' }));
    },
  });
  const view = held.data;
  if (!view) return held.error ? <ErrorBanner error={held.error} /> : null;
  return (
    <section className="sync-held" aria-labelledby={headingId}>
      <h3 id={headingId}>{intl.formatMessage({ id: 'sync.held.title' })}</h3>
      <p>{intl.formatMessage({ id: 'sync.held.text' }, { count: view.deletions })}</p>
      <ul className="sync-held-kinds">
        {view.kinds.map((kind) => (
          <li key={kind.record}>
            {intl.formatMessage({ id: 'sync.held.kind' }, { record: intl.formatMessage({ id: `sync.review.record.${kind.record}` }), count: kind.count })}
          </li>
        ))}
      </ul>
      {view.mentees.length > 0 && <p>{intl.formatMessage({ id: 'sync.held.mentees' }, { names: intl.formatList(view.mentees, { type: 'conjunction' }) })}</p>}
      <p className="settings-hint">
        {view.from.length > 0
          ? intl.formatMessage(
              { id: 'sync.held.whenFrom' },
              {
                count: view.from.length,
                ids: intl.formatList(
                  view.from.map((id) => (
                    <span className="sync-device-id" translate="no" key={id}>
                      {id.slice(0, 8)}
                    </span>
                  )),
                  { type: 'conjunction' },
                ),
                when: formatDateTime(view.at),
              },
            )
          : intl.formatMessage({ id: 'sync.held.when' }, { when: formatDateTime(view.at) })}
      </p>
      {keep.error && <ErrorBanner error={keep.error} />}
      <div className="row">
        <Button variant="primary" busy={keep.isPending} onClick={() => keep.mutate({})}>
          {intl.formatMessage({ id: 'sync.held.keep' })}
        </Button>
        <Button variant="danger" onClick={() => setConfirming(true)}>
          {intl.formatMessage({ id: 'sync.held.delete' })}
        </Button>
      </div>
      <p className="settings-hint">{intl.formatMessage({ id: 'sync.held.keepHint' })}</p>
      <ConfirmDialog
        open={confirming}
        title={intl.formatMessage({ id: 'sync.held.deleteTitle' }, { count: view.deletions })}
        description={intl.formatMessage({ id: 'sync.held.deleteText' })}
        confirmLabel={intl.formatMessage({ id: 'sync.held.deleteConfirm' })}
        variant="danger"
        onConfirm={async () => {
          await call('sync.confirmHeld', {});
          await client.invalidateQueries();
          notify('success', intl.formatMessage({ id: 'sync.held.deleted' }));
          setConfirming(false);
        }}
        onClose={() => setConfirming(false)}
      />
    </section>
  );
}
