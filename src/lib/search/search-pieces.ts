import { SEARCH_FIELDS, type SearchField, type SerializedSearch, type StoredDocument } from './search-index';
import type { Lang } from '../routes';

/**
 * The search index of a language cut into pieces a phone downloads one at a time. One lunr index is built for the
 * whole language, then cut, so every piece scores pages exactly as the whole index would:
 * - term chunks (terms in alphabetical runs, with their postings): a query fetches only the chunks of its words;
 * - one file per page (title, course, text for the snippet): fetched for the results shown;
 * - one shard per course (its pages' postings and texts): saved with the course for offline use;
 * - the catalog file: where each chunk starts, and the courses.
 */

/** Postings of one term: per field (SEARCH_FIELDS order), refs as deltas and weights, flattened; 0 for none. */
export type TermPostings = [term: string, ...fields: (number[] | 0)[]];

/** What any piece adds to a search: postings, and the documents it carries (course shards do). */
export interface SearchPiece {
  terms: TermPostings[];
  documents?: Record<string, StoredDocument>;
}

export interface SearchCourse {
  slug: string;
  title: string;
  /** Refs of the course's pages: [first, last]. */
  refs: [number, number];
}

export interface SearchCatalog {
  lang: Lang;
  /** Changes with every index: chunk and page files live under it, so files of two builds never mix. */
  version: string;
  /** The first term of each chunk, in order: a term is in the last chunk starting at or before it. */
  chunks: string[];
  courses: SearchCourse[];
}

export interface CourseShard extends SearchPiece {
  version: string;
  course: string;
  documents: Record<string, StoredDocument>;
}

export interface SearchFiles {
  catalog: SearchCatalog;
  chunks: SearchPiece[];
  documents: StoredDocument[];
  shards: CourseShard[];
}

export const FIELD_ORDER = Object.keys(SEARCH_FIELDS) as SearchField[];
/** About this many characters of JSON per chunk: small enough that a query's few words fetch little. */
const CHUNK_CHARS = 6_000;

type Postings = Record<string, Record<string, object> | number>;
type IndexJson = { invertedIndex: [string, Postings][]; fieldVectors: [string, number[]][] };

/** Three significant digits: ranks stay as the full-precision index gives them, files shrink by a third. */
const round = (weight: number) => Number(weight.toPrecision(3));

/** A term's postings restricted to refs `keep` accepts, in the compact form. */
function compact(term: string, postings: Postings, weights: Map<string, number>, keep: (ref: number) => boolean): TermPostings | undefined {
  const fields = FIELD_ORDER.map((field): number[] | 0 => {
    const refs = Object.keys((postings[field] as Record<string, object> | undefined) ?? {})
      .map(Number)
      .filter(keep)
      .sort((a, b) => a - b);
    if (refs.length === 0) return 0;
    return refs.flatMap((ref, i) => [ref - (refs[i - 1] ?? 0), round(weights.get(`${field}/${ref}/${postings._index}`) ?? 0)]);
  });
  while (fields.at(-1) === 0) fields.pop();
  return fields.length > 0 ? [term, ...fields] : undefined;
}

function compactAll(index: IndexJson, weights: Map<string, number>, keep: (ref: number) => boolean): TermPostings[] {
  return index.invertedIndex.flatMap(([term, postings]) => {
    const posting = compact(term, postings, weights, keep);
    return posting ? [posting] : [];
  });
}

/** A short stable hash of a text (FNV-1a), enough to tell two builds apart. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** Cuts the whole index of a language into its files. `courses` follow the order of the documents. */
export function splitSearch(search: SerializedSearch, courses: { slug: string; title: string; documents: number }[]): SearchFiles {
  const index = search.index as IndexJson;
  const weights = new Map<string, number>();
  for (const [fieldRef, elements] of index.fieldVectors) {
    for (let i = 0; i < elements.length; i += 2) weights.set(`${fieldRef}/${elements[i]}`, elements[i + 1] ?? 0);
  }
  const allTerms = compactAll(index, weights, () => true);

  const chunks: SearchPiece[] = [];
  let size = 0;
  for (const posting of allTerms) {
    const length = JSON.stringify(posting).length;
    const current = chunks.at(-1);
    if (!current || size + length > CHUNK_CHARS) {
      chunks.push({ terms: [posting] });
      size = length;
    } else {
      current.terms.push(posting);
      size += length;
    }
  }

  const version = hashOf(JSON.stringify(allTerms) + JSON.stringify(search.documents));
  let first = 0;
  const searchCourses = courses.map(({ slug, title, documents }): SearchCourse => {
    const refs: [number, number] = [first, first + documents - 1];
    first += documents;
    return { slug, title, refs };
  });
  const shards = searchCourses.map(({ slug, refs: [from, to] }): CourseShard => {
    const keep = (ref: number) => ref >= from && ref <= to;
    return {
      version,
      course: slug,
      terms: compactAll(index, weights, keep),
      documents: Object.fromEntries(search.documents.slice(from, to + 1).map((doc, i) => [String(from + i), doc])),
    };
  });
  return {
    catalog: { lang: search.lang, version, chunks: chunks.map((chunk) => chunk.terms[0]?.[0] ?? ''), courses: searchCourses },
    chunks,
    documents: search.documents,
    shards,
  };
}

/** Paths of a language's search files, under `/search-index/<lang>/`. */
export const searchFilePaths = {
  catalog: (lang: Lang) => `/search-index/${lang}/catalog.json`,
  shard: (lang: Lang, course: string) => `/search-index/${lang}/${course}.json`,
  chunk: (catalog: SearchCatalog, n: number) => `/search-index/${catalog.lang}/${catalog.version}/terms-${n}.json`,
  document: (catalog: SearchCatalog, ref: number) => `/search-index/${catalog.lang}/${catalog.version}/page-${ref}.json`,
};
