import type { PdfGoal, PdfMilestone } from './queries';
import { facts, heading, label, labelled, number, shortDate, table, together, withUnit, type Content, type ContentNode } from './typeset';

/** A milestone's tangible indicator in words: "Quantified improvement: review time (30)". */
export function indicatorText(m: PdfMilestone): string {
  const { kind, description, value } = m.indicator;
  return `${label(kind)}: ${description}${value === null ? '' : ` (${number(value)})`}`;
}

function milestoneTitle(m: PdfMilestone): Content {
  return m.major ? { text: [m.title, { text: '  major', style: 'label' }] } : m.title;
}

/** The SMART parts of a goal, one row per letter. */
export function smartFacts(goal: PdfGoal): ContentNode {
  const { whyRealistic, supportNeeded } = goal.values.attainable;
  const attainable: Content = supportNeeded ? { text: [whyRealistic, { text: '\nSupport: ', bold: true }, supportNeeded] } : whyRealistic;
  return facts([
    ['Specific', goal.values.specific.statement],
    ['Measurable', `${goal.metric}: from ${withUnit(goal.baseline, goal.unit)} to ${withUnit(goal.target, goal.unit)}`],
    ['Attainable', attainable],
    ['Relevant', `Serves the career aim “${goal.careerAim}”`],
    ['Time-bound', `From ${shortDate(goal.startDate)}, achieved by ${shortDate(goal.targetDate)}`],
  ]);
}

export function milestoneTable(milestones: PdfMilestone[]): Content {
  if (milestones.length === 0) return { text: 'No milestones yet.', style: 'note' };
  return table(
    ['Milestone', 'Due', 'Tangible indicator'],
    milestones.map((m) => [milestoneTitle(m), { text: shortDate(m.dueDate), noWrap: true }, indicatorText(m)]),
    ['*', 62, '*'],
  );
}

/** A goal in the charter: its heading (a bookmark under the section), SMART parts, milestones. */
export function goalBlock(goal: PdfGoal, title: string, parentId: string): Content[] {
  return [
    // The heading and the SMART parts stay on one page; the milestones may run on.
    together([heading(title, 2, { parentId }), { text: label(goal.area), style: 'label', margin: [0, -2, 0, 4] }, smartFacts(goal)]),
    ...labelled({ text: 'Milestones', style: 'h3', headlineLevel: 3 }, milestoneTable(goal.milestones), goal.milestones.length),
  ];
}
