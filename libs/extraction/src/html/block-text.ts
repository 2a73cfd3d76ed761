import { BLOCK_TAGS, CELL_TAGS } from './block-tags';
import { isBoilerplate } from './boilerplate';
import { walk, type HtmlElement, type HtmlNode } from './dom';
import { LineWriter } from './line-writer';

/**
 * The visible text under `roots`, one block (paragraph, heading, list item,
 * quote paragraph) per line; `<br>` ends a line; furniture is skipped (see
 * `isBoilerplate`), and so are lines that are mostly link text and the element
 * in `skip` (the headline, returned as the title).
 */
export function blockText(roots: readonly HtmlNode[], skip: HtmlElement | null, insideArticle: boolean): string {
  const writer = new LineWriter();
  let linkDepth = 0;
  let articleDepth = insideArticle ? 1 : 0;
  walk(roots, {
    enter(element) {
      if (element === skip || isBoilerplate(element, articleDepth > 0)) return false;
      const tag = element.name;
      if (tag === 'article') articleDepth++;
      if (tag === 'a') linkDepth++;
      if (tag === 'br' || BLOCK_TAGS.has(tag)) writer.endLine();
      else if (CELL_TAGS.has(tag)) writer.addSpace();
      return true;
    },
    leave(element) {
      const tag = element.name;
      if (tag === 'article') articleDepth--;
      if (tag === 'a') linkDepth--;
      if (BLOCK_TAGS.has(tag)) writer.endLine();
      else if (CELL_TAGS.has(tag)) writer.addSpace();
    },
    text(data) {
      writer.addText(data, linkDepth > 0);
    },
  });
  return writer.toString();
}
