import { isArticleFurniture } from '../article-furniture';
import type { NormalisedClaim } from './normalise';

/**
 * Fewer words than this after normalisation (figures and names included) say too little to
 * tell one claim from another: "That is not true." or "We are worried." would be linked to
 * every other article that says the same.
 */
export const MIN_MATCHED_TOKENS = 3;

/**
 * Whether a claim says enough to be matched: not boilerplate, and at least MIN_MATCHED_TOKENS words once normalised, or
 * only its figures when they are of two measures ("About 67% of them were less than six months old.": a share and a
 * span; "That is an increase of 7.4 percent on a year earlier."): two figures of two kinds say which claim it is as
 * words would, where one bare figure ("That represents a 20% drop.") would meet every claim of its value.
 */
export function hasCheckableContent(text: string, claim: NormalisedClaim): boolean {
  const words = claim.tokens.length + (claim.dateWords ?? 0);
  if (words < MIN_MATCHED_TOKENS && !(words === MIN_MATCHED_TOKENS - 1 && figuresOfTwoMeasures(claim))) return false;
  return !isArticleFurniture(text);
}

/** Whether the claim's tokens include two figures of different measures (not a bare number, not a year). */
function figuresOfTwoMeasures(claim: NormalisedClaim): boolean {
  const measures = new Set<string>();
  for (const figure of claim.figures) {
    if (figure.token !== '' && figure.measure !== 'number' && figure.measure !== 'year' && claim.numbers.includes(figure.token)) {
      measures.add(figure.measure);
    }
  }
  return measures.size >= 2;
}
