import { foldVietnamese, foldedWords } from './fold-vietnamese';

/** A run of text, marked when it matches what the learner typed. Rendered as text nodes and <mark>, never HTML. */
export interface TextPart {
  text: string;
  match: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD = /[\p{L}\p{N}]+/gu;

interface Token {
  start: number;
  end: number;
  /** As written, lower-cased: "mã" and "mà" are different words. */
  spelling: string;
  /** As typed without marks: both are "ma". */
  folded: string;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    spelling: m[0].toLowerCase(),
    folded: foldVietnamese(m[0]),
  }));
}

/** Every query word matches a whole word; the last one also the start of a word, as the search does while typing. */
function matcher(words: string[]): (token: Token, word: string) => boolean {
  const last = words[words.length - 1];
  return (token, word) => token.folded === word || (word === last && token.folded.startsWith(word));
}

/** For each typed word, the spellings it is meant as; a word not in the map may be any spelling. */
export type Spellings = Map<string, Set<string>>;

/**
 * The spellings the typed words are meant as, read from texts (a page, or every page found): where the query's words
 * stand side by side ("mã OTP" for "ma otp"), those spellings. A word typed without marks then marks "mã" and not
 * "mà" anywhere. Words never seen side by side keep every spelling.
 */
export function meantSpellings(texts: readonly string[], query: string): Spellings {
  const words = foldedWords(query);
  const matches = matcher(words);
  const meant: Spellings = new Map();
  for (const text of texts) addPairs(meant, tokens(text), words, matches);
  return meant;
}

function addPairs(meant: Spellings, all: Token[], words: string[], matches: ReturnType<typeof matcher>): void {
  for (let i = 0; i + 1 < all.length; i++) {
    for (let k = 0; k + 1 < words.length; k++) {
      const [a, b] = [words[k]!, words[k + 1]!];
      if (!matches(all[i]!, a) || !matches(all[i + 1]!, b)) continue;
      meant.set(a, (meant.get(a) ?? new Set()).add(all[i]!.spelling));
      meant.set(b, (meant.get(b) ?? new Set()).add(all[i + 1]!.spelling));
    }
  }
}

/** Whole words of the text the query words match: [start, end) in the original text, each with its query word. */
function matchRanges(text: string, words: string[], meant: Spellings): { start: number; end: number; word: string }[] {
  const matches = matcher(words);
  return tokens(text).flatMap((token) => {
    const word = words.find((w) => matches(token, w) && (meant.get(w)?.has(token.spelling) ?? true));
    return word === undefined ? [] : [{ start: token.start, end: token.end, word }];
  });
}

/**
 * A text split into parts, with every word the query matches marked ("cong" marks "Công"), in the spellings meant
 * (by default, as the text itself uses the typed words together).
 */
export function highlight(text: string, query: string, meant: Spellings = meantSpellings([text], query)): TextPart[] {
  const parts: TextPart[] = [];
  let cursor = 0;
  for (const { start, end } of matchRanges(text, foldedWords(query), meant)) {
    if (start > cursor) parts.push({ text: text.slice(cursor, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    cursor = end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), match: false });
  return parts;
}

/**
 * A short passage of a page around where most query words meet, cut at word boundaries, highlighted.
 * Falls back to the start of the text when no word is found (a prefix match in another field).
 */
export function snippetOf(text: string, query: string, length = 180, meant: Spellings = meantSpellings([text], query)): TextPart[] {
  const words = foldedWords(query);
  const ranges = matchRanges(text, words, meant);
  let best = 0;
  let bestScore = -1;
  for (const { start } of ranges) {
    const inWindow = ranges.filter((r) => r.start >= start && r.end <= start + length);
    const score = new Set(inWindow.map((r) => r.word)).size;
    if (score > bestScore) [best, bestScore] = [start, score];
  }
  let from = Math.max(0, best - Math.floor(length / 4));
  while (from > 0 && WORD_CHAR.test(text[from - 1] ?? '')) from--;
  let to = Math.min(text.length, from + length);
  while (to < text.length && WORD_CHAR.test(text[to] ?? '')) to++;
  const passage = `${from > 0 ? '… ' : ''}${text.slice(from, to).trim()}${to < text.length ? ' …' : ''}`;
  return highlight(passage, query, meant);
}
