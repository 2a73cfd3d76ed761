import { BLOCK_TAGS, CELL_TAGS } from './block-tags';
import { isBoilerplate } from './boilerplate';
import { walk, type HtmlElement, type HtmlNode } from './dom';
import { LineWriter } from './line-writer';
import { transcriptRows, type TurnRow } from './transcript-table';

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
  let tableDepth = 0;
  // A transcript table's label cells, and the cells before them (see `transcriptRows`).
  const labels = new Map<HtmlElement, TurnRow>();
  const leading = new Set<HtmlElement>();
  walk(roots, {
    enter(element) {
      if (element === skip || isBoilerplate(element, articleDepth > 0)) return false;
      const tag = element.name;
      if (tag === 'article') articleDepth++;
      if (tag === 'a') linkDepth++;
      if (tag === 'table' && tableDepth++ === 0) {
        for (const [cell, row] of transcriptRows(element) ?? []) {
          labels.set(cell, row);
          for (const before of row.leading) leading.add(before);
        }
      }
      if (tag === 'br' || BLOCK_TAGS.has(tag)) writer.endLine();
      else if (CELL_TAGS.has(tag)) writer.addSpace();
      return true;
    },
    leave(element) {
      const tag = element.name;
      if (tag === 'article') articleDepth--;
      if (tag === 'a') linkDepth--;
      if (tag === 'table') tableDepth--;
      if (labels.get(element)?.colon) writer.addMark(':');
      if (leading.has(element)) writer.endLine();
      if (BLOCK_TAGS.has(tag)) writer.endLine();
      else if (CELL_TAGS.has(tag)) writer.addSpace();
    },
    text(data) {
      writer.addText(data, linkDepth > 0);
    },
  });
  return writer.toString();
}
