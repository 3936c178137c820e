import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { RevisionView } from '../../../shared/sync/contract';
import { call } from '../../bridge/client';
import { invalidateMethods, useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog, DialogActions } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useToast } from '../../components/Toast';
import { formatDateTime } from '../mentees/format';
import { SYNC_QUERIES } from './stale';

/**
 * The texts kept when another computer's change replaced them: each beside the text the
 * record holds now, to be put back (an ordinary edit, which syncs) or dismissed.
 */
export function RevisionsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const intl = useIntl();
  const list = useVaultQuery('sync.revisions', {}, { enabled: open });
  const [dismissing, setDismissing] = useState<RevisionView | null>(null);
  const revisions = list.data ?? [];
  return (
    // Shown once the list is there, so the dialog's first focus lands on the first text's action.
    <Dialog open={open && !list.isPending} onClose={onClose} title={intl.formatMessage({ id: 'sync.review.title' })} description={<p>{intl.formatMessage({ id: 'sync.review.intro' })}</p>}>
      {list.error && <ErrorBanner error={list.error} />}
      {list.isSuccess && revisions.length === 0 && <p className="settings-hint">{intl.formatMessage({ id: 'sync.review.none' })}</p>}
      <ul className="sync-revisions">
        {revisions.map((revision) => (
          <RevisionItem key={revision.id} revision={revision} onDismiss={() => setDismissing(revision)} />
        ))}
      </ul>
      <DialogActions>
        <Button onClick={onClose}>{intl.formatMessage({ id: 'sync.review.close' })}</Button>
      </DialogActions>
      <DismissDialog revision={dismissing} onClose={() => setDismissing(null)} />
    </Dialog>
  );
}

function RevisionItem({ revision, onDismiss }: { revision: RevisionView; onDismiss(): void }) {
  const intl = useIntl();
  const client = useQueryClient();
  const { notify } = useToast();
  const restore = useVaultMutation('sync.restoreRevision', {
    onSuccess: async () => {
      // The record changed: every screen that shows it is stale, as after a round that applied changes.
      await client.invalidateQueries();
      notify('success', intl.formatMessage({ id: 'sync.review.restored' }));
    },
  });
  const text = (value: string) => (value === '' ? intl.formatMessage({ id: 'sync.review.empty' }) : value);
  const headingId = `revision-${revision.id}`;
  return (
    <li>
      <article className="sync-revision" aria-labelledby={headingId}>
        <h3 id={headingId}>
          {intl.formatMessage(
            { id: 'sync.review.heading' },
            { record: intl.formatMessage({ id: `sync.review.record.${revision.record}` }), field: intl.formatMessage({ id: `sync.review.field.${revision.field}` }) },
          )}
          {revision.title && <span className="sync-revision-title">{intl.formatMessage({ id: 'sync.review.titled' }, { title: revision.title })}</span>}
          {revision.mentee && <span className="sync-revision-mentee">{intl.formatMessage({ id: 'sync.review.of' }, { mentee: revision.mentee })}</span>}
        </h3>
        <p className="sync-revision-label">
          {intl.formatMessage({ id: 'sync.review.kept' }, { when: formatDateTime(revision.keptAt), where: revision.keptHere ? 'here' : 'elsewhere' })}
        </p>
        <blockquote className="sync-revision-text">{text(revision.kept)}</blockquote>
        {revision.current === null ? (
          <p className="sync-revision-label">{intl.formatMessage({ id: 'sync.review.gone' })}</p>
        ) : (
          <>
            <p className="sync-revision-label">{intl.formatMessage({ id: 'sync.review.current' }, { when: revision.currentAt ? formatDateTime(revision.currentAt) : 'none' })}</p>
            <blockquote className="sync-revision-text sync-revision-now">{text(revision.current)}</blockquote>
          </>
        )}
        {restore.error && <ErrorBanner error={restore.error} />}
        <div className="row">
          {revision.current !== null && (
            <Button variant="primary" busy={restore.isPending} onClick={() => restore.mutate({ id: revision.id })}>
              {intl.formatMessage({ id: 'sync.review.restore' })}
            </Button>
          )}
          <Button onClick={onDismiss}>{intl.formatMessage({ id: 'sync.review.dismiss' })}</Button>
        </div>
      </article>
    </li>
  );
}

function DismissDialog({ revision, onClose }: { revision: RevisionView | null; onClose(): void }) {
  const intl = useIntl();
  const client = useQueryClient();
  return (
    <ConfirmDialog
      open={revision !== null}
      title={intl.formatMessage({ id: 'sync.review.dismissTitle' })}
      description={intl.formatMessage({ id: 'sync.review.dismissText' })}
      confirmLabel={intl.formatMessage({ id: 'sync.review.dismissConfirm' })}
      variant="danger"
      onConfirm={async () => {
        await call('sync.dismissRevision', { id: revision!.id });
        await invalidateMethods(client, SYNC_QUERIES);
        onClose();
      }}
      onClose={onClose}
    />
  );
}
