/**
 * Whitespace-separated words per minute for a slow, careful reader. In Vietnamese each word here is one
 * syllable; 150 a minute is the pace of an older reader or one new to reading on a screen.
 */
export const WORDS_PER_MINUTE = 150;

/** The words a reader reads in an MDX body: component tags, imports, markup and URLs do not count. */
export function countWords(mdxBody: string): number {
  const text = mdxBody
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/^\s*\d+[.)]\s/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[#>*_`|[\]{}-]+/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
