import { useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { MAX_SHORT_TEXT } from '../../../shared/primitives';
import { useVaultQuery } from '../../bridge/hooks';
import { TextField } from '../../components/Field';
import { Panel } from '../../components/Panel';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { formatDate } from '../mentees/format';
import { ErrorBanner } from '../../components/ErrorBanner';
import './learning.css';

function Part({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {text.trim() ? (
          text
        ) : (
          <span className="reflection-empty">
            <FormattedMessage id="learning.reflections.notWritten" />
          </span>
        )}
      </dd>
    </div>
  );
}

/** Attempted / learned / next adjustment across the whole plan, newest first. */
export function ReflectionsPanel({ menteeId }: { menteeId: number }) {
  const [filter, setFilter] = useState('');
  const [debriefedOnly, setDebriefedOnly] = useState(true);
  const onlyId = useId();
  const search = useDebouncedValue(filter.trim().slice(0, MAX_SHORT_TEXT));
  const reflections = useVaultQuery('learning.reflections', { menteeId, debriefedOnly, search, limit: 200 });
  const rows = reflections.data?.rows ?? [];
  const intl = useIntl();
  return (
    <Panel title={intl.formatMessage({ id: 'learning.reflections.title' })} intro={intl.formatMessage({ id: 'learning.reflections.intro' })}>
      <div className="reflection-filters">
        <TextField label={intl.formatMessage({ id: 'learning.reflections.search' })} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <div className="checkbox-field">
          <input id={onlyId} type="checkbox" checked={debriefedOnly} onChange={(e) => setDebriefedOnly(e.target.checked)} />
          <label htmlFor={onlyId}>
            <FormattedMessage id="learning.reflections.onlyDebriefed" />
          </label>
        </div>
      </div>
      {reflections.error && <ErrorBanner error={reflections.error} />}
      <p className="muted" aria-live="polite">
        {reflections.data
          ? intl.formatMessage({ id: 'learning.reflections.count' }, { count: reflections.data.total })
          : intl.formatMessage({ id: 'learning.reflections.loading' })}
      </p>
      <ol className="reflections" aria-label={intl.formatMessage({ id: 'learning.reflections.label' })}>
        {rows.map((r) => (
          <li key={r.sessionId} className="reflection">
            <p className="reflection-head">
              <strong>{r.technique}</strong>
              <span className="muted">
                {formatDate(r.date)}
                {r.goalTitle && intl.formatMessage({ id: 'learning.reflections.forGoal' }, { goal: r.goalTitle })}
              </span>
            </p>
            <dl className="reflection-parts">
              <Part label={intl.formatMessage({ id: 'learning.reflections.attempted' })} text={r.attempted} />
              <Part label={intl.formatMessage({ id: 'learning.reflections.learned' })} text={r.learned} />
              <Part label={intl.formatMessage({ id: 'learning.reflections.next' })} text={r.nextAdjustment} />
            </dl>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
