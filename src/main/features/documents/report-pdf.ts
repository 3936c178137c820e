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
  MARGINS,
  paragraph,
  PDF_PAGE_SIZES,
  runningFooter,
  STYLES,
  table,
  KEEP_ROWS,
  labelled,
  together,
  withHeading,
  type Content,
  type DocDefinition,
} from './typeset';
import { documentWords, type DocWords } from './words';
import type { MessageId } from '../../../shared/i18n/catalogue';

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
type ReportSection = (typeof REPORT_SECTIONS)[number];

/** Each section's heading in the catalogue. */
export const REPORT_SECTION_IDS = {
  Summary: 'documents.report.section.summary',
  Goals: 'documents.report.section.goals',
  Milestones: 'documents.report.section.milestones',
  'Evidence and metrics': 'documents.report.section.evidence',
  Wins: 'documents.report.section.wins',
  'Sponsorship and visibility': 'documents.report.section.sponsorship',
  Meetings: 'documents.report.section.meetings',
  'Decision log': 'documents.report.section.decisions',
} as const satisfies Record<ReportSection, MessageId>;

export function periodText(from: string, to: string, w: DocWords = documentWords()): string {
  return w.t('documents.report.period', { from: w.longDate(from), to: w.longDate(to) });
}

export function reportTitle(data: Pick<ReportPdfData, 'mentee' | 'from' | 'to'>, w: DocWords = documentWords()): string {
  return w.t('documents.report.title', { name: data.mentee.name, period: periodText(data.from, data.to, w) });
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

function cover(data: ReportPdfData, w: DocWords): Content[] {
  const roleLine = [data.mentee.role, data.mentee.team].filter(Boolean).join(' · ');
  return [
    { text: w.t('documents.report.kicker'), style: 'label', color: COLORS.accent, fontSize: 11, margin: [0, 0, 0, 8] },
    { text: data.mentee.name, style: 'title', fontSize: 24, margin: [0, 0, 0, 4] },
    { text: periodText(data.from, data.to, w), style: 'subtitle', margin: [0, 0, 0, 14] },
    facts(
      [
        ...(roleLine ? ([[w.t('documents.report.role'), roleLine]] as [string, Content][]) : []),
        [w.t('documents.charter.row.mentor'), data.mentorName || '—'],
        [w.t('documents.report.preparedOn'), w.longDate(data.preparedOn)],
      ],
      90,
    ),
  ];
}

function summary(data: ReportPdfData, w: DocWords): Content {
  const f = reportFigures(data);
  const goalsLine = [
    w.t('documents.report.onTrack', { count: f.goalsByStatus['on-track'] }),
    w.t('documents.report.atRisk', { count: f.goalsByStatus['at-risk'] }),
    w.t('documents.report.achieved', { count: f.goalsByStatus.achieved }),
    w.t('documents.report.notStarted', { count: f.goalsByStatus['not-started'] }),
  ].join(', ');
  const inPeriodWords = w.t('documents.report.inPeriod');
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
          cell(f.goals, w.t('documents.report.goals'), goalsLine),
          cell(f.milestonesDone, w.t('documents.report.milestonesDone'), inPeriodWords),
          cell(
            f.milestonesOpen,
            w.t('documents.report.milestonesOpen'),
            f.milestonesOverdue ? w.t('documents.report.overdue', { count: f.milestonesOverdue }) : w.t('documents.report.noneOverdue'),
          ),
        ],
        [
          cell(f.evidence, w.t('documents.report.evidenceRecords'), inPeriodWords),
          cell(f.sponsorshipMoments, w.t('documents.report.sponsorshipMoments'), inPeriodWords),
          cell(f.meetingsHeld, w.t('documents.report.meetingsHeld'), inPeriodWords),
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

function goalBlock(goal: PdfGoal, data: ReportPdfData, title: string, parentId: string, w: DocWords): Content {
  const latest = latestReading(goal);
  const progress = latest ? (latest.value - goal.baseline) / (goal.target - goal.baseline) : null;
  const line = [w.word(goal.area), w.word(goal.status), w.t('documents.report.serves', { aim: goal.careerAim })].join(' · ');
  const measures: Content = {
    text: [
      { text: w.t('documents.report.baseline'), color: COLORS.muted },
      w.withUnit(goal.baseline, goal.unit),
      { text: w.t('documents.report.current'), color: COLORS.muted },
      latest ? `${w.withUnit(latest.value, goal.unit)} (${w.shortDate(latest.date)})` : w.t('documents.report.noReading'),
      { text: w.t('documents.report.target'), color: COLORS.muted },
      w.t('documents.report.by', { value: w.withUnit(goal.target, goal.unit), date: w.shortDate(goal.targetDate) }),
      ...(progress === null
        ? []
        : [{ text: w.t('documents.report.progress'), color: COLORS.muted }, { text: w.withUnit(Math.round(progress * 100), '%'), bold: true }]),
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
        }, w),
        margin: [0, 2, 0, 6],
      },
    ],
    [0, 0, 0, 6],
  );
}

