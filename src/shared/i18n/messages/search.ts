import type { SearchKind } from '../../search/kinds';
import type { SourceMessages, Translation } from '../define';

/** The search page and the search button of the sidebar. */
export const en = {
  'search.launcher.open': { message: 'Search…', description: 'Button in the sidebar that opens the search page.' },
  'search.page.title': { message: 'Search', description: 'Title of the search page.' },
  'search.page.intro': {
    message:
      'Searches everything you wrote, inside the encrypted vault: private notes, meetings, decisions, goals and milestones, charters, practice debriefs, learning resources, evidence and escalation titles. Confidential results are marked {badge}. Open this page from anywhere with {shortcut}.',
    description: 'Subtitle of the search page; badge is the Confidential badge, shortcut the key combination (Ctrl+K).',
  },
  'search.form.query': { message: 'Search for', description: 'Label of the search box.' },
  'search.form.placeholder': { message: 'Start typing: words, "a phrase"', description: 'Placeholder of the search box.' },
  'search.form.syntax': {
    message:
      'Results come as you type; each word finds words starting with it (<code>impost</code> finds “imposter”) and all must match. <code>"next step"</code> finds a phrase, <code>OR</code> either word, <code>-word</code> leaves out records with it. ↑ ↓ choose a result, Enter opens it.',
    description: 'Hint under the search box on the search syntax; keep OR as it is (the search understands only OR); the examples in <code> may be words of your language.',
  },
  'search.form.kind': { message: 'Kind', description: 'Label of the choice of what kind of record to search.' },
  'search.form.everything': { message: 'Everything', description: 'Option of the kind choice: every kind of record.' },
  'search.form.mentee': { message: 'Mentee', description: 'Label of the choice of mentee to search in.' },
  'search.form.allMentees': { message: 'All mentees', description: 'Option of the mentee choice: every mentee.' },
  'search.form.tag': { message: 'Note tag', description: 'Label of the choice of a private note tag.' },
  'search.form.tagHint': { message: 'Tag and dates narrow private notes: only notes are searched', description: 'Hint when a tag or dates are chosen.' },
  'search.form.anyTag': { message: 'Any tag', description: 'Option of the tag choice: no tag.' },
  'search.form.tagOption': { message: '{tag} ({count, number})', description: 'One tag in the tag choice with the number of notes that have it.' },
  'search.form.from': { message: 'Notes from', description: 'Label of the earliest date of private notes searched.' },
  'search.form.to': { message: 'Notes to', description: 'Label of the latest date of private notes searched.' },
  'search.form.rangeWrong': { message: '"From" must not be after "To"', description: 'Error when the from date is after the to date.' },
  'search.more': { message: 'Show more results', description: 'Button under the results: loads the next ones.' },
  'search.empty.title': { message: 'Type to search everything you wrote', description: 'Title before anything is typed.' },
  'search.empty.text': {
    message: 'Results are grouped by kind, best match first, with the matching words highlighted. Only this vault is searched; nothing leaves this computer.',
    description: 'Text before anything is typed.',
  },
  'search.failed': { message: 'The search could not run: {problem}', description: 'Error when the search failed; problem is the reason.' },
  'search.searching': { message: 'Searching…', description: 'Shown while the search runs.' },
  'search.none.title': { message: 'Nothing matches', description: 'Title when nothing was found.' },
  'search.none.text': {
    message: '{narrowed, select, yes {Try fewer or shorter words, another kind, or clear the mentee, tag and date filters.} other {Try fewer or shorter words or clear the mentee, tag and date filters.}}',
    description: 'Advice when nothing was found; narrowed is yes when one kind is chosen.',
  },
  'search.status': {
    message:
      '{more, select, yes {{total, number}+ matches} other {{total, plural, one {# match} other {# matches}}}}{scope, select, kind { in {kind}} kinds { in {kinds, number} kinds} other {}}{partial, select, yes { (showing {shown, number})} other {}}, best match first{more, select, yes {; add words to narrow} other {}}',
    description: 'How many records match; scope is kind (one kind chosen, its name in kind), kinds (several kinds) or none; partial is yes when not all are shown; more is yes when there are more than counted.',
  },
  'search.status.updating': { message: ' · updating…', description: 'After the count while newer results come; keep the dot and its spaces.' },
  'search.status.everyKind': { message: 'Show every kind', description: 'Link after the count: search every kind again.' },
  'search.results.label': { message: 'Search results', description: 'Accessible name of the list of results.' },
  'search.results.showAll': { message: 'Show all {count} {kind}', description: 'Row under a group: show all its results; count may end in + (1,000+); kind is the group name, in lower case in English.' },
  'search.results.untitled': { message: 'Untitled', description: 'Title of a result that has none.' },
  'search.results.meta': { message: '{mentee} · {date}', description: 'Under a result: the mentee and the date.' },
  'search.kind.note': { message: 'Private notes', description: 'Name of a kind of search result.' },
  'search.kind.meeting': { message: 'Meetings', description: 'Name of a kind of search result.' },
  'search.kind.decision': { message: 'Decisions', description: 'Name of a kind of search result.' },
  'search.kind.goal': { message: 'Goals', description: 'Name of a kind of search result.' },
  'search.kind.milestone': { message: 'Milestones', description: 'Name of a kind of search result.' },
  'search.kind.charter': { message: 'Charter versions', description: 'Name of a kind of search result.' },
  'search.kind.debrief': { message: 'Practice debriefs', description: 'Name of a kind of search result.' },
  'search.kind.resource': { message: 'Learning resources', description: 'Name of a kind of search result.' },
  'search.kind.evidence': { message: 'Evidence', description: 'Name of a kind of search result.' },
  'search.kind.escalation': { message: 'Escalations', description: 'Name of a kind of search result.' },
} satisfies SourceMessages & Record<`search.kind.${SearchKind}`, unknown>;

