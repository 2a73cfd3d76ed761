// Helpers for conflict specs: a claim as `findDisagreements` reads it, all of its text content.
import { findDisagreements, type DisagreementClaim } from '../conflicts/disagreements';
import { claimWords } from '../conflicts/claim-words';
import { extractQuantities } from '../quantities/extract-quantities';
import { tokenize } from '../tokenizer';

/** Claim `index` of the text, its own sentence, no attribution, place or source words. */
export function disagreementClaim(index: number, text: string): DisagreementClaim {
  return {
    index,
    sentenceIndex: index,
    words: claimWords(text, tokenize(text), []),
    quantities: extractQuantities(text),
    offset: 0,
    places: [],
    sourceStems: [],
  };
}

/** The denials `findDisagreements` finds, as "assertion-denial" indexes; `letters` gives each claim's source (one letter, one source). */
export function denialPairs(claims: DisagreementClaim[], letters: string): string[] {
  return findDisagreements(claims, (a, b) => letters[a] === letters[b])
    .filter((found) => found.kind === 'denial')
    .map((found) => found.claims.join('-'));
}
