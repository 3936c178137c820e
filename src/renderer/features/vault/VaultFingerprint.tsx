import { useVaultQuery } from '../../bridge/queries';
import './vault-fingerprint.css';

const countFormat = new Intl.NumberFormat();

/**
 * The vault-wide record chain's fingerprint: one short code that covers every escalation
 * record and entry, goal-history row and decision. Noted elsewhere, it shows a later
 * rewrite of the vault (docs/record-chain.md says what it can and cannot prove).
 */
export function VaultFingerprint({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  // Read afresh whenever it is shown: any append-only record, from any screen, moves it.
  const info = useVaultQuery('vault.info', {}, { refetchOnMount: 'always', staleTime: 0 });
  const chain = info.data?.recordChain;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="vault-fingerprint" aria-labelledby="vault-fingerprint-title">
      <Heading id="vault-fingerprint-title">Vault fingerprint</Heading>
      {info.error && <p className="muted">The vault fingerprint could not be read.</p>}
      {!chain && !info.error && <p className="muted">Reading the vault fingerprint…</p>}
      {chain && (
        <>
          <p>
            <code className="chain-fingerprint" data-testid="vault-fingerprint">
              {chain.fingerprint}
            </code>{' '}
            <span className="muted">
              covers {chain.links === 1 ? '1 record' : `${countFormat.format(chain.links)} records`} (escalations and their entries, goal
              history, decisions)
            </span>
          </p>
          <p className="chain-note">
            Note it with the date somewhere outside this computer, or give it to someone you trust. It changes with every new record. Someone
            with your passphrase could rewrite the whole vault so that it checks out again, but not so that it still leads to a fingerprint
            noted before.
          </p>
        </>
      )}
    </section>
  );
}
