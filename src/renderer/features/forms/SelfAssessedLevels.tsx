import type { Meeting } from '../../../shared/meetings/meeting';
import { useVaultQuery } from '../../bridge/hooks';
import './forms.css';

/**
 * The mentee's own rubric levels from a returned self-assessment, beside the mentor's, per
 * dimension, in words (never by colour alone). Nothing shows before a self-assessment is recorded.
 */
export function SelfAssessedLevels({ meeting }: { meeting: Pick<Meeting, 'id' | 'rubric'> }) {
  const levels = useVaultQuery('forms.selfAssessedLevels', { meetingId: meeting.id });
  const rows = levels.data ?? [];
  if (rows.length === 0) return null;
  const dimensionOf = (name: string) => meeting.rubric.dimensions.find((d) => d.name.toLowerCase() === name.toLowerCase());
  const mentorOf = (name: string) => meeting.rubric.scores.find((s) => s.dimension.toLowerCase() === name.toLowerCase());
  return (
    <table className="form-preview self-assessed-levels">
      <caption>The mentee's own levels, from their self-assessment</caption>
      <thead>
        <tr>
          <th scope="col">Dimension</th>
          <th scope="col">The mentee's level</th>
          <th scope="col">Your level</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const own = dimensionOf(r.dimension)?.descriptors[r.rating - 1];
          const mentor = mentorOf(r.dimension);
          return (
            <tr key={r.dimension}>
              <th scope="row">{r.dimension}</th>
              <td>
                {r.rating} of {r.levels}
                {own && `: ${own}`}
              </td>
              <td>{mentor?.score ? `${mentor.score} of ${mentor.levels}${mentor.descriptor ? `: ${mentor.descriptor}` : ''}` : 'Not scored yet'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
