// Scores the extraction engine against the annotated corpus: pure, in-process, no services.
import {
  ClaimMatchIndex,
  CONFLICT_GATES,
  createConflictTrace,
  missedAt,
  type ConflictGate,
  type ConflictTrace,
  signArticleClaims,
  type ClaimSignature,
  extract,
  MATCH_CONFIRM_THRESHOLD,
  MATCH_SUGGEST_THRESHOLD,
  type ExtractedClaim,
  type ExtractionResult,
  type ExtractOptions,
} from '@factdesk/extraction';
import type { ConflictKind, CorpusHalf, CorpusText, Pattern, ResolvedClaim } from './corpus';

/** Share of an annotated claim's letters and digits the engine's claims must cover for it to count as found. */
export const FOUND_COVERAGE = 0.5;
/** How many matches production keeps per claim (article-extraction.service.ts). */
const MATCHES_PER_CLAIM = 10;

export interface Ratio {
  hits: number;
  total: number;
}

export interface Miss {
  text: string;
  claim: string;
  span: string;
  category: string;
  expected: string;
  got: string;
}

/** A name miss: none given where one was annotated, one given where none was, or another one. */
export interface NameMisses {
  none: number;
  extra: number;
  other: number;
}

export interface HalfScore {
  half: string;
  texts: number;
  claims: number;
  found: Ratio;
  boundaries: Ratio;
  speaker: Ratio;
  organisation: Ratio;
  outlet: Ratio;
  attribution: Ratio;
  /** Attribution over the found claims that have a speaker, organisation or outlet. */
  attributedAttribution: Ratio;
  byPattern: Map<Pattern, Ratio>;
  /** How the speaker and organisation misses went wrong (see nameMiss). */
  nameMisses: { speaker: NameMisses; organisation: NameMisses };
  /** Annotated conflicts proposed, by kind. */
  conflictsByKind: Map<ConflictKind, Ratio>;
  /** Annotated conflicts not proposed, by how the engine attributed their two sides (see sidesOf). */
  missedConflictSides: Record<MissedSides, number>;
  /** Annotated conflicts not proposed, by the gate of conflict detection that dropped them (conflict-trace.ts). */
  missedConflictGates: Record<ConflictGate, number>;
  checkWorthy: { tp: number; fp: number; fn: number; tn: number };
  conflicts: { annotated: number; proposed: number; engine: number; falseConflicts: number; mustNot: number; mustNotProposed: number };
  matching: {
    pairs: number;
    linked: number;
    confirmed: number;
    links: number;
    falseLinks: number;
    nonPairs: number;
    nonPairsLinked: number;
    /** Links that touch text no claim is annotated on (headlines, introductions): not judged. */
    unjudged: number;
  };
  misses: Miss[];
}

/** How an annotated claim lines up with the engine's claims. */
export interface Alignment {
  claim: ResolvedClaim;
  /** Engine claims that share a letter or digit with the span, largest overlap first. */
  engine: ExtractedClaim[];
  found: boolean;
  exact: boolean;
}

// ---------------------------------------------------------------- names

/**
 * Two names are the same when they are equal after normalising: lower case, accents
 * dropped, apostrophes dropped, every other run of non-letters/digits one space, a
 * leading "the" dropped. A short form (a surname, an acronym) counts only when the
 * annotation lists it in `aliases`. Organisations also match when they hold the same
 * words in another order, ignoring "of", "the", "and", "for" ("Ministry of Health" =
 * "Health Ministry").
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

const ORGANISATION_FILLERS = new Set(['of', 'the', 'and', 'for']);

function wordBag(name: string): string {
  return normaliseName(name)
    .split(' ')
    .filter((word) => !ORGANISATION_FILLERS.has(word))
    .sort()
    .join(' ');
}

export function sameName(
  expected: string | null,
  got: readonly (string | null | undefined)[],
  aliases: Record<string, string[]> = {},
  organisation = false,
): boolean {
  const candidates = got.filter((name): name is string => typeof name === 'string' && name.trim() !== '');
  if (expected === null) return candidates.length === 0;
  const forms = [expected, ...(aliases[expected] ?? [])];
  const wanted = new Set(forms.map(normaliseName));
  const bags = new Set(organisation ? forms.map(wordBag) : []);
  return candidates.some((name) => wanted.has(normaliseName(name)) || (organisation && bags.has(wordBag(name))));
}

/** How a wrong name went wrong; only called when `sameName` said no. */
export function nameMiss(expected: string | null, got: string | null | undefined): keyof NameMisses {
  const given = typeof got === 'string' && got.trim() !== '';
  if (expected === null) return 'extra';
  return given ? 'other' : 'none';
}

