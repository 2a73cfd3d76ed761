/**
 * The tune half's annotated claims as the engine scores them (shared by scripts/train-checkworthy.ts and
 * scripts/checkworthy-retrain-cv.ts). Reads the tune half only, never the test half.
 *
 * Each annotated claim is aligned to the engine's claims (eval/score.ts `align`, as the eval scores check-worthiness):
 * its training text is the text of the engine claim that covers most of it, exactly what extract() hands the model
 * (attribution included, lead-ins cut as extract() cuts them), and its label is the annotation's. `parts` are every engine
 * claim it overlaps, each with what the rules decide without the model (`fixed`): the eval counts the claim check-worthy
 * if any part is. `fixed` is read from two runs of the engine with a constant model (score 0 and 1): a part the rules
 * raise is check-worthy at 0, one they lower is not at 1, the model decides the others.
 */
import { extract } from '../libs/extraction/src/extract';
import { CHECKWORTHINESS_RULES, type CheckworthinessRule } from '../libs/extraction/src/checkworthiness/checkworthiness-rules';
import { mulberry32, seededShuffle } from '../libs/extraction/src/checkworthiness/model/training';
import { CORPUS_ROOT, loadHalf } from '../eval/corpus';
import { align } from '../eval/score';

/** The cross-validations on the tune half (cv:checkworthy-news, cv:checkworthy-retrain) deal its texts the same way. */
export const NEWS_CV_SEED = 20240611;
export const NEWS_CV_FOLDS = 5;
/** The sets of rules those cross-validations measure each model with. */
export const NEWS_CV_RULE_SETS: readonly { name: string; without: readonly CheckworthinessRule[] }[] = [
  { name: 'every rule', without: [] },
  { name: 'no rule', without: CHECKWORTHINESS_RULES },
  { name: 'every rule but stated-fact', without: ['stated-fact'] },
  {
    name: 'checkable-figure + furniture only',
    without: CHECKWORTHINESS_RULES.filter((r) => r !== 'checkable-figure' && r !== 'article-furniture'),
  },
];

/** Each of `count` texts' fold (seeded shuffle, dealt round). */
export function textFolds(count: number): Int32Array {
  const foldOf = new Int32Array(count);
  seededShuffle(
    Array.from(foldOf, (_, i) => i),
    mulberry32(NEWS_CV_SEED),
  ).forEach((i, k) => (foldOf[i] = k % NEWS_CV_FOLDS));
  return foldOf;
}

export interface NewsClaimPart {
  text: string;
  /** 1: the rules make it check-worthy whatever the model says; 0: they make it not; null: the model decides. */
  fixed: 0 | 1 | null;
}

export interface NewsClaim {
  /** Index of its tune text (the unit of the cross-validation folds). */
  textIndex: number;
  y: 0 | 1;
  /** The engine claim's text that covers most of it: the model's input at run time. */
  text: string;
  parts: NewsClaimPart[];
}

export interface NewsClaims {
  texts: number;
  /** Annotated claims the engine found (the eval scores check-worthiness on these only). */
  claims: NewsClaim[];
  /** Annotated claims in all. */
  annotated: number;
}

/** The tune half's claims, the rules in `without` leaving the decision to the model. */
export function tuneNewsClaims(without: ReadonlySet<CheckworthinessRule> = new Set()): NewsClaims {
  const texts = loadHalf(CORPUS_ROOT, 'tune').texts;
  const claims: NewsClaim[] = [];
  let annotated = 0;
  texts.forEach((t, textIndex) => {
    const low = extract(t.raw, { withoutCheckworthinessRules: without, checkworthinessModel: () => 0 });
    const high = extract(t.raw, { withoutCheckworthinessRules: without, checkworthinessModel: () => 1 });
    const fixed = low.claims.map((c, i): 0 | 1 | null => (c.checkWorthy ? 1 : high.claims[i]!.checkWorthy ? null : 0));
    for (const claim of t.claims) {
      annotated++;
      const { found, engine } = align(low.text, claim, low.claims);
      if (!found) continue;
      claims.push({
        textIndex,
        y: claim.checkWorthy ? 1 : 0,
        text: engine[0]!.text,
        parts: engine.map((e) => ({ text: e.text, fixed: fixed[e.index]! })),
      });
    }
  });
  return { texts: texts.length, claims, annotated };
}

/** How many claims the eval counts right, given each part text's score and the threshold. */
export function newsCounts(
  claims: readonly NewsClaim[],
  score: (text: string) => number,
  threshold: number,
): { right: number; tp: number; fp: number; fn: number; tn: number } {
  const c = { right: 0, tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const claim of claims) {
    // The engine rounds its scores to 4 decimals before comparing them with the threshold.
    const worthy = claim.parts.some((p) => (p.fixed ?? (Math.round(score(p.text) * 1e4) / 1e4 >= threshold ? 1 : 0)) === 1);
    if (claim.y === 1 && worthy) c.tp++;
    else if (claim.y === 1) c.fn++;
    else if (worthy) c.fp++;
    else c.tn++;
  }
  c.right = c.tp + c.tn;
  return c;
}
