import { TIME_UNITS, isPresentCopula } from '../lexicon';
import type { Quantity, QuantityKind } from '../quantities/quantity';
import { endsWithText } from '../text-chars';
import type { Token } from '../tokenizer';
import type { CheckworthinessFeatures } from './checkworthiness-features';

/**
 * Four rules of what counts as check-worthy (a factual claim worth checking: figures, events,
 * statements of fact; not opinions, promises or forecasts without figures), applied to the
 * trained model's score of a claim's whole text. The model learnt from debate sentences, where
 * a speaker's promise is rarely worded "X said it would …" and an amount said in passing is
 * rarely checked; news states both all the time.
 *
 * - `forecast-without-figure`: the claim says what will or would happen, or what someone
 *   intends, plans or promises ("will", "would", "expected to", "plans to"), and states nothing
 *   to check it by (no number, date or duration) and no past event: not check-worthy, whatever
 *   the score (kept just under the threshold).
 * - `checkable-figure`: the claim states a figure (a count, percent, fraction, amount of money,
 *   age, measure or range: not a date, duration or ordinal) as a plain statement (no
 *   first-person opinion, hedge, forecast or question): check-worthy (raised to the threshold).
 * - `stated-fact`: the claim states what happened or was the case (past tense or perfect: a past
 *   verb or "has"/"had" with a participle, not a present "is based" or "are concerned", nor the
 *   verb of an indirect question as in "people know what happened"), in the
 *   author's words or reported ("X said the fire had started in …"), not as a direct quote, with no
 *   first- or second-person pronoun, hedge, forecast, intention or question: a plain statement of
 *   fact, as a news report's narrative sentences are ("Two of the crew were taken to hospital.",
 *   "The bridge was built in 1931."): check-worthy (raised to the threshold). The model, trained on
 *   debates where most past-tense statements come with an "I" or a "we", scores many of them low.
 * - `article-furniture`: a credit, contact line, greeting or sign-off (`isArticleFurniture`:
 *   "Reporting by …; editing by …", "Media contact: …"): no claim at all, not check-worthy (kept
 *   just under the threshold). The model, never shown such lines, scores a byline of names high.
 */
export type CheckworthinessRule = 'article-furniture' | 'forecast-without-figure' | 'checkable-figure' | 'stated-fact';

/** Kinds of quantity that make a figure someone can check; dates, durations and ordinals only place a claim in time or order. */
const FIGURE_KINDS: ReadonlySet<QuantityKind> = new Set<QuantityKind>(['count', 'percent', 'fraction', 'money', 'age', 'measure', 'range']);

/** Words that put a claim in the future or in someone's intention (and any word ending in "'ll"). */
const INTENTION_WORDS: ReadonlySet<string> = new Set(['will', 'shall', "won't", 'would', "wouldn't"]);
/** Verbs that, followed by "to", state an intention or expectation ("plans to", "is expected to", "set to"). */
const INTENTION_VERBS: ReadonlySet<string> = new Set([
  'going',
  'expected',
  'expects',
  'plan',
  'plans',
  'planning',
  'promised',
  'promises',
  'pledged',
  'pledges',
  'hope',
  'hopes',
  'hoped',
  'hoping',
  'intend',
  'intends',
  'aim',
  'aims',
  'set',
]);

/** Participles that, after a present "is"/"are", put an event in the schedule: "is planned for", "are scheduled to", "is due on". */
const SCHEDULED: ReadonlySet<string> = new Set(['planned', 'scheduled', 'due']);

/** The claim speaks of the future or of an intention: a modal "will"/"would", a "plans to"-like phrase or an event scheduled ("is planned for"). */
export function statesIntention(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).lower;
    if (INTENTION_WORDS.has(w) || endsWithText(w, "'ll")) return true;
    if (INTENTION_VERBS.has(w) && tokens[i + 1]?.lower === 'to') return true;
    if (SCHEDULED.has(w) && i > 0 && isPresentCopula((tokens[i - 1] as Token).lower)) return true;
  }
  return false;
}

/** A figure someone can check: not a date, duration or ordinal, nor a count of time units ("4 more years" is a duration). */
export function hasFigure(quantities: readonly Quantity[]): boolean {
  for (const quantity of quantities) if (FIGURE_KINDS.has(quantity.kind) && !countsTime(quantity)) return true;
  return false;
}

/** A count whose counted noun is a unit of time ("three more weeks", "five extra days"). */
function countsTime(quantity: Quantity): boolean {
  if (quantity.kind !== 'count' || quantity.counted === null) return false;
  return TIME_UNITS.has(quantity.counted.slice(quantity.counted.lastIndexOf(' ') + 1).toLowerCase());
}

/**
 * A plain statement of what happened or was the case: past or perfect in the claim's content (the
 * features set an attribution clause aside, so "X said the fire had started …" counts), not a direct
 * quote, no first- or second-person pronoun, nobody's view, nothing hedged, nothing to come, no question.
 */
export function statesFact(features: CheckworthinessFeatures, quoted: boolean): boolean {
  return (
    features.pastOrPerfect > 0 &&
    !quoted &&
    !features.personalPronoun &&
    !features.firstPersonOpinion &&
    !features.hedge &&
    !features.forwardLooking &&
    !features.question &&
    !features.indirectQuestion
  );
}

/**
 * Which rule, if any, decides the claim regardless of the model's score. `quoted` says whether the
 * claim is a direct quote (`isQuoted`); it is asked only when the answer matters, as finding it scans the text.
 */
export function checkworthinessRule(
  tokens: readonly Token[],
  features: CheckworthinessFeatures,
  quantities: readonly Quantity[],
  quoted: () => boolean = () => false,
): CheckworthinessRule | null {
  const intention = statesIntention(tokens);
  if (intention && quantities.length === 0 && !features.quantity && !features.pastOrPerfect) return 'forecast-without-figure';
  const figure = hasFigure(quantities);
  if (figure && !intention && !features.firstPersonOpinion && !features.hedge && !features.forwardLooking && !features.question) {
    return 'checkable-figure';
  }
  if (!intention && statesFact(features, false) && !quoted()) return 'stated-fact';
  return null;
}

/** How far under the threshold a forecast without figures is kept (its score still orders it among the claims not queued). */
const UNDER_THRESHOLD = 0.001;

/** The model's score after the rules: a forecast without figures or a credit line stays under the threshold, a plain figure or stated fact reaches it. */
export function applyCheckworthinessRule(score: number, threshold: number, rule: CheckworthinessRule | null): number {
  if (rule === 'forecast-without-figure' || rule === 'article-furniture') return Math.min(score, threshold - UNDER_THRESHOLD);
  if (rule === 'checkable-figure' || rule === 'stated-fact') return Math.max(score, threshold);
  return score;
}
