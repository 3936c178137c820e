import type { PageSize } from '../../../shared/documents/schema';
import { ANONYMITY_THRESHOLD, type FeedbackSummary } from '../../../shared/feedback/schema';
import { feedbackSection } from './feedback-section';
import { inPeriod as inPeriodRule, milestoneDone, milestoneOpen, milestoneOverdue, type PeriodFigures } from '../../../shared/dashboard/period';
import { goalChartSvg } from './chart-svg';
import { indicatorText } from './goal-blocks';
import type { PdfDecision, PdfEvidence, PdfGoal, PdfMentee, PdfMilestone, PdfSponsorship, ReportMeeting } from './queries';
import {
  bullets,
  COLORS,
  DEFAULT_STYLE,
  facts,
  heading,
  keepHeadingsWithNext,
  label,
  longDate,
  MARGINS,
  number,
  paragraph,
  PDF_PAGE_SIZES,
  runningFooter,
  shortDate,
  STYLES,
  table,
  KEEP_ROWS,
  labelled,
  together,
  withHeading,
  withUnit,
  type Content,
  type DocDefinition,
} from './typeset';

export interface ReportPdfData {
  mentee: PdfMentee;
  mentorName: string;
  from: string;
  to: string;
  /** The day the report is made (local). */
  preparedOn: string;
  goals: PdfGoal[];
  evidence: PdfEvidence[];
  sponsorship: PdfSponsorship[];
  decisions: PdfDecision[];
  goalsAchieved: { title: string; date: string }[];
  meetings: ReportMeeting[];
  /** The combined 360, from the same query as the Feedback tab; aggregate figures only. */
  feedback?: FeedbackSummary | undefined;
}

export const REPORT_SECTIONS = [
  'Summary',
  'Goals',
  'Milestones',
  'Evidence and metrics',
  'Wins',
  'Sponsorship and visibility',
  'Meetings',
  'Decision log',
] as const;

const NOTHING = 'Nothing recorded in this period.';

export function periodText(from: string, to: string): string {
  return `${longDate(from)} to ${longDate(to)}`;
}

export function reportTitle(data: Pick<ReportPdfData, 'mentee' | 'from' | 'to'>): string {
  return `Progress report: ${data.mentee.name}, ${periodText(data.from, data.to)}`;
}

function inPeriod(date: string | null, data: ReportPdfData): boolean {
  return inPeriodRule(date, data);
}

/** Milestones done in the period, and those open at its end or on the day the report is prepared, whichever is earlier (soonest due first). */
function milestoneGroups(data: ReportPdfData) {
  const done: { m: PdfMilestone; goal: PdfGoal }[] = [];
  const open: { m: PdfMilestone; goal: PdfGoal }[] = [];
  for (const goal of data.goals) {
    for (const m of goal.milestones) {
      if (milestoneDone(m, data)) done.push({ m, goal });
      else if (milestoneOpen(m, data, data.preparedOn)) open.push({ m, goal });
    }
  }
  done.sort((a, b) => (a.m.doneOn! < b.m.doneOn! ? -1 : 1));
  open.sort((a, b) => (a.m.dueDate < b.m.dueDate ? -1 : a.m.dueDate > b.m.dueDate ? 1 : 0));
  return { done, open };
}

/** Overdue is judged on the day the report is prepared, never against a period end still ahead. */
const overdue = (m: PdfMilestone, data: ReportPdfData) => milestoneOverdue(m, data, data.preparedOn);

/**
 * The figures the report states (its summary table, its lists' lengths), counted from
 * what it lists: a test holds them equal to the dashboard's figures for the same period.
 */
export function reportFigures(data: ReportPdfData): PeriodFigures {
  const { done, open } = milestoneGroups(data);
  const count = (status: string) => data.goals.filter((g) => g.status === status).length;
  const readings = data.goals.map((g) => g.readings.filter((r) => inPeriod(r.date, data)).length);
  return {
    from: data.from,
    to: data.to,
    asOf: data.preparedOn,
    goals: data.goals.length,
    goalsByStatus: { 'not-started': count('not-started'), 'on-track': count('on-track'), 'at-risk': count('at-risk'), achieved: count('achieved') },
    milestonesDone: done.length,
    milestonesOpen: open.length,
    milestonesOverdue: open.filter((o) => overdue(o.m, data)).length,
    goalsMeasured: metricRows(data).length,
    readings: readings.reduce((a, b) => a + b, 0),
    evidence: data.evidence.length,
    sponsorshipMoments: data.sponsorship.length,
    meetingsHeld: data.meetings.length,
    decisions: data.decisions.length,
  };
}

