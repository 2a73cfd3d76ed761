// Where the engine's time goes: each stage's share of extract() on the fixture, from V8's CPU profiler.
// Shares of one profile hold on a shared, loaded machine, where timings (bench:extraction) swing
// by a factor of two from run to run: use them to find hot spots and to check a change moved one.
// A stage the JIT inlined into extract() counts in "the rest" for that run: run it twice.
// Run: npm run bench:stages   (node -r ./bench/swc-loader.js bench/extraction/stages.ts [articles])
import { readFileSync } from 'node:fs';
import { Session, type Profiler } from 'node:inspector';
import { extract } from '@factdesk/extraction';
import { FIXTURE_PATH, fmt } from '../support';

/** A stage: the function that runs it (its name and the end of its file's path). */
interface Stage {
  label: string;
  fn: string;
  file: string;
  /** Part of another stage, printed indented under it. */
  within?: string;
}

const STAGES: Stage[] = [
  { label: 'sentences and quotes', fn: 'segmentText', file: 'src/sentence-splitter.ts' },
  { label: 'tokens', fn: 'tokenizeSentences', file: 'entities/sentence-tokens.ts' },
  { label: 'entities', fn: 'findEntitiesInTokens', file: 'entities/find-entities.ts' },
  { label: 'attribution', fn: 'attributeSentences', file: 'attribution/attribute-sentences.ts' },
  { label: 'part-of-speech tags', fn: 'tagTokens', file: 'src/pos-tags.ts', within: 'attribution' },
  { label: "wink-nlp's readDoc", fn: 'readDoc', file: 'wink-nlp/src/wink-nlp.js', within: 'part-of-speech tags' },
  { label: 'person profiles', fn: 'buildPersonProfiles', file: 'attribution/person-profiles.ts', within: 'attribution' },
  { label: 'claim splitting', fn: 'splitClaims', file: 'claims/split-claims.ts' },
  { label: 'check-worthiness model', fn: 'scoreSentence', file: 'model/checkworthiness-model.ts' },
  { label: 'claim features (type)', fn: 'extractCheckworthinessFeatures', file: 'checkworthiness/checkworthiness-features.ts' },
  { label: 'quantities', fn: 'extractQuantitiesFromTokens', file: 'quantities/extract-quantities.ts' },
  { label: 'conflicts', fn: 'findConflictCandidates', file: 'conflicts/conflict-candidates.ts' },
  { label: 'language', fn: 'detectLanguage', file: 'src/language-detector.ts' },
];

const articles = Number(process.argv[2] ?? 1000);
const article = readFileSync(FIXTURE_PATH, 'utf8');
for (let i = 0; i < 300; i += 1) extract(article); // warm up the JIT

const session = new Session();
session.connect();
const post = <T>(method: string, params?: object): Promise<T> =>
  new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));

void (async () => {
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  for (let i = 0; i < articles; i += 1) extract(article);
  const { profile } = await post<{ profile: Profiler.Profile }>('Profiler.stop');
  session.disconnect();

  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const matches = (node: Profiler.ProfileNode, fn: string, file: string) =>
    node.callFrame.functionName === fn && node.callFrame.url.endsWith(file);

  // Samples by stage, each sample counted once per stage on its stack (recursion does not count twice).
  const samples = new Map<string, number>();
  let engine = 0;
  let garbage = 0;
  for (const id of profile.samples ?? []) {
    const seen = new Set<string>();
    let inEngine = false;
    for (let node = byId.get(id); node; node = byId.get(parentOf.get(node.id) ?? -1)) {
      if (matches(node, 'extract', 'src/extract.ts')) inEngine = true;
      for (const stage of STAGES) if (matches(node, stage.fn, stage.file)) seen.add(stage.label);
    }
    if (byId.get(id)?.callFrame.functionName === '(garbage collector)') garbage += 1;
    if (!inEngine) continue;
    engine += 1;
    for (const label of seen) samples.set(label, (samples.get(label) ?? 0) + 1);
  }

  const share = (count: number) => `${fmt((100 * count) / Math.max(1, engine), 1).padStart(5)}%`;
  console.log(`fixture: ${article.length} characters, ${articles} articles profiled; share of extract()'s samples (${engine})`);
  let covered = 0;
  for (const stage of STAGES) {
    const count = samples.get(stage.label) ?? 0;
    const depth = stage.within ? (STAGES.find((s) => s.label === stage.within)?.within ? 2 : 1) : 0;
    if (depth === 0) covered += count;
    console.log(`${share(count)}  ${'  '.repeat(depth)}${stage.label}`);
  }
  console.log(`${share(engine - covered)}  the rest (extract.ts's own steps)`);
  console.log(`garbage collection, outside these: ${fmt((100 * garbage) / Math.max(1, engine), 1)}% of the engine's samples`);
})();
