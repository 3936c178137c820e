import { useIntl, type IntlShape } from 'react-intl';
import type { SearchKind } from '../../../shared/search/kinds';
import type { SearchGroup, SearchHit } from '../../../shared/search/schema';
import { ConfidentialBadge } from '../../components/ConfidentialBadge';
import { Highlighted } from '../../components/Highlighted';
import { numberFormat } from '../../i18n/active-locale';
import { formatDate } from '../mentees/format';
import { WORD_SPACE } from '../../i18n/symbols';

/** One row of the listbox: a record, or "show all" of a group that has more than it shows. */
export type ResultItem = { type: 'hit'; hit: SearchHit } | { type: 'all'; kind: SearchKind; total: number; more: boolean };

export const resultId = (listId: string, index: number) => `${listId}-${index}`;

/** Matches of a group as words: "3", "1,000+". */
export const countLabel = (total: number, more: boolean) => `${numberFormat().format(total)}${more ? '+' : ''}`;

/** A kind's name as a group heading ("Private notes"). */
export const kindName = (intl: IntlShape, kind: SearchKind) => intl.formatMessage({ id: `search.kind.${kind}` });

/** The listbox's rows in order; `all` adds a "show all" row to groups that show fewer than they hold. */
export function resultItems(groups: SearchGroup[], withShowAll: boolean): ResultItem[] {
  return groups.flatMap((g): ResultItem[] => [
    ...g.hits.map((hit) => ({ type: 'hit' as const, hit })),
    ...(withShowAll && (g.more || g.total > g.hits.length) ? [{ type: 'all' as const, kind: g.kind, total: g.total, more: g.more }] : []),
  ]);
}

/**
 * Results grouped by kind with their counts, matching words marked. One listbox driven
 * from the search box (aria-activedescendant): arrows move, Enter opens; a click opens too.
 */
export function SearchResults({
  id,
  groups,
  items,
  active,
  onChoose,
  onHover,
}: {
  id: string;
  groups: SearchGroup[];
  items: ResultItem[];
  active: number;
  onChoose(item: ResultItem): void;
  onHover(index: number): void;
}) {
  const intl = useIntl();
  let index = 0;
  const option = (item: ResultItem) => {
    const i = index++;
    return (
      <li
        key={item.type === 'hit' ? `${item.hit.kind}-${item.hit.id}` : `all-${item.kind}`}
        id={resultId(id, i)}
        role="option"
        aria-selected={i === active}
        className={item.type === 'hit' ? 'search-result' : 'search-result search-show-all'}
        onClick={() => onChoose(item)}
        onMouseMove={() => i !== active && onHover(i)}
      >
        {item.type === 'hit' ? <Hit hit={item.hit} /> : intl.formatMessage({ id: 'search.results.showAll' }, { count: countLabel(item.total, item.more), kind: inSentence(intl, kindName(intl, item.kind)) })}
      </li>
    );
  };
  return (
    <div className="search-results" role="listbox" id={id} aria-label={intl.formatMessage({ id: 'search.results.label' })}>
      {groups.map((g) => {
        const rows = items.filter((it) => (it.type === 'hit' ? it.hit.kind : it.kind) === g.kind);
        const headId = `${id}-${g.kind}`;
        return (
          <ul key={g.kind} className="search-group" role="group" aria-labelledby={headId}>
            <li role="presentation" className="search-group-head" id={headId}>
              {kindName(intl, g.kind)}{WORD_SPACE}<span className="search-group-count">{countLabel(g.total, g.more)}</span>
            </li>
            {rows.map(option)}
          </ul>
        );
      })}
    </div>
  );
}

function Hit({ hit }: { hit: SearchHit }) {
  const intl = useIntl();
  return (
    <>
      <div className="search-result-head">
        {hit.confidential && <ConfidentialBadge />}
        <Highlighted className="search-result-title" text={hit.titleMarked || intl.formatMessage({ id: 'search.results.untitled' })} />
        <span className="search-result-meta">
          {intl.formatMessage({ id: 'search.results.meta' }, { mentee: hit.menteeName, date: formatDate(hit.date) })}
        </span>
      </div>
      {hit.snippet && (
        <p className="search-result-snippet">
          <Highlighted text={hit.snippet} />
        </p>
      )}
    </>
  );
}

/** A kind's name inside a sentence: lower case in English ("Show all 7 goals"); German keeps its nouns' capitals. */
export function inSentence(intl: IntlShape, name: string): string {
  return intl.locale.startsWith('de') ? name : name.toLowerCase();
}
