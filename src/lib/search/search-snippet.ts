import { foldVietnamese, foldedWords } from './fold-vietnamese';

/** A run of text, marked when it matches what the learner typed. Rendered as text nodes and <mark>, never HTML. */
export interface TextPart {
  text: string;
  match: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Folds a text character by character, remembering where each folded character came from in the original. */
function foldWithPositions(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = foldVietnamese(char);
    folded += piece;
    for (let i = 0; i < piece.length; i++) origin.push(index);
    index += char.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

/** Whole words of the text that start like a query word: [start, end) in the original text. */
function matchRanges(text: string, words: string[]): [number, number][] {
  const { folded, origin } = foldWithPositions(text);
  const ranges: [number, number][] = [];
  for (const word of new Set(words)) {
    let at = folded.indexOf(word);
    while (at >= 0) {
      if (at === 0 || !WORD_CHAR.test(folded[at - 1] ?? '')) {
        let end = at + word.length;
        while (end < folded.length && WORD_CHAR.test(folded[end] ?? '')) end++;
        ranges.push([origin[at] ?? 0, origin[end] ?? text.length]);
      }
      at = folded.indexOf(word, at + 1);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  return ranges.filter((range, i) => i === 0 || range[0] >= (ranges[i - 1]?.[1] ?? 0));
}

/** A text split into parts, with every word that starts like a query word marked ("cong" marks "Công"). */
export function highlight(text: string, query: string): TextPart[] {
  const parts: TextPart[] = [];
  let cursor = 0;
  for (const [start, end] of matchRanges(text, foldedWords(query))) {
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
export function snippetOf(text: string, query: string, length = 180): TextPart[] {
  const words = foldedWords(query);
  const ranges = matchRanges(text, words);
  const { folded, origin } = foldWithPositions(text);
  let best = 0;
  let bestScore = -1;
  for (const [start] of ranges) {
    const window = folded.slice(origin.indexOf(start), origin.indexOf(start) + length);
    const score = words.filter((word) => window.includes(word)).length;
    if (score > bestScore) [best, bestScore] = [start, score];
  }
  let from = Math.max(0, best - Math.floor(length / 4));
  while (from > 0 && WORD_CHAR.test(text[from - 1] ?? '')) from--;
  let to = Math.min(text.length, from + length);
  while (to < text.length && WORD_CHAR.test(text[to] ?? '')) to++;
  const passage = `${from > 0 ? '… ' : ''}${text.slice(from, to).trim()}${to < text.length ? ' …' : ''}`;
  return highlight(passage, query);
}
