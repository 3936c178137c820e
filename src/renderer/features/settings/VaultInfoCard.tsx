import { useVaultQuery } from '../../bridge/queries';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { formatDateTime } from '../mentees/format';
import { recordCounts } from './record-labels';
import { ErrorBanner } from '../../components/ErrorBanner';
import { VaultFingerprint } from '../vault/VaultFingerprint';

const sizeFormat = new Intl.NumberFormat(undefined, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 });
const countFormat = new Intl.NumberFormat();

/** Where the vault is and what it is made of: what to back up, and what support would ask. */
export function VaultInfoCard() {
  const info = useVaultQuery('vault.info', {});
  const data = info.data;
  return (
    <section className="card stack settings-info" aria-labelledby="settings-info">
      <h2 id="settings-info">This vault</h2>
      {info.error && (
        <ErrorBanner error={info.error} />
      )}
      {!data && !info.error && <ProgressIndicator label="Reading vault details…" />}
      {data && (
        <>
          <dl className="info-list">
            <dt>File</dt>
            <dd className="mono">{data.path}</dd>
            <dt>Size</dt>
            <dd>{sizeFormat.format(data.sizeBytes / 1024)}</dd>
            <dt>Created</dt>
            <dd>{formatDateTime(data.createdAt) || 'Unknown'}</dd>
            <dt>Format</dt>
            <dd>
              App format {data.appFormatVersion}, schema {data.schemaVersion}
            </dd>
            <dt>Key derivation</dt>
            <dd>
              {data.kdf.name} (N = {countFormat.format(data.kdf.N)}, r = {data.kdf.r}, p = {data.kdf.p})
            </dd>
          </dl>
          <VaultFingerprint />
          <h3>Records</h3>
          <dl className="info-list counts">
            {recordCounts(data.counts).map(({ label, count }) => (
              <div key={label} className="count-row">
                <dt>{label}</dt>
                <dd>{countFormat.format(count)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
