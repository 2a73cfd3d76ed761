import type { Quantity } from '../quantities/quantity';
import { contentStems } from './conflict-candidates';
import { CASUALTY_ROOTS, CONTRAST_PHRASES, DENIAL_ROOTS, NEGATIONS, ANAPHORIC_DENIAL, ZERO_CASUALTY } from './disagreement-lexicon';

/**
 * Disagreements a fact-checker would put side by side: two sources giving
 * incompatible figures for the same measure, or one source denying what
 * another asserts. Conservative: a candidate needs the same kind of measure
 * (same counted noun with the same modifier, same unit, same casualty class)
 * and further ties (shared subject words, nearness in the article, a word of
 * contrast), and never spans two dates or two places.
 */
export interface DisagreementClaim {
  index: number;
  /** The claim's content, without its attribution. */
  text: string;
  /** The claim as written, attribution included: "X denied that" keeps its denial verb there. */
  fullText?: string;
  sentenceIndex: number;
  quantities: readonly Quantity[];
  /** Places the claim names (canonical names), for telling events apart. */
  places: readonly string[];
}

export interface Disagreement {
  kind: 'figures' | 'denial';
  /** For figures, the claim indexes in the order [first stated, contradicting]; for a denial, [assertion, denial]. */
  claims: [number, number];
  /** The quantities compared (figures only), as written. */
  figures?: [string, string];
  /** The measure or subject the two claims share, in the article's words. */
  measure: string;
  score: number;
}

/** Ties a candidate needs: the shared measure counts one, nearness one, contrast one, each further shared word one. */
export const MIN_DISAGREEMENT_SCORE = 3;
/** Claims at most this many sentences apart are read as answering each other. */
const NEAR_SENTENCES = 2;

type Interval = [number, number];

interface Measured {
  quantity: Quantity;
  /** What is measured: 'count:vote', 'unit:tonne', 'casualty:death', 'share'. */
  key: string;
  interval: Interval;
  /** Measure words near the number with the word written before each ("youth unemployment" → unemploy ← youth). */
  words: Map<string, string>;
  surface: string;
}

interface Analysed {
  claim: DisagreementClaim;
  measured: Measured[];
  dates: string[];
  stems: Map<string, boolean>;
  denies: boolean;
  anaphoricDenial: boolean;
  contrast: boolean;
}

/** Compares every pair of claims whose sources differ (`sameSource` says when they do not). */
export function findDisagreements(claims: readonly DisagreementClaim[], sameSource: (a: number, b: number) => boolean): Disagreement[] {
  const analysed = claims.map(analyse);
  const found: Disagreement[] = [];
  for (let i = 0; i < analysed.length; i++) {
    for (let j = i + 1; j < analysed.length; j++) {
      const a = analysed[i]!;
      const b = analysed[j]!;
      if (sameSource(a.claim.index, b.claim.index) || differentEvents(a, b)) continue;
      const figures = figureDisagreement(a, b);
      if (figures) found.push(figures);
      else {
        const denial = denialDisagreement(a, b) ?? denialDisagreement(b, a);
        if (denial) found.push(denial);
      }
    }
  }
  return found.sort((x, y) => y.score - x.score);
}

function analyse(claim: DisagreementClaim): Analysed {
  const lower = claim.text.toLowerCase();
  const words = wordsOf(claim.text);
  const full = claim.fullText ?? claim.text;
  const fullLower = full.toLowerCase();
  const fullWords = wordsOf(full);
  const measured: Measured[] = [];
  for (const quantity of claim.quantities) {
    const m = measure(claim.text, words, quantity, claim.quantities);
    if (m) measured.push(m);
  }
  const zero = zeroCasualty(lower);
  if (zero) measured.push(zero);
  const stems = contentStems(claim.text);
  const denies = fullWords.some((w) => DENIAL_ROOTS.some((root) => w.lower.startsWith(root)) || NEGATIONS.has(w.lower));
  return {
    claim,
    measured,
    dates: claim.quantities.filter((q) => q.kind === 'date' && q.date).map((q) => `${q.date!.year ?? ''}-${q.date!.month ?? ''}`),
    stems,
    denies,
    anaphoricDenial: ANAPHORIC_DENIAL.test(fullLower),
    contrast: CONTRAST_PHRASES.test(fullLower) || denies,
  };
}

/** Two stated dates that differ, or two named places of which none is shared: different events. */
function differentEvents(a: Analysed, b: Analysed): boolean {
  if (a.dates.length > 0 && b.dates.length > 0 && !a.dates.some((d) => b.dates.includes(d))) return true;
  const pa = a.claim.places;
  const pb = b.claim.places;
  return pa.length > 0 && pb.length > 0 && !pa.some((p) => pb.includes(p));
}

