import type { NoteSearchHit } from '../../../shared/notes/schema';
import { ConfidentialBadge } from '../../components/ConfidentialBadge';
import { Highlighted } from '../../components/Highlighted';
import { formatDate } from '../mentees/format';

export const resultId = (listId: string, index: number) => `${listId}-${index}`;

/**
 * Ranked notes with their matching words marked. A listbox driven from the search box
 * (aria-activedescendant): arrows move, Enter opens; a click opens too.
 */
export function SearchResults({
  id,
  hits,
  active,
  onOpen,
  onHover,
}: {
  id: string;
  hits: NoteSearchHit[];
  active: number;
  onOpen(hit: NoteSearchHit): void;
  onHover(index: number): void;
}) {
  return (
    <ul className="search-results" role="listbox" id={id} aria-label="Matching notes">
      {hits.map((hit, i) => (
        <li
          key={hit.id}
          id={resultId(id, i)}
          role="option"
          aria-selected={i === active}
          className="search-result"
          onClick={() => onOpen(hit)}
          onMouseMove={() => i !== active && onHover(i)}
        >
          <div className="search-result-head">
            <ConfidentialBadge />
            <Highlighted className="search-result-title" text={hit.titleMarked || 'Untitled'} />
            <span className="search-result-meta">
              {hit.menteeName} · {formatDate(hit.createdAt)}
            </span>
          </div>
          {hit.snippet && (
            <p className="search-result-snippet">
              <Highlighted text={hit.snippet} />
            </p>
          )}
          {hit.tags.length > 0 && <span className="search-result-tags">{hit.tags.map((t) => `#${t}`).join(' ')}</span>}
        </li>
      ))}
    </ul>
  );
}
