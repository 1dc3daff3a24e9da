import lunr from 'lunr';
import { adjacentPairs, foldVietnamese, foldedWords } from './fold-vietnamese';
import type { Lang } from '../routes';

/** One page a learner can find: a course or a module, in the words of one language. */
export interface SearchDocument {
  url: string;
  title: string;
  /** Title of the course the page belongs to (the course itself for a course page). */
  course: string;
  summary: string;
  headings: string[];
  /** Plain text of the page body; empty for a course page. */
  text: string;
}

/** What a result shows: enough to draw title, course and a snippet without fetching the page. */
export interface StoredDocument {
  url: string;
  title: string;
  course: string;
  /** Summary then body text, where snippets are cut from. */
  text: string;
}

/** The file the site serves per language: a serialized lunr index and the documents its refs point to. */
export interface SerializedSearch {
  lang: Lang;
  index: object;
  documents: StoredDocument[];
}

/** Field weights: a word in a title says more about a page than the same word in its text. */
export const SEARCH_FIELDS = {
  title: 10,
  course: 2,
  summary: 4,
  headings: 4,
  text: 1,
  /** Adjacent syllable pairs of title, course, summary and headings: where a page says what it is about. */
  pairs: 20,
} as const;
export type SearchField = keyof typeof SEARCH_FIELDS;

/** Words are folded before they reach lunr; folding again in the pipeline keeps any other token path consistent. */
const foldToken: lunr.PipelineFunction = (token) => token.update((text) => foldVietnamese(text));
lunr.Pipeline.registerFunction(foldToken, 'foldVietnamese');

/** lunr's trimmer, stop words and stemmer are English-only; the trimmer even cuts "số" to "s". */
export function configurePipelines(builder: lunr.Builder, lang: Lang): void {
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.pipeline.add(foldToken);
  builder.searchPipeline.add(foldToken);
  if (lang === 'en') {
    builder.pipeline.add(lunr.stemmer);
    builder.searchPipeline.add(lunr.stemmer);
  }
}

/** The per-language search file, built once at build time. */
export function buildSearchIndex(lang: Lang, documents: SearchDocument[]): SerializedSearch {
  const index = lunr(function () {
    configurePipelines(this, lang);
    this.ref('ref');
    for (const [field, boost] of Object.entries(SEARCH_FIELDS)) this.field(field, { boost });
    documents.forEach((doc, ref) => {
      const head = [doc.title, doc.course, doc.summary, ...doc.headings];
      this.add({
        ref: String(ref),
        title: foldedWords(doc.title),
        course: foldedWords(doc.course),
        summary: foldedWords(doc.summary),
        headings: doc.headings.flatMap(foldedWords),
        text: foldedWords(doc.text),
        pairs: head.flatMap((part) => adjacentPairs(foldedWords(part))),
      });
    });
  });
  return {
    lang,
    index: withoutEmptyPostings(index.toJSON()),
    documents: documents.map((doc) => ({
      url: doc.url,
      title: doc.title,
      course: doc.course,
      text: [doc.summary, doc.text].filter(Boolean).join(' '),
    })),
  };
}

type Postings = Record<string, Record<string, object> | number>;
type IndexJson = { invertedIndex: [string, Postings][]; fields: string[] } & Record<string, unknown>;

/** lunr writes every field for every term, mostly `{}`; leaving them out halves the file a phone downloads. */
export function withoutEmptyPostings(json: object): object {
  const index = json as IndexJson;
  const invertedIndex = index.invertedIndex.map(([term, postings]): [string, Postings] => [
    term,
    Object.fromEntries(Object.entries(postings).filter(([, docs]) => typeof docs === 'number' || Object.keys(docs).length > 0)),
  ]);
  return { ...index, invertedIndex };
}

/** The index as lunr reads it: every field present for every term again. */
export function withEmptyPostings(json: object): object {
  const index = json as IndexJson;
  const empty = Object.fromEntries(index.fields.map((field) => [field, {}]));
  const invertedIndex = index.invertedIndex.map(([term, postings]): [string, Postings] => [term, { ...empty, ...postings }]);
  return { ...index, invertedIndex };
}