// ---------------------------------------------------------------- alignment

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Offsets of the letters and digits in [start, end). */
function contentOffsets(text: string, start: number, end: number): number[] {
  const offsets: number[] = [];
  for (let i = start; i < end; i++) if (WORD_CHAR.test(text[i]!)) offsets.push(i);
  return offsets;
}

/**
 * Found: the engine's claims cover at least FOUND_COVERAGE of the span's letters and digits.
 * Exact boundaries: they cover all of them and no letter or digit outside the span
 * (a claim the engine splits in two is still exact; two sentences merged, or a label
 * or dateline left in, is not).
 */
export function align(text: string, claim: ResolvedClaim, engineClaims: readonly ExtractedClaim[]): Alignment {
  const inside = contentOffsets(text, claim.start, claim.end);
  const overlaps: Array<{ engine: ExtractedClaim; shared: number; outside: number }> = [];
  for (const engine of engineClaims) {
    if (engine.end <= claim.start || engine.start >= claim.end) continue;
    const own = contentOffsets(text, engine.start, engine.end);
    const shared = own.filter((at) => at >= claim.start && at < claim.end).length;
    if (shared > 0) overlaps.push({ engine, shared, outside: own.length - shared });
  }
  overlaps.sort((a, b) => b.shared - a.shared);
  const covered = overlaps.reduce((sum, o) => sum + o.shared, 0);
  const outside = overlaps.reduce((sum, o) => sum + o.outside, 0);
  return {
    claim,
    engine: overlaps.map((o) => o.engine),
    found: inside.length > 0 && covered >= FOUND_COVERAGE * inside.length,
    exact: inside.length > 0 && covered === inside.length && outside === 0,
  };
}

// ---------------------------------------------------------------- scoring

const ratio = (): Ratio => ({ hits: 0, total: 0 });
const count = (r: Ratio, ok: boolean): void => {
  r.total++;
  if (ok) r.hits++;
};

interface TextRun {
  text: CorpusText;
  result: ExtractionResult;
  alignments: Alignment[];
  trace: ConflictTrace;
}

/** `engine`: options passed to every `extract` call (the eval's `--without-rule` leaves check-worthiness rules out). */
export function scoreHalf(
  corpus: CorpusHalf,
  engine: Pick<ExtractOptions, 'withoutCheckworthinessRules' | 'checkworthinessModel'> = {},
): HalfScore {
  const score: HalfScore = {
    half: corpus.half,
    texts: corpus.texts.length,
    claims: 0,
    found: ratio(),
    boundaries: ratio(),
    speaker: ratio(),
    organisation: ratio(),
    outlet: ratio(),
    attribution: ratio(),
    attributedAttribution: ratio(),
    byPattern: new Map(),
    nameMisses: { speaker: { none: 0, extra: 0, other: 0 }, organisation: { none: 0, extra: 0, other: 0 } },
    conflictsByKind: new Map(),
    missedConflictSides: { unattributed: 0, 'one source': 0, 'two sources': 0 },
    missedConflictGates: Object.fromEntries(CONFLICT_GATES.map((gate) => [gate, 0])) as Record<ConflictGate, number>,
    checkWorthy: { tp: 0, fp: 0, fn: 0, tn: 0 },
    conflicts: { annotated: 0, proposed: 0, engine: 0, falseConflicts: 0, mustNot: 0, mustNotProposed: 0 },
    matching: { pairs: 0, linked: 0, confirmed: 0, links: 0, falseLinks: 0, nonPairs: 0, nonPairsLinked: 0, unjudged: 0 },
    misses: [],
  };
  const runs = corpus.texts.map((text): TextRun => {
    const trace = createConflictTrace();
    const result = extract(text.raw, { ...engine, conflictTrace: trace });
    if (result.text !== text.text) throw new Error(`${text.file}: the engine's text differs from the text the annotation refers to`);
    return { text, result, alignments: text.claims.map((claim) => align(result.text, claim, result.claims)), trace };
  });
  for (const run of runs) {
    scoreClaims(run, score);
    scoreConflicts(run, score);
  }
  scoreMatching(corpus, runs, score);
  return score;
}

