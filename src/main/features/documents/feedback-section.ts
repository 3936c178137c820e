import { RATER_RELATIONSHIPS, type FeedbackGroupName, type FeedbackSummary } from '../../../shared/feedback/schema';
import { GROUP_LABELS } from '../../../shared/feedback/labels';
import { heading, paragraph, shortDate, table, type Content } from './typeset';


const rating = (n: number | null) => (n === null ? '—' : String(n));

/**
 * The combined 360 in the progress report: aggregate figures only, under the same
 * threshold as the Feedback tab and from its query. No rater's name, relationship or
 * words: the comments stay in the mentor's vault.
 */
export function feedbackSection(s: FeedbackSummary, parentId: string): Content[] {
  const head = heading('360 feedback', 2, { parentId });
  if (s.responses === 0) return [head, paragraph('No 360 or peer feedback has been received.', 'note')];
  const groups = ([...RATER_RELATIONSHIPS, 'others'] as FeedbackGroupName[]).filter((g) => s.competencies.some((c) => c.groups.some((x) => x.group === g)));
  const when = s.firstReceivedOn === s.lastReceivedOn ? `on ${shortDate(s.firstReceivedOn!)}` : `from ${shortDate(s.firstReceivedOn!)} to ${shortDate(s.lastReceivedOn!)}`;
  const intro = paragraph(
    `${s.responses} ${s.responses === 1 ? 'response' : 'responses'} received ${when}, all of them combined (not only this period). ` +
      `A group’s figures appear only when at least ${s.threshold} raters answered; smaller groups are merged into “Others”, itself left out below ${s.threshold}. ` +
      'Each figure is the mean ± standard deviation on the 1 to 5 scale, with the number of raters.',
  );
  if (groups.length === 0) {
    return [head, intro, paragraph(`No group has reached ${s.threshold} raters yet, so no figure is shown.`, 'note')];
  }
  const rows = s.competencies
    .filter((c) => c.groups.length > 0)
    .map((c) => [
      c.competency,
      { text: rating(c.self), alignment: 'right' },
      { text: rating(c.mentor), alignment: 'right' },
      ...groups.map((g) => {
        const f = c.groups.find((x) => x.group === g);
        return { text: f ? `${f.mean.toFixed(1)} ± ${f.sd.toFixed(1)} (${f.count})` : '—', alignment: 'right', noWrap: true };
      }),
    ]);
  return [head, intro, table(['Competency', 'Self', 'Mentor', ...groups.map((g) => GROUP_LABELS[g])], rows as Content[][], ['*', 34, 40, ...groups.map(() => 80)])];
}
