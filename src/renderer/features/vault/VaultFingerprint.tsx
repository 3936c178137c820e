import { FormattedMessage } from 'react-intl';
import { useVaultQuery } from '../../bridge/hooks';
import './vault-fingerprint.css';
import { WORD_SPACE } from '../../i18n/symbols';

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
      <Heading id="vault-fingerprint-title">
        <FormattedMessage id="vault.fingerprint.title" />
      </Heading>
      {info.error && <p className="muted">
          <FormattedMessage id="vault.fingerprint.error" />
        </p>}
      {!chain && !info.error && <p className="muted">
          <FormattedMessage id="vault.fingerprint.loading" />
        </p>}
      {chain && (
        <>
          <p>
            <code className="chain-fingerprint" data-testid="vault-fingerprint">
              {chain.fingerprint}
            </code>
            {WORD_SPACE}
            <span className="muted">
              <FormattedMessage id="vault.fingerprint.covers" values={{ links: chain.links }} />
            </span>
          </p>
          <p className="chain-note">
            <FormattedMessage id="vault.fingerprint.note" />
          </p>
        </>
      )}
    </section>
  );
}
