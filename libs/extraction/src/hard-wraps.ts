/**
 * Plain text wrapped at a fixed width (a wire's column, an e-mailed release, a newsletter): a line break inside a
 * paragraph is where the line ran out, not the end of a heading or a label, and it may fall inside a name ("the
 * Ministry of Roads and\nBridges said"). `unwrapHardLines` writes such breaks as spaces, one character for one, so
 * every offset into the text stays valid; any other text comes back as it was.
 *
 * A text counts as wrapped when it has at least `MIN_WRAPPED_LINES` lines that run on into a next line of the same
 * paragraph, no line longer than `MAX_WIDTH`, and nearly all of those run-on lines fill the width of its longest
 * line (`FILLED_SHARE` of it) and most of them end mid-sentence: a headline, a dateline, a label on its own line or a list item is short, and a text
 * whose paragraphs are one line each has no run-on lines at all. Only the breaks after such a filled line are
 * joined, and never before a line that opens with no letter or digit (a list's dash, a bullet, a quoted turn's
 * mark) or with a label ("Q:", "MODERATOR:").
 */
const MAX_WIDTH = 100;
const MIN_WRAPPED_LINES = 4;
const FILLED_SHARE = 0.6;
/** The share of a paragraph's run-on lines that must fill the width for the text to count as wrapped. */
const WRAPPED_SHARE = 0.8;
const SENTENCE_END = /[.!?:;"”’')]\s*$/u;
const LABEL_OPENING = /^[\p{L}\p{N}][\p{L}\p{N} .'’-]{0,30}:/u;

export function unwrapHardLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  let width = 0;
  for (const line of lines) {
    const length = line.trimEnd().length;
    if (length > MAX_WIDTH) return text;
    if (length > width) width = length;
  }
  // (index of a line that runs on into the next line of its paragraph)
  const runOn: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) if (lines[i]!.trim() !== '' && lines[i + 1]!.trim() !== '') runOn.push(i);
  if (runOn.length < MIN_WRAPPED_LINES) return text;
  const filled = (i: number): boolean => lines[i]!.trimEnd().length >= width * FILLED_SHARE;
  if (runOn.filter(filled).length < runOn.length * WRAPPED_SHARE) return text;
  // One sentence to a line is no wrap: most of a wrapped text's lines end mid-sentence.
  if (runOn.filter((i) => SENTENCE_END.test(lines[i]!)).length > runOn.length / 2) return text;
  const joined = new Set(runOn.filter((i) => filled(i) && opensRunOn(lines[i + 1]!)));
  if (joined.size === 0) return text;
  // ("\r\n" becomes two spaces: one character for one)
  return lines
    .map((line, i) => {
      if (i + 1 >= lines.length) return line;
      if (!joined.has(i)) return `${line}\n`;
      return line.endsWith('\r') ? `${line.slice(0, -1)}  ` : `${line} `;
    })
    .join('');
}

/** Whether a line may go on the line before it: it opens with a letter or a digit and no label. */
function opensRunOn(line: string): boolean {
  const start = line.trimStart();
  return /^[\p{L}\p{N}]/u.test(start) && !LABEL_OPENING.test(start);
}
