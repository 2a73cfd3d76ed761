import { extractCheckworthinessFeatures, type CheckworthinessFeatures } from './checkworthiness-features';

/**
 * Fixed weights of the interim heuristic, one per feature, plus a bias.
 * score = logistic(BIAS + Σ weight × feature).
 *
 * Reasoning (the same table is in libs/extraction/README.md):
 * - A stated amount is the strongest single sign of a checkable claim (+1.5),
 *   a second amount adds a little (+0.5); comparisons and superlatives make
 *   an amount or a ranking checkable (+0.6); an amount without a number helps
 *   only a little (+0.4).
 * - Named actors (+0.5 per name, at most 3) and a verb of something that
 *   happened (+0.9) make an event claim; past tense (+0.4) and a date (+0.4)
 *   pin it down. Cause and blame (+0.8) are what conflicting sources argue about.
 * - Naming a source (+0.3) is a weak sign: attributed statements are usually
 *   reported facts, but the attribution itself is not the claim.
 * - Questions (−2.0) and reported open questions (−1.2) assert nothing; first
 *   or second person beliefs and wishes (−1.2) are opinions; hedges and modals
 *   (−0.8) and future or intention (−0.5) cannot be checked now; personal
 *   pronouns (−0.5) lean towards opinion; very short content (−1.5) rarely
 *   holds a checkable claim.
 * - BIAS −1.5 puts a sentence with no signal at 0.18; one name plus one event
 *   verb (−0.1) stays just under the threshold, so a bare event needs one more
 *   sign (a date, a past tense, a second name) to be queued.
 * The numbers are set by hand, not fitted; the trained model will replace them.
 */
export const CHECKWORTHINESS_WEIGHTS: Readonly<Record<keyof CheckworthinessFeatures, number>> = {
  quantity: 1.5,
  multipleQuantities: 0.5,
  vagueQuantity: 0.4,
  comparative: 0.6,
  entities: 0.5,
  dateOrTime: 0.4,
  eventVerb: 0.9,
  pastOrPerfect: 0.4,
  causal: 0.8,
  attributed: 0.3,
  question: -2.0,
  indirectQuestion: -1.2,
  firstPersonOpinion: -1.2,
  personalPronoun: -0.5,
  hedge: -0.8,
  forwardLooking: -0.5,
  shortness: -1.5,
};

export const CHECKWORTHINESS_BIAS = -1.5;

/**
 * Sentences scoring at or above this are check-worthy and go to the review
 * queue; the others are kept but not queued. 0.5 is the logistic midpoint
 * (weighted evidence for and against balance out); the bias, not the
 * threshold, is what was tuned, so a trained model can keep the same cut.
 */
export const CHECKWORTHY_THRESHOLD = 0.5;

export interface CheckworthinessScore {
  /** In [0, 1]. */
  score: number;
  features: CheckworthinessFeatures;
}

/** Scores one sentence with the interim heuristic. Pure; never throws. */
export function scoreCheckworthiness(sentence: string): CheckworthinessScore {
  const features = extractCheckworthinessFeatures(sentence);
  return { score: scoreCheckworthinessFeatures(features), features };
}

/** The heuristic's score for an already computed feature vector. */
export function scoreCheckworthinessFeatures(features: CheckworthinessFeatures): number {
  let z = CHECKWORTHINESS_BIAS;
  for (const name of Object.keys(CHECKWORTHINESS_WEIGHTS) as Array<keyof CheckworthinessFeatures>) {
    z += CHECKWORTHINESS_WEIGHTS[name] * features[name];
  }
  return 1 / (1 + Math.exp(-z));
}
