import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
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
  const intl = useIntl();
  const [[fromId, toId], setPair] = useState(initial);
  const [showUnchanged, setShowUnchanged] = useState(false);
  const unchangedId = useId();
  const same = fromId === toId;
  const comparison = useVaultQuery('charter.compare', { fromVersionId: fromId, toVersionId: toId }, { enabled: !same });
  const options = [...charter.versions]
    .sort((a, b) => a.version - b.version)
    .map((v) => ({ value: String(v.id), label: intl.formatMessage({ id: 'charter.compare.option' }, { version: v.version, status: v.status }) }));

  return (
    <Panel
      title={intl.formatMessage({ id: 'charter.compare.title' })}
      intro={intl.formatMessage({ id: 'charter.compare.intro' })}
      actions={<Button onClick={onClose}>{intl.formatMessage({ id: 'charter.compare.back' })}</Button>}
    >
      <div className="compare-controls">
        <SelectField label={intl.formatMessage({ id: 'charter.compare.older' })} options={options} value={String(fromId)} onChange={(e) => setPair([Number(e.target.value), toId])} />
        <SelectField label={intl.formatMessage({ id: 'charter.compare.newer' })} options={options} value={String(toId)} onChange={(e) => setPair([fromId, Number(e.target.value)])} />
        <div className="checkbox-field">
          <input id={unchangedId} type="checkbox" checked={showUnchanged} onChange={(e) => setShowUnchanged(e.target.checked)} />
          <label htmlFor={unchangedId}>{intl.formatMessage({ id: 'charter.compare.unchanged' })}</label>
        </div>
      </div>
      {same && <p className="muted">{intl.formatMessage({ id: 'charter.compare.chooseTwo' })}</p>}
      {comparison.error && (
        <ErrorBanner error={comparison.error} />
      )}
      {!same && !comparison.data && !comparison.error && <ProgressIndicator label={intl.formatMessage({ id: 'charter.compare.comparing' })} />}
      {!same && comparison.data && <CompareTable comparison={comparison.data} showUnchanged={showUnchanged} />}
    </Panel>
  );
}