function scoreClaims({ text, alignments }: TextRun, score: HalfScore): void {
  const aliases = text.annotation.aliases ?? {};
  for (const { claim, engine, found, exact } of alignments) {
    score.claims++;
    const miss = (category: string, expected: string, got: string): void => {
      score.misses.push({ text: text.id, claim: claim.id, span: claim.span, category, expected, got });
    };
    count(score.found, found);
    count(score.boundaries, exact);
    if (!exact)
      miss(found ? 'boundary' : 'not found', describeSpan(claim.span), engine.map((e) => describeSpan(e.text)).join(' | ') || '—');
    if (!found) continue;
    const a = engine[0]!.attribution;
    const speakerOk = sameName(claim.speaker, [a.speaker], aliases);
    const organisationOk = sameName(
      claim.organisation,
      claim.organisation === null ? [a.organisation] : [a.organisation, a.source?.name],
      aliases,
      true,
    );
    const outletOk = sameName(claim.outlet, claim.outlet === null ? [a.outlet] : [a.outlet, a.outletSource?.name], aliases, true);
    count(score.speaker, speakerOk);
    count(score.organisation, organisationOk);
    if (!speakerOk) score.nameMisses.speaker[nameMiss(claim.speaker, a.speaker)]++;
    if (!organisationOk) score.nameMisses.organisation[nameMiss(claim.organisation, a.organisation ?? a.source?.name ?? null)]++;
    count(score.outlet, outletOk);
    const all = speakerOk && organisationOk && outletOk;
    count(score.attribution, all);
    if (claim.speaker !== null || claim.organisation !== null || claim.outlet !== null) count(score.attributedAttribution, all);
    for (const pattern of claim.patterns ?? []) {
      if (!score.byPattern.has(pattern)) score.byPattern.set(pattern, ratio());
      count(score.byPattern.get(pattern)!, all);
    }
    if (!all) {
      miss(
        'attribution',
        `${show(claim.speaker)} / ${show(claim.organisation)} / ${show(claim.outlet)}`,
        `${show(a.speaker)} / ${show(a.organisation ?? a.source?.name ?? null)} / ${show(a.outlet)} (${a.method})`,
      );
    }
    const worthy = engine.some((e) => e.checkWorthy);
    const cw = score.checkWorthy;
    if (claim.checkWorthy && worthy) cw.tp++;
    else if (claim.checkWorthy) cw.fn++;
    else if (worthy) cw.fp++;
    else cw.tn++;
    if (claim.checkWorthy !== worthy) {
      const best = Math.max(...engine.map((e) => e.checkworthiness));
      miss('check-worthy', String(claim.checkWorthy), `${worthy} (${best.toFixed(2)})`);
    }
  }
}

/** The annotated claim ids each engine claim stands for (those it shares letters with). */
function idsByEngineClaim(alignments: readonly Alignment[]): Map<number, Set<string>> {
  const ids = new Map<number, Set<string>>();
  for (const { claim, engine } of alignments) {
    for (const e of engine) {
      if (!ids.has(e.index)) ids.set(e.index, new Set());
      ids.get(e.index)!.add(claim.id);
    }
  }
  return ids;
}

