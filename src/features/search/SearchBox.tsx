import { fillTemplate } from '../../lib/fill-template';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SerializedSearch } from '../../lib/search/search-index';
import { loadSearch, rankResults, type LoadedSearch } from '../../lib/search/search-results';
import { highlight, meantSpellings, snippetOf, type TextPart } from '../../lib/search/search-snippet';

interface Props {
  /** Fetched on the first focus or keystroke, never before: most page views never search. */
  indexUrl: string;
  labels: Record<'label' | 'placeholder' | 'submit' | 'loading' | 'error' | 'count' | 'none' | 'suggest' | 'results' | 'course', string>;
  /** Courses to offer when nothing is found. */
  suggestions: { title: string; url: string }[];
}

type IndexState = 'idle' | 'loading' | 'ready' | 'error';

function Highlighted({ parts }: { parts: TextPart[] }) {
  return <>{parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}</>;
}

export default function SearchBox({ indexUrl, labels, suggestions }: Props) {
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<LoadedSearch | null>(null);
  const [state, setState] = useState<IndexState>('idle');
  const loading = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);

  const loadIndex = () => {
    if (loading.current) return;
    loading.current = true;
    setState('loading');
    fetch(indexUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${indexUrl}: ${response.status}`);
        return response.json() as Promise<SerializedSearch>;
      })
      .then((serialized) => {
        setSearch(loadSearch(serialized));
        setState('ready');
      })
      .catch(() => {
        loading.current = false;
        setState('error');
      });
  };

  // A query from the header's search form (`?q=`), or typed before this island woke up, is a search already started.
  useEffect(() => {
    const initial = input.current?.value || new URLSearchParams(window.location.search).get('q');
    if (initial) {
      setQuery(initial);
      loadIndex();
    }
  }, []);

  const results = useMemo(() => (search && query.trim() ? rankResults(search, query) : []), [search, query]);
  // "ma otp": the pages found that say "mã OTP" tell every result to mark "mã", not "mà".
  const meant = useMemo(() => meantSpellings(results.flatMap(({ document }) => [document.title, document.text]), query), [results, query]);

  const onQuery = (value: string) => {
    setQuery(value);
    loadIndex();
    const url = new URL(window.location.href);
    if (value.trim()) url.searchParams.set('q', value);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
  };

  const links = () => [...(list.current?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
  const onInputKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && results.length > 0) {
      event.preventDefault();
      links()[0]?.focus();
    }
  };
  const onResultKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const all = links();
    const at = all.indexOf(event.target as HTMLAnchorElement);
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.current?.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  };

  const typed = query.trim() !== '';
  const status =
    state === 'loading' && typed ? labels.loading
    : state === 'error' ? labels.error
    : state === 'ready' && typed ? (results.length ? fillTemplate(labels.count, { n: results.length }) : fillTemplate(labels.none, { q: query.trim() }))
    : '';

  return (
    <div className="search-box">
      <form className="search-box__form" role="search" onSubmit={(event) => { event.preventDefault(); links()[0]?.focus(); }}>
        <label htmlFor="search-box-input" className="visually-hidden">{labels.label}</label>
        <input
          ref={input}
          id="search-box-input"
          className="search-box__input"
          type="search"
          name="q"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          placeholder={labels.placeholder}
          value={query}
          onFocus={loadIndex}
          onChange={(event) => onQuery(event.target.value)}
          onKeyDown={onInputKey}
        />
        <button type="submit" className="button">{labels.submit}</button>
      </form>
      <p role="status" className="search-box__status">{status}</p>
      {results.length > 0 && (
        <ol ref={list} className="search-box__results" aria-label={labels.results} data-query={query} onKeyDown={onResultKey}>
          {results.map(({ document }) => (
            <li key={document.url}>
              <a href={document.url}><Highlighted parts={highlight(document.title, query, meant)} /></a>
              <p className="muted">{labels.course}: {document.course}</p>
              <p><Highlighted parts={snippetOf(document.text, query, 180, meant)} /></p>
            </li>
          ))}
        </ol>
      )}
      {state === 'ready' && typed && results.length === 0 && (
        <div className="search-box__suggestions">
          <p>{labels.suggest}</p>
          <ul>
            {suggestions.map((course) => <li key={course.url}><a href={course.url}>{course.title}</a></li>)}
          </ul>
        </div>
      )}
    </div>
  );
}
