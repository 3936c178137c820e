import { RATER_RELATIONSHIPS, type FeedbackGroupName, type FeedbackSummary } from '../../../shared/feedback/schema';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { intlLocale } from '../../../shared/i18n/locales';
import { heading, paragraph, table, type Content } from './typeset';
import { documentWords, type DocWords } from './words';

const rating = (n: number | null, w: DocWords) => (n === null ? '—' : w.number(n));
const GROUP_IDS = {
  manager: 'documents.feedback.group.manager',
  peer: 'documents.feedback.group.peer',
  'direct-report': 'documents.feedback.group.direct-report',
  stakeholder: 'documents.feedback.group.stakeholder',
  other: 'documents.feedback.group.other',
  others: 'documents.feedback.group.others',
} as const satisfies Record<FeedbackGroupName, MessageId>;

/**
 * The combined 360 in the progress report: aggregate figures only, under the same
 * threshold as the Feedback tab and from its query. No rater's name, relationship or
 * words: the comments stay in the mentor's vault.
 */
export function feedbackSection(s: FeedbackSummary, parentId: string, w: DocWords = documentWords()): Content[] {
  const head = heading(w.t('documents.feedback.heading'), 2, { parentId });
  if (s.responses === 0) return [head, paragraph(w.t('documents.feedback.none'), 'note')];
  const groups = ([...RATER_RELATIONSHIPS, 'others'] as FeedbackGroupName[]).filter((g) => s.competencies.some((c) => c.groups.some((x) => x.group === g)));
  const when =
    s.firstReceivedOn === s.lastReceivedOn
      ? w.t('documents.feedback.on', { date: w.shortDate(s.firstReceivedOn!) })
      : w.t('documents.feedback.fromTo', { from: w.shortDate(s.firstReceivedOn!), to: w.shortDate(s.lastReceivedOn!) });
  const intro = paragraph(w.t('documents.feedback.intro', { count: s.responses, when, threshold: s.threshold }));
  if (groups.length === 0) {
    return [head, intro, paragraph(w.t('documents.feedback.noGroup', { threshold: s.threshold }), 'note')];
  }
  const oneDecimal = new Intl.NumberFormat(intlLocale(w.locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const fixed = (n: number) => oneDecimal.format(n);
  const rows = s.competencies
    .filter((c) => c.groups.length > 0)
    .map((c) => [
      c.competency,
      { text: rating(c.self, w), alignment: 'right' },
      { text: rating(c.mentor, w), alignment: 'right' },
      ...groups.map((g) => {
        const f = c.groups.find((x) => x.group === g);
        return { text: f ? `${fixed(f.mean)} ± ${fixed(f.sd)} (${f.count})` : '—', alignment: 'right', noWrap: true };
      }),
    ]);
  return [
    head,
    intro,
    table(
      [w.t('documents.feedback.competency'), w.t('documents.feedback.self'), w.t('documents.feedback.mentor'), ...groups.map((g) => w.t(GROUP_IDS[g]))],
      rows as Content[][],
      ['*', 34, 40, ...groups.map(() => 80)],
    ),
  ];
}
