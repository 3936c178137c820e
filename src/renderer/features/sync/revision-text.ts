/**
 * A kept text as the mentor reads it. List fields (a charter's roles, topics, channels,
 * escalation steps, glossary) are stored as JSON: each entry on a line of its own, an
 * entry of several parts ("Chat", "Same working day") with a dash between them. Anything
 * else, or JSON that is no list, is shown as it is.
 */
export function readableRevisionText(value: string): string {
  if (!value.startsWith('[')) return value;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return value;
  }
  if (!Array.isArray(parsed)) return value;
  const line = (entry: unknown): string =>
    entry !== null && typeof entry === 'object' ? Object.values(entry).map(line).filter((part) => part !== '').join(' – ') : String(entry ?? '');
  return parsed.map((entry) => `• ${line(entry)}`).join('\n');
}
