// Helpers for conflict specs: a claim as `findDisagreements` reads it, all of its text content.
import { findDisagreements, type DisagreementClaim } from '../conflicts/disagreements';
import { claimWords } from '../conflicts/claim-words';
import { measuresOf, type Measured } from '../conflicts/measures';
import { extractQuantities } from '../quantities/extract-quantities';
import { tokenize } from '../tokenizer';

/** Claim `index` of the text, in its own sentence unless `sentenceIndex` says which, no attribution, place or source words. */
export function disagreementClaim(index: number, text: string, sentenceIndex = index): DisagreementClaim {
  return {
    index,
    sentenceIndex,
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

/** Every disagreement `findDisagreements` finds among claims of different sources, as "kind:a-b" indexes. */
export function kindPairs(claims: DisagreementClaim[]): string[] {
  return findDisagreements(claims, () => false).map((found) => `${found.kind}:${found.claims.join('-')}`);
}

/** The measures `measuresOf` reads in one sentence, all of it content. */
export function measuredIn(text: string): Measured[] {
  return measuresOf(claimWords(text, tokenize(text), []), extractQuantities(text), 0).measured;
}
