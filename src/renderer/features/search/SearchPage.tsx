import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { MAX_SEARCH_QUERY, type NoteSearchHit } from '../../../shared/notes/schema';
import { call, errorMessage, type BridgeCallError } from '../../bridge/client';
import { useVaultQuery, vaultQueryKey } from '../../bridge/queries';
import { Button } from '../../components/Button';
import { ConfidentialBadge } from '../../components/ConfidentialBadge';
import { EmptyState } from '../../components/EmptyState';
import { Field, SelectField, TextField } from '../../components/Field';
import { MenteeSelect } from '../../components/MenteeSelect';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { notePath } from '../notes/paths';
import { resultId, SearchResults } from './SearchResults';
import { SEARCH_SHORTCUT_LABEL } from './SearchLauncher';
import { ErrorBanner } from '../../components/ErrorBanner';
import '../notes/notes.css';
import './search.css';

const PAGE = 50;

/**
 * Full-text search of the private notes (the vault's FTS5 index): across all mentees or
 * one, filtered by tag and dates. The search lives in the address (?q=&mentee=&tag=&from=&to=)
 * so Back from an opened note returns to the same results.
 */
export default function SearchPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [text, setText] = useState(params.get('q') ?? '');
  const query = useDebouncedValue(text.trim().slice(0, MAX_SEARCH_QUERY), 250);
  const mentee = params.get('mentee') ?? '';
  const tag = params.get('tag') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const rangeWrong = from !== '' && to !== '' && from > to;

  // Opened from the shortcut or the menu (a new location each time): the box takes the focus
  // with its words selected. The page's own changes to the address (typing) do not count.
  const ownChange = useRef(false);
  useEffect(() => {
    if (ownChange.current) {
      ownChange.current = false;
      return;
    }
    inputRef.current?.focus();
    inputRef.current?.select();
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
    ...(mentee ? { menteeId: Number(mentee) } : {}),
    ...(from && !rangeWrong ? { dateFrom: from } : {}),
    ...(to && !rangeWrong ? { dateTo: to } : {}),
  };
  const search = useInfiniteQuery<{ rows: NoteSearchHit[]; total: number }, BridgeCallError>({
    queryKey: vaultQueryKey('notes.search', input),
    queryFn: ({ pageParam }) => call('notes.search', { ...input, offset: pageParam as number, limit: PAGE }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.rows.length, 0);
      return loaded < last.total ? loaded : undefined;
    },
    enabled: query !== '',
  });
  const tags = useVaultQuery('notes.tags', mentee ? { menteeId: Number(mentee) } : {});
  const hits = query ? (search.data?.pages.flatMap((p) => p.rows) ?? []) : [];
  const total = search.data?.pages[0]?.total ?? 0;

  const [active, setActive] = useState(0);
  const [lastQueryKey, setLastQueryKey] = useState('');
  const queryKey = JSON.stringify(input);
  if (queryKey !== lastQueryKey) {
    setLastQueryKey(queryKey);
    setActive(0);
  }
  const activeIndex = Math.min(active, Math.max(0, hits.length - 1));

  const open = (hit: NoteSearchHit) => void navigate(notePath(hit.id));
  function moveTo(index: number) {
    const next = Math.max(0, Math.min(hits.length - 1, index));
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
        const hit = hits[activeIndex];
        if (hit) open(hit);
      },
    };
    const action = keys[event.key];
    if (action && (hits.length > 0 || event.key === 'Enter')) {
      event.preventDefault();
      action();
    }
  }

  const showList = hits.length > 0;
  return (
    <div className="page search-page">
      <header className="page-header">
        <div>
          <div className="title-with-badge">
            <h1>Search notes</h1>
            <ConfidentialBadge />
          </div>
          <p>
            Searches your private notes inside the encrypted vault. Open this page from anywhere with <kbd>{SEARCH_SHORTCUT_LABEL}</kbd>.
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
                placeholder="Words, prefix*, &quot;a phrase&quot;"
                value={text}
                maxLength={MAX_SEARCH_QUERY}
                onChange={(e) => setText(e.target.value)}
                onKeyDown={onKeyDown}
                {...control}
              />
            )}
          </Field>
          <MenteeSelect label="Mentee" emptyLabel="All mentees" value={mentee} onChange={(e) => setParam('mentee', e.target.value)} />
          <SelectField
            label="Tag"
            value={tag}
            onChange={(e) => setParam('tag', e.target.value)}
            options={[{ value: '', label: 'Any tag' }, ...(tags.data ?? []).map((t) => ({ value: t.tag, label: `${t.tag} (${t.count})` })), ...(tag && !tags.data?.some((t) => t.tag === tag) ? [{ value: tag, label: tag }] : [])]}
          />
          <TextField label="From" type="date" value={from} max={to || undefined} onChange={(e) => setParam('from', e.target.value)} />
          <TextField
            label="To"
            type="date"
            value={to}
            min={from || undefined}
            error={rangeWrong ? '"From" must not be after "To"' : undefined}
            onChange={(e) => setParam('to', e.target.value)}
          />
        </div>
      </div>
      <Outcome query={query} typing={text.trim() !== query} search={search} total={total} count={hits.length} />
      {showList && <SearchResults id={listId} hits={hits} active={activeIndex} onOpen={open} onHover={setActive} />}
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
      All words must match. <code>plan*</code> finds words starting with “plan”, <code>"next step"</code> a phrase, <code>OR</code> either
      word, <code>-word</code> leaves out notes with it. ↑ ↓ choose a result, Enter opens it.
    </p>
  );
}

function Outcome({
  query,
  typing,
  search,
  total,
  count,
}: {
  query: string;
  typing: boolean;
  search: { isPending: boolean; isFetching: boolean; error: BridgeCallError | null };
  total: number;
  count: number;
}) {
  if (query === '') {
    return (
      <EmptyState title="Type to search your notes">
        Results are ranked, best match first, with the matching words highlighted. Only this vault is searched; nothing leaves this computer.
      </EmptyState>
    );
  }
  if (search.error) {
    return (
      <ErrorBanner>
        The search could not run: {errorMessage(search.error)}
      </ErrorBanner>
    );
  }
  if (search.isPending) {
    return (
      <p className="search-status" role="status">
        Searching…
      </p>
    );
  }
  if (total === 0) {
    return (
      <EmptyState title="No notes match">
        Try fewer words, a prefix such as <code>feedb*</code>, or clear the mentee, tag and date filters.
      </EmptyState>
    );
  }
  return (
    <p className="search-status" role="status">
      {total === 1 ? '1 note matches' : `${total} notes match`}
      {count < total ? ` (showing ${count})` : ''}, best match first{typing || search.isFetching ? ' · updating…' : ''}
    </p>
  );
}
