import { DomHandler, Parser } from 'htmlparser2';
import { findArticleRoots } from './article-root';
import { blockText } from './block-text';
import { isBoilerplate } from './boilerplate';
import { attribute, collapseWhitespace, collapsedText, findElement, isElement, type HtmlDocument, type HtmlNode } from './dom';
import { flatText } from './flat-text';

/**
 * Deepest element nesting read as a tree. htmlparser2 (like parse5 and
 * node-html-parser) slows quadratically with nesting depth, so 200,000
 * unclosed <div>s would take minutes; Chromium's parser stops nesting at 512
 * too. Deeper documents are read flat (`flatText`).
 */
export const MAX_HTML_DEPTH = 512;

/**
 * Most elements read as a tree. A news page has a few thousand; building and
 * scoring a tree of a million (4 MB of "<p>x") takes seconds, reading it flat
 * a fraction of that.
 */
export const MAX_HTML_ELEMENTS = 100_000;

export interface ArticleText {
  /**
   * The article's text, one paragraph per line (the sentence splitter ends a
   * paragraph at each line break). This is the text to store as the article
   * body: claim and quantity spans computed later are offsets into it, not
   * into the HTML.
   */
  text: string;
  /** The headline: the article's first <h1>, else og:title / twitter:title, else <title>; null if none. */
  title: string | null;
}

/**
 * Reduces an HTML page to its article text (see `ArticleText`). Parses with
 * htmlparser2 (forgiving, streaming, linear: broken markup, unclosed tags and
 * script payloads are handled as browsers do, entities are decoded), finds
 * the article container (`findArticleRoots`), and writes its blocks as lines,
 * leaving out scripts, styles, navigation, footers, asides, figures, ads, share
 * bars and the headline (returned as `title`). A document nested deeper than
 * `MAX_HTML_DEPTH` or with more than `MAX_HTML_ELEMENTS` elements is read flat
 * instead: all its text minus scripts and styles. Never throws on any string;
 * linear in the input.
 */
export function htmlToArticleText(html: string): ArticleText {
  const source = typeof html === 'string' ? html : '';
  const document = parseWithLimits(source);
  if (!document) return flatText(source);
  const roots = findArticleRoots(document);
  const insideArticle = roots.some(hasArticleAncestor);
  const headline = findElement(
    roots,
    (element) => element.name === 'h1',
    (element) => isBoilerplate(element, insideArticle),
  );
  const headlineText = headline ? collapsedText([headline]) : '';
  const text = blockText(roots, headlineText ? headline : null, insideArticle);
  const title = headlineText || metaTitle(document) || titleElementText(document) || firstHeadingText(document);
  return { text, title: title || null };
}

/** og:title or twitter:title from <head>. */
function metaTitle(document: HtmlDocument): string {
  const meta = findElement(
    document.children,
    (element) => element.name === 'meta' && META_TITLES.has(attribute(element, 'property') || attribute(element, 'name')),
    (element) => element.name === 'body',
  );
  return meta ? collapseWhitespace(attribute(meta, 'content')) : '';
}

const META_TITLES = new Set(['og:title', 'twitter:title']);

function titleElementText(document: HtmlDocument): string {
  const title = findElement(
    document.children,
    (element) => element.name === 'title',
    (element) => element.name === 'body' || element.name === 'svg',
  );
  return title ? collapsedText([title]) : '';
}

function firstHeadingText(document: HtmlDocument): string {
  const heading = findElement(document.children, (element) => element.name === 'h1');
  return heading ? collapsedText([heading]) : '';
}

function hasArticleAncestor(node: HtmlNode): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (isElement(parent as HtmlNode) && (parent as { name: string }).name === 'article') return true;
  }
  return false;
}

class TooComplex extends Error {}

/** A DOM handler that gives up past `MAX_HTML_DEPTH` open elements or `MAX_HTML_ELEMENTS` elements. */
class LimitedHandler extends DomHandler {
  private depth = 0;
  private elements = 0;

  override onopentag(name: string, attribs: Record<string, string>): void {
    if (++this.depth > MAX_HTML_DEPTH || ++this.elements > MAX_HTML_ELEMENTS) throw new TooComplex();
    super.onopentag(name, attribs);
  }

  override onclosetag(): void {
    this.depth--;
    super.onclosetag();
  }
}

/** The document tree, or null when the page is too deep or too large to read as one (see the limits above). */
function parseWithLimits(html: string): HtmlDocument | null {
  const handler = new LimitedHandler();
  try {
    new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }).end(html);
  } catch (error) {
    if (error instanceof TooComplex) return null;
    throw error;
  }
  return handler.root;
}
