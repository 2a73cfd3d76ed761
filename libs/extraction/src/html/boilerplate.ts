import { attribute, type HtmlElement } from './dom';

/** Elements whose content is never article text: code, media, forms, navigation, page furniture. */
const DROPPED_TAGS = new Set(
  `head script style noscript template iframe object embed svg canvas math video audio picture map
   form button select textarea input label nav footer aside menu dialog figure figcaption`.split(/\s+/),
);

const DROPPED_ROLES = new Set(
  'navigation banner contentinfo complementary dialog alertdialog alert search menu menubar toolbar'.split(' '),
);

/** Words in a class or id that mark page furniture ("share-buttons", "related_links", "ad-slot"). */
const FURNITURE_WORDS = new Set(
  `ad ads advert adverts advertisement advertising banner promo sponsor sponsored share sharing social related
   recommended recommendations newsletter subscribe subscription signup cookie cookies consent comment comments
   footer header nav navbar navigation menu breadcrumb breadcrumbs sidebar widget popup modal byline author
   dateline timestamp meta tags caption credit paywall outbrain taboola teaser`.split(/\s+/),
);

/** Words that keep an element even if it also has a furniture word: "main-content ad-free", "article-header". */
const CONTENT_WORDS = new Set('article body content main story text entry post'.split(' '));

/**
 * Whether an element is page furniture to leave out with everything inside
 * it: scripts, styles, navigation, footers, asides, forms, figures and their
 * captions, hidden elements, and elements whose class or id says they are
 * ads, share bars, related links, comments, bylines or the like (readability's
 * "unlikely candidates", as a word list instead of a regular expression). A
 * <header> inside an <article> is kept: it may hold the standfirst.
 * `<article>`, `<main>`, `<body>` and the articleBody itself are never dropped.
 */
export function isBoilerplate(element: HtmlElement, insideArticle: boolean): boolean {
  const tag = element.name;
  if (DROPPED_TAGS.has(tag)) return true;
  if (tag === 'header' && !insideArticle) return true;
  if ('hidden' in element.attribs) return true;
  if (attribute(element, 'aria-hidden') === 'true') return true;
  if (DROPPED_ROLES.has(attribute(element, 'role'))) return true;
  const style = attribute(element, 'style');
  if (style !== '' && isHiddenByStyle(style)) return true;
  if (tag === 'article' || tag === 'main' || tag === 'body' || tag === 'html' || isArticleBody(element)) return false;
  return hasFurnitureName(`${attribute(element, 'class')} ${attribute(element, 'id')}`);
}

export function isArticleBody(element: HtmlElement): boolean {
  return attribute(element, 'itemprop').split(/\s+/).includes('articleBody');
}

function hasFurnitureName(names: string): boolean {
  if (names.length <= 1) return false;
  let furniture = false;
  for (const word of names.toLowerCase().split(/[\s_-]+/)) {
    if (CONTENT_WORDS.has(word)) return false;
    if (FURNITURE_WORDS.has(word)) furniture = true;
  }
  return furniture;
}

function isHiddenByStyle(style: string): boolean {
  const compact = style.toLowerCase().replaceAll(' ', '');
  return compact.includes('display:none') || compact.includes('visibility:hidden');
}
