// Extraction cost in machine instructions: the engine against wink-nlp's sentence, part-of-speech and
// entity pipeline, each counted by valgrind's callgrind over the same articles after the same warm-up.
// Instruction counts hold on a loaded machine, where timings (bench:extraction) swing by a factor of two:
// the ratio of instructions stands in for the ratio of time. It leaves out what instructions do not
// show (cache misses: the check-worthiness model's weight lookups cost more than their count says).
// Needs valgrind; takes a few minutes (the warm-up runs uninstrumented, only the measured articles are counted).
// The engine's JIT is not done after 300 articles: V8 still compiles some of its functions for the first time up to
// about the 2,000th (with --predictable on the main thread, counted here: an eighth of the engine's count after 300,
// where wink's pipeline has about one fiftieth). A longer warm-up (the second argument, e.g. 2500) counts the steady state.
// `--caches` adds callgrind's cache and branch simulation: what instruction counts leave out, counted the same way
// whatever the load (see `CACHES` below). Several times slower; e.g. `-- 30 1000 --caches`.
// Run: npm run bench:extraction:instructions   (node -r ./bench/swc-loader.js bench/extraction/instructions.ts [articles] [warm-up] [--caches])
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fmt } from '../support';
import { contenders, type Contender } from './contenders';

const DEFAULT_WARM_UP = 300;
const caches = process.argv.includes('--caches');
const [first, name, count, warmUpArgument] = process.argv.slice(2).filter((argument) => argument !== '--caches');

/**
 * The caches callgrind simulates with `--caches`: one core of the machines this runs on (L1 32 KB of instructions and
 * 48 KB of data; 2 MB of L2). callgrind simulates two levels and would otherwise take the last level from the CPU, here
 * an L3 of hundreds of megabytes shared with every other guest of the host: the core's own L2 is what an article's
 * tables and code must stay in.
 */
const CACHES = ['--cache-sim=yes', '--branch-sim=yes', '--I1=32768,8,64', '--D1=49152,12,64', '--LL=2097152,16,64'];

/** callgrind's events, in the order its `Collected` line prints them with the simulation on. */
const EVENTS = ['Ir', 'Dr', 'Dw', 'I1mr', 'D1mr', 'D1mw', 'ILmr', 'DLmr', 'DLmw', 'Bc', 'Bcm', 'Bi', 'Bim'] as const;
type Counts = Record<(typeof EVENTS)[number], number>;

/**
 * Cycles the misses cost on top of the instructions, at round latencies of such cores (an L1 miss served by L2 about 12
 * cycles, an L2 miss served by L3 about 50, a mispredicted branch about 15): an estimate to weigh the counts by, not a
 * measurement. Write misses are left out: a store does not wait for its line.
 */
function stallCycles(c: Counts): number {
  return 12 * (c.I1mr + c.D1mr) + 50 * (c.ILmr + c.DLmr) + 15 * (c.Bcm + c.Bim);
}

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
  const perArticle = (contender: Contender): Counts => {
    const run = spawnSync(
      'valgrind',
      [
        '--tool=callgrind',
        '--instr-atstart=no',
        '--callgrind-out-file=/dev/null',
        ...(caches ? CACHES : []),
        process.execPath,
        // One thread, no concurrent JIT or GC: the same count run after run.
        '--predictable',
        '-r',
        join(__dirname, '../swc-loader.js'),
        __filename,
        '--child',
        contender,
        String(articles),
        String(warmUp),
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const collected = /Collected : ([\d ]+)/.exec(run.stderr ?? '');
    if (run.status !== 0 || !collected) throw new Error(`callgrind run of ${contender} failed:\n${run.stderr ?? run.error}`);
    const values = collected[1]!.trim().split(/\s+/).map(Number);
    // Without the simulation callgrind collects instructions alone.
    const names = caches ? EVENTS : (['Ir'] as const);
    return Object.fromEntries(EVENTS.map((event) => [event, (values[names.indexOf(event as never)] ?? 0) / articles])) as Counts;
  };
  const engine = perArticle('engine');
  const pipeline = perArticle('winkPipeline');
  console.log(`fixture, ${articles} articles each after ${warmUp} uninstrumented; instructions per article (callgrind)`);
  console.log(`whole engine:                    ${fmt(engine.Ir / 1e6, 2)} M`);
  console.log(`wink-nlp sentences+POS+entities: ${fmt(pipeline.Ir / 1e6, 2)} M`);
  console.log(`ratio engine / wink pipeline:    ${fmt(engine.Ir / pipeline.Ir, 2)}x (aim: at most 3x in time)`);
  if (caches) {
    const row = (label: string, c: Counts) =>
      `${label.padEnd(33)}${[c.I1mr, c.ILmr, c.D1mr, c.DLmr, c.DLmw, c.Bcm + c.Bim].map((n) => fmt(n / 1000, 1).padStart(9)).join('')} K` +
      `   stalls ~${fmt(stallCycles(c) / 1e6, 2)} M cycles`;
    console.log("misses per article (callgrind's simulation of one core: L1 32 KB code, 48 KB data, L2 2 MB)");
    console.log(`${''.padEnd(33)}  L1 code  L2 code  L1 data  L2 data L2 write  branches`);
    console.log(row('whole engine:', engine));
    console.log(row('wink-nlp sentences+POS+entities:', pipeline));
    const ratios = [engine.I1mr / pipeline.I1mr, engine.ILmr / pipeline.ILmr, engine.D1mr / pipeline.D1mr, engine.DLmr / pipeline.DLmr];
    ratios.push(engine.DLmw / pipeline.DLmw, (engine.Bcm + engine.Bim) / (pipeline.Bcm + pipeline.Bim));
    console.log(`${'ratio engine / wink pipeline:'.padEnd(33)}${ratios.map((r) => `${fmt(r, 1)}x`.padStart(9)).join('')}`);
    // Instructions at about three a cycle plus the stalls: an estimate of the time ratio the wall clock would show on a quiet core.
    const cycles = (c: Counts) => c.Ir / 3 + stallCycles(c);
    console.log(
      `estimated cycles engine / wink pipeline: ${fmt(cycles(engine) / cycles(pipeline), 2)}x (instructions at 3 a cycle plus the stalls above)`,
    );
  }
}
