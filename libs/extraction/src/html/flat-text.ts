import { Tokenizer } from 'htmlparser2';
import { BLOCK_TAGS, CELL_TAGS } from './block-tags';
import { LineWriter } from './line-writer';

/** Elements whose content is never text: code, styles, metadata, vector graphics. */
const SKIPPED_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object']);

/**
 * Text of an HTML document without building a tree: htmlparser2's tokenizer
 * alone, which keeps no stack and is linear in any input. Block tags end
 * lines; script, style and head content is skipped; nothing else is judged
 * (no article detection, no boilerplate removal). The fallback for documents
 * nested too deeply to build a tree from cheaply (see `htmlToArticleText`).
 */
export function flatText(html: string): { text: string; title: string | null } {
  const writer = new LineWriter();
  let skipDepth = 0;
  let inTitle = false;
  let title = '';
  let linkDepth = 0;
  const nameAt = (start: number, end: number): string => html.slice(start, end).toLowerCase();
  const onText = (data: string): void => {
    if (inTitle) title += data;
    else if (skipDepth === 0) writer.addText(data, linkDepth > 0);
  };
  const onTag = (name: string, opening: boolean): void => {
    if (name === 'title') inTitle = opening && title === '' && skipDepth <= 1;
    if (name === 'body')
      skipDepth = 0; // a <head> left open ends here
    else if (SKIPPED_CONTENT.has(name)) skipDepth = Math.max(0, skipDepth + (opening ? 1 : -1));
    else if (name === 'a') linkDepth = Math.max(0, linkDepth + (opening ? 1 : -1));
    if (name === 'br' || BLOCK_TAGS.has(name)) writer.endLine();
    else if (CELL_TAGS.has(name)) writer.addSpace();
  };
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      ontext: (start, end) => onText(html.slice(start, end)),
      ontextentity: (codepoint) => onText(String.fromCodePoint(codepoint)),
      onopentagname: (start, end) => onTag(nameAt(start, end), true),
      onclosetag: (start, end) => onTag(nameAt(start, end), false),
      onattribdata: () => undefined,
      onattribentity: () => undefined,
      onattribend: () => undefined,
      onattribname: () => undefined,
      oncdata: () => undefined,
      oncomment: () => undefined,
      ondeclaration: () => undefined,
      onend: () => undefined,
      onopentagend: () => undefined,
      onprocessinginstruction: () => undefined,
      onselfclosingtag: () => undefined,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  const cleanTitle = title.replace(/\s+/g, ' ').trim();
  return { text: writer.toString(), title: cleanTitle || null };
}
