import { useSharedIntl } from '../i18n/shared-intl';
import { Icon } from './Icon';
import './ConfidentialBadge.css';

/** Marks confidential material (notes, escalations) wherever it appears. */
export function ConfidentialBadge({ label }: { label?: string }) {
  const intl = useSharedIntl();
  return (
    <span className="confidential-badge">
      <Icon name="lock" />
      {label ?? intl.formatMessage({ id: 'components.confidential' })}
    </span>
  );
}
