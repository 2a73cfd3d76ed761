/** A word of a claim on its way through the matching normaliser. */
export interface MatchWord {
  /** Lower case; a number is in canonical digits ("2,480" and "two thousand four hundred eighty" → "2480"). */
  text: string;
  isNumber: boolean;
  /** Written with a capital letter: a name (or the first word of a sentence). */
  capitalised: boolean;
  /** A clause break (comma, dash, colon, bracket, quote mark, sentence end) lies between this word and the previous one. */
  breakBefore: boolean;
  /** Offset in the claim's text of the token this word came from. */
  start: number;
  /** A figure's token ("33%", "5week"), standing for the number and unit words it replaced. */
  figure?: boolean;
}