function milestonesSection(data: ReportPdfData, parentId: string, w: DocWords): Content[] {
  const { done, open } = milestoneGroups(data);
  return [
    heading(w.t('documents.report.doneInPeriod'), 2, { parentId }),
    done.length
      ? table(
          [w.t('documents.goal.milestone'), w.t('documents.report.goal'), w.t('documents.report.done'), w.t('documents.report.evidence')],
          done.map(({ m, goal }) => [m.title, goal.title, { text: w.shortDate(m.doneOn!), noWrap: true }, m.evidenceText || indicatorText(m, w)]),
          ['*', 110, 58, '*'],
        )
      : paragraph(w.t('documents.report.noneCompleted'), 'note'),
    heading(w.t('documents.report.openAndDue'), 2, { parentId }),
    open.length
      ? table(
          [w.t('documents.goal.milestone'), w.t('documents.report.goal'), w.t('documents.goal.due'), w.t('documents.goal.indicator')],
          open.map(({ m, goal }) => [
            m.title,
            goal.title,
            overdue(m, data)
              ? { text: [{ text: w.shortDate(m.dueDate), noWrap: true }, { text: `\n${w.t('documents.report.overdueTag')}`, color: COLORS.draft, fontSize: 8 }] }
              : { text: w.shortDate(m.dueDate), noWrap: true },
            indicatorText(m, w),
          ]),
          ['*', 110, 58, '*'],
        )
      : paragraph(w.t('documents.report.noneOpen'), 'note'),
  ];
}

/**
 * Each measured goal's movement over the period: where it stood when the period began
 * (the last reading before it, else the baseline), the latest reading, and the change.
 * One row per goal: every reading is already on the goal's chart, and a year of weekly
 * readings across 50 goals listed one by one ran to 130 pages.
 */
function metricRows(data: ReportPdfData, w: DocWords = documentWords()): Content[][] {
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
        { text: [w.withUnit(start, goal.unit), { text: `\n${before ? w.shortDate(before.date) : w.t('documents.report.baselineWord')}`, style: 'label' }] },
        { text: [w.withUnit(latest.value, goal.unit), { text: `\n${w.shortDate(latest.date)}`, style: 'label' }] },
        { text: `${change > 0 ? '+' : change < 0 ? '−' : '±'}${w.number(Math.abs(change))}`, noWrap: true },
      ],
    ];
  });
}

/**
 * Returned 360 and peer feedback is one line, never a row per response: a dated row of
 * kind "360 result" would tell the reader when the one manager or direct report answered.
 * Their figures are in the 360 section, in aggregate only.
 */
function feedbackEvidenceLine(count: number, w: DocWords): Content[] {
  if (count === 0) return [];
  const text =
    count >= ANONYMITY_THRESHOLD
      ? w.t('documents.report.feedbackMany', { count })
      : w.t('documents.report.feedbackFew', { threshold: ANONYMITY_THRESHOLD });
  return [paragraph(text, 'note')];
}

