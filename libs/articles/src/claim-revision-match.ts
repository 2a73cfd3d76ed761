/**
 * How claims of an article's new revision are matched to the claims it had before:
 * by their text, normalised, never by offsets (an inserted paragraph moves every offset
 * after it, and the claim is still the same claim).
 */

/** Curly quotes and apostrophes, primes and guillemets as their plain forms. */
const QUOTES: Array<[RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  [/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-'],
  [/\u2026/g, '...'],
];

/**
 * The form two wordings of one claim share: Unicode compatibility-normalised, typographic
 * quotes, dashes and ellipses made plain, whitespace collapsed, lower case. Anything that
 * changes a word or a number (3,179 → 3,178) changes the result.
 */
export function normaliseClaimText(text: string): string {
  let normalised = text.normalize('NFKC');
  for (const [pattern, plain] of QUOTES) normalised = normalised.replace(pattern, plain);
  return normalised.replace(/\s+/g, ' ').trim().toLowerCase();
}

export interface ClaimRevisionMatch<Old> {
  /** Claims in both revisions: the old claim and the index of its new wording. */
  carried: Array<{ previous: Old; index: number }>;
  /** Indexes of the new revision's claims that were not there before (new or changed). */
  added: number[];
  /** Old claims the new revision no longer has. */
  withdrawn: Old[];
}

/**
 * Pairs the previous revision's claims with the new revision's claims (`texts`, in
 * article order) whose normalised text is equal. A text said twice pairs in order: the
 * first old occurrence with the first new one. Old claims are taken in the order given
 * (article order), so the pairing is deterministic.
 */
export function matchClaimsByText<Old extends { text: string }>(
  previous: readonly Old[],
  texts: readonly string[],
): ClaimRevisionMatch<Old> {
  const waiting = new Map<string, Old[]>();
  for (const claim of previous) {
    const key = normaliseClaimText(claim.text);
    const list = waiting.get(key);
    if (list) list.push(claim);
    else waiting.set(key, [claim]);
  }
  const carried: ClaimRevisionMatch<Old>['carried'] = [];
  const added: number[] = [];
  texts.forEach((text, index) => {
    const previousClaim = waiting.get(normaliseClaimText(text))?.shift();
    if (previousClaim) carried.push({ previous: previousClaim, index });
    else added.push(index);
  });
  const withdrawn = [...waiting.values()].flat();
  const order = new Map(previous.map((claim, position) => [claim, position]));
  withdrawn.sort((a, b) => order.get(a)! - order.get(b)!);
  return { carried, added, withdrawn };
}
