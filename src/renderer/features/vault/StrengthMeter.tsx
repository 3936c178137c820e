import type { PassphraseStrength } from './strength';
import './vault.css';

const LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

/** A bar of five steps and, while the passphrase is not acceptable, what to change. */
export function StrengthMeter({ strength, showProblem }: { strength: PassphraseStrength | null; showProblem: boolean }) {
  const score = strength?.score ?? 0;
  const text = strength ? LABELS[score] : 'Not yet rated';
  return (
    <div className="meter">
      <div
        className="meter-bar"
        role="meter"
        aria-label="Passphrase strength"
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={strength ? score : 0}
        aria-valuetext={text}
      >
        {[0, 1, 2, 3, 4].map((step) => (
          <span key={step} className={`meter-step ${strength && step <= score ? `meter-on meter-${score}` : ''}`} />
        ))}
      </div>
      <span className="meter-label">Strength: {text}</span>
      {showProblem && strength?.problem && <span className="meter-problem">{strength.problem}</span>}
    </div>
  );
}
