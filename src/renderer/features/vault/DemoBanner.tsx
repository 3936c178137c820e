import { useVault } from '../../app/vault-context';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation } from '../../bridge/queries';
import { Button } from '../../components/Button';
import { useToast } from '../../components/Toast';
import './vault.css';

/** Leaves the demo for the mentor's own vault (which then asks for its passphrase, or is created). */
export function LeaveDemoButton({ compact = false }: { compact?: boolean }) {
  const { setStatus } = useVault();
  const { notify } = useToast();
  const leave = useVaultMutation('vault.switch', { onSuccess: (next) => setStatus(next), onError: (err) => notify('error', errorMessage(err)) });
  return (
    <Button size={compact ? 'small' : 'normal'} onClick={() => leave.mutate({ which: 'main' })} busy={leave.isPending}>
      Back to my own vault
    </Button>
  );
}

/** Shown on every screen of the demo vault so invented data is never mistaken for real. */
export function DemoBanner() {
  return (
    <section className="demo-banner" aria-label="Demo vault">
      <p>
        <strong>DEMO</strong> You are looking at the demo vault: invented sample data, kept apart from your own vault.
      </p>
      <LeaveDemoButton compact />
    </section>
  );
}
