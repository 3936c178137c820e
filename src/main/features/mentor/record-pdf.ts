import type { Credential, HoursSummary, PracticeReflection, Supervision, Training } from '../../../shared/mentor/schema';
import type { PageSize } from '../../../shared/documents/schema';
import {
  COLORS,
  DEFAULT_STYLE,
  MARGINS,
  PDF_PAGE_SIZES,
  STYLES,
  bullets,
  facts,
  heading,
  keepHeadingsWithNext,
  longDate,
  paragraph,
  runningFooter,
  shortDate,
  table,
  withHeading,
  type Content,
  type DocDefinition,
} from '../documents/typeset';
import type { LogRow } from './hours-log';

/**
 * "Mentoring development record": the mentor's hours, training, supervision and the
 * lessons they chose to include, for an accreditation application or a CPD review.
 * Clients appear as the log shows them (named only with consent).
 */
export interface RecordPdfData {
  mentor: { name: string; title: string };
  preparedOn: string;
  summary: HoursSummary;
  log: LogRow[];
  credentials: Credential[];
  training: Training[];
  supervision: Supervision[];
  /** Only those the mentor marked for the record. */
  reflections: PracticeReflection[];
  /** All reflections in the period, counted (their text stays private). */
  reflectionCount: number;
}

const HOURS = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** Hours as a log shows them: always two decimals. */
const h = (value: number) => HOURS.format(value);
/** "12.50 of 60.00", or a dash where the credential asks for none of that kind. */
const progress = (done: number, needed: number) => (needed > 0 ? `${h(done)} of ${h(needed)}` : '—');

function periodWords(s: HoursSummary): string {
  if (s.from && s.to) return `${longDate(s.from)} to ${longDate(s.to)}`;
  if (s.from) return `From ${longDate(s.from)}`;
  if (s.to) return `Up to ${longDate(s.to)}`;
  return 'All recorded practice';
}

function hoursSection(data: RecordPdfData): Content[] {
  const t = data.summary.totals;
  return [
    facts(
      [
        ['Client sessions', String(t.sessions)],
        ['Client hours', `${h(t.clientHours)} (paid ${h(t.paidHours)}, pro bono ${h(t.proBonoHours)})`],
        ['Individual / group', `${h(t.individualHours)} / ${h(t.groupHours)}`],
        ['Training hours', h(t.trainingHours)],
        ['Supervision hours', h(t.supervisionHours)],
      ],
      120,
    ),
    paragraph('Hours come from the meetings held: the meeting clock when it ran, otherwise the planned length, unless corrected with a reason.', 'note'),
    data.log.length
      ? table(
          ['Client', 'Kind', 'First', 'Last', 'Sessions', 'Paid', 'Pro bono'],
          data.log.map((r) => [r.client, r.format === 'group' ? `Group${r.groupSize ? ` (${r.groupSize})` : ''}` : 'Individual', shortDate(r.firstSession), shortDate(r.lastSession), String(r.sessions), h(r.paidHours), h(r.proBonoHours)]),
          ['*', 60, 62, 62, 44, 38, 44],
        )
      : paragraph('No meetings were held in this period.', 'note'),
  ];
}

function thresholdsSection(data: RecordPdfData): Content {
  if (!data.summary.thresholds.length) return paragraph('No credential requirements are set.', 'note');
  return table(
    ['Requirement', 'Client hours', 'Paid', 'Training', 'Supervision', 'Met'],
    data.summary.thresholds.map((t) => [
      t.name,
      progress(t.clientHoursDone, t.clientHours),
      progress(t.paidHoursDone, t.paidHours),
      progress(t.trainingHoursDone, t.trainingHours),
      progress(t.supervisionHoursDone, t.supervisionHours),
      t.met ? 'Yes' : 'Not yet',
    ]),
    ['*', 70, 60, 60, 64, 40],
  );
}

