import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { MAX_SEARCH_QUERY } from '../../../shared/notes/schema';
import { KIND_LABEL, SEARCH_KINDS, type SearchKind } from '../../../shared/search/kinds';
import type { SearchGroup, SearchResults as Results } from '../../../shared/search/schema';
import { call, errorMessage, type BridgeCallError } from '../../bridge/client';
import { useVaultQuery, vaultQueryKey } from '../../bridge/hooks';
import { Button } from '../../components/Button';
import { ConfidentialBadge } from '../../components/ConfidentialBadge';
import { EmptyState } from '../../components/EmptyState';
import { Field, SelectField, TextField } from '../../components/Field';
import { MenteeSelect } from '../../components/MenteeSelect';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { recordPath } from './record-path';
import { countLabel, resultId, resultItems, SearchResults, type ResultItem } from './SearchResults';
import { SEARCH_SHORTCUT_LABEL } from './SearchLauncher';
import { takeHeldKeys } from './typed-ahead';
import { ErrorBanner } from '../../components/ErrorBanner';
import '../notes/notes.css';
import './search.css';

const PAGE = 50;
/** Short enough to feel immediate, long enough that a word typed at speed asks once. */
const DEBOUNCE_MS = 150;

/**
 * Search across everything written in the vault (its full-text indexes), as the mentor
 * types: grouped by kind, each group's best matches first; one kind, one mentee, or the
 * private notes' tag and dates narrow it. The search lives in the address
 * (?q=&kind=&mentee=&tag=&from=&to=) so Back from an opened record returns to the same results.
 */