function evidenceSection(data: ReportPdfData, parentId: string, w: DocWords): Content[] {
  const metrics = metricRows(data, w);
  const listed = data.evidence.filter((e) => !e.fromFeedback);
  return [
    heading(w.t('documents.report.evidence'), 2, { parentId }),
    listed.length
      ? table(
          [w.t('documents.report.date'), w.t('documents.report.kind'), w.t('documents.report.summaryCol'), w.t('documents.report.value'), w.t('documents.report.supports')],
          listed.map((e) => [
            { text: w.shortDate(e.date), noWrap: true },
            w.word(e.kind),
            e.source ? { text: [e.summary, { text: `\n${e.source}`, style: 'label' }] } : e.summary,
            e.value === null ? '—' : w.number(e.value),
            [e.goalTitle, e.milestoneTitle].filter(Boolean).join(' › ') || '—',
          ]),
          // The kind column fits a long compound ("Projektergebnis") whole: pdfmake breaks a word it cannot fit without a hyphen.
          [58, 76, '*', 36, 100],
        )
      : data.evidence.length === 0
        ? paragraph(w.t('documents.report.nothing'), 'note')
        : [],
    ...feedbackEvidenceLine(data.evidence.length - listed.length, w),
    heading(w.t('documents.report.metricsInPeriod'), 2, { parentId }),
    metrics.length
      ? table(
          [
            w.t('documents.report.goal'),
            w.t('documents.report.metric'),
            w.t('documents.report.readings'),
            w.t('documents.report.atStart'),
            w.t('documents.report.latest'),
            w.t('documents.report.change'),
          ],
          metrics,
          ['*', '*', 48, 72, 72, 48],
        )
      : paragraph(w.t('documents.report.noMetric'), 'note'),
    ...(data.feedback ? feedbackSection(data.feedback, parentId, w) : []),
  ];
}

