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
  paragraph,
  runningFooter,
  table,
  withHeading,
  type Content,
  type DocDefinition,
} from '../documents/typeset';
import { intlLocale } from '../../../shared/i18n/locales';
import { documentWords, type DocWords } from '../documents/words';
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

/** Hours as a log shows them: always two decimals, in the document's language. */
function hoursOf(w: DocWords): (value: number) => string {
  const format = new Intl.NumberFormat(intlLocale(w.locale), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (value) => format.format(value);
}

function periodWords(s: HoursSummary, w: DocWords): string {
  if (s.from && s.to) return w.t('mentorPdf.period.between', { from: w.longDate(s.from), to: w.longDate(s.to) });
  if (s.from) return w.t('mentorPdf.period.from', { from: w.longDate(s.from) });
  if (s.to) return w.t('mentorPdf.period.to', { to: w.longDate(s.to) });
  return w.t('mentorPdf.period.all');
}

function hoursSection(data: RecordPdfData, w: DocWords): Content[] {
  const h = hoursOf(w);
  const t = data.summary.totals;
  const kind = (r: LogRow) => (r.format === 'group' ? (r.groupSize ? w.t('mentorPdf.groupOf', { size: r.groupSize }) : w.t('mentorPdf.group')) : w.t('mentorPdf.individual'));
  return [
    facts(
      [
        [w.t('mentorPdf.hours.sessions'), String(t.sessions)],
        [w.t('mentorPdf.hours.client'), w.t('mentorPdf.hours.clientValue', { hours: h(t.clientHours), paid: h(t.paidHours), proBono: h(t.proBonoHours) })],
        [w.t('mentorPdf.hours.individualGroup'), `${h(t.individualHours)} / ${h(t.groupHours)}`],
        [w.t('mentorPdf.hours.training'), h(t.trainingHours)],
        [w.t('mentorPdf.hours.supervision'), h(t.supervisionHours)],
      ],
      120,
    ),
    paragraph(w.t('mentorPdf.hours.note'), 'note'),
    data.log.length
      ? table(
          (['client', 'kind', 'first', 'last', 'sessions', 'paid', 'proBono'] as const).map((c) => w.t(`mentorPdf.col.${c}`)),
          data.log.map((r) => [r.client, kind(r), w.shortDate(r.firstSession), w.shortDate(r.lastSession), String(r.sessions), h(r.paidHours), h(r.proBonoHours)]),
          ['*', 60, 62, 62, 44, 38, 44],
        )
      : paragraph(w.t('mentorPdf.hours.none'), 'note'),
  ];
}

function thresholdsSection(data: RecordPdfData, w: DocWords): Content {
  if (!data.summary.thresholds.length) return paragraph(w.t('mentorPdf.thresholds.none'), 'note');
  const h = hoursOf(w);
  /** "12.50 of 60.00", or a dash where the credential asks for none of that kind. */
  const progress = (done: number, needed: number) => (needed > 0 ? w.t('mentorPdf.of', { done: h(done), needed: h(needed) }) : '—');
  return table(
    (['requirement', 'clientHours', 'paid', 'training', 'supervision', 'met'] as const).map((c) => w.t(`mentorPdf.col.${c}`)),
    data.summary.thresholds.map((t) => [
      t.name,
      progress(t.clientHoursDone, t.clientHours),
      progress(t.paidHoursDone, t.paidHours),
      progress(t.trainingHoursDone, t.trainingHours),
      progress(t.supervisionHoursDone, t.supervisionHours),
      w.t(t.met ? 'mentorPdf.yes' : 'mentorPdf.notYet'),
    ]),
    ['*', 70, 60, 60, 64, 40],
  );
}

function credentialsSection(data: RecordPdfData, w: DocWords): Content {
  return bullets(
    data.credentials.map((c) =>
      [
        `${c.body} ${c.level}`,
        c.number && w.t('mentorPdf.credential.number', { number: c.number }),
        c.awardedOn && w.t('mentorPdf.credential.awarded', { date: w.shortDate(c.awardedOn) }),
        c.expiresOn && w.t('mentorPdf.credential.renewal', { date: w.shortDate(c.expiresOn) }),
      ]
        .filter(Boolean)
        .join(', '),
    ),
    w.t('mentorPdf.credentials.none'),
  );
}

function trainingSection(data: RecordPdfData, w: DocWords): Content {
  if (!data.training.length) return paragraph(w.t('mentorPdf.training.none'), 'note');
  const h = hoursOf(w);
  return table(
    (['date', 'training', 'provider', 'hours', 'competencies'] as const).map((c) => w.t(`mentorPdf.col.${c}`)),
    data.training.map((t) => [w.shortDate(t.date), t.title, t.provider || '—', h(t.hours), t.competencies.join(', ') || '—']),
    [62, '*', 90, 36, 120],
  );
}

function supervisionSection(data: RecordPdfData, w: DocWords): Content {
  if (!data.supervision.length) return paragraph(w.t('mentorPdf.supervision.none'), 'note');
  const h = hoursOf(w);
  return table(
    (['date', 'supervisor', 'kind', 'hours', 'themes'] as const).map((c) => w.t(`mentorPdf.col.${c}`)),
    data.supervision.map((s) => [w.shortDate(s.date), s.supervisor, w.t(s.format === 'group' ? 'mentorPdf.group' : 'mentorPdf.individual'), h(s.hours), s.themes || '—']),
    [62, 100, 56, 36, '*'],
  );
}

function reflectionsSection(data: RecordPdfData, w: DocWords): Content[] {
  const span = data.summary.from || data.summary.to ? 'period' : 'all';
  return [
    paragraph(w.t('mentorPdf.reflections.count', { count: data.reflectionCount, span }), 'note'),
    ...(data.reflections.length
      ? data.reflections.map((r) => ({
          stack: [
            { text: w.longDate(r.date), style: 'h3' },
            ...(r.learned ? [paragraph(w.t('mentorPdf.reflections.learned', { text: r.learned }))] : []),
            ...(r.doDifferently ? [paragraph(w.t('mentorPdf.reflections.differently', { text: r.doDifferently }))] : []),
          ],
          unbreakable: true,
        }))
      : [paragraph(w.t('mentorPdf.reflections.none'), 'note')]),
  ];
}

export function recordDocument(data: RecordPdfData, pageSize: PageSize, w: DocWords = documentWords()): DocDefinition {
  const mentor = data.mentor.name || w.t('mentorPdf.theMentor');
  const name = w.t('mentorPdf.name');
  const sections: [string, Content | Content[]][] = [
    [w.t('mentorPdf.section.hours'), hoursSection(data, w)],
    [w.t('mentorPdf.section.thresholds'), thresholdsSection(data, w)],
    [w.t('mentorPdf.section.credentials'), credentialsSection(data, w)],
    [w.t('mentorPdf.section.training'), trainingSection(data, w)],
    [w.t('mentorPdf.section.supervision'), supervisionSection(data, w)],
    [w.t('mentorPdf.section.reflections'), reflectionsSection(data, w)],
  ];
  return {
    pageSize: PDF_PAGE_SIZES[pageSize],
    pageMargins: MARGINS,
    info: {
      title: `${name} - ${mentor}`,
      author: mentor,
      subject: w.t('mentorPdf.subject'),
      keywords: w.t('mentorPdf.keywords'),
      creator: 'Mentor Vault',
      producer: 'Mentor Vault (pdfmake)',
    },
    styles: STYLES,
    defaultStyle: DEFAULT_STYLE,
    pageBreakBefore: keepHeadingsWithNext,
    footer: runningFooter(`${name} · ${mentor}`, w),
    content: [
      { text: w.t('mentorPdf.label'), style: 'label', color: COLORS.accent, fontSize: 11, margin: [0, 0, 0, 8] },
      { text: mentor, style: 'title', fontSize: 24, margin: [0, 0, 0, 4] },
      { text: periodWords(data.summary, w), style: 'subtitle', margin: [0, 0, 0, 14] },
      facts([...(data.mentor.title ? ([[w.t('mentorPdf.fact.title'), data.mentor.title]] as [string, Content][]) : []), [w.t('mentorPdf.fact.preparedOn'), w.longDate(data.preparedOn)]], 90),
      ...sections.flatMap(([title, body], i) => withHeading(heading(`${i + 1}. ${title}`, 1, { id: `section-${i + 1}` }), body)),
    ],
  };
}