function latestReading(goal: PdfGoal) {
  return goal.readings[goal.readings.length - 1] ?? null;
}

function cover(data: ReportPdfData): Content[] {
  const roleLine = [data.mentee.role, data.mentee.team].filter(Boolean).join(' · ');
  return [
    { text: 'PROGRESS REPORT', style: 'label', color: COLORS.accent, fontSize: 11, margin: [0, 0, 0, 8] },
    { text: data.mentee.name, style: 'title', fontSize: 24, margin: [0, 0, 0, 4] },
    { text: periodText(data.from, data.to), style: 'subtitle', margin: [0, 0, 0, 14] },
    facts(
      [
        ...(roleLine ? ([['Role', roleLine]] as [string, Content][]) : []),
        ['Mentor', data.mentorName || '—'],
        ['Prepared on', longDate(data.preparedOn)],
      ],
      90,
    ),
  ];
}

function summary(data: ReportPdfData): Content {
  const f = reportFigures(data);
  const goalsLine = [
    `${f.goalsByStatus['on-track']} on track`,
    `${f.goalsByStatus['at-risk']} at risk`,
    `${f.goalsByStatus.achieved} achieved`,
    `${f.goalsByStatus['not-started']} not started`,
  ].join(', ');
  const cell = (value: number, caption: string, detail = '') => ({
    stack: [
      { text: String(value), fontSize: 20, bold: true, color: COLORS.accent },
      { text: caption, bold: true, fontSize: 9.5 },
      ...(detail ? [{ text: detail, style: 'label' }] : []),
    ],
    margin: [4, 6, 4, 6],
  });
  return {
    table: {
      widths: ['*', '*', '*'],
      dontBreakRows: true,
      body: [
        [
          cell(f.goals, 'Goals', goalsLine),
          cell(f.milestonesDone, 'Milestones done', 'in this period'),
          cell(f.milestonesOpen, 'Milestones open', f.milestonesOverdue ? `${f.milestonesOverdue} overdue` : 'none overdue'),
        ],
        [
          cell(f.evidence, 'Evidence records', 'in this period'),
          cell(f.sponsorshipMoments, 'Sponsorship moments', 'in this period'),
          cell(f.meetingsHeld, 'Meetings held', 'in this period'),
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => COLORS.rule,
      vLineColor: () => COLORS.rule,
    },
    margin: [0, 2, 0, 10],
  };
}

function goalBlock(goal: PdfGoal, data: ReportPdfData, title: string, parentId: string): Content {
  const latest = latestReading(goal);
  const progress = latest ? (latest.value - goal.baseline) / (goal.target - goal.baseline) : null;
  const line = [label(goal.area), label(goal.status), `serves “${goal.careerAim}”`].join(' · ');
  const measures: Content = {
    text: [
      { text: 'Baseline ', color: COLORS.muted },
      withUnit(goal.baseline, goal.unit),
      { text: '   Current ', color: COLORS.muted },
      latest ? `${withUnit(latest.value, goal.unit)} (${shortDate(latest.date)})` : 'no reading yet',
      { text: '   Target ', color: COLORS.muted },
      `${withUnit(goal.target, goal.unit)} by ${shortDate(goal.targetDate)}`,
      ...(progress === null ? [] : [{ text: '   Progress ', color: COLORS.muted }, { text: `${number(Math.round(progress * 100))}%`, bold: true }]),
    ],
    fontSize: 9.5,
    margin: [0, 0, 0, 4],
  };
  return together(
    [
      heading(title, 2, { parentId }),
      { text: line, style: 'label', margin: [0, -2, 0, 4] },
      { text: `${goal.metric}`, fontSize: 9.5, italics: true, margin: [0, 0, 0, 2] },
      measures,
      {
        svg: goalChartSvg({
          baseline: goal.baseline,
          target: goal.target,
          unit: goal.unit,
          startDate: goal.startDate,
          targetDate: goal.targetDate,
          readings: goal.readings,
          period: { from: data.from, to: data.to },
        }),
        margin: [0, 2, 0, 6],
      },
    ],
    [0, 0, 0, 6],
  );
}

function milestonesSection(data: ReportPdfData, parentId: string): Content[] {
  const { done, open } = milestoneGroups(data);
  return [
    heading('Done in this period', 2, { parentId }),
    done.length
      ? table(
          ['Milestone', 'Goal', 'Done', 'Evidence'],
          done.map(({ m, goal }) => [m.title, goal.title, { text: shortDate(m.doneOn!), noWrap: true }, m.evidenceText || indicatorText(m)]),
          ['*', 110, 58, '*'],
        )
      : paragraph('No milestone was completed in this period.', 'note'),
    heading('Open and due', 2, { parentId }),
    open.length
      ? table(
          ['Milestone', 'Goal', 'Due', 'Tangible indicator'],
          open.map(({ m, goal }) => [
            m.title,
            goal.title,
            overdue(m, data)
              ? { text: [{ text: shortDate(m.dueDate), noWrap: true }, { text: '\noverdue', color: COLORS.draft, fontSize: 8 }] }
              : { text: shortDate(m.dueDate), noWrap: true },
            indicatorText(m),
          ]),
          ['*', 110, 58, '*'],
        )
      : paragraph('No milestone is open.', 'note'),
  ];
}

/**
 * Each measured goal's movement over the period: where it stood when the period began
 * (the last reading before it, else the baseline), the latest reading, and the change.
 * One row per goal: every reading is already on the goal's chart, and a year of weekly
 * readings across 50 goals listed one by one ran to 130 pages.
 */
function metricRows(data: ReportPdfData): Content[][] {
  return data.goals.flatMap((goal) => {
    const inside = goal.readings.filter((r) => inPeriod(r.date, data));
    const latest = inside.at(-1);
    if (!latest) return [];
    const before = goal.readings.filter((r) => r.date < data.from).at(-1);
    const start = before?.value ?? goal.baseline;
    const change = latest.value - start;
    return [
      [
        goal.title,
        goal.metric,
        { text: String(inside.length), alignment: 'right' },
        { text: [withUnit(start, goal.unit), { text: `\n${before ? shortDate(before.date) : 'baseline'}`, style: 'label' }] },
        { text: [withUnit(latest.value, goal.unit), { text: `\n${shortDate(latest.date)}`, style: 'label' }] },
        { text: `${change > 0 ? '+' : change < 0 ? '−' : '±'}${number(Math.abs(change))}`, noWrap: true },
      ],
    ];
  });
}

/**
 * Returned 360 and peer feedback is one line, never a row per response: a dated row of
 * kind "360 result" would tell the reader when the one manager or direct report answered.
 * Their figures are in the 360 section, in aggregate only.
 */
function feedbackEvidenceLine(count: number): Content[] {
  if (count === 0) return [];
  const text =
    count >= ANONYMITY_THRESHOLD
      ? `${count} returned 360 and peer feedback responses count as evidence in this period; they are not listed one by one, and their figures are in the 360 section in aggregate.`
      : `Returned 360 and peer feedback in this period counts as evidence, but is not listed: fewer than ${ANONYMITY_THRESHOLD} responses could tell who answered.`;
  return [paragraph(text, 'note')];
}

function evidenceSection(data: ReportPdfData, parentId: string): Content[] {
  const metrics = metricRows(data);
  const listed = data.evidence.filter((e) => !e.fromFeedback);
  return [
    heading('Evidence', 2, { parentId }),
    listed.length
      ? table(
          ['Date', 'Kind', 'Summary', 'Value', 'Supports'],
          listed.map((e) => [
            { text: shortDate(e.date), noWrap: true },
            label(e.kind),
            e.source ? { text: [e.summary, { text: `\n${e.source}`, style: 'label' }] } : e.summary,
            e.value === null ? '—' : number(e.value),
            [e.goalTitle, e.milestoneTitle].filter(Boolean).join(' › ') || '—',
          ]),
          [58, 62, '*', 36, 100],
        )
      : data.evidence.length === 0
        ? paragraph(NOTHING, 'note')
        : [],
    ...feedbackEvidenceLine(data.evidence.length - listed.length),
    heading('Metrics in this period', 2, { parentId }),
    metrics.length
      ? table(['Goal', 'Metric', 'Readings', 'At the start', 'Latest', 'Change'], metrics, ['*', '*', 44, 72, 72, 44])
      : paragraph('No metric was measured in this period.', 'note'),
    ...(data.feedback ? feedbackSection(data.feedback, parentId) : []),
  ];
}

function winsSection(data: ReportPdfData): Content {
  const wins = [
    ...data.goalsAchieved.map((g) => ({ date: g.date, text: `Goal achieved: ${g.title}` })),
    ...data.meetings.flatMap((m) => m.wins.map((text) => ({ date: m.date, text }))),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return bullets(
    wins.map((w) => `${shortDate(w.date)}: ${w.text}`),
    'No win was celebrated and no goal achieved in this period.',
  );
}

function sponsorshipSection(data: ReportPdfData): Content {
  if (data.sponsorship.length === 0) return paragraph(NOTHING, 'note');
  return table(
    ['Date', 'Kind', 'Moment', 'Audience', 'Outcome'],
    data.sponsorship.map((s) => [{ text: shortDate(s.date), noWrap: true }, label(s.kind), s.title, s.audience || '—', s.outcome || '—']),
    [58, 64, '*', 80, '*'],
  );
}

/**
 * One meeting: kept whole on a page when it is short (most are), else its decisions and
 * its action items each stay with their label.
 */
function meetingBlock(m: ReportMeeting, parentId: string): Content[] {
  const sameAsKind = m.title.trim().toLowerCase() === m.kind.toLowerCase();
  const head: Content[] = [
    heading(`${shortDate(m.date)}: ${m.title || m.kind}`, 2, { parentId }),
    ...(sameAsKind ? [] : [{ text: m.kind, style: 'label', margin: [0, -2, 0, 4] }]),
  ];
  const decisions = labelled({ text: 'Decisions', style: 'h3', headlineLevel: 3 }, bullets(m.decisions, 'No decision was recorded.'), m.decisions.length);
  const actions = labelled({ text: 'Action items', style: 'h3', headlineLevel: 3 }, actionTable(m), m.actionItems.length);
  if (m.decisions.length + m.actionItems.length <= KEEP_ROWS) return [together([...head, ...decisions, ...actions])];
  return [...head, ...decisions, ...actions];
}

function actionTable(m: ReportMeeting): Content {
  return m.actionItems.length
      ? table(
          ['Action', 'Owner', 'Due', 'Status'],
          m.actionItems.map((a) => [
            a.text,
            label(a.owner),
            a.dueDate ? { text: shortDate(a.dueDate), noWrap: true } : '—',
            { text: a.doneOn ? `Done ${shortDate(a.doneOn)}` : 'Open', noWrap: true },
          ]),
          ['*', 48, 62, 92],
        )
      : paragraph('No action item was recorded.', 'note');
}

function meetingsSection(data: ReportPdfData, parentId: string): Content[] {
  if (data.meetings.length === 0) return [paragraph('No meeting was held in this period.', 'note')];
  return data.meetings.flatMap((m) => meetingBlock(m, parentId));
}

function decisionsSection(data: ReportPdfData): Content {
  if (data.decisions.length === 0) return paragraph('No change to the plan was logged in this period.', 'note');
  return table(
    ['Date', 'Decision', 'Rationale'],
    data.decisions.map((d) => [{ text: shortDate(d.date), noWrap: true }, d.decision, d.rationale]),
    [58, '*', '*'],
  );
}

/** The progress report as a document: cover block, then the sections of REPORT_SECTIONS. */
export function reportDocument(data: ReportPdfData, pageSize: PageSize): DocDefinition {
  const build: Record<(typeof REPORT_SECTIONS)[number], (id: string, n: number) => Content | Content[]> = {
    Summary: () => summary(data),
    Goals: (id, n) =>
      data.goals.length ? data.goals.map((g, i) => goalBlock(g, data, `${n}.${i + 1}  ${g.title}`, id)) : paragraph('No goals are set.', 'note'),
    Milestones: (id) => milestonesSection(data, id),
    'Evidence and metrics': (id) => evidenceSection(data, id),
    Wins: () => winsSection(data),
    'Sponsorship and visibility': () => sponsorshipSection(data),
    Meetings: (id) => meetingsSection(data, id),
    'Decision log': () => decisionsSection(data),
  };
  const sections = REPORT_SECTIONS.flatMap((title, i) => {
    const id = `section-${i + 1}`;
    return withHeading(heading(`${i + 1}. ${title}`, 1, { id }), build[title](id, i + 1));
  });
  const mentor = data.mentorName || 'The mentor';
  return {
    pageSize: PDF_PAGE_SIZES[pageSize],
    pageMargins: MARGINS,
    info: {
      title: reportTitle(data),
      author: mentor,
      subject: `Goals, milestones, evidence, wins, sponsorship and meetings of ${data.mentee.name}'s mentorship, ${periodText(data.from, data.to)}.`,
      keywords: ['mentorship', 'progress report', data.mentee.name, data.from, data.to].join(', '),
      creator: 'Mentor Vault',
      producer: 'Mentor Vault (pdfmake)',
    },
    styles: STYLES,
    defaultStyle: DEFAULT_STYLE,
    pageBreakBefore: keepHeadingsWithNext,
    footer: runningFooter(`Progress report · ${data.mentee.name} · ${shortDate(data.from)} to ${shortDate(data.to)}`),
    content: [...cover(data), ...sections],
  };
}
