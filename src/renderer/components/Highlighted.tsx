import { splitMarked } from '../../shared/notes/marks';

/**
 * Text from the vault's search with the matching words marked (\u0002…\u0003, see
 * shared/notes/marks.ts), rendered as text nodes and <mark> elements: never as HTML.
 */
export function Highlighted({ text, className }: { text: string; className?: string }) {
  return (
    <span className={className}>
      {splitMarked(text).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}
    </span>
  );
}
