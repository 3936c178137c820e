import type { PdfGoal, PdfMilestone } from './queries';
import { facts, heading, labelled, table, together, type Content, type ContentNode } from './typeset';
import { documentWords, type DocWords } from './words';

/** A milestone's tangible indicator in words: "Quantified improvement: review time (30)". */
export function indicatorText(m: PdfMilestone, w: DocWords = documentWords()): string {
  const { kind, description, value } = m.indicator;
  return `${w.word(kind)}: ${description}${value === null ? '' : ` (${w.number(value)})`}`;
}

function milestoneTitle(m: PdfMilestone, w: DocWords): Content {
  return m.major ? { text: [m.title, { text: `  ${w.t('documents.goal.major')}`, style: 'label' }] } : m.title;
}

/** The SMART parts of a goal, one row per letter. */
export function smartFacts(goal: PdfGoal, w: DocWords = documentWords()): ContentNode {
  const { whyRealistic, supportNeeded } = goal.values.attainable;
  const attainable: Content = supportNeeded ? { text: [whyRealistic, { text: `\n${w.t('documents.goal.support')}`, bold: true }, supportNeeded] } : whyRealistic;
  return facts([
    [w.t('documents.goal.specific'), goal.values.specific.statement],
    [
      w.t('documents.goal.measurable'),
      w.t('documents.goal.fromTo', { metric: goal.metric, from: w.withUnit(goal.baseline, goal.unit), to: w.withUnit(goal.target, goal.unit) }),
    ],
    [w.t('documents.goal.attainable'), attainable],
    [w.t('documents.goal.relevant'), w.t('documents.goal.serves', { aim: goal.careerAim })],
    [w.t('documents.goal.timeBound'), w.t('documents.goal.timeline', { from: w.shortDate(goal.startDate), to: w.shortDate(goal.targetDate) })],
  ]);
}

export function milestoneTable(milestones: PdfMilestone[], w: DocWords = documentWords()): Content {
  if (milestones.length === 0) return { text: w.t('documents.goal.noMilestones'), style: 'note' };
  return table(
    [w.t('documents.goal.milestone'), w.t('documents.goal.due'), w.t('documents.goal.indicator')],
    milestones.map((m) => [milestoneTitle(m, w), { text: w.shortDate(m.dueDate), noWrap: true }, indicatorText(m, w)]),
    ['*', 62, '*'],
  );
}

/** A goal in the charter: its heading (a bookmark under the section), SMART parts, milestones. */
export function goalBlock(goal: PdfGoal, title: string, parentId: string, w: DocWords = documentWords()): Content[] {
  return [
    // The heading and the SMART parts stay on one page; the milestones may run on.
    together([heading(title, 2, { parentId }), { text: w.word(goal.area), style: 'label', margin: [0, -2, 0, 4] }, smartFacts(goal, w)]),
    ...labelled({ text: w.t('documents.goal.milestones'), style: 'h3', headlineLevel: 3 }, milestoneTable(goal.milestones, w), goal.milestones.length),
  ];
}