export const de: Translation<typeof en> = {
  'search.launcher.open': 'Suchen …',
  'search.page.title': 'Suche',
  'search.page.intro':
    'Durchsucht alles, was Sie geschrieben haben, im verschlüsselten Tresor: private Notizen, Treffen, Entscheidungen, Ziele und Meilensteine, Vereinbarungen, Übungsnachbesprechungen, Lernressourcen, Nachweise und Titel von Eskalationen. Vertrauliche Treffer sind mit {badge} gekennzeichnet. Öffnen Sie diese Seite von überall mit {shortcut}.',
  'search.form.query': 'Suchen nach',
  'search.form.placeholder': 'Einfach tippen: Wörter, „eine Wortgruppe“',
  'search.form.syntax':
    'Treffer erscheinen beim Tippen; jedes Wort findet Wörter, die damit beginnen (<code>hochstap</code> findet „Hochstapler“), und alle müssen passen. <code>"nächster Schritt"</code> findet eine Wortgruppe, <code>OR</code> eines von zwei Wörtern, <code>-wort</code> schließt Einträge damit aus. Mit ↑ ↓ wählen Sie einen Treffer, Enter öffnet ihn.',
  'search.form.kind': 'Art',
  'search.form.everything': 'Alles',
  'search.form.mentee': 'Mentee',
  'search.form.allMentees': 'Alle Mentees',
  'search.form.tag': 'Schlagwort der Notiz',
  'search.form.tagHint': 'Schlagwort und Datum grenzen private Notizen ein: Es werden nur Notizen durchsucht',
  'search.form.anyTag': 'Beliebiges Schlagwort',
  'search.form.tagOption': '{tag} ({count, number})',
  'search.form.from': 'Notizen vom',
  'search.form.to': 'Notizen bis',
  'search.form.rangeWrong': '„Vom“ darf nicht nach „Bis“ liegen',
  'search.more': 'Weitere Treffer anzeigen',
  'search.empty.title': 'Tippen Sie, um alles zu durchsuchen, was Sie geschrieben haben',
  'search.empty.text':
    'Die Treffer sind nach Art gruppiert, der beste zuerst, die passenden Wörter hervorgehoben. Durchsucht wird nur dieser Tresor; nichts verlässt diesen Computer.',
  'search.failed': 'Die Suche konnte nicht ausgeführt werden: {problem}',
  'search.searching': 'Suche läuft …',
  'search.none.title': 'Keine Treffer',
  'search.none.text':
    '{narrowed, select, yes {Versuchen Sie weniger oder kürzere Wörter, eine andere Art, oder entfernen Sie die Filter für Mentee, Schlagwort und Datum.} other {Versuchen Sie weniger oder kürzere Wörter, oder entfernen Sie die Filter für Mentee, Schlagwort und Datum.}}',
  'search.status':
    '{more, select, yes {{total, number}+ Treffer} other {{total, plural, one {# Treffer} other {# Treffer}}}}{scope, select, kind { unter „{kind}“} kinds { in {kinds, number} Arten} other {}}{partial, select, yes { ({shown, number} angezeigt)} other {}}, der beste zuerst{more, select, yes {; weitere Wörter grenzen ein} other {}}',
  'search.status.updating': ' · wird aktualisiert …',
  'search.status.everyKind': 'Alle Arten anzeigen',
  'search.results.label': 'Suchergebnisse',
  'search.results.showAll': 'Alle {count} anzeigen: {kind}',
  'search.results.untitled': 'Ohne Titel',
  'search.results.meta': '{mentee} · {date}',
  'search.kind.note': 'Private Notizen',
  'search.kind.meeting': 'Treffen',
  'search.kind.decision': 'Entscheidungen',
  'search.kind.goal': 'Ziele',
  'search.kind.milestone': 'Meilensteine',
  'search.kind.charter': 'Vereinbarungsversionen',
  'search.kind.debrief': 'Übungsnachbesprechungen',
  'search.kind.resource': 'Lernressourcen',
  'search.kind.evidence': 'Nachweise',
  'search.kind.escalation': 'Eskalationen',
};
