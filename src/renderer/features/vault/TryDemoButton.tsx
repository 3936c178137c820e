import { useVault } from '../../app/vault-context';
import { useVaultMutation } from '../../bridge/queries';
import { Button } from '../../components/Button';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { ErrorBanner } from '../../components/ErrorBanner';

/** Opens (creating on first use) the separate demo vault of invented data. */
export function TryDemoButton() {
  const { setStatus } = useVault();
  const demo = useVaultMutation('vault.createDemo', { onSuccess: (next) => setStatus(next) });
  return (
    <div className="stack">
      <Button onClick={() => demo.mutate({})} busy={demo.isPending}>
        Try it with sample data
      </Button>
      {demo.isPending && <ProgressIndicator label="Preparing the demo vault…" />}
      {demo.error && (
        <ErrorBanner error={demo.error} />
      )}
    </div>
  );
}

/** The side panel of the first-run and unlock screens offering the demo. */
export function DemoOffer() {
  return (
    <section className="demo-offer" aria-labelledby="demo-offer-title">
      <h2 id="demo-offer-title">Just looking around?</h2>
      <p>Open a separate demo vault filled with invented mentees. Your own vault is not touched.</p>
      <TryDemoButton />
    </section>
  );
}
