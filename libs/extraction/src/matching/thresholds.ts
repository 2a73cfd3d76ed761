// What a similarity score means. Values chosen on the labelled pairs in
// matching-test-pairs.ts and on synthetic rewordings (bench/claim-matching/tune.ts;
// the numbers are in README.md).

/**
 * At or above: show the earlier claim to the fact-checker as a possible match.
 * Every hand-written rewording scores ≥ 0.53 and 98 % of synthetic ones ≥ 0.4;
 * the most similar different claim on the same topic scores 0.24, claims that
 * only share phrasing at most 0.35.
 */
export const MATCH_SUGGEST_THRESHOLD = 0.4;

/**
 * At or above: link the claims without asking anyone. All copies (wire copy,
 * other spelling or attribution) score 1.0; two thirds of hand-written
 * rewordings and half of synthetic ones also reach it. No pair with
 * conflicting numbers, names or polarity can (see MAX_SIMILARITY_WITH_CONFLICT).
 */
export const MATCH_CONFIRM_THRESHOLD = 0.7;

/**
 * Claims that state different numbers (each has a number the other lacks), or
 * where only one is negated, are different claims however alike the words:
 * their similarity is scaled by this.
 */
export const CONFLICT_PENALTY = 0.75;

/**
 * Such claims, and claims naming different people or places (Paris / Lyon),
 * never score above this: at most suggested, so a person always decides.
 */
export const MAX_SIMILARITY_WITH_CONFLICT = MATCH_CONFIRM_THRESHOLD - 0.05;

/**
 * Claims that share no name and no number share only phrasing ("is planned for the autumn",
 * "no one has complained"), which many unrelated claims share: their similarity is scaled by this,
 * so their words must agree more to be suggested (a restatement without figures or names,
 * "the summer festival was put off" / "the summer festival has been postponed", still is).
 */
export const UNANCHORED_PENALTY = 0.8;

/**
 * Claims of two articles whose leading names (story.ts) have nothing in common belong to
 * different stories: a shared figure and some generic words ("40,000 people", "14 times its
 * earnings") are chance. Their similarity is scaled by this (and capped below confirming).
 */
export const DIFFERENT_STORY_PENALTY = 0.6;

/**
 * Claims of one story (their articles share a leading name) that share a number: the same
 * fact, likely, told in other words, unless one places it at another time (when.ts). Their
 * similarity is scaled by this (at most 1, lifted no higher than MAX_SIMILARITY_WITH_CONFLICT).
 * Chosen on the tune half once another time was read (version 6): 1.35 linked 49 of 72 pairs,
 * 1.5 linked 50, 1.7 linked 51 with two false links; none of them links a near pair.
 */
export const SAME_STORY_BOOST = 1.5;

/**
 * Claims of which one places what it reports at a time the other does not (when.ts: "last
 * year", "in March", "two years ago" on one side only, or a different one on each side) are
 * most often another event told for comparison with the same figure ("last year's drought
 * cost 12 million euros" / "the hail caused up to €12m of damage"): not lifted by
 * SAME_STORY_BOOST, scaled by this, and never confirmed.
 */
export const DIFFERENT_TIME_PENALTY = 0.6;

/**
 * Claims that each open with a subject noun of a different thing ("the boiler had passed its safety
 * inspection" / "the depot had passed a safety inspection"; neither a synonym nor a kind of the other) and
 * share no number are about two things: their similarity is scaled by this, never confirmed.
 */
export const DIFFERENT_SUBJECT_PENALTY = 0.6;
