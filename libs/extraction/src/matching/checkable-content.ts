import { isArticleFurniture } from '../article-furniture';
import type { NormalisedClaim } from './normalise';

/**
 * Fewer words than this after normalisation (figures and names included) say too little to
 * tell one claim from another: "That is not true." or "We are worried." would be linked to
 * every other article that says the same.
 */
export const MIN_MATCHED_TOKENS = 3;

/** Whether a claim says enough to be matched: not boilerplate, and at least MIN_MATCHED_TOKENS words once normalised. */
export function hasCheckableContent(text: string, claim: NormalisedClaim): boolean {
  if (claim.tokens.length + (claim.dateWords ?? 0) < MIN_MATCHED_TOKENS) return false;
  return !isArticleFurniture(text);
}
