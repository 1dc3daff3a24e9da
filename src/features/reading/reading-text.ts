import { splitSentences } from '../../lib/reading/read-aloud';

/** A sentence on the page, as a DOM range so it can be highlighted while it is read. */
export interface PageSentence {
  text: string;
  range: Range;
}

const BLOCKS = 'h2, h3, p, li, figcaption, dt, dd';

function isReadable(block: HTMLElement): boolean {
  if (block.closest('[data-trainer-note], details:not([open]), [hidden]')) return false;
  if (block.querySelector(BLOCKS)) return false;
  return block.offsetParent !== null;
}

/** The sentences a learner sees in `root`, in reading order; trainer notes and closed answers are skipped. */
export function pageSentences(root: HTMLElement, lang: string): PageSentence[] {
  return [...root.querySelectorAll<HTMLElement>(BLOCKS)].filter(isReadable).flatMap((block) => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const starts: number[] = [];
    let text = '';
    for (const node of nodes) {
      starts.push(text.length);
      text += node.data;
    }
    const locate = (offset: number, isEnd: boolean): [Text, number] => {
      for (let i = nodes.length - 1; i >= 0; i--) {
        const start = starts[i]!;
        if (offset > start || (offset === start && !isEnd)) return [nodes[i]!, offset - start];
      }
      return [nodes[0]!, 0];
    };
    return splitSentences(text, lang).map((sentence) => {
      const range = document.createRange();
      range.setStart(...locate(sentence.start, false));
      range.setEnd(...locate(sentence.end, true));
      return { text: sentence.text, range };
    });
  });
}
