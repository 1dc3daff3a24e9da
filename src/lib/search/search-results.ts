import lunr from 'lunr';
import { adjacentPairs, foldedWords } from './fold-vietnamese';
// Importing the index module registers the folding pipeline function that lunr.Index.load looks up by name.
import { withEmptyPostings, type SerializedSearch, type StoredDocument } from './search-index';

export interface SearchResult {
  document: StoredDocument;
  score: number;
}

export interface LoadedSearch {
  index: lunr.Index;
  documents: StoredDocument[];
}

const WORD_FIELDS = ['title', 'course', 'summary', 'headings', 'text'];
const PAIR_FIELDS = ['pairs'];
/** A syllable pair found in a page counts far more than its syllables apart: "dịch vụ công" is one idea. */
const PAIR_BOOST = 8;

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
  const words = foldedWords(query);
  if (words.length === 0) return [];
  const last = words.at(-1) ?? '';
  const matches = search.index.query((q) => {
    for (const word of words) q.term(word, { fields: WORD_FIELDS });
    // Shorter prefixes expand to hundreds of syllables: slow on a big catalog and no help to the learner.
    if (last.length >= 3) {
      q.term(last, { fields: WORD_FIELDS, wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false, boost: 0.5 });
    }
    for (const pair of adjacentPairs(words)) q.term(pair, { fields: PAIR_FIELDS, boost: PAIR_BOOST });
  });
  return matches.slice(0, limit).flatMap((match) => {
    const document = search.documents[Number(match.ref)];
    return document ? [{ document, score: match.score }] : [];
  });
}
