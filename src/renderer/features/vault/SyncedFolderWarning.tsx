import { FormattedMessage, useIntl } from 'react-intl';
import { useState } from 'react';
import { useVault } from '../../app/vault-context';
import { call, errorMessage, type BridgeCallError } from '../../bridge/client';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { MergeCopyDialog } from './MergeCopyDialog';

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/**
 * The unlock screen's word about where the vault file sits: inside a folder that Dropbox,
 * OneDrive, iCloud Drive, Google Drive, Box or Syncthing copies (which can upload it
 * half-written, or fork it into conflicted copies that lose edits), with a way to move it
 * out whole; and the conflicted copies such a service already left beside it, each of
 * which can be opened to see what it holds, or merged into the vault.
 */
export function SyncedFolderWarning() {
  const { status, setStatus } = useVault();
  const intl = useIntl();
  const [problem, setProblem] = useState<string | null>(null);
  const [merging, setMerging] = useState<string | null>(null);
  const onError = (err: BridgeCallError) => setProblem(errorMessage(err));
  const move = useVaultMutation('vault.move', { onSuccess: setStatus, onError });
  const openCopy = useVaultMutation('vault.openCopy', { onSuccess: setStatus, onError });
  const placement = status.placement;
  if (!placement || (!placement.syncedFolder && placement.conflictedCopies.length === 0)) return null;
  const busy = move.isPending || openCopy.isPending;

  const moveElsewhere = async () => {
    setProblem(null);
    try {
      if (await call('vault.chooseLocation', {})) move.mutate({ to: 'chosen' });
    } catch (err) {
      onError(err as BridgeCallError);
    }
  };

  return (
    <section className="synced-folder" aria-labelledby="synced-folder-title">
      <h2 id="synced-folder-title">
        {placement.syncedFolder ? (
          <FormattedMessage id="vault.placement.title" values={{ service: placement.syncedFolder.service }} />
        ) : (
          <FormattedMessage id="vault.placement.copiesTitle" values={{ count: placement.conflictedCopies.length }} />
        )}
      </h2>
      {placement.syncedFolder && (
        <>
          <p>
            <FormattedMessage id="vault.placement.why" values={{ service: placement.syncedFolder.service }} />
          </p>
          <p className="location-path mono">{placement.syncedFolder.folder}</p>
          <div className="synced-folder-actions">
            <Button variant="primary" busy={move.isPending} disabled={busy} onClick={() => (setProblem(null), move.mutate({ to: 'default' }))}>
              <FormattedMessage id="vault.placement.moveHere" />
            </Button>
            <Button disabled={busy} onClick={() => void moveElsewhere()}>
              <FormattedMessage id="vault.placement.moveElsewhere" />
            </Button>
          </div>
        </>
      )}
      {placement.conflictedCopies.length > 0 && (
        <>
          <p>
            <FormattedMessage id="vault.placement.copies" values={{ count: placement.conflictedCopies.length }} />
          </p>
          <ul className="synced-folder-copies">
            {placement.conflictedCopies.map((path) => (
              <li key={path}>
                <span className="recent-vault-name">{fileName(path)}</span>
                <Button
                  size="small"
                  disabled={busy}
                  aria-label={intl.formatMessage({ id: 'vault.placement.openCopyLabel' }, { name: fileName(path) })}
                  onClick={() => (setProblem(null), openCopy.mutate({ path }))}
                >
                  <FormattedMessage id="vault.placement.openCopy" />
                </Button>
                <Button
                  size="small"
                  disabled={busy}
                  aria-label={intl.formatMessage({ id: 'vault.mergeCopy.buttonLabel' }, { name: fileName(path) })}
                  onClick={() => (setProblem(null), setMerging(path))}
                >
                  <FormattedMessage id="vault.mergeCopy.button" />
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      {problem && <ErrorBanner>{problem}</ErrorBanner>}
      {merging && <MergeCopyDialog path={merging} name={fileName(merging)} onClose={() => setMerging(null)} />}
    </section>
  );
}
