/** How much of a sentence lies inside direct-quote marks. */
export type QuoteCoverage = 'full' | 'partial';

/**
 * The direct quote a sentence belongs to. Every sentence of one multi-sentence
 * quote carries the same `id`, so the attribution found in the last one
 * ("…,” Marlow said on Tuesday.") can be given to all of them.
 */
export interface SentenceQuote {
  /** Id of the (first) direct quote in this sentence, unique within one text; see `QuoteSpan`. */
  id: number;
  /** `full`: every word is quoted; `partial`: some words are outside the quote marks (attribution, or a quoted phrase). */
  coverage: QuoteCoverage;
  /** Words inside quote marks in this sentence; tells a quoted phrase from a scare-quoted word. */
  quotedWords: number;
}

/** One sentence of a text. `text === source.slice(start, end)`; offsets are UTF-16 string indices. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** 0-based index of the paragraph (non-empty line) the sentence is in. */
  paragraph: number;
  /** Direct-quote context, or null when no word of the sentence is inside double quote marks. */
  quote: SentenceQuote | null;
}

/**
 * A direct quote in the text: from its opening mark to its closing mark
 * inclusive. A quote left open at the end of a paragraph and reopened at the
 * start of the next (the newspaper convention for long quotes) keeps one id and
 * spans both paragraphs. An unclosed quote ends with its paragraph.
 */
export interface QuoteSpan {
  id: number;
  start: number;
  end: number;
}
