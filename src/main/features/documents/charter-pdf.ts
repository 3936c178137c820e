import type { PageSize } from '../../../shared/documents/schema';
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
  label,
  longDate,
  MARGINS,
  paragraph,
  PDF_PAGE_SIZES,
  plural,
  prose,
  runningFooter,
  STYLES,
  table,
  together,
  withHeading,
  type Content,
  type DocDefinition,
} from './typeset';

export interface CharterPdfData {
  mentee: PdfMentee;
  mentorName: string;
  version: CharterVersion;
  goals: PdfGoal[];
}

/** The sections of the charter, in order (the PDF's headings and bookmarks). */
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

const FREQUENCY: Record<MeetingFrequency, string> = { weekly: 'Every week', biweekly: 'Every two weeks', monthly: 'Every month' };
const MENTOR_FALLBACK = 'The mentor';

export function isDraft(version: CharterVersion): boolean {
  return version.status === 'draft';
}

/** "Version 2, agreed 3 March 2025" or "Version 3, draft of 12 May 2025". */
export function versionLine(version: CharterVersion): string {
  return version.agreedOn
    ? `Version ${version.version}, agreed ${longDate(version.agreedOn)}`
    : `Version ${version.version}, draft of ${longDate(localToday(new Date(version.updatedAt)))}`;
}

export function charterTitle(data: CharterPdfData): string {
  return `Mentorship charter: ${data.mentee.name}, version ${data.version.version}${isDraft(data.version) ? ' (draft)' : ''}`;
}

function titlePage(data: CharterPdfData): Content[] {
  const { mentee, version } = data;
  const mentor = data.mentorName || MENTOR_FALLBACK;
  const roleLine = [mentee.role, mentee.team].filter(Boolean).join(' · ');
  const status = version.agreedOn
    ? `Agreed on ${longDate(version.agreedOn)}${version.agreedByMentor ? ` by ${version.agreedByMentor} and ${version.agreedByMentee}` : ''}`
    : 'Draft: not yet agreed';
  const rows: [string, Content][] = [
    ['Mentee', roleLine ? { text: [mentee.name, { text: `\n${roleLine}`, style: 'small', color: COLORS.muted }] } : mentee.name],
    ['Mentor', mentor],
    ['Version', String(version.version)],
    ['Status', version.agreedOn ? status : { text: status, color: COLORS.draft, bold: true }],
  ];
  if (version.pilotReviewDate && version.body.pilot.startDate) {
    rows.push(['Pilot', `${longDate(version.body.pilot.startDate)} to ${longDate(version.pilotReviewDate)}`]);
  }
  if (version.version > 1 && version.reason) rows.push(['Why this version', version.reason]);
  return [
    { text: 'MENTORSHIP CHARTER', style: 'label', color: COLORS.accent, fontSize: 11, margin: [0, 130, 0, 12] },
    { text: mentee.name, style: 'title' },
    { text: `with ${mentor}`, style: 'subtitle', margin: [0, 0, 0, 36] },
    facts(rows, 100),
    {
      text: 'A living agreement between mentor and mentee: it is revised, as a new version, whenever both agree to change it.',
      style: 'note',
      margin: [0, 18, 0, 0],
    },
    { text: '', pageBreak: 'after' },
  ];
}

function rolesSection(body: CharterBody): Content {
  const column = (who: string, items: string[]) => ({
    width: '*',
    stack: [{ text: who, style: 'h3', margin: [0, 0, 0, 4] }, bullets(items, 'None written yet.')],
  });
  return { columns: [column('The mentor', body.roles.mentor), column('The mentee', body.roles.mentee)], columnGap: 24 };
}

function meetingSection(body: CharterBody): Content {
  const r = body.meetingRhythm;
  return facts([
    ['How often', FREQUENCY[r.frequency]],
    ['How long', plural(r.lengthMinutes, 'minute')],
    ['Format', label(r.format)],
    ['Topics', r.topics.length ? { ul: r.topics, markerColor: COLORS.muted } : { text: 'None listed.', style: 'note' }],
  ]);
}

function communicationSection(body: CharterBody): Content {
  const channels = body.communication.channels;
  if (channels.length === 0) return paragraph('No channels agreed yet.', 'note');
  return table(['Channel', 'Expected response'], channels.map((c) => [c.channel, c.expectedResponse || '—']), ['*', '*']);
}

function confidentialitySection(body: CharterBody, parentId: string): Content[] {
  return [
    heading('Confidentiality agreement', 2, { parentId }),
    ...prose(body.confidentiality, 'No confidentiality agreement written yet.'),
    heading('Escalation process', 2, { parentId }),
    body.escalation.length
      ? table(['#', 'Step', 'Who'], body.escalation.map((s, i) => [String(i + 1), s.step, s.who]), [16, '*', 130])
      : paragraph('No escalation steps agreed yet.', 'note'),
  ];
}

