// Extraction cost in machine instructions: the engine against wink-nlp's sentence, part-of-speech and
// entity pipeline, each counted by valgrind's callgrind over the same articles after the same warm-up.
// Instruction counts hold on a loaded machine, where timings (bench:extraction) swing by a factor of two:
// the ratio of instructions stands in for the ratio of time. It leaves out what instructions do not
// show (cache misses: the check-worthiness model's weight lookups cost more than their count says).
// Needs valgrind; takes a few minutes (the warm-up runs uninstrumented, only the measured articles are counted).
// The engine's JIT is not done after 300 articles: V8 still compiles some of its functions for the first time up to
// about the 2,000th (with --predictable on the main thread, counted here: an eighth of the engine's count after 300,
// where wink's pipeline has about one fiftieth). A longer warm-up (the second argument, e.g. 2500) counts the steady state.
// Run: npm run bench:extraction:instructions   (node -r @swc-node/register bench/extraction/instructions.ts [articles] [warm-up])
import { execFileSync, spawnSync } from 'node:child_process';
import { fmt } from '../support';
import { contenders, type Contender } from './contenders';

const DEFAULT_WARM_UP = 300;
const [first, name, count, warmUpArgument] = process.argv.slice(2);

if (first === '--child') {
  // Inside valgrind: warm up uninstrumented, then count `count` articles of one contender.
  const work = contenders[name as Contender];
  const warmUp = Number(warmUpArgument);
  for (let i = 0; i < warmUp; i += 1) work();
  const instrument = (on: boolean) =>
    execFileSync('callgrind_control', ['-i', on ? 'on' : 'off', String(process.pid)], { stdio: 'ignore' });
  instrument(true);
  for (let i = 0; i < Number(count); i += 1) work();
  instrument(false);
} else {
  const articles = Number(first ?? 100);
  const warmUp = Number(name ?? DEFAULT_WARM_UP);
  const perArticle = (contender: Contender): number => {
    const run = spawnSync(
      'valgrind',
      [
        '--tool=callgrind',
        '--instr-atstart=no',
        '--callgrind-out-file=/dev/null',
        process.execPath,
        // One thread, no concurrent JIT or GC: the same count run after run.
        '--predictable',
        '-r',
        '@swc-node/register',
        __filename,
        '--child',
        contender,
        String(articles),
        String(warmUp),
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const collected = /Collected : (\d+)/.exec(run.stderr ?? '');
    if (run.status !== 0 || !collected) throw new Error(`callgrind run of ${contender} failed:\n${run.stderr ?? run.error}`);
    return Number(collected[1]) / articles;
  };
  const engine = perArticle('engine');
  const pipeline = perArticle('winkPipeline');
  console.log(`fixture, ${articles} articles each after ${warmUp} uninstrumented; instructions per article (callgrind)`);
  console.log(`whole engine:                    ${fmt(engine / 1e6, 2)} M`);
  console.log(`wink-nlp sentences+POS+entities: ${fmt(pipeline / 1e6, 2)} M`);
  console.log(`ratio engine / wink pipeline:    ${fmt(engine / pipeline, 2)}x (aim: at most 3x in time)`);
}
