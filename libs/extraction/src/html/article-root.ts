import { DomUtils } from 'htmlparser2';
import { isArticleBody, isBoilerplate } from './boilerplate';
import { attribute, isElement, walk, type HtmlDocument, type HtmlElement, type HtmlNode } from './dom';

/** Paragraphs shorter than this (bylines, captions, "Read more") do not vote for a container. */
const MIN_PARAGRAPH_CHARS = 25;
/** A marked container (articleBody, <article>, <main>) must hold this share of the page's paragraph text. */
const MIN_MARKED_SHARE = 0.3;
/** Siblings of the best container that score at least this share of it are part of the article too. */
const SIBLING_SHARE = 0.2;
/** A lone sibling <p> this long is part of the article too. */
const MIN_SIBLING_PARAGRAPH_CHARS = 80;

/**
 * The element(s) holding the article, in document order. A simplified
 * readability:
 * 1. If an `itemprop="articleBody"`, else an `<article>`, else a `<main>` (or
 *    role=main) holds at least 30% of the page's paragraph text, the one
 *    holding most is the article.
 * 2. Otherwise every paragraph (<p>, <pre>, or a <div> with text of its own)
 *    of 25+ characters, links not counted, gives its length to its parent and
 *    half to its grandparent; the best-scoring container wins, together with
 *    its siblings that score at least a fifth of it (articles split by ads).
 * 3. A page without paragraphs is read whole (its <body>).
 * Furniture (see `isBoilerplate`) is skipped throughout. One walk over the page.
 */
export function findArticleRoots(document: HtmlDocument): HtmlNode[] {
  const scores = new Map<HtmlElement, number>();
  const paragraphs = new Map<HtmlElement, number>();
  const marked: Array<{ element: HtmlElement; tier: number; text: number }> = [];
  const open: Array<{ element: HtmlElement; tier: number; text: number }> = [];
  let body: HtmlElement | null = null;
  let articleDepth = 0;
  let total = 0;

  // Paragraph being measured: its own text and the part inside links.
  let paragraph: HtmlElement | null = null;
  let paragraphChars = 0;
  let linkChars = 0;
  let linkDepth = 0;

  walk(document.children, {
    enter(element) {
      if (isBoilerplate(element, articleDepth > 0)) return false;
      const tag = element.name;
      if (tag === 'body' && !body) body = element;
      if (tag === 'article') articleDepth++;
      const tier = markedTier(element);
      if (tier > 0) {
        const entry = { element, tier, text: 0 };
        marked.push(entry);
        open.push(entry);
      }
      if (tag === 'a') linkDepth++;
      if (!paragraph && isParagraph(element)) {
        paragraph = element;
        paragraphChars = 0;
        linkChars = 0;
      }
      return true;
    },
    leave(element) {
      if (element.name === 'article') articleDepth--;
      if (element.name === 'a') linkDepth--;
      if (open[open.length - 1]?.element === element) open.pop();
      if (element !== paragraph) return;
      paragraph = null;
      const length = paragraphChars - linkChars;
      if (length < MIN_PARAGRAPH_CHARS) return;
      paragraphs.set(element, length);
      total += length;
      for (const entry of open) entry.text += length;
      const parent = element.parent && isElement(element.parent) ? element.parent : null;
      if (!parent) return;
      scores.set(parent, (scores.get(parent) ?? 0) + length);
      const grandparent = parent.parent && isElement(parent.parent) ? parent.parent : null;
      if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? 0) + length / 2);
    },
    text(data) {
      if (!paragraph) return;
      const chars = countVisibleChars(data);
      paragraphChars += chars;
      if (linkDepth > 0) linkChars += chars;
    },
  });

  for (const tier of [1, 2, 3]) {
    let best: { element: HtmlElement; text: number } | null = null;
    for (const entry of marked) if (entry.tier === tier && (!best || entry.text > best.text)) best = entry;
    if (best && best.text > 0 && best.text >= MIN_MARKED_SHARE * total) return [best.element];
  }

  let top: HtmlElement | null = null;
  let topScore = 0;
  for (const [element, score] of scores) {
    if (score > topScore) {
      top = element;
      topScore = score;
    }
  }
  if (!top) return body ? [body] : document.children;
  const parent = top.parent;
  if (!parent || !('children' in parent)) return [top];
  const roots: HtmlNode[] = [];
  for (const sibling of parent.children) {
    if (sibling === top) roots.push(sibling);
    else if (isElement(sibling) && (scores.get(sibling) ?? 0) >= SIBLING_SHARE * topScore) roots.push(sibling);
    else if (isElement(sibling) && (paragraphs.get(sibling) ?? 0) >= MIN_SIBLING_PARAGRAPH_CHARS) roots.push(sibling);
  }
  return roots;
}

/** 1: articleBody, 2: <article>, 3: <main> or role=main, 0: none. */
function markedTier(element: HtmlElement): number {
  if (isArticleBody(element)) return 1;
  if (element.name === 'article') return 2;
  if (element.name === 'main' || attribute(element, 'role') === 'main') return 3;
  return 0;
}

/** <p> and <pre>; a <div> or <section> counts when it holds text directly (sites that write paragraphs as divs). */
function isParagraph(element: HtmlElement): boolean {
  const tag = element.name;
  if (tag === 'p' || tag === 'pre') return true;
  if (tag !== 'div' && tag !== 'section' && tag !== 'td') return false;
  let direct = 0;
  for (const child of element.children) {
    if (isElement(child) && BLOCK_CHILDREN.has(child.name)) return false;
    if (DomUtils.isText(child)) direct += countVisibleChars(child.data);
  }
  return direct >= MIN_PARAGRAPH_CHARS;
}

const BLOCK_CHILDREN = new Set(['p', 'div', 'section', 'article', 'table', 'ul', 'ol', 'pre', 'blockquote', 'h1', 'h2', 'h3']);

export function countVisibleChars(data: string): number {
  let count = 0;
  for (let p = 0; p < data.length; p++) {
    const c = data.charCodeAt(p);
    if (c > 32 && c !== 0xa0) count++;
  }
  return count;
}
