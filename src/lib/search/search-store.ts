import lunr from 'lunr';
import { FIELD_ORDER, type SearchCatalog, type SearchPiece } from './search-pieces';
import type { SearchField, StoredDocument } from './search-index';
import { queryClauses, type SearchResult } from './search-results';
import type { Lang } from '../routes';

const FIELD_NUMBER = new Map(FIELD_ORDER.map((field, n) => [field, n]));

interface FieldPostings {
  refs: number[];
  weights: number[];
}

/** Postings of one term and field from two pieces (a chunk and a course shard overlap): each page once. */
function merged(old: FieldPostings | undefined, added: FieldPostings): FieldPostings {
  if (!old) return added;
  const byRef = new Map(old.refs.map((ref, i) => [ref, old.weights[i] ?? 0]));
  added.refs.forEach((ref, i) => byRef.set(ref, added.weights[i] ?? 0));
  const refs = [...byRef.keys()].sort((a, b) => a - b);
  return { refs, weights: refs.map((ref) => byRef.get(ref) ?? 0) };
}

/** lunr's search pipeline of a language, as buildSearchIndex configures it: folding is done, English is stemmed. */
function pipelined(lang: Lang, term: string): string {
  return lang === 'en' ? String(lunr.stemmer(new lunr.Token(term, {}))) : term;
}

/**
 * The pieces of a language's index fetched so far. Every piece comes from the same whole-language lunr index, whose
 * builder weighed each term in each field of each page (BM25, field boosts); a page is scored here with lunr's own
 * formula over those weights, so it ranks as in the whole index whichever pieces are loaded, as long as the chunks
 * of the query's terms are (chunksOfQuery). Scoring the postings directly, not through a lunr.Index rebuilt from
 * them, keeps a query within a few milliseconds on a 1,000-module catalog.
 */
export class SearchStore {
  /** term → per field number: the pages that have it, and its weight in each. */
  private readonly postings = new Map<string, (FieldPostings | undefined)[]>();
  private readonly documents = new Map<number, StoredDocument>();
  private sorted: string[] | undefined;
  private maxRef = 0;

  constructor(readonly lang: Lang) {}

  add(piece: SearchPiece): void {
    for (const posting of piece.terms) {
      const term = posting[0];
      let byField = this.postings.get(term);
      if (!byField) this.postings.set(term, (byField = []));
      for (let field = 0; field < posting.length - 1; field++) {
        const flat = posting[field + 1] as number[] | 0;
        if (!flat) continue;
        const refs: number[] = [];
        const weights: number[] = [];
        for (let i = 0, ref = 0; i < flat.length; i += 2) {
          ref += flat[i] ?? 0;
          refs.push(ref);
          weights.push(flat[i + 1] ?? 0);
          if (ref > this.maxRef) this.maxRef = ref;
        }
        byField[field] = merged(byField[field], { refs, weights });
      }
    }
    for (const [ref, document] of Object.entries(piece.documents ?? {})) this.documents.set(Number(ref), document);
    this.sorted = undefined;
  }

  addDocument(ref: number, document: StoredDocument): void {
    this.documents.set(ref, document);
  }

  document(ref: number): StoredDocument | undefined {
    return this.documents.get(ref);
  }

  /** Loaded terms that start with `prefix`, the term itself included. */
  private termsStartingWith(prefix: string): string[] {
    const sorted = (this.sorted ??= [...this.postings.keys()].sort());
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((sorted[mid] ?? '') < prefix) low = mid + 1;
      else high = mid;
    }
    const found: string[] = [];
    for (let i = low; i < sorted.length && (sorted[i] ?? '').startsWith(prefix); i++) found.push(sorted[i] ?? '');
    return found;
  }

  /**
   * Refs of the best pages for a query, best first, whether or not their documents are loaded yet. lunr's scoring:
   * per field, the query vector (each clause's boost on each of its terms) dotted with the page's field vector,
   * divided by the query vector's length; a page's score is the sum over the fields it matched.
   */
  rank(query: string, limit = 10): { ref: number; score: number }[] {
    const queryVectors = new Map<number, Map<string, number>>();
    for (const clause of queryClauses(query)) {
      const terms = clause.prefix ? this.termsStartingWith(clause.term) : [pipelined(this.lang, clause.term)].filter((t) => this.postings.has(t));
      for (const term of terms) {
        for (const field of clause.fields as SearchField[]) {
          const f = FIELD_NUMBER.get(field) ?? 0;
          let vector = queryVectors.get(f);
          if (!vector) queryVectors.set(f, (vector = new Map()));
          vector.set(term, (vector.get(term) ?? 0) + clause.boost);
        }
      }
    }
    const scores = new Float64Array(this.maxRef + 1);
    const matched = new Uint8Array(this.maxRef + 1);
    for (const [f, vector] of queryVectors) {
      let squares = 0;
      for (const value of vector.values()) squares += value * value;
      const length = Math.sqrt(squares);
      for (const [term, value] of vector) {
        const postings = this.postings.get(term)?.[f];
        if (!postings) continue;
        const factor = value / length;
        for (let i = 0; i < postings.refs.length; i++) {
          const ref = postings.refs[i] ?? 0;
          scores[ref] = (scores[ref] ?? 0) + factor * (postings.weights[i] ?? 0);
          matched[ref] = 1;
        }
      }
    }
    const found: { ref: number; score: number }[] = [];
    matched.forEach((hit, ref) => hit && found.push({ ref, score: scores[ref] ?? 0 }));
    return found.sort((a, b) => b.score - a.score || a.ref - b.ref).slice(0, limit);
  }

  /** The best pages whose documents are loaded. */
  results(query: string, limit = 10): SearchResult[] {
    return this.rank(query, limit).flatMap(({ ref, score }) => {
      const document = this.documents.get(ref);
      return document ? [{ document, score }] : [];
    });
  }
}

/** The terms of the index a query looks up, as the index spells them, and the prefix of its last word. */
export function termsOfQuery(lang: Lang, query: string): { terms: string[]; prefix?: string } {
  const clauses = queryClauses(query);
  const terms = clauses.filter((clause) => !clause.prefix).map((clause) => pipelined(lang, clause.term));
  const prefix = clauses.find((clause) => clause.prefix)?.term;
  return { terms: [...new Set(terms)], ...(prefix && { prefix }) };
}

/** Which chunk holds a term: the last one that starts at or before it. */
function chunkOf(catalog: SearchCatalog, term: string): number {
  let low = 0;
  let high = catalog.chunks.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((catalog.chunks[mid] ?? '') <= term) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The chunks a query needs, in order. */
export function chunksOfQuery(catalog: SearchCatalog, query: string): number[] {
  const { terms, prefix } = termsOfQuery(catalog.lang, query);
  const chunks = new Set(terms.map((term) => chunkOf(catalog, term)));
  if (prefix) {
    for (let n = chunkOf(catalog, prefix), last = chunkOf(catalog, `${prefix}\uffff`); n <= last; n++) chunks.add(n);
  }
  return [...chunks].sort((a, b) => a - b);
}
