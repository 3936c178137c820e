import { FormattedMessage, useIntl } from 'react-intl';
import type { ChainVerification } from '../../../shared/escalations/schema';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { useToast } from '../../components/Toast';
import { ErrorBanner } from '../../components/ErrorBanner';
import { WORD_SPACE } from '../../i18n/symbols';
import { BROKEN_MARK, INTACT_MARK } from './signs';
import { VaultFingerprint } from '../vault/VaultFingerprint';

/** The sequence number shown on the timeline (#n) for the entry with this id. */
type SequenceOf = (entryId: number) => number | undefined;

/**
 * Whether the record's hash chain still verifies (escalations.verify, asked again on
 * "Check again"): "Timeline intact" with the head's fingerprint to copy and keep
 * elsewhere, or "Timeline broken at entry #n" naming the first entry that no longer matches.
 */
export function ChainBadge({ escalationId, sequenceOf }: { escalationId: number; sequenceOf: SequenceOf }) {
  const verify = useVaultQuery('escalations.verify', { id: escalationId });
  const settings = useVaultQuery('settings.get', {});
  const intl = useIntl();
  const { notify } = useToast();
  const copy = useVaultMutation('escalations.copyFingerprint', {
    onSuccess: (r) => notify('success', intl.formatMessage({ id: 'escalations.chain.copied' }, { fingerprint: r.fingerprint, seconds: r.clearsAfterSeconds })),
    onError: (err) => notify('error', intl.formatMessage({ id: 'escalations.chain.notCopied' }, { reason: errorMessage(err) })),
  });

  if (verify.error) {
    return (
      <section className="chain chain-unknown" aria-label={intl.formatMessage({ id: 'escalations.chain.region' })}>
        <ErrorBanner>
          <FormattedMessage id="escalations.chain.error" values={{ reason: errorMessage(verify.error) }} />
        </ErrorBanner>
      </section>
    );
  }
  if (!verify.data) {
    return (
      <section className="chain chain-unknown" aria-label={intl.formatMessage({ id: 'escalations.chain.region' })}>
        <ProgressIndicator label={intl.formatMessage({ id: 'escalations.chain.checking' })} />
      </section>
    );
  }
  const result: ChainVerification = verify.data;
  const again = (
    <Button size="small" variant="ghost" busy={verify.isFetching} onClick={() => void verify.refetch()}>
      <FormattedMessage id="escalations.chain.again" />
    </Button>
  );

  if (result.intact) {
    const seconds = settings.data?.clipboardClearSeconds;
    return (
      <section className="chain chain-intact" aria-label={intl.formatMessage({ id: 'escalations.chain.region' })} data-testid="chain-badge">
        <p className="chain-state">
          <span className="chain-sign" aria-hidden="true">
            {INTACT_MARK}
          </span>
          <FormattedMessage id="escalations.chain.intact" />
        </p>
        <p className="chain-detail">
          <FormattedMessage
            id="escalations.chain.detail"
            values={{ count: result.entryCount, fingerprint: result.fingerprint, code: (chunks) => <code className="chain-fingerprint">{chunks}</code> }}
          />
        </p>
        <div className="row">
          <Button size="small" busy={copy.isPending} onClick={() => copy.mutate({ id: escalationId })}>
            <FormattedMessage id="escalations.chain.copy" />
          </Button>
          {again}
        </div>
        <p className="chain-note">
          <FormattedMessage id="escalations.chain.keep" />
          {seconds !== undefined && <>{WORD_SPACE}<FormattedMessage id="escalations.chain.clears" values={{ seconds }} /></>}
        </p>
        <VaultFingerprint />
      </section>
    );
  }

  const at = result.firstBrokenEntryId !== null ? sequenceOf(result.firstBrokenEntryId) ?? result.sequence : null;
  return (
    <section className="chain chain-broken" aria-label={intl.formatMessage({ id: 'escalations.chain.region' })} data-testid="chain-badge">
      <p className="chain-state">
        <span className="chain-sign" aria-hidden="true">
          {BROKEN_MARK}
        </span>
        {at !== null ? <FormattedMessage id="escalations.chain.brokenAt" values={{ sequence: at }} /> : <FormattedMessage id="escalations.chain.broken" />}
      </p>
      <p className="chain-detail">{result.message}</p>
      <p className="chain-note">
        <FormattedMessage id="escalations.chain.brokenNote" />
      </p>
      <div className="row">{again}</div>
    </section>
  );
}