function figureDisagreement(a: Analysed, b: Analysed): Disagreement | null {
  let best: Disagreement | null = null;
  for (const x of a.measured) {
    for (const y of b.measured) {
      if (!sameMeasure(x, y) || compatible(x.interval, y.interval)) continue;
      const shared = sharedMeasureWords(x, y);
      // A share ("25 percent") is no measure without words saying of what.
      if (x.key === 'share' && shared.length === 0) continue;
      const score = 1 + Math.max(0, shared.length - (x.key === 'share' ? 1 : 0)) + nearness(a, b) + (a.contrast || b.contrast ? 1 : 0);
      if (score < MIN_DISAGREEMENT_SCORE || (best && best.score >= score)) continue;
      best = {
        kind: 'figures',
        claims: [a.claim.index, b.claim.index],
        figures: [x.quantity.text || x.surface, y.quantity.text || y.surface],
        measure: shared.length > 0 ? surfaceWords(a.claim.text, shared).join(' ') : unitWords(x),
        score,
      };
    }
  }
  return best;
}

function denialDisagreement(assertion: Analysed, denial: Analysed): Disagreement | null {
  if (!denial.denies || assertion.denies) return null;
  // "X denied that" / "said that was wrong" answers the claim just before it.
  const shared: string[] = [];
  assertion.stems.forEach((isName, stem) => {
    if (!isName && denial.stems.has(stem) && !DENIAL_ROOTS.some((root) => stem.startsWith(root))) shared.push(stem);
  });
  // "X denied that" answers a claim just before it, on the same subject.
  const answers =
    denial.anaphoricDenial &&
    denial.claim.sentenceIndex > assertion.claim.sentenceIndex &&
    nearness(assertion, denial) > 0 &&
    shared.length > 0;
  const score = (answers ? 2 : 0) + shared.length + nearness(assertion, denial);
  if (!answers && shared.length < 2) return null;
  if (score < MIN_DISAGREEMENT_SCORE) return null;
  return {
    kind: 'denial',
    claims: [assertion.claim.index, denial.claim.index],
    measure: surfaceWords(assertion.claim.text, shared).join(', '),
    score,
  };
}

function nearness(a: Analysed, b: Analysed): number {
  return Math.abs(a.claim.sentenceIndex - b.claim.sentenceIndex) <= NEAR_SENTENCES ? 1 : 0;
}

/** What a measure without shared words is of: "tonnes", "votes", "deaths". */
function unitWords(x: Measured): string {
  const [kind, what] = x.key.split(':') as [string, string];
  if (kind === 'casualty') return what === 'injury' ? 'the injured' : 'the dead';
  if (kind === 'count') return x.quantity.counted ?? what;
  return x.quantity.text.replace(/^[^\p{L}]*(?:[\p{L}]+\s+)*?[\d.,]+\s*(?:million|billion|thousand)?\s*/u, '') || what;
}

function sameMeasure(x: Measured, y: Measured): boolean {
  if (x.key === y.key) return true;
  // "no one was hurt" covers deaths and injuries alike.
  return (x.key === 'casualty:any' && y.key.startsWith('casualty:')) || (y.key === 'casualty:any' && x.key.startsWith('casualty:'));
}

/** Shared measure words written with the same word before them: "youth unemployment" is not "unemployment". */
function sharedMeasureWords(x: Measured, y: Measured): string[] {
  const shared: string[] = [];
  let mismatch = false;
  x.words.forEach((before, word) => {
    const other = y.words.get(word);
    if (other === undefined) return;
    if (other !== before) mismatch = true;
    else shared.push(word);
  });
  return mismatch ? [] : shared;
}

/** True when both statements can hold: their ranges overlap. */
export function compatible(x: Interval, y: Interval): boolean {
  return x[0] <= y[1] && y[0] <= x[1];
}

/** The values a stated quantity allows: "at least 20" → [20, ∞), "about 60,000" → ±15%, "22" → 22 (±0.5%). */
export function intervalOf(q: Quantity, scale = 1): Interval | null {
  if (q.value === null) {
    if (q.low === undefined && q.high === undefined) return null;
    return [(q.low ?? 0) * scale, (q.high ?? Infinity) * scale];
  }
  const v = q.value * scale;
  if (q.bound === 'at-least') return [v, Infinity];
  if (q.bound === 'at-most') return [0, v];
  const tolerance = q.approximate || q.bound === 'about' ? 0.15 : 0.005;
  return [v * (1 - tolerance), v * (1 + tolerance)];
}

