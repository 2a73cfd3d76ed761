import { CELL_TAGS } from './block-tags';
import { collapseWhitespace, isElement, walk, type HtmlElement } from './dom';

/** A label cell (a speaker's name, post or organisation) is short: "Dr Name Surname (Organisation)" fits. */
const MAX_LABEL_CHARS = 80;
const MAX_LABEL_WORDS = 10;

/** Rows read as turns before a table is read as a transcript. */
const MIN_TURN_ROWS = 3;

/** A turn's words end as a sentence does: a full stop, question or exclamation mark, ellipsis, a closing quote or bracket after one. */
const SENTENCE_END = /[.?!…]["'”’)\]]*$/u;

/** Two words at least in a turn ("No valve leaked."); a single word is a table's value. */
const TURN_WORDS = /\S\s+\S/u;

/** A label opens with a letter (a time or a number alone is a column of figures) and does not end a sentence. */
const LABEL = /^[\p{L}[(]/u;

/** How a transcript table's row is written (see `transcriptRows`). */
export interface TurnRow {
  /** The cells before the label (times, numbers): each ends its own line, as a live blog's time does. */
  readonly leading: readonly HtmlElement[];
  /** Whether a colon is written after the speaker's cell (not when it ends with one). */
  readonly colon: boolean;
}

/**
 * The turns of a transcript published as a table: one row per turn, the speaker's name, post or organisation in
 * the cell before the last ("Ms Roe (Residents' Association)", "Chair"), maybe a time or a number before it, and
 * the words in the last cell. Read as such when at least `MIN_TURN_ROWS` rows have a short label cell and a last
 * cell that ends as a sentence does, one speaker labels two of those rows (a label comes back, or a surname after
 * the full name: a conversation, not a list of items each described once), and the turn rows are most of the table's rows of two cells or more. Each row whose
 * label is one of those turns' labels is a turn then, whatever its words end with. A table holding another table is
 * a layout, never a transcript. Null when the table is none; one walk over the table's cells.
 */
export function transcriptRows(table: HtmlElement): Map<HtmlElement, TurnRow> | null {
  const rows: Array<{ cells: HtmlElement[]; texts: string[] }> = [];
  for (const row of tableRows(table)) {
    const cells = row.children.filter((child): child is HtmlElement => isElement(child) && CELL_TAGS.has(child.name));
    if (cells.length < 2) continue;
    const texts: string[] = [];
    for (const cell of cells) {
      const text = cellText(cell);
      if (text === null) return null;
      texts.push(text);
    }
    rows.push({ cells, texts });
  }
  const labels = new Map<string, number>();
  let turns = 0;
  for (const { texts } of rows) {
    const label = labelText(texts);
    if (label === null || !isTurn(texts[texts.length - 1] as string)) continue;
    turns++;
    labels.set(label, (labels.get(label) ?? 0) + 1);
  }
  if (turns < MIN_TURN_ROWS || 2 * turns < rows.length || !speaksTwice(labels)) return null;
  const result = new Map<HtmlElement, TurnRow>();
  for (const { cells, texts } of rows) {
    const label = labelText(texts);
    if (label === null || !labels.has(label) || (texts[texts.length - 1] as string) === '') continue;
    const cell = cells[cells.length - 2] as HtmlElement;
    result.set(cell, { leading: cells.slice(0, -2), colon: !label.endsWith(':') });
  }
  return result;
}

/** One speaker labels two turns: a label comes back, or one is the last word of another ("Jo Roe", then "Roe"). */
function speaksTwice(labels: ReadonlyMap<string, number>): boolean {
  const lastWords = new Set<string>();
  for (const label of labels.keys()) if (label.includes(' ')) lastWords.add(label.slice(label.lastIndexOf(' ') + 1));
  for (const [label, count] of labels) if (count > 1 || lastWords.has(label)) return true;
  return false;
}

/** The label cell's text when the row's cells before the last are all short and the one before the last opens with a letter. */
function labelText(texts: readonly string[]): string | null {
  for (let c = 0; c < texts.length - 1; c++) {
    const text = texts[c] as string;
    if (text.length > MAX_LABEL_CHARS || text.split(' ').length > MAX_LABEL_WORDS) return null;
  }
  const label = texts[texts.length - 2] as string;
  return LABEL.test(label) && !/[.?!]$/u.test(label.replace(/:$/u, '')) ? label : null;
}

function isTurn(text: string): boolean {
  return TURN_WORDS.test(text) && SENTENCE_END.test(text);
}

/** The rows of `table` itself: its <tr> children and those of its <thead>, <tbody>, <tfoot>. */
function tableRows(table: HtmlElement): HtmlElement[] {
  const rows: HtmlElement[] = [];
  for (const child of table.children) {
    if (!isElement(child)) continue;
    if (child.name === 'tr') rows.push(child);
    else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot')
      for (const row of child.children) if (isElement(row) && row.name === 'tr') rows.push(row);
  }
  return rows;
}

/** A cell's text, whitespace collapsed; null when the cell holds a table (a layout table). */
function cellText(cell: HtmlElement): string | null {
  const parts: string[] = [];
  let nested = false;
  walk([cell], {
    enter(element) {
      if (element.name === 'table') nested = true;
      return !nested;
    },
    text: (data) => void parts.push(data),
  });
  return nested ? null : collapseWhitespace(parts.join(''));
}
