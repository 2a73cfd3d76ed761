import { CLAIM_TYPES, classifyClaimTypeFromFeatures, MIN_QUOTED_WORDS } from '../claim-type';
import type { Quantity } from '../quantities/quantity';
import { measureQuote } from '../quote-tracker';
import type { Token } from '../tokenizer';
import { CHECKWORTHINESS_FEATURE_NAMES, type CheckworthinessFeatures } from './checkworthiness-features';
import { checkworthinessRule } from './checkworthiness-rules';
import calibrationJson from './news-calibration.json';

/**
 * The news calibration: the debate-trained model's score of a claim combined with what the engine
 * already knows of the claim, by a logistic regression fitted on the news corpus's tune half
 * (`npm run fit:checkworthy-news`, scripts/fit-checkworthy-news.ts; never on the test half, never on
 * the expert-labelled debate sentences). The model learnt check-worthiness from debates, where most
 * sentences are opinions and an event said in passing is rarely checked; in news most sentences
 * state facts, and a short "Two crew were taken to hospital." is as check-worthy as a statistic.
 *
 * Its inputs, all computed from the claim's text alone (so a claim scores the same in an article
 * and on its own, `analyseSentence`): the model's log-odds, the two rules of
 * checkworthiness-rules.ts (a forecast with nothing to check it by, a plainly stated figure), the
 * engine's linguistic features (checkworthiness-features.ts), the claim type, whether the claim is
 * a direct quote, and whether it gives a date or a duration. Each input is standardised with the
 * tune half's mean and spread before its weight applies.
 */
export interface NewsCalibration {
  /** The input names it reads (some or all of NEWS_CALIBRATION_INPUTS), in the order of `mean`, `scale` and `weights`. */
  inputs: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** How the calibration was fitted (the script, the corpus half, the L2 strength, the model it calibrates). */
  fitted?: Record<string, unknown>;
}

/** Everything the calibration reads beside the model's score. */
export interface CalibrationContext {
  tokens: readonly Token[];
  features: CheckworthinessFeatures;
  quantities: readonly Quantity[];
}

export const NEWS_CALIBRATION_INPUTS: readonly string[] = [
  'modelLogOdds',
  'rule:forecast-without-figure',
  'rule:checkable-figure',
  ...CHECKWORTHINESS_FEATURE_NAMES,
  ...CLAIM_TYPES.map((type) => `type:${type}`),
  'quoted',
  'quantity:date',
  'quantity:duration',
];

/** The model's score is clipped to [LOGIT_FLOOR, 1 - LOGIT_FLOOR] before its log-odds are taken. */
const LOGIT_FLOOR = 1e-4;

export function logOdds(p: number): number {
  const q = Math.min(Math.max(p, LOGIT_FLOOR), 1 - LOGIT_FLOOR);
  return Math.log(q / (1 - q));
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** The calibration's inputs for a claim, in NEWS_CALIBRATION_INPUTS order. */
export function calibrationInputs(text: string, modelScore: number, { tokens, features, quantities }: CalibrationContext): number[] {
  const rule = checkworthinessRule(tokens, features, quantities);
  const quote = measureQuote(text);
  const type = classifyClaimTypeFromFeatures(features, quote);
  const quoted = quote !== null && (quote.coverage === 'full' || quote.quotedWords >= MIN_QUOTED_WORDS);
  let date = 0;
  let duration = 0;
  for (const quantity of quantities) {
    if (quantity.kind === 'date') date = 1;
    else if (quantity.kind === 'duration') duration = 1;
  }
  return [
    logOdds(modelScore),
    rule === 'forecast-without-figure' ? 1 : 0,
    rule === 'checkable-figure' ? 1 : 0,
    ...CHECKWORTHINESS_FEATURE_NAMES.map((name) => features[name]),
    ...CLAIM_TYPES.map((t) => (t === type ? 1 : 0)),
    quoted ? 1 : 0,
    date,
    duration,
  ];
}

/** Where each of the calibration's inputs is in NEWS_CALIBRATION_INPUTS order (a calibration may read a subset). */
const positions = new WeakMap<NewsCalibration, number[]>();
function positionsOf(calibration: NewsCalibration): number[] {
  let found = positions.get(calibration);
  if (!found) {
    found = calibration.inputs.map((name) => {
      const at = NEWS_CALIBRATION_INPUTS.indexOf(name);
      if (at < 0) throw new Error(`the calibration reads an unknown input "${name}"`);
      return at;
    });
    positions.set(calibration, found);
  }
  return found;
}

/** The calibrated log-odds that a news claim is check-worthy (>= 0: check-worthy); `inputs` in NEWS_CALIBRATION_INPUTS order. */
export function calibratedLogOdds(inputs: readonly number[], calibration: NewsCalibration): number {
  const at = positionsOf(calibration);
  let z = calibration.bias;
  for (let i = 0; i < at.length; i++) z += (calibration.weights[i]! * (inputs[at[i]!]! - calibration.mean[i]!)) / calibration.scale[i]!;
  return z;
}

/**
 * The claim's check-worthiness in [0, 1] on the model's scale: the calibrated log-odds shifted so that
 * a claim reaches `threshold` exactly when the calibration judges it check-worthy (log-odds >= 0).
 */
export function calibratedScore(inputs: readonly number[], threshold: number, calibration: NewsCalibration): number {
  return sigmoid(calibratedLogOdds(inputs, calibration) + logOdds(threshold));
}

/** The calibration committed beside this file (fitted for the committed weights.json). */
export const newsCalibration: NewsCalibration = calibrationJson as NewsCalibration;
