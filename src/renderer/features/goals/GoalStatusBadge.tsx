import { FormattedMessage } from 'react-intl';
import type { GoalStatus } from '../../../shared/goals/schema';
import { formatProgress } from './labels';
import './goals.css';

export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  return (
    <span className={`goal-status goal-status-${status}`}>
      <FormattedMessage id={`goals.status.${status}`} />
    </span>
  );
}

/** A small bar from baseline (0) to target (100%), with the number beside it. */
export function ProgressMeter({ progress }: { progress: number | null }) {
  // No reading yet: the words alone, so they have the cell's whole width in any language.
  if (progress === null) return <span className="progress-text">{formatProgress(progress)}</span>;
  const width = Math.max(0, Math.min(1, progress)) * 100;
  return (
    <span className="progress-cell">
      <span className="progress-meter" aria-hidden="true">
        <span style={{ width: `${width}%` }} />
      </span>
      <span className="progress-text">{formatProgress(progress)}</span>
    </span>
  );
}
