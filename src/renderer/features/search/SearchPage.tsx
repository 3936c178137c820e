import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { MAX_SEARCH_QUERY } from '../../../shared/notes/schema';
import { SEARCH_KINDS, type SearchKind } from '../../../shared/search/kinds';
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
import { inSentence, kindName, resultId, resultItems, SearchResults, type ResultItem } from './SearchResults';
import { ShortcutLabel } from './SearchLauncher';
import { takeHeldKeys } from './typed-ahead';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SEPARATOR } from '../../i18n/symbols';
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
  const intl = useIntl();
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
            <h1>
              <FormattedMessage id="search.page.title" />
            </h1>
          </div>
          <p>
            <FormattedMessage id="search.page.intro" values={{ badge: <ConfidentialBadge />, shortcut: (
                  <kbd>
                    <ShortcutLabel />
                  </kbd>
                ) }} />
          </p>
        </div>
      </header>
      <div className="card stack">
        <div className="search-form" role="search">
          <Field label={intl.formatMessage({ id: 'search.form.query' })} className="search-query" hint={<SyntaxHint />}>
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
                placeholder={intl.formatMessage({ id: 'search.form.placeholder' })}
                value={text}
                maxLength={MAX_SEARCH_QUERY}
                onChange={(e) => setText(e.target.value)}
                onKeyDown={onKeyDown}
                {...control}
              />
            )}
          </Field>
          <SelectField
            label={intl.formatMessage({ id: 'search.form.kind' })}
            value={kind ?? ''}
            onChange={(e) => setParam('kind', e.target.value)}
            options={[{ value: '', label: intl.formatMessage({ id: 'search.form.everything' }) }, ...SEARCH_KINDS.map((k) => ({ value: k, label: kindName(intl, k) }))]}
          />
          <MenteeSelect label={intl.formatMessage({ id: 'search.form.mentee' })} emptyLabel={intl.formatMessage({ id: 'search.form.allMentees' })} value={mentee} onChange={(e) => setParam('mentee', e.target.value)} />
          <SelectField
            label={intl.formatMessage({ id: 'search.form.tag' })}
            hint={notesOnly ? intl.formatMessage({ id: 'search.form.tagHint' }) : undefined}
            value={tag}
            onChange={(e) => setParam('tag', e.target.value)}
            options={[{ value: '', label: intl.formatMessage({ id: 'search.form.anyTag' }) }, ...(tags.data ?? []).map((t) => ({ value: t.tag, label: intl.formatMessage({ id: 'search.form.tagOption' }, { tag: t.tag, count: t.count }) })), ...(tag && !tags.data?.some((t) => t.tag === tag) ? [{ value: tag, label: tag }] : [])]}
          />
          <TextField label={intl.formatMessage({ id: 'search.form.from' })} type="date" value={from} max={to || undefined} onChange={(e) => setParam('from', e.target.value)} />
          <TextField
            label={intl.formatMessage({ id: 'search.form.to' })}
            type="date"
            value={to}
            min={from || undefined}
            error={rangeWrong ? intl.formatMessage({ id: 'search.form.rangeWrong' }) : undefined}
            onChange={(e) => setParam('to', e.target.value)}
          />
        </div>
      </div>
      <Outcome query={query} typing={text.trim() !== query} search={search} groups={groups} kind={kind} onAllKinds={() => setParam('kind', '')} />
      {/* A new list for each answer; the previous one stays on screen until the next answer comes. */}
      {showList && <SearchResults key={answerKey(search.data)} id={listId} groups={groups} items={items} active={activeIndex} onChoose={choose} onHover={setActive} />}
      {search.hasNextPage && (
        <Button className="search-more" busy={search.isFetchingNextPage} onClick={() => void search.fetchNextPage()}>
          <FormattedMessage id="search.more" />
        </Button>
      )}
    </div>
  );
}

function SyntaxHint() {
  return (
    <p className="search-syntax">
      <FormattedMessage id="search.form.syntax" values={{ code: (words: ReactNode[]) => <code>{words}</code> }} />
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
  const intl = useIntl();
  if (query === '') {
    return (
      <EmptyState title={intl.formatMessage({ id: 'search.empty.title' })}>
        <FormattedMessage id="search.empty.text" />
      </EmptyState>
    );
  }
  if (search.error) {
    return <ErrorBanner>{intl.formatMessage({ id: 'search.failed' }, { problem: errorMessage(search.error) })}</ErrorBanner>;
  }
  if (search.isPending) {
    return (
      <p className="search-status" role="status">
        <FormattedMessage id="search.searching" />
      </p>
    );
  }
  if (groups.length === 0) {
    return (
      <EmptyState title={intl.formatMessage({ id: 'search.none.title' })}>
        <FormattedMessage id="search.none.text" values={{ narrowed: kind ? 'yes' : 'no' }} />
      </EmptyState>
    );
  }
  const total = groups.reduce((n, g) => n + g.total, 0);
  const more = groups.some((g) => g.more);
  const shown = groups.reduce((n, g) => n + g.hits.length, 0);
  return (
    <p className="search-status" role="status">
      {intl.formatMessage(
        { id: 'search.status' },
        {
          total,
          more: more ? 'yes' : 'no',
          scope: kind ? 'kind' : groups.length > 1 ? 'kinds' : 'none',
          kind: kind ? inSentence(intl, kindName(intl, kind)) : '',
          kinds: groups.length,
          partial: shown < total ? 'yes' : 'no',
          shown,
        },
      )}
      {typing || search.isFetching ? intl.formatMessage({ id: 'search.status.updating' }) : null}
      {kind && (
        <>
          {SEPARATOR}
          <button type="button" className="link-button" onClick={onAllKinds}>
            <FormattedMessage id="search.status.everyKind" />
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
