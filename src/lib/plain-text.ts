/** Readable text of an MDX module body, for search: no imports, tags or Markdown marks; callout titles kept. */
export function mdxToPlainText(body: string): string {
  return body
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<\/?[A-Za-z][^>]*?>/g, (tag) => {
      const title = /\stitle="([^"]*)"/.exec(tag)?.[1];
      return title ? ` ${title}. ` : ' ';
    })
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/(\*\*|__|\*|`)/g, '')
    // Underscores mark emphasis only at word edges; inside a word (a file name) they are text.
    .replace(/(^|[^\p{L}\p{N}])_|_(?=[^\p{L}\p{N}]|$)/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The section headings (##, ###) of an MDX module body, as plain text. */
export function headingsOf(body: string): string[] {
  return [...body.matchAll(/^#{2,3}\s+(.+?)\s*#*$/gm)].map((match) => mdxToPlainText(match[1] ?? ''));
}