function winsSection(data: ReportPdfData, w: DocWords): Content {
  const wins = [
    ...data.goalsAchieved.map((g) => ({ date: g.date, text: w.t('documents.report.goalAchieved', { title: g.title }) })),
    ...data.meetings.flatMap((m) => m.wins.map((text) => ({ date: m.date, text }))),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return bullets(
    wins.map((win) => `${w.shortDate(win.date)}: ${win.text}`),
    w.t('documents.report.noWins'),
  );
}

function sponsorshipSection(data: ReportPdfData, w: DocWords): Content {
  if (data.sponsorship.length === 0) return paragraph(w.t('documents.report.nothing'), 'note');
  return table(
    [w.t('documents.report.date'), w.t('documents.report.kind'), w.t('documents.report.moment'), w.t('documents.report.audience'), w.t('documents.report.outcome')],
    data.sponsorship.map((s) => [{ text: w.shortDate(s.date), noWrap: true }, w.word(s.kind), s.title, s.audience || '—', s.outcome || '—']),
    [58, 76, '*', 80, '*'],
  );
}

/**
 * One meeting: kept whole on a page when it is short (most are), else its decisions and
 * its action items each stay with their label.
 */
function meetingBlock(m: ReportMeeting, parentId: string, w: DocWords): Content[] {
  const sameAsKind = m.title.trim().toLowerCase() === m.kind.toLowerCase();
  const kind = m.kindId ? w.word(m.kindId) : m.kind;
  const head: Content[] = [
    heading(`${w.shortDate(m.date)}: ${m.title || kind}`, 2, { parentId }),
    ...(sameAsKind ? [] : [{ text: kind, style: 'label', margin: [0, -2, 0, 4] }]),
  ];
  const decisions = labelled(
    { text: w.t('documents.report.decisions'), style: 'h3', headlineLevel: 3 },
    bullets(m.decisions, w.t('documents.report.noDecision')),
    m.decisions.length,
  );
  const actions = labelled({ text: w.t('documents.report.actionItems'), style: 'h3', headlineLevel: 3 }, actionTable(m, w), m.actionItems.length);
  if (m.decisions.length + m.actionItems.length <= KEEP_ROWS) return [together([...head, ...decisions, ...actions])];
  return [...head, ...decisions, ...actions];
}

function actionTable(m: ReportMeeting, w: DocWords): Content {
  return m.actionItems.length
      ? table(
          [w.t('documents.report.action'), w.t('documents.report.owner'), w.t('documents.goal.due'), w.t('documents.report.status')],
          m.actionItems.map((a) => [
            a.text,
            w.word(a.owner),
            a.dueDate ? { text: w.shortDate(a.dueDate), noWrap: true } : '—',
            { text: a.doneOn ? w.t('documents.report.doneOn', { date: w.shortDate(a.doneOn) }) : w.t('documents.report.open'), noWrap: true },
          ]),
          ['*', 56, 62, 92],
        )
      : paragraph(w.t('documents.report.noAction'), 'note');
}

function meetingsSection(data: ReportPdfData, parentId: string, w: DocWords): Content[] {
  if (data.meetings.length === 0) return [paragraph(w.t('documents.report.noMeeting'), 'note')];
  return data.meetings.flatMap((m) => meetingBlock(m, parentId, w));
}

function decisionsSection(data: ReportPdfData, w: DocWords): Content {
  if (data.decisions.length === 0) return paragraph(w.t('documents.report.noPlanChange'), 'note');
  return table(
    [w.t('documents.report.date'), w.t('documents.report.decision'), w.t('documents.report.rationale')],
    data.decisions.map((d) => [{ text: w.shortDate(d.date), noWrap: true }, d.decision, d.rationale]),
    [58, '*', '*'],
  );
}

/** The progress report as a document in the words of `w`'s locale: cover block, then the sections of REPORT_SECTIONS. */
export function reportDocument(data: ReportPdfData, pageSize: PageSize, w: DocWords = documentWords()): DocDefinition {
  const build: Record<ReportSection, (id: string, n: number) => Content | Content[]> = {
    Summary: () => summary(data, w),
    Goals: (id, n) =>
      data.goals.length
        ? data.goals.map((g, i) => goalBlock(g, data, `${n}.${i + 1}  ${g.title}`, id, w))
        : paragraph(w.t('documents.report.noGoals'), 'note'),
    Milestones: (id) => milestonesSection(data, id, w),
    'Evidence and metrics': (id) => evidenceSection(data, id, w),
    Wins: () => winsSection(data, w),
    'Sponsorship and visibility': () => sponsorshipSection(data, w),
    Meetings: (id) => meetingsSection(data, id, w),
    'Decision log': () => decisionsSection(data, w),
  };
  const sections = REPORT_SECTIONS.flatMap((title, i) => {
    const id = `section-${i + 1}`;
    return withHeading(heading(`${i + 1}. ${w.t(REPORT_SECTION_IDS[title])}`, 1, { id }), build[title](id, i + 1));
  });
  const mentor = data.mentorName || w.t('documents.mentorFallback');
  return {
    pageSize: PDF_PAGE_SIZES[pageSize],
    pageMargins: MARGINS,
    info: {
      title: reportTitle(data, w),
      author: mentor,
      subject: w.t('documents.report.subject', { name: data.mentee.name, period: periodText(data.from, data.to, w) }),
      keywords: [w.t('documents.report.keywords'), data.mentee.name, data.from, data.to].join(', '),
      creator: 'Mentor Vault',
      producer: 'Mentor Vault (pdfmake)',
    },
    styles: STYLES,
    defaultStyle: DEFAULT_STYLE,
    pageBreakBefore: keepHeadingsWithNext,
    footer: runningFooter(w.t('documents.report.footer', { name: data.mentee.name, from: w.shortDate(data.from), to: w.shortDate(data.to) }), w),
    content: [...cover(data, w), ...sections],
  };
}