interface Word {
  lower: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) words.push({ lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return words;
}

const WINDOW_BEFORE = 8;
const WINDOW_AFTER = 4;

function quantitySpans(text: string, quantities: readonly Quantity[]): Array<[number, number]> {
  return quantities.flatMap((q): Array<[number, number]> => {
    const start = text.indexOf(q.text);
    return start < 0 ? [] : [[start, start + q.text.length]];
  });
}

function measure(text: string, words: readonly Word[], q: Quantity, quantities: readonly Quantity[]): Measured | null {
  const share = q.kind === 'percent' || q.kind === 'fraction' || (q.kind === 'range' && q.unit === 'percent');
  const scale = q.kind === 'fraction' ? 100 : 1;
  if (q.unit === 'percentage-point') return null;
  const interval = intervalOf(q, scale);
  if (!interval) return null;
  const localStart = text.indexOf(q.text);
  const at = localStart < 0 ? -1 : words.findIndex((w) => w.end > localStart);
  const window = at < 0 ? [] : words.slice(Math.max(0, at - WINDOW_BEFORE), Math.min(words.length, at + WINDOW_AFTER + 1));
  const measureWords = new Map<string, string>();
  let previous = '';
  // The figures' own words ("million", "euros") say nothing about what is measured.
  const spans = quantitySpans(text, quantities);
  for (const w of window) {
    const stem = stemOf(w.lower);
    if (spans.some(([start, end]) => w.start < end && start < w.end)) previous = '';
    else if (isMeasureWord(w.lower)) {
      if (!measureWords.has(stem)) measureWords.set(stem, previous);
      previous = stem;
    } else previous = '';
  }
  const casualty = casualtyClass(window.map((w) => w.lower));
  let key: string;
  if (share) key = 'share';
  else if (q.kind === 'count') {
    const head = q.counted ? stemOf(q.counted.toLowerCase().split(/\s+/).pop()!) : null;
    if (casualty && (!head || PEOPLE.has(head) || CASUALTY_NOUNS.has(head))) key = `casualty:${casualty}`;
    else if (head) key = `count:${head}`;
    else return null;
  } else if ((q.kind === 'money' || q.kind === 'measure') && q.unit) key = `unit:${q.unit}`;
  else return null;
  if (share && q.counted) {
    // "12% of the voters": what follows "of" is the measure.
    for (const word of q.counted.toLowerCase().split(/\s+/)) if (isMeasureWord(word)) measureWords.set(stemOf(word), '');
  }
  return { quantity: q, key, interval, words: measureWords, surface: q.text };
}

function zeroCasualty(lower: string): Measured | null {
  const m = ZERO_CASUALTY.exec(lower);
  if (!m) return null;
  const words = m[0].split(/\s+/);
  const cls = casualtyClass(words) ?? 'any';
  const key = /hurt|harm|casualt|victim/.test(m[0]) ? 'casualty:any' : `casualty:${cls}`;
  return {
    quantity: { text: m[0], start: 0, end: 0, kind: 'count', value: 0, unit: null, counted: null, approximate: false, bound: null },
    key,
    interval: [0, 0],
    words: new Map(),
    surface: m[0],
  };
}

function casualtyClass(words: readonly string[]): 'death' | 'injury' | null {
  for (const w of words) {
    for (const [root, cls] of CASUALTY_ROOTS) if (w.startsWith(root)) return cls;
  }
  return null;
}

const PEOPLE = new Set([
  'people',
  'person',
  'civilian',
  'resident',
  'child',
  'children',
  'soldier',
  'worker',
  'passenger',
  'protester',
  'migrant',
]);
const CASUALTY_NOUNS = new Set([
  'dead',
  'death',
  'body',
  'bodies',
  'casualty',
  'casualtie',
  'fatality',
  'fatalitie',
  'victim',
  'injured',
  'wounded',
]);

const STOP = new Set(
  `a an the and or but of in on at to for from by with as is are was were be been being has have had do does did that this these those it its
   their they them he she his her we our us i you your not no than then there here which who what when where while also said says say told
   reported according put puts putting stood stands reached rose risen fell fallen dropped grew climbed only just about around nearly almost
   more less over under at least some fact per cent percent percentage point points up down from since until into out will would could
   can may might must should shall now still even already yet both each all any its whose than cost costs rise rises fall falls show shows
   showed see sees say get gets got make makes made take takes took give gives gave`.split(/\s+/),
);

function isMeasureWord(word: string): boolean {
  return word.length >= 3 && !/\d/.test(word) && !STOP.has(word) && !/(ed|ing)$/.test(word);
}

function stemOf(word: string): string {
  const w = word.replace(/['’]s$/, '');
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) return w.slice(0, -1);
  return w;
}

/** The article's own words for the stems, for a reason a person reads. */
export function surfaceWords(text: string, stems: readonly string[]): string[] {
  const words = wordsOf(text);
  return stems.map((stem) => {
    const found = words.find((w) => w.lower.startsWith(stem));
    return found ? text.slice(found.start, found.end) : stem;
  });
}
