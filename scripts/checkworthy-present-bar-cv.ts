/**
 * Chooses the bar from which a plain present-tense statement reaches the threshold (`PLAIN_PRESENT_BAR`, rule `plain-present`
 * of checkworthiness-rules.ts) by cross-validation over the tune half's texts (npm run cv:checkworthy-present-bar):
 *
 * the tune texts dealt into the folds of `cv:checkworthy-news` (seeded); for each fold, the bar that judges the most claims of
 * the other four right (ties to the one nearer the model's threshold), counted on the held-out fold as the eval counts it
 * (`newsCounts`: a claim is check-worthy when any of its engine claims is); summed over folds, beside every bar in-sample and
 * the shipped one. The model's scores are the shipped model's; the other rules decide as in production. Reads no test text.
 */
import { checkworthinessRuleOf } from '../libs/extraction/src/extract';
import { PLAIN_PRESENT_BAR } from '../libs/extraction/src/checkworthiness/checkworthiness-rules';
import { CHECKWORTHINESS_THRESHOLD, scoreSentence } from '../libs/extraction/src/checkworthiness/model/checkworthiness-model';
import { NEWS_CV_FOLDS, NEWS_CV_SEED, textFolds, tuneNewsClaims, type NewsClaim } from './checkworthy-news-claims';

const BARS = Array.from({ length: 33 }, (_, i) => Math.round((0.1 + i * 0.01) * 100) / 100);

function main(): void {
  const { claims, texts } = tuneNewsClaims();
  const foldOf = textFolds(texts);
  // Each part's rounded score (as the engine compares it) and whether `plain-present` is its rule.
  const parts = new Map<string, { score: number; plain: boolean }>();
  for (const claim of claims)
    for (const p of claim.parts)
      if (!parts.has(p.text))
        parts.set(p.text, {
          score: Math.round(scoreSentence(p.text) * 1e4) / 1e4,
          plain: checkworthinessRuleOf(p.text) === 'plain-present',
        });
  const right = (set: readonly NewsClaim[], bar: number): number =>
    set.filter((claim) => {
      const worthy = claim.parts.some((p) => {
        if (p.fixed !== null) return p.fixed === 1;
        const { score, plain } = parts.get(p.text)!;
        return score >= (plain ? bar : CHECKWORTHINESS_THRESHOLD);
      });
      return (worthy ? 1 : 0) === claim.y;
    }).length;
  console.log(`${texts} tune texts, ${claims.length} claims, ${NEWS_CV_FOLDS} folds by text (seed ${NEWS_CV_SEED}); claims judged right:`);
  console.log(`no lower bar (${CHECKWORTHINESS_THRESHOLD}): ${right(claims, CHECKWORTHINESS_THRESHOLD)}`);
  console.log(`in-sample: ${BARS.map((b) => `${b.toFixed(2)} ${right(claims, b)}`).join(', ')}`);
  let held = 0;
  const chosen: string[] = [];
  for (let k = 0; k < NEWS_CV_FOLDS; k++) {
    const train = claims.filter((c) => foldOf[c.textIndex] !== k);
    let best = BARS[0]!;
    for (const bar of BARS) {
      const [r, b] = [right(train, bar), right(train, best)];
      if (r > b || (r === b && Math.abs(bar - CHECKWORTHINESS_THRESHOLD) < Math.abs(best - CHECKWORTHINESS_THRESHOLD))) best = bar;
    }
    held += right(
      claims.filter((c) => foldOf[c.textIndex] === k),
      best,
    );
    chosen.push(best.toFixed(2));
  }
  console.log(`cross-validated (each fold's bar chosen on the other four: ${chosen.join(', ')}): ${held}`);
  console.log(`shipped bar ${PLAIN_PRESENT_BAR}: ${right(claims, PLAIN_PRESENT_BAR)} in-sample`);
}

main();
