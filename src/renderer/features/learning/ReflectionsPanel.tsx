import { useId, useState } from 'react';
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
      <dd>{text.trim() ? text : <span className="reflection-empty">Not written yet</span>}</dd>
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
  return (
    <Panel title="Attempted, learned, next" intro="Every debrief of the plan in one place: what was tried, what it taught, and what changes next time.">
      <div className="reflection-filters">
        <TextField label="Search the debriefs" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <div className="checkbox-field">
          <input id={onlyId} type="checkbox" checked={debriefedOnly} onChange={(e) => setDebriefedOnly(e.target.checked)} />
          <label htmlFor={onlyId}>Only sessions with a debrief</label>
        </div>
      </div>
      {reflections.error && <ErrorBanner error={reflections.error} />}
      <p className="muted" aria-live="polite">
        {reflections.data ? `${reflections.data.total} ${reflections.data.total === 1 ? 'session' : 'sessions'}` : 'Loading…'}
      </p>
      <ol className="reflections" aria-label="Debriefs">
        {rows.map((r) => (
          <li key={r.sessionId} className="reflection">
            <p className="reflection-head">
              <strong>{r.technique}</strong>
              <span className="muted">
                {formatDate(r.date)}
                {r.goalTitle && ` · for “${r.goalTitle}”`}
              </span>
            </p>
            <dl className="reflection-parts">
              <Part label="Attempted" text={r.attempted} />
              <Part label="Learned" text={r.learned} />
              <Part label="Next adjustment" text={r.nextAdjustment} />
            </dl>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
