import { Icon } from './Icon';
import './ConfidentialBadge.css';

/** Marks confidential material (notes, escalations) wherever it appears. */
export function ConfidentialBadge({ label = 'Confidential' }: { label?: string }) {
  return (
    <span className="confidential-badge">
      <Icon name="lock" />
      {label}
    </span>
  );
}