function scoreConflicts({ text, result, alignments, trace }: TextRun, score: HalfScore): void {
  const ids = idsByEngineClaim(alignments);
  const proposed = result.conflicts.map((conflict) =>
    conflict.sides.map((side) => new Set(side.claimIndexes.flatMap((index) => [...(ids.get(index) ?? [])]))),
  );
  const hits = (sides: string[][], engine: Set<string>[]): boolean => {
    const [x, y] = sides as [string[], string[]];
    const [p, q] = engine as [Set<string>, Set<string>];
    const touches = (side: string[], set: Set<string>) => side.some((id) => set.has(id));
    return (touches(x, p) && touches(y, q)) || (touches(x, q) && touches(y, p));
  };
  const { conflicts, notConflicts } = text.annotation;
  score.conflicts.annotated += conflicts.length;
  score.conflicts.engine += proposed.length;
  score.conflicts.mustNot += notConflicts.length;
  for (const conflict of conflicts) {
    if (!score.conflictsByKind.has(conflict.kind)) score.conflictsByKind.set(conflict.kind, ratio());
    const found = proposed.some((engine) => hits(conflict.sides, engine));
    count(score.conflictsByKind.get(conflict.kind)!, found);
    if (found) {
      score.conflicts.proposed++;
      continue;
    }
    score.missedConflictSides[sidesOf(conflict.sides, alignments)]++;
    const [xs, ys] = conflict.sides.map((side) => engineIndexes(side, alignments)) as [number[], number[]];
    const gate = missedAt(trace, xs, ys);
    score.missedConflictGates[gate]++;
    score.misses.push(conflictMiss(text.id, conflict.id, 'conflict not proposed', conflict.note, `— (missed at ${gate})`));
  }
  for (const entry of notConflicts) {
    if (proposed.some((engine) => hits(entry.sides, engine))) {
      score.conflicts.mustNotProposed++;
      score.misses.push(
        conflictMiss(text.id, entry.sides.map((s) => s.join('+')).join(' vs '), 'must-not conflict proposed', entry.reason, 'proposed'),
      );
    }
  }
  result.conflicts.forEach((conflict, i) => {
    if (conflicts.some((annotated) => hits(annotated.sides, proposed[i]!))) return;
    score.conflicts.falseConflicts++;
    const sides = proposed[i]!.map((set) => [...set].join('+') || '?').join(' vs ');
    score.misses.push(conflictMiss(text.id, sides, 'false conflict', 'no conflict', conflict.reason));
  });
}

/** The engine claims an annotated side lines up with. */
function engineIndexes(side: readonly string[], alignments: readonly Alignment[]): number[] {
  return alignments.filter(({ claim }) => side.includes(claim.id)).flatMap(({ engine }) => engine.map((e) => e.index));
}

export type MissedSides = 'unattributed' | 'one source' | 'two sources';

/**
 * How the engine attributed a conflict's two sides: a side whose claims it gives no speaker,
 * organisation or role at all; both sides given a common source; or two different sources (then
 * the conflict rules, not attribution, missed it).
 */
export function sidesOf(sides: readonly string[][], alignments: readonly Alignment[]): MissedSides {
  const sourcesOf = (side: readonly string[]): Set<string> => {
    const sources = new Set<string>();
    for (const { claim, engine } of alignments) {
      if (!side.includes(claim.id)) continue;
      for (const { attribution: a } of engine) {
        const name = a.speaker ?? a.organisation ?? a.source?.name ?? a.role ?? null;
        if (name) sources.add(normaliseName(name));
      }
    }
    return sources;
  };
  const [x, y] = sides.map(sourcesOf) as [Set<string>, Set<string>];
  if (x.size === 0 || y.size === 0) return 'unattributed';
  return [...x].some((name) => y.has(name)) ? 'one source' : 'two sources';
}

function conflictMiss(text: string, claim: string, category: string, expected: string, got: string): Miss {
  return { text, claim, span: '', category, expected, got };
}

/**
 * Production's path (ArticleExtractionService.storeSignaturesAndMatches): each claim's
 * signature (empty, so never matched, for one without checkable content); candidates are the
 * claims of other articles that share a
 * band key (here the in-memory index, the same band keys); kept when claimSimilarity reaches
 * MATCH_SUGGEST_THRESHOLD, best ten per claim; confirmed at MATCH_CONFIRM_THRESHOLD.
 */
