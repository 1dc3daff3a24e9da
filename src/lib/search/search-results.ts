import lunr from 'lunr';
import { adjacentPairs, foldedWords } from './fold-vietnamese';
// Importing the index module registers the folding pipeline function that lunr.Index.load looks up by name.
import { withEmptyPostings, type SearchField, type SerializedSearch, type StoredDocument } from './search-index';

export interface SearchResult {
  document: StoredDocument;
  score: number;
}

export interface LoadedSearch {
  index: lunr.Index;
  documents: StoredDocument[];
}

/** One lookup of a query: a term in some fields, with its weight; a prefix clause matches every term it starts. */
export interface QueryClause {
  term: string;
  fields: SearchField[];
  boost: number;
  prefix: boolean;
}

const WORD_FIELDS: SearchField[] = ['title', 'course', 'summary', 'headings', 'text'];
const PAIR_FIELDS: SearchField[] = ['pairs'];
/** A syllable pair found in a page counts far more than its syllables apart: "dịch vụ công" is one idea. */
const PAIR_BOOST = 8;

/**
 * What a query looks up: every word; the last one also as a prefix, so results come while the learner is still
 * typing; and every pair of adjacent words. Prefix terms are as typed; the others go through the index's pipeline.
 */
export function queryClauses(query: string): QueryClause[] {
  const words = foldedWords(query);
  const last = words.at(-1) ?? '';
  return [
    ...words.map((term) => ({ term, fields: WORD_FIELDS, boost: 1, prefix: false })),
    // Shorter prefixes expand to hundreds of syllables: slow on a big catalog and no help to the learner.
    ...(last.length >= 3 ? [{ term: last, fields: WORD_FIELDS, boost: 0.5, prefix: true }] : []),
    ...adjacentPairs(words).map((term) => ({ term, fields: PAIR_FIELDS, boost: PAIR_BOOST, prefix: false })),
  ];
}

/** The search file as fetched, ready to answer queries. */
export function loadSearch(serialized: SerializedSearch): LoadedSearch {
  return { index: lunr.Index.load(withEmptyPostings(serialized.index)), documents: serialized.documents };
}

/**
 * Pages for what a learner typed, best first. Every word counts; the last one also matches as a prefix,
 * so results come while the learner is still typing. Built as lunr clauses, not lunr query syntax,
 * so ":", "-", "+" or "*" in what a learner types cannot break the search.
 */
export function rankResults(search: LoadedSearch, query: string, limit = 10): SearchResult[] {
  const clauses = queryClauses(query);
  if (clauses.length === 0) return [];
  const matches = search.index.query((q) => {
    for (const { term, fields, boost, prefix } of clauses) {
      q.term(term, prefix ? { fields, boost, wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false } : { fields, boost });
    }
  });
  return matches.slice(0, limit).flatMap((match) => {
    const document = search.documents[Number(match.ref)];
    return document ? [{ document, score: match.score }] : [];
  });
}
