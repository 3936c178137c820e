import type { PageSize } from '../../../shared/documents/schema';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { localToday } from '../../../shared/dates';
import type { CharterBody, CharterVersion, MeetingFrequency } from '../../../shared/charter/schema';
import { goalBlock } from './goal-blocks';
import type { PdfGoal, PdfMentee } from './queries';
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
  prose,
  runningFooter,
  STYLES,
  table,
  together,
  withHeading,
  type Content,
  type DocDefinition,
} from './typeset';
import { documentWords, type DocWords } from './words';

export interface CharterPdfData {
  mentee: PdfMentee;
  mentorName: string;
  version: CharterVersion;
  goals: PdfGoal[];
}

/** The sections of the charter, in order (the PDF's headings and bookmarks), as English names them. */
export const CHARTER_SECTIONS = [
  'Purpose',
  'Roles and responsibilities',
  'Meeting rhythm',
  'Communication norms',
  'Confidentiality and escalation',
  'Reviews and progress',
  'Pilot period',
  'Goals and milestones',
  'Glossary',
  'Signatures',
] as const;
type CharterSection = (typeof CHARTER_SECTIONS)[number];

/** Each section's heading in the catalogue. */
export const CHARTER_SECTION_IDS = {
  Purpose: 'documents.charter.section.purpose',
  'Roles and responsibilities': 'documents.charter.section.roles',
  'Meeting rhythm': 'documents.charter.section.meetingRhythm',
  'Communication norms': 'documents.charter.section.communication',
  'Confidentiality and escalation': 'documents.charter.section.confidentiality',
  'Reviews and progress': 'documents.charter.section.reviews',
  'Pilot period': 'documents.charter.section.pilot',
  'Goals and milestones': 'documents.charter.section.goals',
  Glossary: 'documents.charter.section.glossary',
  Signatures: 'documents.charter.section.signatures',
} as const satisfies Record<CharterSection, MessageId>;

const FREQUENCY = {
  weekly: 'documents.charter.frequency.weekly',
  biweekly: 'documents.charter.frequency.biweekly',
  monthly: 'documents.charter.frequency.monthly',
} as const satisfies Record<MeetingFrequency, MessageId>;

const mentorOf = (data: CharterPdfData, w: DocWords) => data.mentorName || w.t('documents.mentorFallback');

export function isDraft(version: CharterVersion): boolean {
  return version.status === 'draft';
}

/** "Version 2, agreed 3 March 2025" or "Version 3, draft of 12 May 2025". */
export function versionLine(version: CharterVersion, w: DocWords = documentWords()): string {
  return version.agreedOn
    ? w.t('documents.charter.versionAgreed', { version: version.version, date: w.longDate(version.agreedOn) })
    : w.t('documents.charter.versionDraft', { version: version.version, date: w.longDate(localToday(new Date(version.updatedAt))) });
}

export function charterTitle(data: CharterPdfData, w: DocWords = documentWords()): string {
  return w.t('documents.charter.title', { name: data.mentee.name, version: data.version.version, draft: isDraft(data.version) ? 'yes' : 'no' });
}

function titlePage(data: CharterPdfData, w: DocWords): Content[] {
  const { mentee, version } = data;
  const mentor = mentorOf(data, w);
  const roleLine = [mentee.role, mentee.team].filter(Boolean).join(' · ');
  const status = version.agreedOn
    ? version.agreedByMentor
      ? w.t('documents.charter.agreedOnBy', { date: w.longDate(version.agreedOn), mentor: version.agreedByMentor, mentee: version.agreedByMentee })
      : w.t('documents.charter.agreedOn', { date: w.longDate(version.agreedOn) })
    : w.t('documents.charter.draftStatus');
  const rows: [string, Content][] = [
    [w.t('documents.charter.row.mentee'), roleLine ? { text: [mentee.name, { text: `\n${roleLine}`, style: 'small', color: COLORS.muted }] } : mentee.name],
    [w.t('documents.charter.row.mentor'), mentor],
    [w.t('documents.charter.row.version'), String(version.version)],
    [w.t('documents.charter.row.status'), version.agreedOn ? status : { text: status, color: COLORS.draft, bold: true }],
  ];
  if (version.pilotReviewDate && version.body.pilot.startDate) {
    rows.push([w.t('documents.charter.row.pilot'), w.t('documents.charter.pilotSpan', { from: w.longDate(version.body.pilot.startDate), to: w.longDate(version.pilotReviewDate) })]);
  }
  if (version.version > 1 && version.reason) rows.push([w.t('documents.charter.row.reason'), version.reason]);
  return [
    { text: w.t('documents.charter.kicker'), style: 'label', color: COLORS.accent, fontSize: 11, margin: [0, 130, 0, 12] },
    { text: mentee.name, style: 'title' },
    { text: w.t('documents.charter.with', { mentor }), style: 'subtitle', margin: [0, 0, 0, 36] },
    facts(rows, 100),
    {
      text: w.t('documents.charter.living'),
      style: 'note',
      margin: [0, 18, 0, 0],
    },
    { text: '', pageBreak: 'after' },
  ];
}

