// npm run eval:extraction -- [--half tune|test] [--verbose] [--show-test-misses] [--without-rule r1,r2]
// Scores the extraction engine on the annotated corpus in eval/corpus (see eval/README.md).
// A measurement: exits 0 whatever the figures; 1 only when a corpus file is malformed.
import { parseArgs } from 'node:util';
import { CHECKWORTHINESS_RULES, CONFLICT_GATES, type CheckworthinessRule } from '@factdesk/extraction';
import { CONFLICT_KINDS, CorpusError, HALVES, loadCorpus, PATTERNS, type Half, type Pattern } from './corpus';
import { scoreHalf, type HalfScore, type NameMisses, type Ratio } from './score';

const USAGE = `usage: eval:extraction [--half tune|test] [--verbose] [--show-test-misses] [--without-rule r1,r2]
  --half h             score one half only (default: both, tune first)
  --verbose            list each miss of the tune half (text, claim, expected vs got)
  --show-test-misses   also list the test half's misses (the test half is for the final score only)
  --without-rule r,…   leave these check-worthiness rules out, the model's score standing (what each adds on both halves):
                       ${CHECKWORTHINESS_RULES.join(', ')}`;

export function main(argv: string[]): number {
  let values: { half?: string; verbose?: boolean; 'show-test-misses'?: boolean; 'without-rule'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        half: { type: 'string' },
        verbose: { type: 'boolean', short: 'v', default: false },
        'show-test-misses': { type: 'boolean', default: false },
        'without-rule': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    process.stderr.write(`eval:extraction: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.half !== undefined && !HALVES.includes(values.half as Half)) {
    process.stderr.write(`eval:extraction: unknown half "${values.half}"\n${USAGE}\n`);
    return 2;
  }
  const without = (values['without-rule'] ?? '').split(',').filter((rule) => rule.length > 0);
  const unknown = without.find((rule) => !(CHECKWORTHINESS_RULES as readonly string[]).includes(rule));
  if (unknown !== undefined) {
    process.stderr.write(`eval:extraction: unknown check-worthiness rule "${unknown}"\n${USAGE}\n`);
    return 2;
  }
  const engine = { withoutCheckworthinessRules: new Set(without as CheckworthinessRule[]) };
  let corpus;
  try {
    corpus = loadCorpus();
  } catch (error) {
    if (error instanceof CorpusError) {
      process.stderr.write(`eval:extraction: malformed corpus file ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const scores = corpus.filter(({ half }) => values.half === undefined || half === values.half).map((half) => scoreHalf(half, engine));
  process.stdout.write(formatTable(scores));
  for (const score of scores) {
    const show = score.half === 'tune' ? values.verbose : values['show-test-misses'];
    if (show) process.stdout.write(formatMisses(score));
  }
  return 0;
}

export function formatTable(scores: readonly HalfScore[]): string {
  const rows: Array<[string, (s: HalfScore) => string]> = [
    ['texts / annotated claims', (s) => `${s.texts} / ${s.claims}`],
    [`claims found (≥50% covered)`, (s) => fraction(s.found)],
    ['sentence boundaries exact', (s) => fraction(s.boundaries)],
    ['speaker', (s) => fraction(s.speaker)],
    ['  misses: none / extra / other', (s) => nameMisses(s.nameMisses.speaker)],
    ['organisation', (s) => fraction(s.organisation)],
    ['  misses: none / extra / other', (s) => nameMisses(s.nameMisses.organisation)],
    ['outlet', (s) => fraction(s.outlet)],
    ['attribution (all three)', (s) => fraction(s.attribution)],
    ['  on attributed claims', (s) => fraction(s.attributedAttribution)],
    ['check-worthy accuracy', (s) => fraction({ hits: s.checkWorthy.tp + s.checkWorthy.tn, total: total(s.checkWorthy) })],
    ['check-worthy P / R / F1', (s) => prf(s.checkWorthy)],
    ['conflicts proposed', (s) => `${s.conflicts.proposed}/${s.conflicts.annotated}`],
    ...CONFLICT_KINDS.map((kind): [string, (s: HalfScore) => string] => [
      `  of kind ${kind}`,
      (s) => {
        const r = s.conflictsByKind.get(kind);
        return r ? `${r.hits}/${r.total}` : '—';
      },
    ]),
    [
      '  missed: unattributed / one / two',
      (s) => `${s.missedConflictSides.unattributed} / ${s.missedConflictSides['one source']} / ${s.missedConflictSides['two sources']}`,
    ],
    [`  missed at ${CONFLICT_GATES.join('/')}`, (s) => CONFLICT_GATES.map((gate) => s.missedConflictGates[gate]).join('/')],
    [
      'false conflicts (must-not hit)',
      (s) => `${s.conflicts.falseConflicts} of ${s.conflicts.engine} (${s.conflicts.mustNotProposed}/${s.conflicts.mustNot})`,
    ],
    ['matching pairs linked (confirmed)', (s) => `${s.matching.linked}/${s.matching.pairs} (${s.matching.confirmed})`],
    [
      'false links (near pairs linked)',
      (s) => `${s.matching.falseLinks} of ${s.matching.links} (${s.matching.nonPairsLinked}/${s.matching.nonPairs})`,
    ],
  ];
  const labelWidth = Math.max(...rows.map(([label]) => label.length)) + 2;
  const columnWidth = 22;
  const lines = [`${''.padEnd(labelWidth)}${scores.map((s) => s.half.padEnd(columnWidth)).join('')}`.trimEnd()];
  for (const [label, cell] of rows)
    lines.push(`${label.padEnd(labelWidth)}${scores.map((s) => cell(s).padEnd(columnWidth)).join('')}`.trimEnd());
  lines.push('', 'attribution (all three) by pattern:');
  for (const pattern of Object.keys(PATTERNS) as Pattern[]) {
    const cells = scores.map((s) => {
      const r = s.byPattern.get(pattern);
      return (r ? `${r.hits}/${r.total}` : '—').padEnd(columnWidth);
    });
    lines.push(`  ${pattern.padEnd(labelWidth - 2)}${cells.join('')}`.trimEnd());
  }
  return `${lines.join('\n')}\n`;
}

export function formatMisses(score: HalfScore): string {
  const lines = ['', `misses in the ${score.half} half (${score.misses.length}):`];
  for (const miss of score.misses) {
    lines.push(`  [${miss.category}] ${miss.text} ${miss.claim}${miss.span ? ` ${shorten(miss.span)}` : ''}`);
    lines.push(`      expected ${miss.expected}`, `      got      ${miss.got}`);
  }
  return `${lines.join('\n')}\n`;
}

function fraction({ hits, total: n }: Ratio): string {
  return n === 0 ? '—' : `${(hits / n).toFixed(2)} (${hits}/${n})`;
}

/** Annotated name, none given; none annotated, one given; both, but different. */
function nameMisses({ none, extra, other }: NameMisses): string {
  return `${none} / ${extra} / ${other}`;
}

function total(c: { tp: number; fp: number; fn: number; tn: number }): number {
  return c.tp + c.fp + c.fn + c.tn;
}

function prf({ tp, fp, fn }: { tp: number; fp: number; fn: number }): string {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return `${precision.toFixed(2)} / ${recall.toFixed(2)} / ${f1.toFixed(2)}`;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 70 ? `“${flat.slice(0, 67)}…”` : `“${flat}”`;
}

if (require.main === module) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = main(process.argv.slice(2));
}
