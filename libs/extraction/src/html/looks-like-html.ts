/** Tag names that mark a text as HTML when they appear as tags: "<p>", "</div>", "<br/>". */
const HTML_TAGS = new Set(
  `html head body title meta link script style p div span a br hr img article section main header footer nav aside
   h1 h2 h3 h4 h5 h6 ul ol li table tr td th blockquote em strong b i u figure figcaption noscript iframe form`.split(/\s+/),
);
/** Look no further than this into a text: a document's first tags come early. */
const SCAN_LIMIT = 65_536;
/** Tags needed in a text that does not open with a doctype or <html>: one "<b>" in prose is not HTML. */
const MIN_TAGS = 3;

/**
 * Whether a submitted text is an HTML document or fragment rather than plain
 * text: it opens with `<!doctype html`, `<html` or `<?xml`, or at least three
 * known tags appear in its first 64 KB. Plain text that mentions a tag ("use
 * <br> for a break", "a <b and c> d") stays plain text. Bounded work.
 */
export function looksLikeHtml(text: string): boolean {
  if (typeof text !== 'string') return false;
  let start = 0;
  while (start < text.length && start < SCAN_LIMIT && isBlank(text.charCodeAt(start))) start++;
  const opening = text.slice(start, start + 16).toLowerCase();
  if (opening.startsWith('<!doctype html') || opening.startsWith('<html') || opening.startsWith('<?xml')) return true;

  const end = Math.min(text.length, SCAN_LIMIT);
  let tags = 0;
  let p = text.indexOf('<', start);
  while (p >= 0 && p < end) {
    if (isTagAt(text, p + 1) && ++tags >= MIN_TAGS) return true;
    p = text.indexOf('<', p + 1);
  }
  return false;
}

/** A known tag name starts at i (after an optional "/"), followed by ">", "/" or whitespace. */
function isTagAt(text: string, i: number): boolean {
  if (text.charCodeAt(i) === 0x2f) i++;
  let e = i;
  while (e < text.length && e - i <= 10 && isTagNameChar(text.charCodeAt(e))) e++;
  if (e === i) return false;
  const after = text.charCodeAt(e);
  if (!(after === 0x3e || after === 0x2f || isBlank(after))) return false;
  return HTML_TAGS.has(text.slice(i, e).toLowerCase());
}

function isTagNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xfeff;
}