export default function SearchPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [text, setText] = useState(params.get('q') ?? '');
  const query = useDebouncedValue(text.trim().slice(0, MAX_SEARCH_QUERY), DEBOUNCE_MS);
  const kindParam = params.get('kind') ?? '';
  const kind = (SEARCH_KINDS as readonly string[]).includes(kindParam) ? (kindParam as SearchKind) : undefined;
  const mentee = params.get('mentee') ?? '';
  const tag = params.get('tag') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const rangeWrong = from !== '' && to !== '' && from > to;
  const notesOnly = tag !== '' || from !== '' || to !== '';

  // Opened from the shortcut or the menu (a new location each time): the box takes the focus
  // with its words selected, or with what was typed since the shortcut (typed-ahead.ts), put
  // in the box itself before the next key arrives. The page's own address changes do not count.
  const ownChange = useRef(false);
  useLayoutEffect(() => {
    if (ownChange.current) {
      ownChange.current = false;
      return;
    }
    const box = inputRef.current;
    const typed = takeHeldKeys();
    if (!box) return;
    box.focus();
    if (typed) {
      box.value = typed;
      box.setSelectionRange(typed.length, typed.length);
      // The state follows the box's own value, set above so the next key lands after it.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setText(typed);
    } else box.select();
  }, [location.key]);

  const setParam = (name: string, value: string) => {
    ownChange.current = true;
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  };
  useEffect(() => {
    if ((params.get('q') ?? '') !== query) setParam('q', query);
    // Only the settled words go to the address; the other filters are written as they change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query]);

  const input = {
    query,
    tags: tag ? [tag] : [],
    ...(kind ? { kind } : {}),
    ...(mentee ? { menteeId: Number(mentee) } : {}),
    ...(from && !rangeWrong ? { dateFrom: from } : {}),
    ...(to && !rangeWrong ? { dateTo: to } : {}),
  };
  // One kind pages through its matches; all kinds show each kind's best few.
  const search = useInfiniteQuery<Results, BridgeCallError>({
    queryKey: vaultQueryKey('search.everything', input),
    queryFn: ({ pageParam }) => call('search.everything', { ...input, offset: pageParam as number, limit: kind ? PAGE : 5 }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const group = last.groups[0];
      if (!kind || !group) return undefined;
      const loaded = pages.reduce((n, p) => n + (p.groups[0]?.hits.length ?? 0), 0);
      return loaded < group.total ? loaded : undefined;
    },
    enabled: query !== '',
    // Records change on other screens: a search shown again asks again. The last results
    // stay on screen while the next ones come, so the list does not flash as one types.
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
  const tags = useVaultQuery('notes.tags', mentee ? { menteeId: Number(mentee) } : {});
  const groups: SearchGroup[] = query ? mergePages(search.data?.pages ?? []) : [];
  const items = resultItems(groups, !kind);

  const [active, setActive] = useState(0);
  const [lastQueryKey, setLastQueryKey] = useState('');
  const queryKey = JSON.stringify(input);
  if (queryKey !== lastQueryKey) {
    setLastQueryKey(queryKey);
    setActive(0);
  }
  const activeIndex = Math.min(active, Math.max(0, items.length - 1));

  const choose = (item: ResultItem) => {
    if (item.type === 'hit') void navigate(recordPath(item.hit));
    else setParam('kind', item.kind);
  };
  function moveTo(index: number) {
    const next = Math.max(0, Math.min(items.length - 1, index));
    setActive(next);
    document.getElementById(resultId(listId, next))?.scrollIntoView?.({ block: 'nearest' });
  }
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(activeIndex + 1),
      ArrowUp: () => moveTo(activeIndex - 1),
      PageDown: () => moveTo(activeIndex + 5),
      PageUp: () => moveTo(activeIndex - 5),
      Enter: () => {
        const item = items[activeIndex];
        if (item) choose(item);
      },
    };
    const action = keys[event.key];
    if (action && (items.length > 0 || event.key === 'Enter')) {
      event.preventDefault();
      action();
    }
  }

  const showList = items.length > 0;
  return (
    <div className="page search-page">
      <header className="page-header">
        <div>
          <div className="title-with-badge">
            <h1>Search</h1>
          </div>
          <p>
            Searches everything you wrote, inside the encrypted vault: private notes, meetings, decisions, goals and milestones, charters,
            practice debriefs, learning resources, evidence and escalation titles. Confidential results are marked <ConfidentialBadge />.
            Open this page from anywhere with <kbd>{SEARCH_SHORTCUT_LABEL}</kbd>.
          </p>
        </div>
      </header>
      <div className="card stack">
        <div className="search-form" role="search">
          <Field label="Search for" className="search-query" hint={<SyntaxHint />}>
            {(control) => (
              <input
                ref={inputRef}
                className="input"
                type="search"
                role="combobox"
                aria-expanded={showList}
                aria-controls={listId}
                aria-autocomplete="list"
                aria-activedescendant={showList ? resultId(listId, activeIndex) : undefined}
                autoComplete="off"
                spellCheck={false}
                placeholder="Start typing: words, &quot;a phrase&quot;"
                value={text}
                maxLength={MAX_SEARCH_QUERY}
                onChange={(e) => setText(e.target.value)}
                onKeyDown={onKeyDown}
                {...control}
              />
            )}
          </Field>
          <SelectField
            label="Kind"
            value={kind ?? ''}
            onChange={(e) => setParam('kind', e.target.value)}
            options={[{ value: '', label: 'Everything' }, ...SEARCH_KINDS.map((k) => ({ value: k, label: KIND_LABEL[k].many }))]}
          />
          <MenteeSelect label="Mentee" emptyLabel="All mentees" value={mentee} onChange={(e) => setParam('mentee', e.target.value)} />
          <SelectField
            label="Note tag"
            hint={notesOnly ? 'Tag and dates narrow private notes: only notes are searched' : undefined}
            value={tag}
            onChange={(e) => setParam('tag', e.target.value)}
            options={[{ value: '', label: 'Any tag' }, ...(tags.data ?? []).map((t) => ({ value: t.tag, label: `${t.tag} (${t.count})` })), ...(tag && !tags.data?.some((t) => t.tag === tag) ? [{ value: tag, label: tag }] : [])]}
          />
          <TextField label="Notes from" type="date" value={from} max={to || undefined} onChange={(e) => setParam('from', e.target.value)} />
          <TextField
            label="Notes to"
            type="date"
            value={to}
            min={from || undefined}
            error={rangeWrong ? '"From" must not be after "To"' : undefined}
            onChange={(e) => setParam('to', e.target.value)}
          />
        </div>
      </div>
      <Outcome query={query} typing={text.trim() !== query} search={search} groups={groups} kind={kind} onAllKinds={() => setParam('kind', '')} />
      {/* A new list for each answer; the previous one stays on screen until the next answer comes. */}
      {showList && <SearchResults key={answerKey(search.data)} id={listId} groups={groups} items={items} active={activeIndex} onChoose={choose} onHover={setActive} />}
      {search.hasNextPage && (
        <Button className="search-more" busy={search.isFetchingNextPage} onClick={() => void search.fetchNextPage()}>
          Show more results
        </Button>
      )}
    </div>
  );
}

function SyntaxHint() {
  return (
    <p className="search-syntax">
      Results come as you type; each word finds words starting with it (<code>impost</code> finds “imposter”) and all must match.{' '}
      <code>"next step"</code> finds a phrase, <code>OR</code> either word, <code>-word</code> leaves out records with it. ↑ ↓ choose a result, Enter
      opens it.
    </p>
  );
}

function Outcome({
  query,
  typing,
  search,
  groups,
  kind,
  onAllKinds,
}: {
  query: string;
  typing: boolean;
  search: { isPending: boolean; isFetching: boolean; error: BridgeCallError | null };
  groups: SearchGroup[];
  kind: SearchKind | undefined;
  onAllKinds(): void;
}) {
  if (query === '') {
    return (
      <EmptyState title="Type to search everything you wrote">
        Results are grouped by kind, best match first, with the matching words highlighted. Only this vault is searched; nothing leaves this computer.
      </EmptyState>
    );
  }
  if (search.error) {
    return <ErrorBanner>The search could not run: {errorMessage(search.error)}</ErrorBanner>;
  }
  if (search.isPending) {
    return (
      <p className="search-status" role="status">
        Searching…
      </p>
    );
  }
  if (groups.length === 0) {
    return (
      <EmptyState title="Nothing matches">
        Try fewer or shorter words{kind ? ', another kind,' : ''} or clear the mentee, tag and date filters.
      </EmptyState>
    );
  }
  const total = groups.reduce((n, g) => n + g.total, 0);
  const more = groups.some((g) => g.more);
  const shown = groups.reduce((n, g) => n + g.hits.length, 0);
  return (
    <p className="search-status" role="status">
      {countLabel(total, more)} {total === 1 && !more ? 'match' : 'matches'}
      {kind ? ` in ${KIND_LABEL[kind].many.toLowerCase()}` : groups.length > 1 ? ` in ${groups.length} kinds` : ''}
      {shown < total ? ` (showing ${shown})` : ''}, best match first{more ? '; add words to narrow' : ''}
      {typing || search.isFetching ? ' · updating…' : ''}
      {kind && (
        <>
          {' · '}
          <button type="button" className="link-button" onClick={onAllKinds}>
            Show every kind
          </button>
        </>
      )}
    </p>
  );
}

const answerKeys = new WeakMap<object, number>();
let answers = 0;
/** A number per answer object, so each answer gets its own list element. */
function answerKey(answer: object | undefined): number {
  if (!answer) return 0;
  if (!answerKeys.has(answer)) answerKeys.set(answer, ++answers);
  return answerKeys.get(answer)!;
}

/** Pages of one kind joined into one group; all kinds come in one page. */
function mergePages(pages: Results[]): SearchGroup[] {
  if (pages.length <= 1) return pages[0]?.groups ?? [];
  const [first, ...rest] = pages;
  return first!.groups.map((g) => ({ ...g, hits: [...g.hits, ...rest.flatMap((p) => p.groups.find((x) => x.kind === g.kind)?.hits ?? [])] }));
}
