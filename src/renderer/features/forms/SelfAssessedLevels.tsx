import { useIntl } from 'react-intl';
import type { Meeting } from '../../../shared/meetings/meeting';
import { useVaultQuery } from '../../bridge/hooks';
import './forms.css';

/**
 * The mentee's own rubric levels from a returned self-assessment, beside the mentor's, per
 * dimension, in words (never by colour alone). Nothing shows before a self-assessment is recorded.
 */
export function SelfAssessedLevels({ meeting }: { meeting: Pick<Meeting, 'id' | 'rubric'> }) {
  const intl = useIntl();
  const levels = useVaultQuery('forms.selfAssessedLevels', { meetingId: meeting.id });
  const rows = levels.data ?? [];
  if (rows.length === 0) return null;
  const dimensionOf = (name: string) => meeting.rubric.dimensions.find((d) => d.name.toLowerCase() === name.toLowerCase());
  const level = (value: number, levels: number, descriptor: string | undefined) =>
    intl.formatMessage({ id: descriptor ? 'forms.levels.described' : 'forms.levels.level' }, { level: value, levels, descriptor });
  const mentorOf = (name: string) => meeting.rubric.scores.find((s) => s.dimension.toLowerCase() === name.toLowerCase());
  return (
    <table className="form-preview self-assessed-levels">
      <caption>{intl.formatMessage({ id: 'forms.levels.caption' })}</caption>
      <thead>
        <tr>
          <th scope="col">{intl.formatMessage({ id: 'forms.levels.dimension' })}</th>
          <th scope="col">{intl.formatMessage({ id: 'forms.levels.mentee' })}</th>
          <th scope="col">{intl.formatMessage({ id: 'forms.levels.mentor' })}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const own = dimensionOf(r.dimension)?.descriptors[r.rating - 1];
          const mentor = mentorOf(r.dimension);
          return (
            <tr key={r.dimension}>
              <th scope="row">{r.dimension}</th>
              <td>{level(r.rating, r.levels, own)}</td>
              <td>{mentor?.score ? level(mentor.score, mentor.levels, mentor.descriptor) : intl.formatMessage({ id: 'forms.levels.notScored' })}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
