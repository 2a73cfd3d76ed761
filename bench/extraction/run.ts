// Extraction benchmark: the whole engine against wink-nlp's sentence, part-of-speech and entity pipeline
// and against bare tokenisation, on one core, in the same run.
// Run: npm run bench:extraction   (node --expose-gc -r ./bench/swc-loader.js bench/extraction/run.ts)
import { extract } from '@factdesk/extraction';
import { fmt, measure, median } from '../support';
import { article, contenders, type Contender } from './contenders';

const ROUNDS = 7;
const ROUND_MS = 700;
// A worker runs for days: time it warm. V8 keeps compiling the engine's functions for the first
// time until about its 2,000th article (wink's pipeline settles far sooner), so a shorter warm-up
// times the compiler as much as the engine.
const WARM_UP_ARTICLES = 2_500;

for (const work of Object.values(contenders)) for (let i = 0; i < WARM_UP_ARTICLES; i += 1) work();
const rates: Record<Contender, number[]> = { engine: [], winkPipeline: [], winkTokens: [], ownTokens: [] };
for (let round = 0; round < ROUNDS; round += 1) {
  for (const [name, work] of Object.entries(contenders) as Array<[Contender, () => void]>) {
    rates[name].push(measure(work, ROUND_MS).perSecond);
  }
}
const engine = median(rates.engine);
const pipeline = median(rates.winkPipeline);
const winkTokens = median(rates.winkTokens);
const ownTokens = median(rates.ownTokens);

console.log(
  `fixture: ${article.length} characters, ${extract(article).claims.length} claims; after ${WARM_UP_ARTICLES} warm-up articles each, median of ${ROUNDS} interleaved rounds, one core`,
);
console.log(`whole engine:                   ${fmt(engine)} articles/s (${fmt(1000 / engine, 3)} ms each)`);
console.log(`wink-nlp sentences+POS+entities: ${fmt(pipeline)} articles/s (${fmt(1000 / pipeline, 3)} ms each)`);
console.log(`wink-nlp bare tokenisation:     ${fmt(winkTokens)} articles/s (${fmt(1000 / winkTokens, 3)} ms each)`);
console.log(`engine's own tokeniser alone:   ${fmt(ownTokens)} articles/s (${fmt(1000 / ownTokens, 3)} ms each)`);
console.log(`ratio engine cost / wink pipeline:     ${fmt(pipeline / engine, 2)}x (aim: at most 3x; engine aim: at least 400 articles/s)`);
console.log(`ratio engine cost / wink tokenisation: ${fmt(winkTokens / engine, 2)}x`);
console.log(`ratio engine cost / own tokeniser:     ${fmt(ownTokens / engine, 2)}x`);

// Memory: 10,000 articles through the engine; the heap after must be where it was.
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.log('memory: run with --expose-gc to measure (npm run bench:extraction does)');
} else {
  const variants = Array.from({ length: 50 }, (_, i) => article.replace(/\d+/g, (digits) => String(Number(digits) + i)));
  gc();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  for (let i = 0; i < 10_000; i += 1) {
    extract(variants[i % variants.length]!);
    if (i % 1000 === 999) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  gc();
  const after = process.memoryUsage().heapUsed;
  const mb = (bytes: number) => fmt(bytes / 1024 / 1024, 1);
  console.log(
    `memory over 10,000 articles: heap ${mb(before)} MB before, ${mb(peak)} MB peak, ${mb(after)} MB after GC (growth ${mb(after - before)} MB)`,
  );
}
