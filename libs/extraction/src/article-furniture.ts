/**
 * An article's furniture rather than a claim: credits ("Reporting by …; editing by …", "Photo: Name/Agency", a
 * byline "By Name, Role"),
 * contact lines, greetings and sign-offs of a live blog, calls to subscribe or share. Wire
 * copy repeats them word for word, so they would link unrelated articles, and none of them is a claim
 * a fact-checker would check.
 */
const BOILERPLATE_OPENINGS = [
  String.raw`(?:additional\s+)?(?:reporting|editing|writing|compiled|produced|translated|research(?:ed)?)\s+by\b`,
  String.raw`(?:media\s+|press\s+)?(?:contacts?|enquiries|inquiries)\s*:`,
  String.raw`for\s+(?:more|further)\s+(?:information|details)\b`,
  String.raw`(?:e-?mail|tel|telephone|phone|fax|website)\s*:`,
  String.raw`(?:photo(?:graph)?s?|pictures?|images?|video|illustration|credit)\s*(?::|by\b)`,
  String.raw`(?:follow\s+(?:us|me|our)|subscribe|sign\s+up|click|read\s+more|share\s+this|copyright)\b|©`,
  String.raw`(?:good\s+(?:morning|afternoon|evening)|hello|welcome\s+(?:to|back)|thanks?\s+(?:you\s+)?for\s+(?:joining|reading|following|watching|listening))\b`,
];
const BOILERPLATE_OPENING = new RegExp(`^(?:${BOILERPLATE_OPENINGS.join('|')})`, 'i');

/**
 * Anywhere in the line: a contact detail or a rights notice. Two patterns, each tried only on a line
 * holding its one fixed character ("@", an "r" or "R" of "reserved"): an e-mail pattern is tried at
 * every position of the line, a twentieth of an article's instructions spent on lines without an "@".
 */
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const RIGHTS_NOTICE = /all\s+rights\s+reserved/i;

/**
 * A byline: "By" and a name of two to four capitalised words, alone or before a short role or
 * outlet ("By Tomas Heller, Transport Correspondent", "By Dana Whitlock and Ian Roe"), with no
 * figure and no sentence end. "By Tuesday, 40 people had fled." is a claim.
 */
const BYLINE = /^By\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\s*(?:,|\band\b|&)[^.!?\d]{0,80})?\s*$/u;

/** Opening quote marks, brackets and dashes before a line's first word. */
const LEADING_PUNCTUATION = /^[\s"'“‘([–—-]+/u;

/** Whether a line is an article's furniture (a credit, contact line, greeting or sign-off) rather than a claim. */
export function isArticleFurniture(text: string): boolean {
  const line = text.replace(LEADING_PUNCTUATION, '');
  return (
    BOILERPLATE_OPENING.test(line) ||
    (line.includes('@') && EMAIL.test(line)) ||
    ((line.includes('r') || line.includes('R')) && RIGHTS_NOTICE.test(line)) ||
    // The line opens with no white space (LEADING_PUNCTUATION took it): "By" opens its trimmed form too.
    (line.startsWith('By') && BYLINE.test(line.trim()))
  );
}