function reviewSection(body: CharterBody, parentId: string): Content[] {
  const r = body.reviewRhythm;
  const formal = [
    r.formalEveryWeeks ? `Every ${plural(r.formalEveryWeeks, 'week')}` : '',
    r.afterMajorMilestones ? 'after each major milestone' : '',
  ].filter(Boolean);
  return [
    facts([
      ['Formal reviews', formal.length ? formal.join(', and ') : 'As agreed'],
      ['Informal touchpoints', r.informalEveryWeeks ? `Every ${plural(r.informalEveryWeeks, 'week')}, between reviews` : 'As needed'],
    ]),
    heading('What counts as meaningful progress each quarter', 2, { parentId }),
    bullets(body.progressPerQuarter, 'Not written yet.'),
  ];
}

function pilotSection(version: CharterVersion): Content {
  const pilot = version.body.pilot;
  if (!pilot.startDate) return paragraph(`A pilot of ${plural(pilot.weeks, 'week')}; its start date is not set yet.`, 'note');
  return facts([
    ['Starts', longDate(pilot.startDate)],
    ['Length', plural(pilot.weeks, 'week')],
    ['First formal review', version.pilotReviewDate ? `${longDate(version.pilotReviewDate)}, at the end of the pilot` : '—'],
  ]);
}

function goalsSection(goals: PdfGoal[], parentId: string, section: number): Content[] {
  if (goals.length === 0) return [paragraph('No goals are set yet.', 'note')];
  return goals.flatMap((goal, i) => goalBlock(goal, `${section}.${i + 1}  ${goal.title}`, parentId));
}

function glossarySection(body: CharterBody): Content {
  if (body.glossary.length === 0) return paragraph('No shared terms defined yet.', 'note');
  return table(['Term', 'Meaning'], body.glossary.map((g) => [{ text: g.term, bold: true }, g.meaning]), [120, '*']);
}

function signatureSection(data: CharterPdfData): Content {
  const { version, mentee } = data;
  const block = (role: string, name: string) => ({
    width: '*',
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 200, y2: 0, lineWidth: 0.8, lineColor: COLORS.text }], margin: [0, 44, 0, 4] },
      { text: name || ' ', bold: true },
      { text: role, style: 'label' },
      { text: 'Date: ______________________', margin: [0, 16, 0, 0], color: COLORS.muted },
    ],
  });
  return together([
    paragraph(
      isDraft(version)
        ? 'This is a draft for discussion. Sign the agreed version, not this one.'
        : 'By signing, we confirm that we agree to this charter and will review it together as set out above.',
    ),
    {
      columns: [block('Mentor', version.agreedByMentor || data.mentorName), block('Mentee', version.agreedByMentee || mentee.name)],
      columnGap: 40,
    },
  ]);
}

/** The charter version as a document: title page, the ten sections, signature lines. */
export function charterDocument(data: CharterPdfData, pageSize: PageSize): DocDefinition {
  const { version, mentee } = data;
  const body = version.body;
  const draft = isDraft(version);
  const sectionContent: Record<(typeof CHARTER_SECTIONS)[number], (id: string, n: number) => Content | Content[]> = {
    Purpose: () => prose(body.purpose, 'No purpose written yet.'),
    'Roles and responsibilities': () => rolesSection(body),
    'Meeting rhythm': () => meetingSection(body),
    'Communication norms': () => communicationSection(body),
    'Confidentiality and escalation': (id) => confidentialitySection(body, id),
    'Reviews and progress': (id) => reviewSection(body, id),
    'Pilot period': () => pilotSection(version),
    'Goals and milestones': (id, n) => goalsSection(data.goals, id, n),
    Glossary: () => glossarySection(body),
    Signatures: () => signatureSection(data),
  };
  const sections = CHARTER_SECTIONS.flatMap((title, i) => {
    const id = `section-${i + 1}`;
    return withHeading(heading(`${i + 1}. ${title}`, 1, { id }), sectionContent[title](id, i + 1));
  });

  const mentor = data.mentorName || MENTOR_FALLBACK;
  return {
    pageSize: PDF_PAGE_SIZES[pageSize],
    pageMargins: MARGINS,
    info: {
      title: charterTitle(data),
      author: mentor,
      subject: `The mentorship agreement between ${mentee.name} and ${mentor}. ${versionLine(version)}.`,
      keywords: ['mentorship', 'charter', mentee.name, `version ${version.version}`, draft ? 'draft' : 'agreed'].join(', '),
      creator: 'Mentor Vault',
      producer: 'Mentor Vault (pdfmake)',
    },
    styles: STYLES,
    defaultStyle: DEFAULT_STYLE,
    pageBreakBefore: keepHeadingsWithNext,
    ...(draft
      ? {
          watermark: { text: 'DRAFT', color: COLORS.draft, opacity: 0.07, bold: true },
          header: () => ({
            text: 'DRAFT: not yet agreed, not for signature',
            color: COLORS.draft,
            bold: true,
            fontSize: 8.5,
            alignment: 'right',
            margin: [MARGINS[0], 28, MARGINS[2], 0],
          }),
        }
      : {}),
    footer: runningFooter(`Mentorship charter · ${mentee.name} · ${versionLine(version)}`),
    content: [...titlePage(data), ...sections],
  };
}
