import { FormattedMessage, useIntl } from 'react-intl';
import { useVaultQuery } from '../../bridge/hooks';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { formatDateTime } from '../mentees/format';
import { VaultFingerprint } from '../vault/VaultFingerprint';
import { recordCounts } from './record-labels';


/** Where the vault is and what it is made of: what to back up, and what support would ask. */
export function VaultInfoCard() {
  const intl = useIntl();
  const info = useVaultQuery('vault.info', {});
  const data = info.data;
  return (
    <section className="card stack settings-info" aria-labelledby="settings-info">
      <h2 id="settings-info">
        <FormattedMessage id="settings.info.title" />
      </h2>
      {info.error && <ErrorBanner error={info.error} />}
      {!data && !info.error && <ProgressIndicator label={intl.formatMessage({ id: 'settings.info.loading' })} />}
      {data && (
        <>
          <dl className="info-list">
            <dt>
              <FormattedMessage id="settings.info.file" />
            </dt>
            <dd className="mono">{data.path}</dd>
            <dt>
              <FormattedMessage id="settings.info.size" />
            </dt>
            {/* translate="no": figures and names, formatted for the locale already (tests of the pseudo-locale pass them by). */}
            <dd translate="no">{intl.formatNumber(data.sizeBytes / 1024, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 })}</dd>
            <dt>
              <FormattedMessage id="settings.info.created" />
            </dt>
            <dd translate={data.createdAt ? 'no' : undefined}>{formatDateTime(data.createdAt) || intl.formatMessage({ id: 'settings.info.unknown' })}</dd>
            <dt>
              <FormattedMessage id="settings.info.format" />
            </dt>
            <dd>
              <FormattedMessage id="settings.info.formatValue" values={{ app: data.appFormatVersion, schema: data.schemaVersion }} />
            </dd>
            <dt>
              <FormattedMessage id="settings.info.kdf" />
            </dt>
            <dd translate="no">
              <FormattedMessage id="settings.info.kdfValue" values={{ name: data.kdf.name, n: data.kdf.N, r: data.kdf.r, p: data.kdf.p }} />
            </dd>
          </dl>
          <VaultFingerprint />
          <h3>
            <FormattedMessage id="settings.info.records" />
          </h3>
          <dl className="info-list counts">
            {recordCounts(data.counts).map(({ table, label, count }) => (
              <div key={table} className="count-row">
                <dt>
                  <FormattedMessage id={label} />
                </dt>
                <dd>{intl.formatNumber(count)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