function rolesSection(body: CharterBody, w: DocWords): Content {
  const column = (who: string, items: string[]) => ({
    width: '*',
    stack: [{ text: who, style: 'h3', margin: [0, 0, 0, 4] }, bullets(items, w.t('documents.charter.noneWritten'))],
  });
  return { columns: [column(w.t('documents.charter.theMentor'), body.roles.mentor), column(w.t('documents.charter.theMentee'), body.roles.mentee)], columnGap: 24 };
}

function meetingSection(body: CharterBody, w: DocWords): Content {
  const r = body.meetingRhythm;
  return facts([
    [w.t('documents.charter.howOften'), w.t(FREQUENCY[r.frequency])],
    [w.t('documents.charter.howLong'), w.t('documents.charter.minutes', { count: r.lengthMinutes })],
    [w.t('documents.charter.format'), w.word(r.format)],
    [w.t('documents.charter.topics'), r.topics.length ? { ul: r.topics, markerColor: COLORS.muted } : { text: w.t('documents.charter.noneListed'), style: 'note' }],
  ]);
}

function communicationSection(body: CharterBody, w: DocWords): Content {
  const channels = body.communication.channels;
  if (channels.length === 0) return paragraph(w.t('documents.charter.noChannels'), 'note');
  return table([w.t('documents.charter.channel'), w.t('documents.charter.expectedResponse')], channels.map((c) => [c.channel, c.expectedResponse || '—']), ['*', '*']);
}

function confidentialitySection(body: CharterBody, parentId: string, w: DocWords): Content[] {
  return [
    heading(w.t('documents.charter.confidentialityAgreement'), 2, { parentId }),
    ...prose(body.confidentiality, w.t('documents.charter.noConfidentiality')),
    heading(w.t('documents.charter.escalationProcess'), 2, { parentId }),
    body.escalation.length
      ? table(['#', w.t('documents.charter.step'), w.t('documents.charter.who')], body.escalation.map((s, i) => [String(i + 1), s.step, s.who]), [16, '*', 130])
      : paragraph(w.t('documents.charter.noEscalation'), 'note'),
  ];
}

function reviewSection(body: CharterBody, parentId: string, w: DocWords): Content[] {
  const r = body.reviewRhythm;
  const every = (count: number) => w.t('documents.charter.everyWeeks', { count });
  const formalEvery = r.formalEveryWeeks ? every(r.formalEveryWeeks) : '';
  const afterMilestones = r.afterMajorMilestones ? w.t('documents.charter.afterMilestones') : '';
  const formal = formalEvery && afterMilestones ? w.t('documents.charter.andJoin', { first: formalEvery, second: afterMilestones }) : formalEvery || afterMilestones;
  return [
    facts([
      [w.t('documents.charter.formalReviews'), formal || w.t('documents.charter.asAgreed')],
      [
        w.t('documents.charter.informalTouchpoints'),
        r.informalEveryWeeks ? w.t('documents.charter.betweenReviews', { every: every(r.informalEveryWeeks) }) : w.t('documents.charter.asNeeded'),
      ],
    ]),
    heading(w.t('documents.charter.progressPerQuarter'), 2, { parentId }),
    bullets(body.progressPerQuarter, w.t('documents.charter.notWritten')),
  ];
}

function pilotSection(version: CharterVersion, w: DocWords): Content {
  const pilot = version.body.pilot;
  if (!pilot.startDate) return paragraph(w.t('documents.charter.pilotUnset', { count: pilot.weeks }), 'note');
  return facts([
    [w.t('documents.charter.starts'), w.longDate(pilot.startDate)],
    [w.t('documents.charter.length'), w.t('documents.charter.weeks', { count: pilot.weeks })],
    [w.t('documents.charter.firstReview'), version.pilotReviewDate ? w.t('documents.charter.endOfPilot', { date: w.longDate(version.pilotReviewDate) }) : '—'],
  ]);
}

