/**
 * Generic English words for disagreement: denial verbs, negations, words of
 * contrast, casualty words. None names a source or a story.
 */

/** Stems of verbs and nouns that deny or reject what another says. */
export const DENIAL_ROOTS = ['deni', 'deny', 'reject', 'dismiss', 'disput', 'refut', 'contradict', 'rebut'] as const;

/** Words that negate the statement they are in ("its board had never approved"). */
export const NEGATIONS = new Set(['never', 'wrong', 'false', 'untrue', 'baseless', 'unfounded']);

/** A denial that points back at what was just said: "denied that", "rejected the claim", "said that was wrong". */
export const ANAPHORIC_DENIAL =
  /\b(?:denie[sd]|deny|denying|rejecte?d?s?|rejecting|dismisse?d?s?|disputed?s?|refuted?s?|contradict(?:s|ed)?)\s+(?:that|this|it|the (?:claim|claims|allegation|allegations|accusation|accusations|report|reports|figure|figures|account))\b|\b(?:that|this|it) (?:was|is) (?:wrong|false|untrue|not true|incorrect)\b/;

/** Words that mark a statement as answering or correcting another. */
export const CONTRAST_PHRASES =
  /\b(?:only|in fact|actually|however|but|instead|contrary|wrong|incorrect|not true|far fewer|far more|as few as)\b/;

/** Casualty words and the class they count. */
export const CASUALTY_ROOTS: ReadonlyArray<readonly [string, 'death' | 'injury']> = [
  ['kill', 'death'],
  ['dead', 'death'],
  ['death', 'death'],
  ['died', 'death'],
  ['die', 'death'],
  ['fatal', 'death'],
  ['bodies', 'death'],
  ['injur', 'injury'],
  ['wound', 'injury'],
  ['hurt', 'injury'],
];

/** "no one was hurt", "nobody died", "no casualties", "no deaths": a count of zero. */
export const ZERO_CASUALTY =
  /\b(?:no one|no-one|nobody|none) (?:(?:was|were|had been|has been|is|got) )?(?:killed|hurt|injured|wounded|harmed|died)\b|\bno (?:one|body) died\b|\bno (?:casualties|deaths|fatalities|injuries|victims|dead)\b/;
