import { fillTemplate } from '../../lib/fill-template';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Lang } from '../../lib/routes';
import type { SearchResult } from '../../lib/search/search-results';
import { highlight, meantSpellings, snippetOf, type TextPart } from '../../lib/search/search-snippet';
import type { SearchAnswer } from './search-client';

interface Props {
  lang: Lang;
  labels: Record<'label' | 'placeholder' | 'submit' | 'loading' | 'error' | 'count' | 'none' | 'suggest' | 'results' | 'course' | 'unsearched', string>;
  /** Every course: offered when nothing is found, and named when it could not be searched offline. */
  courses: { slug: string; title: string; url: string }[];
}

type IndexState = 'idle' | 'loading' | 'ready' | 'error';
type Client = ReturnType<typeof import('./search-client')['searchClient']>;

function Highlighted({ parts }: { parts: TextPart[] }) {
  return <>{parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}</>;
}

export default function SearchBox({ lang, labels, courses }: Props) {
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<SearchAnswer & { query: string }>({ query: '', results: [], unsearched: [] });
  const [state, setState] = useState<IndexState>('idle');
  const client = useRef<Promise<Client> | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);

  /** The search code and its catalog load on the first focus or keystroke, never before: most page views never search. */
  const loadClient = (): Promise<Client> => {
    client.current ??= import('./search-client').then(({ searchClient }) => {
      const created = searchClient(lang, courses);
      created.prepare();
      return created;
    });
    client.current.catch(() => {
      client.current = null;
      setState('error');
    });
    return client.current;
  };
  const loadIndex = () => void loadClient();

  // A query from the header's search form (`?q=`), or typed before this island woke up, is a search already started.
  useEffect(() => {
    const initial = input.current?.value || new URLSearchParams(window.location.search).get('q');
    if (initial) {
      setQuery(initial);
      loadIndex();
    }
  }, []);

  // Each query is answered in turn; an answer to an older query than the one on screen is dropped.
  const latest = useRef('');
  useEffect(() => {
    latest.current = query;
    if (!query.trim()) return;
    setState((current) => (current === 'ready' ? current : 'loading'));
    loadClient()
      .then((created) => created.search(query))
      .then((found) => {
        if (latest.current !== query) return;
        setAnswer({ query, ...found });
        setState('ready');
      })
      .catch(() => setState('error'));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query]);
  // The last answer stays on screen while the next one loads.
  const results: SearchResult[] = query.trim() ? answer.results : [];
  // "ma otp": the pages found that say "mã OTP" tell every result to mark "mã", not "mà".
  const meant = useMemo(() => meantSpellings(results.flatMap(({ document }) => [document.title, document.text]), answer.query), [results, answer.query]);

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
  const answered = state === 'ready' && typed && answer.query === query;
  const status =
    state === 'error' ? labels.error
    : answered ? (results.length ? fillTemplate(labels.count, { n: results.length }) : fillTemplate(labels.none, { q: query.trim() }))
    : typed ? labels.loading
    : '';
  const unsearched = answered && answer.unsearched.length > 0 ? fillTemplate(labels.unsearched, { courses: answer.unsearched.join(', ') }) : '';

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
      {unsearched && <p className="search-box__unsearched">{unsearched}</p>}
      {results.length > 0 && (
        <ol ref={list} className="search-box__results" aria-label={labels.results} data-query={answer.query} onKeyDown={onResultKey}>
          {results.map(({ document }) => (
            <li key={document.url}>
              <a href={document.url}><Highlighted parts={highlight(document.title, answer.query, meant)} /></a>
              <p className="muted">{labels.course}: {document.course}</p>
              <p><Highlighted parts={snippetOf(document.text, answer.query, 180, meant)} /></p>
            </li>
          ))}
        </ol>
      )}
      {answered && results.length === 0 && (
        <div className="search-box__suggestions">
          <p>{labels.suggest}</p>
          <ul>
            {courses.map((course) => <li key={course.url}><a href={course.url}>{course.title}</a></li>)}
          </ul>
        </div>
      )}
    </div>
  );
}
