import { FormattedMessage, useIntl } from 'react-intl';
import { useCallback, useEffect, useState } from 'react';
import type { RecentVault } from '../../../shared/vault/schema';
import { useVault } from '../../app/vault-context';
import { call } from '../../bridge/client';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** The vaults opened here lately (as KeePassXC lists them): choose one to unlock it, or remove it from the list. */
export function RecentVaults() {
  const { status, setStatus } = useVault();
  const intl = useIntl();
  // Read here, not through the query cache: the gate empties that cache whenever the vault is locked.
  const [vaults, setVaults] = useState<RecentVault[]>([]);
  const reload = useCallback(() => {
    call('vault.recent', {}).then(setVaults, () => setVaults([]));
  }, []);
  // Again whenever the vault in question changes (another vault chosen, or made elsewhere in the app).
  useEffect(reload, [reload, status.path]);
  const select = useVaultMutation('vault.selectRecent', { onSuccess: setStatus });
  const forget = useVaultMutation('vault.forgetRecent', { onSuccess: setVaults });
  // Only worth showing when there is another vault to choose, or a missing one to clear.
  if (!vaults.some((v) => !v.current)) return null;

  return (
    <section className="recent-vaults" aria-labelledby="recent-vaults-title">
      <h2 id="recent-vaults-title">
        <FormattedMessage id="vault.recent.title" />
      </h2>
      <ul>
        {vaults.map((vault) => (
          <li key={vault.path} className={vault.missing ? 'recent-vault is-missing' : 'recent-vault'}>
            <div className="recent-vault-text">
              <span className="recent-vault-name">{fileName(vault.path)}</span>
              <span className="recent-vault-path mono">{vault.path}</span>
              {vault.missing && <span className="recent-vault-state">
                  <FormattedMessage id="vault.recent.missing" />
                </span>}
              {vault.current && <span className="recent-vault-state">
                  <FormattedMessage id="vault.recent.current" />
                </span>}
            </div>
            <div className="recent-vault-actions">
              {!vault.current && !vault.missing && (
                <Button size="small" aria-label={intl.formatMessage({ id: 'vault.recent.unlockLabel' }, { path: vault.path })} onClick={() => select.mutate({ path: vault.path })} busy={select.isPending && select.variables?.path === vault.path}>
                  <FormattedMessage id="vault.recent.unlock" />
                </Button>
              )}
              {!vault.current && (
                <Button size="small" variant="ghost" aria-label={intl.formatMessage({ id: 'vault.recent.removeLabel' }, { path: vault.path })} onClick={() => forget.mutate({ path: vault.path })}>
                  <FormattedMessage id="vault.recent.remove" />
                </Button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {(select.error ?? forget.error) && <ErrorBanner error={select.error ?? forget.error} />}
    </section>
  );
}
