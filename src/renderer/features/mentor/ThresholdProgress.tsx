import type { ThresholdProgress as Progress } from '../../../shared/mentor/schema';
import { formatHours } from './labels';

const PARTS = [
  ['Client hours', 'clientHoursDone', 'clientHours'],
  ['Paid client hours', 'paidHoursDone', 'paidHours'],
  ['Training hours', 'trainingHoursDone', 'trainingHours'],
  ['Supervision hours', 'supervisionHoursDone', 'supervisionHours'],
] as const;

/** Each credential sought, part by part, against everything ever logged. */
export function ThresholdProgress({ thresholds }: { thresholds: Progress[] }) {
  if (thresholds.length === 0) {
    return <p className="muted">No credential requirements yet: add one under Credentials and goals to see your progress here.</p>;
  }
  return (
    <ul className="threshold-list">
      {thresholds.map((t) => (
        <li key={t.id} className="threshold">
          <h3>
            {t.name} <span className={t.met ? 'threshold-met' : 'muted'}>{t.met ? 'Requirements met' : 'In progress'}</span>
          </h3>
          {PARTS.filter(([, , need]) => t[need] > 0).map(([label, done, need]) => (
            <div key={label} className="threshold-part">
              <span className="threshold-label">{label}</span>
              <progress max={t[need]} value={Math.min(t[done], t[need])} aria-label={`${t.name}: ${label}`} />
              <span className="threshold-figure">
                {formatHours(t[done])} of {formatHours(t[need])}
              </span>
            </div>
          ))}
        </li>
      ))}
    </ul>
  );
}
