import type { ChainVerification } from '../../../shared/escalations/schema';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation, useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { useToast } from '../../components/Toast';
import { ErrorBanner } from '../../components/ErrorBanner';
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
  const { notify } = useToast();
  const copy = useVaultMutation('escalations.copyFingerprint', {
    onSuccess: (r) => notify('success', `Fingerprint ${r.fingerprint} copied. The clipboard is cleared again in ${r.clearsAfterSeconds} seconds.`),
    onError: (err) => notify('error', `Not copied: ${errorMessage(err)}`),
  });

  if (verify.error) {
    return (
      <section className="chain chain-unknown" aria-label="Timeline check">
        <ErrorBanner>
          The timeline could not be checked: {errorMessage(verify.error)}
        </ErrorBanner>
      </section>
    );
  }
  if (!verify.data) {
    return (
      <section className="chain chain-unknown" aria-label="Timeline check">
        <ProgressIndicator label="Checking the timeline…" />
      </section>
    );
  }
  const result: ChainVerification = verify.data;
  const again = (
    <Button size="small" variant="ghost" busy={verify.isFetching} onClick={() => void verify.refetch()}>
      Check again
    </Button>
  );

  if (result.intact) {
    const seconds = settings.data?.clipboardClearSeconds;
    return (
      <section className="chain chain-intact" aria-label="Timeline check" data-testid="chain-badge">
        <p className="chain-state">
          <span className="chain-sign" aria-hidden="true">
            ✓
          </span>
          Timeline intact
        </p>
        <p className="chain-detail">
          {result.entryCount === 1 ? '1 entry verifies' : `All ${result.entryCount} entries verify`} against the hash chain. Fingerprint of the
          latest entry: <code className="chain-fingerprint">{result.fingerprint}</code>
        </p>
        <div className="row">
          <Button size="small" busy={copy.isPending} onClick={() => copy.mutate({ id: escalationId })}>
            Copy fingerprint
          </Button>
          {again}
        </div>
        <p className="chain-note">
          Keep the fingerprint somewhere else (a paper note, an email to yourself): if the timeline is ever changed, it will no longer match.
          {seconds !== undefined && ` The clipboard is cleared again ${seconds} seconds after copying.`}
        </p>
        <VaultFingerprint />
      </section>
    );
  }

  const at = result.firstBrokenEntryId !== null ? sequenceOf(result.firstBrokenEntryId) ?? result.sequence : null;
  return (
    <section className="chain chain-broken" aria-label="Timeline check" data-testid="chain-badge">
      <p className="chain-state">
        <span className="chain-sign" aria-hidden="true">
          ✗
        </span>
        {at !== null ? `Timeline broken at entry #${at}` : 'Timeline broken'}
      </p>
      <p className="chain-detail">{result.message}</p>
      <p className="chain-note">
        Something changed this record outside the app after it was written. Entries before that point still verify; compare with any
        fingerprint you kept.
      </p>
      <div className="row">{again}</div>
    </section>
  );
}
