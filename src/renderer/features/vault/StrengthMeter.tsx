import { useIntl } from 'react-intl';
import type { MessageId } from '../../../shared/i18n/catalogue';
import type { PassphraseStrength } from './strength';
import './vault.css';

const LABELS: readonly MessageId[] = ['vault.strength.0', 'vault.strength.1', 'vault.strength.2', 'vault.strength.3', 'vault.strength.4'];

/** A bar of five steps and, while the passphrase is not acceptable, what to change. */
export function StrengthMeter({ strength, showProblem }: { strength: PassphraseStrength | null; showProblem: boolean }) {
  const intl = useIntl();
  const score = strength?.score ?? 0;
  const text = intl.formatMessage({ id: strength ? LABELS[score]! : 'vault.strength.unrated' });
  return (
    <div className="meter">
      <div
        className="meter-bar"
        role="meter"
        aria-label={intl.formatMessage({ id: 'vault.strength.label' })}
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={strength ? score : 0}
        aria-valuetext={text}
      >
        {[0, 1, 2, 3, 4].map((step) => (
          <span key={step} className={`meter-step ${strength && step <= score ? `meter-on meter-${score}` : ''}`} />
        ))}
      </div>
      <span className="meter-label">{intl.formatMessage({ id: 'vault.strength.value' }, { rating: text })}</span>
      {showProblem && strength?.problem && <span className="meter-problem">{strength.problem}</span>}
    </div>
  );
}
