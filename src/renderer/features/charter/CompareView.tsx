import { useId, useState } from 'react';
import type { Charter } from '../../../shared/charter/schema';
import { useVaultQuery } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { Panel } from '../../components/Panel';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { SelectField } from '../../components/Field';
import { CompareTable } from './CompareTable';
import { ErrorBanner } from '../../components/ErrorBanner';

/** Choose two versions; see them side by side with the changed parts marked. */
export function CompareView({ charter, initial, onClose }: { charter: Charter; initial: [number, number]; onClose(): void }) {
  const [[fromId, toId], setPair] = useState(initial);
  const [showUnchanged, setShowUnchanged] = useState(false);
  const unchangedId = useId();
  const same = fromId === toId;
  const comparison = useVaultQuery('charter.compare', { fromVersionId: fromId, toVersionId: toId }, { enabled: !same });
  const options = [...charter.versions]
    .sort((a, b) => a.version - b.version)
    .map((v) => ({ value: String(v.id), label: `Version ${v.version} (${v.status === 'agreed' ? 'agreed' : 'draft'})` }));

  return (
    <Panel
      title="Compare versions"
      intro="Removed words are struck through on the left; added words are underlined on the right."
      actions={<Button onClick={onClose}>Back to the charter</Button>}
    >
      <div className="compare-controls">
        <SelectField label="Older version" options={options} value={String(fromId)} onChange={(e) => setPair([Number(e.target.value), toId])} />
        <SelectField label="Newer version" options={options} value={String(toId)} onChange={(e) => setPair([fromId, Number(e.target.value)])} />
        <div className="checkbox-field">
          <input id={unchangedId} type="checkbox" checked={showUnchanged} onChange={(e) => setShowUnchanged(e.target.checked)} />
          <label htmlFor={unchangedId}>Show unchanged parts too</label>
        </div>
      </div>
      {same && <p className="muted">Choose two different versions.</p>}
      {comparison.error && (
        <ErrorBanner error={comparison.error} />
      )}
      {!same && !comparison.data && !comparison.error && <ProgressIndicator label="Comparing…" />}
      {!same && comparison.data && <CompareTable comparison={comparison.data} showUnchanged={showUnchanged} />}
    </Panel>
  );
}
