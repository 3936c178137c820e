import type { EscalationSeverity, EscalationStatus } from '../../../shared/escalations/schema';
import { FormattedMessage } from 'react-intl';
import { WORD_SPACE } from '../../i18n/symbols';
import { severityLabel, statusLabel } from './labels';
import { BROKEN_MARK, INTACT_MARK, SEVERITY_MARK } from './signs';

/** Severity as words with a marker shape, so it never depends on colour alone. */
export function SeverityBadge({ severity }: { severity: EscalationSeverity }) {
  return (
    <span className={`esc-badge esc-severity-${severity}`}>
      <span aria-hidden="true">{SEVERITY_MARK[severity]}</span>
      {severityLabel(severity)}
    </span>
  );
}

export function EscStatusBadge({ status }: { status: EscalationStatus }) {
  return <span className={`esc-badge esc-status-${status}`}>{statusLabel(status)}</span>;
}

/** The chain's state in a list row: words first, the sign only repeats them. */
export function IntactBadge({ intact }: { intact: boolean }) {
  return intact ? (
    <span className="esc-badge esc-intact">
      <span aria-hidden="true">{INTACT_MARK}</span>
      {WORD_SPACE}
      <FormattedMessage id="escalations.badge.intact" />
    </span>
  ) : (
    <span className="esc-badge esc-broken">
      <span aria-hidden="true">{BROKEN_MARK}</span>
      {WORD_SPACE}
      <FormattedMessage id="escalations.badge.broken" />
    </span>
  );
}
