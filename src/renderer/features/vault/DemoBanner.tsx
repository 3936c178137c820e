import { FormattedMessage, useIntl } from 'react-intl';
import { useVault } from '../../app/vault-context';
import { errorMessage } from '../../bridge/client';
import { useVaultMutation } from '../../bridge/hooks';
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
      <FormattedMessage id="vault.demo.leave" />
    </Button>
  );
}

/** Shown on every screen of the demo vault so invented data is never mistaken for real. */
export function DemoBanner() {
  const intl = useIntl();
  return (
    <section className="demo-banner" aria-label={intl.formatMessage({ id: 'vault.demo.bannerLabel' })}>
      <p>
        <FormattedMessage id="vault.demo.banner" values={{ strong: (chunks) => <strong>{chunks}</strong> }} />
      </p>
      <LeaveDemoButton compact />
    </section>
  );
}
