import { FormattedMessage, useIntl } from 'react-intl';
import { useVault } from '../../app/vault-context';
import { useVaultMutation } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useContentLocale } from '../../i18n/content-locale';

/** Opens (creating on first use) the separate demo vault of invented data. */
export function TryDemoButton() {
  const { setStatus } = useVault();
  const intl = useIntl();
  // The demo's invented data is written in the screens' language the first time it is made.
  const contentLocale = useContentLocale();
  const demo = useVaultMutation('vault.createDemo', { onSuccess: (next) => setStatus(next) });
  return (
    <div className="stack">
      <Button onClick={() => demo.mutate({ locale: contentLocale })} busy={demo.isPending}>
        <FormattedMessage id="vault.demo.try" />
      </Button>
      {demo.isPending && <ProgressIndicator label={intl.formatMessage({ id: 'vault.demo.preparing' })} />}
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
      <h2 id="demo-offer-title">
        <FormattedMessage id="vault.demo.offerTitle" />
      </h2>
      <p>
        <FormattedMessage id="vault.demo.offerText" />
      </p>
      <TryDemoButton />
    </section>
  );
}