function credentialsSection(data: RecordPdfData): Content {
  return bullets(
    data.credentials.map((c) =>
      [`${c.body} ${c.level}`, c.number && `no. ${c.number}`, c.awardedOn && `awarded ${shortDate(c.awardedOn)}`, c.expiresOn && `renewal due ${shortDate(c.expiresOn)}`]
        .filter(Boolean)
        .join(', '),
    ),
    'No credentials recorded.',
  );
}

function trainingSection(data: RecordPdfData): Content {
  if (!data.training.length) return paragraph('No training recorded in this period.', 'note');
  return table(
    ['Date', 'Training', 'Provider', 'Hours', 'Competencies'],
    data.training.map((t) => [shortDate(t.date), t.title, t.provider || '—', h(t.hours), t.competencies.join(', ') || '—']),
    [62, '*', 90, 36, 120],
  );
}

function supervisionSection(data: RecordPdfData): Content {
  if (!data.supervision.length) return paragraph('No supervision recorded in this period.', 'note');
  return table(
    ['Date', 'Supervisor', 'Kind', 'Hours', 'Themes'],
    data.supervision.map((s) => [shortDate(s.date), s.supervisor, s.format === 'group' ? 'Group' : 'Individual', h(s.hours), s.themes || '—']),
    [62, 100, 56, 36, '*'],
  );
}

function reflectionsSection(data: RecordPdfData): Content[] {
  const span = data.summary.from || data.summary.to ? 'in this period' : 'in all';
  const count = `${data.reflectionCount} ${data.reflectionCount === 1 ? 'reflection' : 'reflections'} written ${span}; the lessons of those chosen for this record follow.`;
  return [
    paragraph(count, 'note'),
    ...(data.reflections.length
      ? data.reflections.map((r) => ({
          stack: [
            { text: longDate(r.date), style: 'h3' },
            ...(r.learned ? [paragraph(`Learned: ${r.learned}`)] : []),
            ...(r.doDifferently ? [paragraph(`Will do differently: ${r.doDifferently}`)] : []),
          ],
          unbreakable: true,
        }))
      : [paragraph('None chosen for this record.', 'note')]),
  ];
}

export function recordDocument(data: RecordPdfData, pageSize: PageSize): DocDefinition {
  const mentor = data.mentor.name || 'The mentor';
  const sections: [string, Content | Content[]][] = [
    ['Client hours', hoursSection(data)],
    ['Progress toward credentials', thresholdsSection(data)],
    ['Credentials held', credentialsSection(data)],
    ['Training and development', trainingSection(data)],
    ['Supervision', supervisionSection(data)],
    ['Reflective practice', reflectionsSection(data)],
  ];
  return {
    pageSize: PDF_PAGE_SIZES[pageSize],
    pageMargins: MARGINS,
    info: {
      title: `Mentoring development record - ${mentor}`,
      author: mentor,
      subject: 'Client hours, training, supervision and reflective practice of a mentor.',
      keywords: 'mentoring, development record, CPD, client hours',
      creator: 'Mentor Vault',
      producer: 'Mentor Vault (pdfmake)',
    },
    styles: STYLES,
    defaultStyle: DEFAULT_STYLE,
    pageBreakBefore: keepHeadingsWithNext,
    footer: runningFooter(`Mentoring development record · ${mentor}`),
    content: [
      { text: 'MENTORING DEVELOPMENT RECORD', style: 'label', color: COLORS.accent, fontSize: 11, margin: [0, 0, 0, 8] },
      { text: mentor, style: 'title', fontSize: 24, margin: [0, 0, 0, 4] },
      { text: periodWords(data.summary), style: 'subtitle', margin: [0, 0, 0, 14] },
      facts([...(data.mentor.title ? ([['Title', data.mentor.title]] as [string, Content][]) : []), ['Prepared on', longDate(data.preparedOn)]], 90),
      ...sections.flatMap(([title, body], i) => withHeading(heading(`${i + 1}. ${title}`, 1, { id: `section-${i + 1}` }), body)),
    ],
  };
}