function goalsSection(goals: PdfGoal[], parentId: string, section: number, w: DocWords): Content[] {
  if (goals.length === 0) return [paragraph(w.t('documents.charter.noGoals'), 'note')];
  return goals.flatMap((goal, i) => goalBlock(goal, `${section}.${i + 1}  ${goal.title}`, parentId, w));
}

function glossarySection(body: CharterBody, w: DocWords): Content {
  if (body.glossary.length === 0) return paragraph(w.t('documents.charter.noGlossary'), 'note');
  return table([w.t('documents.charter.term'), w.t('documents.charter.meaning')], body.glossary.map((g) => [{ text: g.term, bold: true }, g.meaning]), [120, '*']);
}

function signatureSection(data: CharterPdfData, w: DocWords): Content {
  const { version, mentee } = data;
  const block = (role: string, name: string) => ({
    width: '*',
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 200, y2: 0, lineWidth: 0.8, lineColor: COLORS.text }], margin: [0, 44, 0, 4] },
      { text: name || ' ', bold: true },
      { text: role, style: 'label' },
      { text: w.t('documents.charter.dateLine'), margin: [0, 16, 0, 0], color: COLORS.muted },
    ],
  });
  return together([
    paragraph(
      isDraft(version)
        ? w.t('documents.charter.signDraft')
        : w.t('documents.charter.signAgreed'),
    ),
    {
      columns: [
        block(w.t('documents.charter.row.mentor'), version.agreedByMentor || data.mentorName),
        block(w.t('documents.charter.row.mentee'), version.agreedByMentee || mentee.name),
      ],
      columnGap: 40,
    },
  ]);
}

/** The charter version as a document in the words of `w`'s locale: title page, the ten sections, signature lines. */
export function charterDocument(data: CharterPdfData, pageSize: PageSize, w: DocWords = documentWords()): DocDefinition {
  const { version, mentee } = data;
  const body = version.body;
  const draft = isDraft(version);
  const sectionContent: Record<CharterSection, (id: string, n: number) => Content | Content[]> = {
    Purpose: () => prose(body.purpose, w.t('documents.charter.noPurpose')),
    'Roles and responsibilities': () => rolesSection(body, w),
    'Meeting rhythm': () => meetingSection(body, w),
    'Communication norms': () => communicationSection(body, w),
    'Confidentiality and escalation': (id) => confidentialitySection(body, id, w),
    'Reviews and progress': (id) => reviewSection(body, id, w),
    'Pilot period': () => pilotSection(version, w),
    'Goals and milestones': (id, n) => goalsSection(data.goals, id, n, w),
    Glossary: () => glossarySection(body, w),
    Signatures: () => signatureSection(data, w),
  };
  const sections = CHARTER_SECTIONS.flatMap((title, i) => {
    const id = `section-${i + 1}`;
    return withHeading(heading(`${i + 1}. ${w.t(CHARTER_SECTION_IDS[title])}`, 1, { id }), sectionContent[title](id, i + 1));
  });

  const mentor = mentorOf(data, w);
  return {
    pageSize: PDF_PAGE_SIZES[pageSize],
    pageMargins: MARGINS,
    info: {
      title: charterTitle(data, w),
      author: mentor,
      subject: w.t('documents.charter.subject', { mentee: mentee.name, mentor, version: versionLine(version, w) }),
      keywords: [w.t('documents.charter.keywords'), mentee.name, versionLine(version, w)].join(', '),
      creator: 'Mentor Vault',
      producer: 'Mentor Vault (pdfmake)',
    },
    styles: STYLES,
    defaultStyle: DEFAULT_STYLE,
    pageBreakBefore: keepHeadingsWithNext,
    ...(draft
      ? {
          watermark: { text: w.t('documents.charter.watermark'), color: COLORS.draft, opacity: 0.07, bold: true },
          header: () => ({
            text: w.t('documents.charter.draftHeader'),
            color: COLORS.draft,
            bold: true,
            fontSize: 8.5,
            alignment: 'right',
            margin: [MARGINS[0], 28, MARGINS[2], 0],
          }),
        }
      : {}),
    footer: runningFooter(w.t('documents.charter.footer', { name: mentee.name, version: versionLine(version, w) }), w),
    content: [...titlePage(data, w), ...sections],
  };
}
