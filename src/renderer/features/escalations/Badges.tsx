import type { EscalationSeverity, EscalationStatus } from '../../../shared/escalations/schema';
import { SEVERITY_LABELS, STATUS_LABELS } from './labels';

/** Severity as words with a marker shape, so it never depends on colour alone. */
export function SeverityBadge({ severity }: { severity: EscalationSeverity }) {
  return (
    <span className={`esc-badge esc-severity-${severity}`}>
      <span aria-hidden="true">{severity === 'urgent' ? '▲▲' : severity === 'high' ? '▲' : severity === 'medium' ? '■' : '▽'}</span>
      {SEVERITY_LABELS[severity]}
    </span>
  );
}

export function EscStatusBadge({ status }: { status: EscalationStatus }) {
  return <span className={`esc-badge esc-status-${status}`}>{STATUS_LABELS[status]}</span>;
}

/** The chain's state in a list row: words first, the sign only repeats them. */
export function IntactBadge({ intact }: { intact: boolean }) {
  return intact ? (
    <span className="esc-badge esc-intact">
      <span aria-hidden="true">✓</span> Intact
    </span>
  ) : (
    <span className="esc-badge esc-broken">
      <span aria-hidden="true">✗</span> Broken
    </span>
  );
}
