import { FormattedMessage, useIntl } from 'react-intl';
import type { ThresholdProgress as Progress } from '../../../shared/mentor/schema';
import { formatHours } from './labels';

const PARTS = [
  ['mentor.hours.clientHours', 'clientHoursDone', 'clientHours'],
  ['mentor.hours.paidClientHours', 'paidHoursDone', 'paidHours'],
  ['mentor.hours.training', 'trainingHoursDone', 'trainingHours'],
  ['mentor.hours.supervision', 'supervisionHoursDone', 'supervisionHours'],
] as const;

/** Each credential sought, part by part, against everything ever logged. */
export function ThresholdProgress({ thresholds }: { thresholds: Progress[] }) {
  const intl = useIntl();
  if (thresholds.length === 0) {
    return (
      <p className="muted">
        <FormattedMessage id="mentor.threshold.none" />
      </p>
    );
  }
  return (
    <ul className="threshold-list">
      {thresholds.map((t) => (
        <li key={t.id} className="threshold">
          <h3>
            {t.name} <span className={t.met ? 'threshold-met' : 'muted'}><FormattedMessage id={t.met ? 'mentor.threshold.met' : 'mentor.threshold.inProgress'} /></span>
          </h3>
          {PARTS.filter(([, , need]) => t[need] > 0).map(([id, done, need]) => (
            <div key={id} className="threshold-part">
              <span className="threshold-label">
                <FormattedMessage id={id} />
              </span>
              <progress max={t[need]} value={Math.min(t[done], t[need])} aria-label={intl.formatMessage({ id: 'mentor.threshold.partLabel' }, { credential: t.name, part: intl.formatMessage({ id }) })} />
              <span className="threshold-figure">
                <FormattedMessage id="mentor.threshold.figure" values={{ done: formatHours(t[done]), needed: formatHours(t[need]) }} />
              </span>
            </div>
          ))}
        </li>
      ))}
    </ul>
  );
}
