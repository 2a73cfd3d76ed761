import { isSpace } from '../text-chars';

/** A line made mostly of link text ("Read more: …", a list of related stories) is not article text. */
const MAX_LINK_SHARE = 0.5;

/**
 * Collects text into lines: whitespace inside a line collapses to single
 * spaces (non-breaking spaces included), empty lines are dropped, and a line
 * whose visible characters are mostly inside links is dropped when it ends.
 */
export class LineWriter {
  private readonly lines: string[] = [];
  private line = '';
  private pendingSpace = false;
  private chars = 0;
  private linkChars = 0;

  addText(data: string, inLink: boolean): void {
    for (let p = 0; p < data.length; p++) {
      if (isSpace(data.charCodeAt(p))) {
        this.pendingSpace = this.line !== '';
        continue;
      }
      let q = p + 1;
      while (q < data.length && !isSpace(data.charCodeAt(q))) q++;
      this.line += this.pendingSpace ? ` ${data.slice(p, q)}` : data.slice(p, q);
      this.pendingSpace = false;
      this.chars += q - p;
      if (inLink) this.linkChars += q - p;
      p = q - 1;
    }
  }

  /** A space before the next word, if the line has text (between table cells). */
  addSpace(): void {
    this.pendingSpace = this.line !== '';
  }

  /** A mark right after the last word, no space before it (a transcript label's colon), if the line has text. */
  addMark(mark: string): void {
    if (this.line === '') return;
    this.line += mark;
    this.pendingSpace = false;
  }

  endLine(): void {
    if (this.line !== '' && this.linkChars <= MAX_LINK_SHARE * this.chars) this.lines.push(this.line);
    this.line = '';
    this.pendingSpace = false;
    this.chars = 0;
    this.linkChars = 0;
  }

  /** The lines so far (ending the current one), joined with "\n". */
  toString(): string {
    this.endLine();
    return this.lines.join('\n');
  }
}
