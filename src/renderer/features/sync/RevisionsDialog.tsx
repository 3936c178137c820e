import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import type { RevisionView } from '../../../shared/sync/contract';
import { call, type BridgeCallError } from '../../bridge/client';
import { invalidateMethods, useVaultMutation, useVaultQuery, vaultQueryKey } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog, DialogActions } from '../../components/Dialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useToast } from '../../components/Toast';
import { useFocusAfterCommit } from '../../components/useFocusAfterCommit';
import { formatDateTime } from '../mentees/format';
import { SYNC_QUERIES } from './stale';
import { readableRevisionText } from './revision-text';

/**
 * The texts kept when another computer's change replaced them: each beside the text the
 * record holds now, to be put back (an ordinary edit, which syncs) or dismissed.
 */
export function RevisionsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const intl = useIntl();
  const client = useQueryClient();
  const { notify } = useToast();
  const list = useVaultQuery('sync.revisions', {}, { enabled: open });
  const [dismissing, setDismissing] = useState<{ revision: RevisionView; index: number } | null>(null);
  const items = useRef<HTMLUListElement>(null);
  const none = useRef<HTMLParagraphElement>(null);
  const focusAfterCommit = useFocusAfterCommit();
  const revisions = list.data ?? [];

  // The button pressed goes with its text: focus moves to the text now in that place (or to the words saying the list is empty).
  const focusItem = (index: number) =>
    focusAfterCommit(() => {
      const shown = items.current?.querySelectorAll<HTMLElement>('.sync-revision');
      return shown?.[Math.min(index, shown.length - 1)] ?? none.current;
    });
  const show = (after: RevisionView[]) => client.setQueryData(vaultQueryKey('sync.revisions', {}), after);
  // Set once a dismissal is done, and used as the confirmation closes: its own return of focus goes to a button now gone.
  const dismissedAt = useRef<number | null>(null);
  // Held here, not in the item, because the item is gone once its text is back.
  const restore = useVaultMutation('sync.restoreRevision', {
    onSuccess: async (after) => {
      show(after);
      // The text it replaced is now the newest kept one, at the top.
      focusItem(0);
      notify('success', intl.formatMessage({ id: 'sync.review.restored' }));
      // The record changed: every screen that shows it is stale, as after a round that applied changes.
      await client.invalidateQueries();
    },
  });
  const restoring = restore.isPending ? restore.variables?.id : undefined;
  const refused = restore.isError ? restore.variables?.id : undefined;

  return (
    // Shown once the list is there, so the dialog's first focus lands on the first text's action.
    <Dialog open={open && !list.isPending} onClose={onClose} title={intl.formatMessage({ id: 'sync.review.title' })} description={<p>{intl.formatMessage({ id: 'sync.review.intro' })}</p>}>
      {list.error && <ErrorBanner error={list.error} />}
      {list.isSuccess && revisions.length === 0 && (
        <p className="settings-hint" tabIndex={-1} ref={none}>
          {intl.formatMessage({ id: 'sync.review.none' })}
        </p>
      )}
      <ul className="sync-revisions" ref={items}>
        {revisions.map((revision, index) => (
          <RevisionItem
            key={revision.id}
            revision={revision}
            busy={restoring === revision.id}
            error={refused === revision.id ? restore.error : null}
            onRestore={() => restore.mutate({ id: revision.id })}
            onDismiss={() => setDismissing({ revision, index })}
          />
        ))}
      </ul>
      <DialogActions>
        <Button onClick={onClose}>{intl.formatMessage({ id: 'sync.review.close' })}</Button>
      </DialogActions>
      <ConfirmDialog
        open={dismissing !== null}
        title={intl.formatMessage({ id: 'sync.review.dismissTitle' })}
        description={intl.formatMessage({ id: 'sync.review.dismissText' })}
        confirmLabel={intl.formatMessage({ id: 'sync.review.dismissConfirm' })}
        variant="danger"
        onConfirm={async () => {
          const after = await call('sync.dismissRevision', { id: dismissing!.revision.id });
          show(after);
          dismissedAt.current = dismissing!.index;
          await invalidateMethods(client, SYNC_QUERIES);
        }}
        onClose={() => {
          setDismissing(null);
          if (dismissedAt.current !== null) focusItem(dismissedAt.current);
          dismissedAt.current = null;
        }}
      />
    </Dialog>
  );
}

interface ItemProps {
  revision: RevisionView;
  busy: boolean;
  error: BridgeCallError | null;
  onRestore(): void;
  onDismiss(): void;
}

function RevisionItem({ revision, busy, error, onRestore, onDismiss }: ItemProps) {
  const intl = useIntl();
  const text = (value: string) => readableRevisionText(value) || intl.formatMessage({ id: 'sync.review.empty' });
  const where = (here: boolean | null) => (here === null ? 'unknown' : here ? 'here' : 'elsewhere');
  const headingId = `revision-${revision.id}`;
  return (
    <li>
      {/* Focusable from script only: where focus lands when the text before it was restored or dismissed. */}
      <article className="sync-revision" aria-labelledby={headingId} tabIndex={-1}>
        <h3 id={headingId}>
          {intl.formatMessage(
            { id: 'sync.review.heading' },
            { record: intl.formatMessage({ id: `sync.review.record.${revision.record}` }), field: intl.formatMessage({ id: `sync.review.field.${revision.field}` }) },
          )}
          {revision.title && <span className="sync-revision-title">{intl.formatMessage({ id: 'sync.review.titled' }, { title: revision.title })}</span>}
          {revision.mentee && <span className="sync-revision-mentee">{intl.formatMessage({ id: 'sync.review.of' }, { mentee: revision.mentee })}</span>}
        </h3>
        {/* Side by side where the dialog is wide enough, one above the other where it is not. */}
        <div className="sync-revision-texts">
          <div>
            <p className="sync-revision-label">
              {intl.formatMessage({ id: 'sync.review.kept' }, { when: formatDateTime(revision.keptAt), where: where(revision.keptHere) })}
            </p>
            <blockquote className="sync-revision-text">{text(revision.kept)}</blockquote>
          </div>
          <div>
            {revision.current === null ? (
              <p className="sync-revision-label">{intl.formatMessage({ id: 'sync.review.gone' })}</p>
            ) : (
              <>
                <p className="sync-revision-label">
                  {intl.formatMessage(
                    { id: 'sync.review.current' },
                    { when: revision.currentAt ? formatDateTime(revision.currentAt) : 'none', where: where(revision.currentHere) },
                  )}
                </p>
                <blockquote className="sync-revision-text sync-revision-now">{text(revision.current)}</blockquote>
              </>
            )}
          </div>
        </div>
        {revision.refused === 'frozen' && <p className="sync-revision-label">{intl.formatMessage({ id: 'sync.review.frozen' })}</p>}
        {revision.refused === 'ownScreen' && <p className="sync-revision-label">{intl.formatMessage({ id: 'sync.review.ownScreen' }, { record: revision.record })}</p>}
        {error && <ErrorBanner error={error} />}
        <div className="row">
          {revision.refused === null && (
            <Button variant="primary" busy={busy} onClick={onRestore}>
              {intl.formatMessage({ id: 'sync.review.restore' })}
            </Button>
          )}
          <Button onClick={onDismiss}>{intl.formatMessage({ id: 'sync.review.dismiss' })}</Button>
        </div>
      </article>
    </li>
  );
}
