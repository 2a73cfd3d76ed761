/**
 * The shipped check-worthiness model: logistic regression over hashed word/char
 * n-grams plus dense linguistic features (see ./features.ts), trained on the
 * ClaimBuster debate sentences by scripts/train-checkworthy.ts
 * (`npm run train:checkworthy`), weights committed in ./weights.json.
 *
 * Loaded once at import; scoring is pure CPU, no I/O, no service.
 */
import { type CheckworthinessWeights, LinearCheckworthinessModel } from './linear-model';
import weightsJson from './weights.json';

const weights = weightsJson as unknown as CheckworthinessWeights;

/** The model built from the committed weights.json (shared, loaded once). */
export const checkworthinessModel: LinearCheckworthinessModel = LinearCheckworthinessModel.fromWeights(weights);

/**
 * Decision threshold tuned on validation debates (max F1 of the check-worthy
 * class): a sentence is queued for fact-checkers iff scoreSentence(text) >= CHECKWORTHINESS_THRESHOLD.
 */
export const CHECKWORTHINESS_THRESHOLD: number = checkworthinessModel.threshold;

/** Check-worthiness score of one sentence, in [0, 1]. */
export function scoreSentence(text: string): number {
  return checkworthinessModel.scoreSentence(text);
}

/** True iff the sentence's score reaches CHECKWORTHINESS_THRESHOLD (i.e. it would be queued). */
export function isCheckWorthy(text: string): boolean {
  return checkworthinessModel.scoreSentence(text) >= CHECKWORTHINESS_THRESHOLD;
}
