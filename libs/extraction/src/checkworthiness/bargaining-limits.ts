import { lowerAt, type Token } from '../tokenizer';

/** Modals that, negated, state what a side will not do: "would not accept", "will never agree to", "won't settle for". */
const LIMIT_MODALS: ReadonlySet<string> = new Set(['will', 'would']);
const NEGATED_MODALS: ReadonlySet<string> = new Set(["won't", "wouldn't"]);
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never']);
/** Verbs of taking what is offered: "accept", "agree to", "settle for", "sign up to" (not "take": "would not take more than a week" forecasts). */
const ACCEPTING_VERBS: ReadonlySet<string> = new Set(['accept', 'agree', 'settle', 'sign', 'tolerate']);
/** Words that bound the figure a side holds out for: "less than 6 percent", "more than 40 cents", "below 2 per cent", "anything under". */
const BOUNDS: ReadonlySet<string> = new Set(['less', 'more', 'fewer', 'lower', 'higher', 'below', 'above', 'under', 'over', 'beyond']);
/** How many words may stand between the accepting verb and its bound: "accept a harbour charge of more than". */
const MAX_LIMIT_GAP = 6;

/**
 * A side's bargaining limit (eval/README.md's promises convention: a side's bargaining position is not check-worthy): a
 * negated "will"/"would" ("would not", "will never", "won't"), a verb of accepting after it, and, in the same
 * clause within `MAX_LIMIT_GAP` words, a bound on what it would take ("said the drivers would not accept less than 6 percent",
 * "said growers would never settle for a price below 30 cents a tray"). The figure is the position held out for, not a fact to
 * check, nor a promise to hold anyone to. Not an "accept" with no bound ("would not accept the findings", a rejection).
 */
export function setsBargainingLimit(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length - 2; i++) {
    const w = (tokens[i] as Token).lower;
    let verb: number;
    if (NEGATED_MODALS.has(w)) verb = i + 1;
    else if (LIMIT_MODALS.has(w) && NEGATIONS.has(lowerAt(tokens, i + 1))) verb = i + 2;
    else continue;
    if (!ACCEPTING_VERBS.has(lowerAt(tokens, verb)) || (tokens[verb - 1] as Token).breakAfter) continue;
    for (let k = verb + 1; k < tokens.length && k <= verb + 1 + MAX_LIMIT_GAP; k++) {
      if ((tokens[k - 1] as Token).breakAfter) break;
      if (BOUNDS.has((tokens[k] as Token).lower)) return true;
    }
  }
  return false;
}
