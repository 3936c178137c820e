import { diffArrays, diffWordsWithSpace } from 'diff';
import { CHARTER_FIELD_LABELS } from '../../../shared/charter/defaults';
import type {
  CharterComparison,
  CharterFieldChange,
  CharterVersion,
  ListItemChange,
  TextPart,
} from '../../../shared/charter/schema';

/** Word-level difference of two texts (jsdiff; spaces kept, so the parts rebuild both texts exactly). */
function textParts(from: string, to: string): TextPart[] {
  return diffWordsWithSpace(from, to).map((c) => ({ value: c.value, added: c.added, removed: c.removed }));
}

function text(field: string, from: string, to: string): CharterFieldChange {
  return { field, label: CHARTER_FIELD_LABELS[field] ?? field, kind: 'text', changed: from !== to, from, to, parts: textParts(from, to) };
}

function value(field: string, from: string | number | boolean | null, to: string | number | boolean | null): CharterFieldChange {
  return { field, label: CHARTER_FIELD_LABELS[field] ?? field, kind: 'value', changed: from !== to, from, to };
}

/**
 * An ordered list (responsibilities, topics, escalation steps): a removed run followed
 * by an added run is paired item by item as "changed", so an edited line reads as one.
 */
function orderedList(field: string, from: string[], to: string[]): CharterFieldChange {
  const items: ListItemChange[] = [];
  const changes = diffArrays(from, to);
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    const next = changes[i + 1];
    if (change.removed && next?.added) {
      const pairs = Math.min(change.value.length, next.value.length);
      for (let k = 0; k < pairs; k++) {
        const a = change.value[k]!;
        const b = next.value[k]!;
        items.push({ status: 'changed', from: a, to: b, parts: textParts(a, b) });
      }
      change.value.slice(pairs).forEach((a) => items.push({ status: 'removed', from: a, to: null }));
      next.value.slice(pairs).forEach((b) => items.push({ status: 'added', from: null, to: b }));
      i++;
    } else {
      const status = change.added ? 'added' : change.removed ? 'removed' : 'unchanged';
      for (const item of change.value) {
        items.push({ status, from: status === 'added' ? null : item, to: status === 'removed' ? null : item });
      }
    }
  }
  return list(field, items);
}

/** A list keyed by name (glossary terms, channels): same key with another text = changed. */
function keyedList<T>(field: string, from: T[], to: T[], key: (item: T) => string, show: (item: T) => string): CharterFieldChange {
  const before = new Map(from.map((item) => [key(item).toLowerCase(), item]));
  const seen = new Set<string>();
  const items: ListItemChange[] = [];
  for (const item of to) {
    const k = key(item).toLowerCase();
    seen.add(k);
    const old = before.get(k);
    if (!old) items.push({ status: 'added', from: null, to: show(item) });
    else if (show(old) === show(item)) items.push({ status: 'unchanged', from: show(old), to: show(item) });
    else items.push({ status: 'changed', from: show(old), to: show(item), parts: textParts(show(old), show(item)) });
  }
  for (const item of from) {
    if (!seen.has(key(item).toLowerCase())) items.push({ status: 'removed', from: show(item), to: null });
  }
  return list(field, items);
}

function list(field: string, items: ListItemChange[]): CharterFieldChange {
  return { field, label: CHARTER_FIELD_LABELS[field] ?? field, kind: 'list', changed: items.some((i) => i.status !== 'unchanged'), items };
}

export function compareVersions(from: CharterVersion, to: CharterVersion): CharterComparison {
  const a = from.body;
  const b = to.body;
  const fields: CharterFieldChange[] = [
    text('purpose', a.purpose, b.purpose),
    orderedList('roles.mentor', a.roles.mentor, b.roles.mentor),
    orderedList('roles.mentee', a.roles.mentee, b.roles.mentee),
    value('meetingRhythm.frequency', a.meetingRhythm.frequency, b.meetingRhythm.frequency),
    value('meetingRhythm.lengthMinutes', a.meetingRhythm.lengthMinutes, b.meetingRhythm.lengthMinutes),
    value('meetingRhythm.format', a.meetingRhythm.format, b.meetingRhythm.format),
    orderedList('meetingRhythm.topics', a.meetingRhythm.topics, b.meetingRhythm.topics),
    keyedList(
      'communication.channels',
      a.communication.channels,
      b.communication.channels,
      (c) => c.channel,
      (c) => (c.expectedResponse ? `${c.channel}: ${c.expectedResponse}` : c.channel),
    ),
    text('confidentiality', a.confidentiality, b.confidentiality),
    orderedList(
      'escalation',
      a.escalation.map((s) => `${s.step} (${s.who})`),
      b.escalation.map((s) => `${s.step} (${s.who})`),
    ),
    value('reviewRhythm.formalEveryWeeks', a.reviewRhythm.formalEveryWeeks, b.reviewRhythm.formalEveryWeeks),
    value('reviewRhythm.afterMajorMilestones', a.reviewRhythm.afterMajorMilestones, b.reviewRhythm.afterMajorMilestones),
    value('reviewRhythm.informalEveryWeeks', a.reviewRhythm.informalEveryWeeks, b.reviewRhythm.informalEveryWeeks),
    orderedList('progressPerQuarter', a.progressPerQuarter, b.progressPerQuarter),
    value('pilot.startDate', a.pilot.startDate, b.pilot.startDate),
    value('pilot.weeks', a.pilot.weeks, b.pilot.weeks),
    value('pilotReviewDate', from.pilotReviewDate, to.pilotReviewDate),
    keyedList('glossary', a.glossary, b.glossary, (g) => g.term, (g) => `${g.term}: ${g.meaning}`),
  ];
  return { from, to, fields, changedCount: fields.filter((f) => f.changed).length };
}