function scoreMatching(corpus: CorpusHalf, runs: readonly TextRun[], score: HalfScore): void {
  const index = new ClaimMatchIndex();
  const key = (textId: string, claimIndex: number) => `${textId}#${claimIndex}`;
  const signatures = new Map<string, ClaimSignature>();
  for (const { text, result } of runs) {
    const signed = signArticleClaims(result.claims.map((claim) => claim.text));
    result.claims.forEach((claim, i) => {
      const signature = signed[i] as ClaimSignature;
      signatures.set(key(text.id, claim.index), signature);
      index.add(key(text.id, claim.index), signature);
    });
  }
  /** Undirected links "x|y" (x < y) with their best similarity. */
  const links = new Map<string, number>();
  for (const [id, signature] of signatures) {
    const article = id.slice(0, id.lastIndexOf('#'));
    const found = index
      .query(signature, { limit: signatures.size })
      .filter((match) => match.id.slice(0, match.id.lastIndexOf('#')) !== article)
      .slice(0, MATCHES_PER_CLAIM);
    for (const match of found) {
      const link = [id, match.id].sort().join('|');
      links.set(link, Math.max(links.get(link) ?? 0, match.similarity));
    }
  }
  // Annotated claim ids of each engine claim, per text.
  const idsOf = new Map<string, Set<string>>();
  const engineOf = new Map<string, string[]>();
  for (const { text, alignments } of runs) {
    for (const [engineIndex, claimIds] of idsByEngineClaim(alignments)) {
      idsOf.set(key(text.id, engineIndex), new Set([...claimIds].map((claimId) => `${text.id}#${claimId}`)));
      for (const claimId of claimIds) {
        const ref = `${text.id}#${claimId}`;
        engineOf.set(ref, [...(engineOf.get(ref) ?? []), key(text.id, engineIndex)]);
      }
    }
  }
  const best = (a: string, b: string): number => {
    let similarity = 0;
    for (const x of engineOf.get(a) ?? [])
      for (const y of engineOf.get(b) ?? []) similarity = Math.max(similarity, links.get([x, y].sort().join('|')) ?? 0);
    return similarity;
  };
  const annotatedPairs = new Set<string>();
  for (const pair of corpus.matching.pairs) {
    annotatedPairs.add([pair.a, pair.b].sort().join('|'));
    score.matching.pairs++;
    const similarity = best(pair.a, pair.b);
    if (similarity >= MATCH_SUGGEST_THRESHOLD) score.matching.linked++;
    else score.misses.push(conflictMiss(pair.a, pair.b, 'matching pair not linked', pair.note ?? 'linked', 'not linked'));
    if (similarity >= MATCH_CONFIRM_THRESHOLD) score.matching.confirmed++;
  }
  for (const nonPair of corpus.matching.nonPairs) {
    score.matching.nonPairs++;
    const similarity = best(nonPair.a, nonPair.b);
    if (similarity >= MATCH_SUGGEST_THRESHOLD) {
      score.matching.nonPairsLinked++;
      score.misses.push(
        conflictMiss(nonPair.a, nonPair.b, 'near pair linked', nonPair.reason ?? 'not linked', `linked (${similarity.toFixed(2)})`),
      );
    }
  }
  for (const [link, similarity] of links) {
    score.matching.links++;
    const [x, y] = link.split('|') as [string, string];
    const xs = [...(idsOf.get(x) ?? [])];
    const ys = [...(idsOf.get(y) ?? [])];
    if (xs.length === 0 || ys.length === 0) {
      score.matching.unjudged++;
      continue;
    }
    if (xs.some((a) => ys.some((b) => annotatedPairs.has([a, b].sort().join('|'))))) continue;
    score.matching.falseLinks++;
    score.misses.push(conflictMiss(xs.join('+'), ys.join('+'), 'false link', 'not linked', `linked (${similarity.toFixed(2)})`));
  }
}

function describeSpan(span: string): string {
  const flat = span.replace(/\s+/g, ' ');
  return flat.length > 90 ? `“${flat.slice(0, 87)}…”` : `“${flat}”`;
}

function show(value: string | null): string {
  return value === null ? '—' : value;
}
