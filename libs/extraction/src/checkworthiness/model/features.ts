/**
 * Feature extraction for the check-worthiness model.
 *
 * This one module is used both by the training script
 * (scripts/train-checkworthy.ts) and by the runtime scorer
 * (checkworthiness-model.ts), so training and scoring can never drift apart.
 *
 * A sentence becomes a sparse vector:
 *
 *  - hashed word unigrams and bigrams (lower-cased, digits mapped to "0"),
 *    L2-scaled as a block;
 *  - hashed character 3-, 4- and 5-grams over the lower-cased sentence
 *    (digits mapped to "0", whitespace collapsed), L2-scaled as a block;
 *  - optionally (the full model, not the baseline) a small block of dense
 *    linguistic features: numbers, money, percentages, named-entity proxies,
 *    reporting verbs, comparatives, hedges, first-person opinion, length...
 *  - optionally the mean word vector of ./word-vectors.ts: GloVe vectors in training, the
 *    shipped model's folded per-word scores at run time.
 *
 * Hashing: FNV-1a 32-bit over UTF-16 code units, a per-namespace seed, and a
 * murmur3 finaliser; the low HASH_BITS bits pick the bucket and the top bit
 * the sign (signed feature hashing, so collisions cancel rather than pile up).
 *
 * Pure TypeScript, no I/O, no dependencies. Scoring reuses one FeatureVector so
 * no large arrays are allocated per sentence.
 */

import { CARDINAL_WORDS, SCALE_WORDS, WEEKDAY_WORDS } from '../../lexicon';
import { endsWithText } from '../../text-chars';
import { idMemo, NO_WORD_ID, wordIdOf, wordOf } from '../../word-ids';
import { type WordVectorTable, pushWordVectorMean } from './word-vectors';

/** log2 of the number of hash buckets shared by word and char n-grams. */
export const HASH_BITS = 18;
/** Number of hash buckets (2^18 = 262,144). */
export const NUM_BUCKETS = 1 << HASH_BITS;
const BUCKET_MASK = NUM_BUCKETS - 1;

/** Names of the dense linguistic features, in index order (index = NUM_BUCKETS + position). */
export const DENSE_FEATURE_NAMES = [
  'has_digit',
  'number_count',
  'has_year',
  'has_big_number',
  'has_decimal',
  'has_number_word',
  'has_magnitude_word',
  'has_percent',
  'has_money',
  'entity_caps_count',
  'has_caps_sequence',
  'has_acronym',
  'has_month_or_weekday',
  'has_time_expression',
  'has_reporting_verb',
  'has_according_to',
  'has_comparative',
  'has_change_verb',
  'has_statistic_noun',
  'has_institution_word',
  'has_hedge',
  'has_conditional',
  'third_person_rate',
  'has_record_verb',
  'has_perfect_aspect',
  'has_deontic_or_future',
  'first_person_opinion',
  'first_person_rate',
  'second_person_rate',
  'past_tense_rate',
  'has_negation',
  'has_courtesy',
  'is_question',
  'has_exclamation',
  'len_1_4',
  'len_5_9',
  'len_10_19',
  'len_20_34',
  'len_35_plus',
] as const;

export type DenseFeatureName = (typeof DENSE_FEATURE_NAMES)[number];
/** Number of dense features. */
export const NUM_DENSE = DENSE_FEATURE_NAMES.length;
/** Total feature space size: hash buckets followed by the dense block. */
export const NUM_FEATURES = NUM_BUCKETS + NUM_DENSE;
/**
 * First index of the mean word vector (./word-vectors.ts), after the dense block: NUM_FEATURES + d for
 * dimension d in training; the shipped model's one folded score at NUM_FEATURES, with weight 1.
 */
export const WORD_VECTOR_OFFSET = NUM_FEATURES;

const D: Record<DenseFeatureName, number> = Object.fromEntries(DENSE_FEATURE_NAMES.map((n, i) => [n, i])) as Record<
  DenseFeatureName,
  number
>;

// ---------------------------------------------------------------------------
// Hashing
// ---------------------------------------------------------------------------

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a 32-bit of a string's UTF-16 code units, starting from `seed`. Unsigned result. */
export function fnv1a32(text: string, seed: number = FNV_OFFSET): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  }
  return h >>> 0;
}

/** murmur3 fmix32 finaliser: spreads FNV's weak low bits over the word. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** Per-namespace FNV seeds so that a word "abc" and a char-gram "abc" differ. */
const SEED_WORD = fnv1a32('w\u0001');
const SEED_BIGRAM = fnv1a32('b\u0001');
const SEED_CHAR = fnv1a32('c\u0001');

/** Bucket of a finalised hash. */
export function bucketOf(hash: number): number {
  return hash & BUCKET_MASK;
}

/** Feature hash of a word unigram (already lower-cased and digit-normalised). Unsigned. */
export function hashWord(token: string): number {
  return fmix32(fnv1a32(token, SEED_WORD)) >>> 0;
}

// ---------------------------------------------------------------------------
// Text normalisation and tokenisation
// ---------------------------------------------------------------------------

const TYPOGRAPHIC =
  /[\u2018\u2019\u201a\u201b\u2032\u00b4\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2010-\u2015\u2212\u00a0\u2000-\u200b\u202f\u205f\u3000]/g;

function mapTypographic(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x2032 || c === 0x00b4) return "'";
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0x2033 || c === 0x00ab || c === 0x00bb) {
    return '"';
  }
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return '-';
  return ' ';
}

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Map typographic quotes, apostrophes, dashes and odd spaces to ASCII, so news
 * text ("Russia’s", “...”, –) looks like the debate transcripts the model was
 * trained on. Case is kept (the entity features need it).
 */
export function normaliseText(text: string): string {
  return NON_ASCII.test(text) ? text.replace(TYPOGRAPHIC, mapTypographic) : text;
}

const LETTER = /\p{L}/u;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterCode(c: number, text: string, i: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 0xc0) return false;
  return LETTER.test(text[i]!);
}

function isWordCode(c: number, text: string, i: number): boolean {
  return isDigitCode(c) || isLetterCode(c, text, i);
}

function isSymbolToken(c: number): boolean {
  // $ % € £
  return c === 36 || c === 37 || c === 0x20ac || c === 0xa3;
}

/**
 * Tokenise a (normalised) sentence into token spans.
 *
 * Tokens are runs of letters/digits; an apostrophe between two letters
 * ("it's", "Russia's") and "," or "." between two digits ("2,480", "8.5")
 * stay inside a token. Hyphens split ("mid-October" -> "mid", "October").
 * "$", "%", "€" and "£" are tokens of their own. Everything else separates.
 *
 * Spans are written to `starts`/`ends`; returns the token count. Arrays are
 * grown (reallocated) only if the sentence has more tokens than they hold.
 */
export function tokeniseSpans(text: string, buf: TokenBuffer): number {
  let n = 0;
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isSymbolToken(c)) {
      buf.push(n++, i, i + 1);
      i++;
      continue;
    }
    if (!isWordCode(c, text, i)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < len) {
      const d = text.charCodeAt(i);
      if (isWordCode(d, text, i)) {
        i++;
        continue;
      }
      if (i + 1 < len) {
        const prev = text.charCodeAt(i - 1);
        const next = text.charCodeAt(i + 1);
        if (d === 39 && isLetterCode(prev, text, i - 1) && isLetterCode(next, text, i + 1)) {
          i += 2;
          continue;
        }
        if ((d === 44 || d === 46) && isDigitCode(prev) && isDigitCode(next)) {
          i += 2;
          continue;
        }
      }
      break;
    }
    buf.push(n++, start, i);
  }
  return n;
}

/** Reusable token span storage. */
export class TokenBuffer {
  starts = new Int32Array(64);
  ends = new Int32Array(64);

  push(k: number, start: number, end: number): void {
    if (k >= this.starts.length) {
      const s = new Int32Array(this.starts.length * 2);
      s.set(this.starts);
      this.starts = s;
      const e = new Int32Array(this.ends.length * 2);
      e.set(this.ends);
      this.ends = e;
    }
    this.starts[k] = start;
    this.ends[k] = end;
  }
}

/**
 * Convenience tokeniser (tests, debugging): lower-cased, digit-normalised tokens
 * exactly as the word n-gram features see them.
 */
export function tokenise(text: string): string[] {
  const norm = normaliseText(text);
  const buf = new TokenBuffer();
  const n = tokeniseSpans(norm, buf);
  const out: string[] = [];
  for (let k = 0; k < n; k++) out.push(featureToken(norm.slice(buf.starts[k], buf.ends[k])));
  return out;
}

const DIGITS = /[0-9]/g;

/** Lower-case and map every digit to "0" (so "8.5" and "2.3" share features). */
export function featureToken(raw: string): string {
  const low = raw.toLowerCase();
  return low.replace(DIGITS, '0');
}

// ---------------------------------------------------------------------------
// Word lists for the dense features (all lower-case)
//
// Lists that are the same as the heuristics' come from ../../lexicon. The others
// differ from the lexicon's lists of the same name on purpose: they are part of
// the trained model (changing one moves every score and means retraining), while
// the lexicon's serve the rule-based features, claim splitting and attribution.
// ---------------------------------------------------------------------------

const F_NUMBER_WORD = 1 << 0;
const F_MAGNITUDE = 1 << 1;
const F_PERCENT = 1 << 2;
const F_MONEY = 1 << 3;
const F_MONTH_WEEKDAY = 1 << 4;
const F_TIME = 1 << 5;
const F_REPORTING = 1 << 6;
const F_COMPARATIVE = 1 << 7;
const F_CHANGE = 1 << 8;
const F_STAT_NOUN = 1 << 9;
const F_INSTITUTION = 1 << 10;
const F_HEDGE = 1 << 11;
const F_DEONTIC = 1 << 12;
const F_FIRST_PERSON = 1 << 13;
const F_SECOND_PERSON = 1 << 14;
const F_PAST_AUX = 1 << 15;
const F_NEGATION = 1 << 16;
const F_COURTESY = 1 << 17;
const F_OPINION_VERB = 1 << 18;
const F_FIRST_PERSON_SUBJ = 1 << 19;
const F_NOT_PAST_ED = 1 << 20;
const F_NOT_SUPERLATIVE = 1 << 21;
const F_CONDITIONAL = 1 << 22;
const F_THIRD_PERSON = 1 << 23;
const F_RECORD = 1 << 24;
const F_PERFECT_AUX = 1 << 25;
const F_IRREGULAR_PARTICIPLE = 1 << 26;
/** Two bits beside the lexicon's, for `modelWordFlags`: "I" and its contractions; "may" and "march". */
const F_PRONOUN_I = 1 << 27;
const F_MONTH_AMBIGUOUS = 1 << 28;

const LEXICON = new Map<string, number>();

function addWords(flag: number, words: string): void {
  for (const w of words.split(/\s+/)) {
    if (w) LEXICON.set(w, (LEXICON.get(w) ?? 0) | flag);
  }
}

addWords(F_NUMBER_WORD, `${CARDINAL_WORDS} ${SCALE_WORDS} dozen dozens half twice double doubled triple tripled quadrupled halved`);
addWords(F_MAGNITUDE, SCALE_WORDS);
addWords(F_PERCENT, '% percent percentage percentages per-cent');
addWords(F_MONEY, '$ € £ dollar dollars euro euros cents pounds sterling yuan yen rubles roubles');
// "march" and "may" are left out: lower case they are mostly verbs (MONTH_AMBIGUOUS below).
addWords(F_MONTH_WEEKDAY, `january february april june july august september october november december ${WEEKDAY_WORDS}`);
addWords(F_TIME, 'ago since yesterday decade decades century centuries annually annual quarter fiscal');
addWords(
  F_REPORTING,
  `said says told reported reports according stated announced announces claimed noted confirmed
   estimated estimates showed found revealed cited quoted added explained warned insisted argued
   denied acknowledged admitted testified wrote declared disclosed indicated concluded documented
   recorded reportedly statement`,
);
addWords(
  F_COMPARATIVE,
  `more less fewer most least than higher highest lower lowest larger largest smaller smallest bigger
   biggest greater greatest better best worse worst faster fastest slower slowest record longer longest
   shorter shortest richest poorest`,
);
addWords(
  F_CHANGE,
  `rose risen rise rises rising increased increase increases increasing grew grown grows growing fell
   fallen falls falling dropped drop drops declined decline declines declining doubled tripled halved
   cut cuts reduced reduce reduces raised raise raises soared surged plunged jumped climbed slashed
   lost gained created eliminated spent spending`,
);
addWords(
  F_STAT_NOUN,
  `rate rates average total number numbers percent majority minority per capita median share poll
   polls survey statistics figures data budget deficit debt unemployment inflation income incomes
   jobs wages gdp economy population tax taxes revenue cost costs`,
);
addWords(
  F_INSTITUTION,
  `government ministry minister department agency committee council parliament congress senate court
   police military army forces navy administration commission bureau office officials official
   spokesman spokeswoman spokesperson united nations un nato eu union`,
);
addWords(
  F_HEDGE,
  `may might could would perhaps maybe possibly probably likely unlikely seems seem seemed appears
   appear apparently allegedly suggest suggests guess suppose`,
);
addWords(F_CONDITIONAL, `if unless whether`);
addWords(
  F_THIRD_PERSON,
  `he him his himself she her hers herself they them their theirs themselves he's she's they're they've
   they'd he'd she'd`,
);
addWords(
  F_RECORD,
  `voted vote votes supported opposed proposed signed vetoed passed endorsed sponsored introduced enacted
   approved rejected blocked ratified repealed`,
);
addWords(F_PERFECT_AUX, `has have had hasn't haven't hadn't`);
// The model's own list, not lexicon.ts's IRREGULAR_PARTICIPLES (which the rules read): the trained
// weights were fitted on these exact features, so the list changes only with a retraining.
addWords(
  F_IRREGULAR_PARTICIPLE,
  `been done gone seen made taken given grown fallen risen shown known written built spent lost left
   brought bought taught thought sent paid put cut become begun held kept led met won told said found
   had got gotten`,
);
addWords(F_DEONTIC, `will should must ought need needs want wants going gonna let's shall i'll we'll you'll they'll`);
addWords(F_FIRST_PERSON, `i me my mine myself we us our ours ourselves i'm i've i'll i'd we're we've we'll we'd`);
addWords(F_FIRST_PERSON_SUBJ, `i we i'm we're i'll we'll i'd we'd i've we've`);
addWords(F_SECOND_PERSON, `you your yours yourself yourselves you're you've you'll you'd`);
addWords(F_PAST_AUX, 'was were had did been');
addWords(
  F_NEGATION,
  `not no never nobody nothing none neither nor don't doesn't didn't isn't aren't wasn't weren't
   won't can't couldn't wouldn't shouldn't haven't hasn't hadn't cannot`,
);
addWords(
  F_COURTESY,
  `thank thanks congratulations welcome hello pleasure honored honoured grateful applause laughter
   goodnight evening privilege delighted`,
);
addWords(F_OPINION_VERB, `think believe feel hope wish guess suppose know want trust`);
// Words ending in -ed / -est that are not past tenses / superlatives.
addWords(F_NOT_PAST_ED, 'need speed indeed seed feed deed bed red hundred shed breed greed weed');
addWords(
  F_NOT_SUPERLATIVE,
  `interest interests honest request suggest protest forest modest arrest invest harvest contest
   digest manifest west rest test justest guest chest nest pest quest vest zest lest earnest
   dishonest suggests requests protests arrests invests tests`,
);

const MONTH_AMBIGUOUS = new Set(['may', 'march']);
const PRONOUN_I = new Set(['i', "i'm", "i've", "i'll", "i'd"]);

/**
 * A token's lexicon flags with `F_PRONOUN_I` and `F_MONTH_AMBIGUOUS`, by its id (word-ids.ts): one array read per token
 * where there were up to three lookups in Maps and Sets by the token's fresh slice.
 */
const modelWordFlags = idMemo(
  (lower: string): number =>
    (LEXICON.get(lower) ?? 0) | (PRONOUN_I.has(lower) ? F_PRONOUN_I : 0) | (MONTH_AMBIGUOUS.has(lower) ? F_MONTH_AMBIGUOUS : 0),
);

// ---------------------------------------------------------------------------
// Feature vector
// ---------------------------------------------------------------------------

/** Where extracted features go, in order: a vector to keep (training), or a running score (DotProduct). */
export interface FeatureSink {
  clear(): void;
  /** Room for `extra` more features; pushUnchecked may then be called that many times. */
  reserve(extra: number): void;
  pushUnchecked(index: number, value: number): void;
}

/**
 * bias + Σ weight[index] × value over the features as they are pushed, in the same order
 * as summing a FeatureVector afterwards (so the same float), without storing them.
 */
export class DotProduct implements FeatureSink {
  sum = 0;

  constructor(
    private readonly weights: Float32Array | Float64Array,
    private readonly bias: number,
  ) {}

  clear(): void {
    this.sum = this.bias;
  }

  reserve(): void {}

  pushUnchecked(index: number, value: number): void {
    this.sum += this.weights[index]! * value;
  }
}

/**
 * A reusable sparse feature vector (indices may repeat; values then add up).
 * Hash-bucket indices are in [0, NUM_BUCKETS); dense feature k has index NUM_BUCKETS + k.
 */
export class FeatureVector implements FeatureSink {
  indices: Int32Array;
  values: Float64Array;
  length = 0;

  constructor(capacity = 1024) {
    this.indices = new Int32Array(capacity);
    this.values = new Float64Array(capacity);
  }

  clear(): void {
    this.length = 0;
  }

  /** Make room for `extra` more entries. */
  reserve(extra: number): void {
    const need = this.length + extra;
    if (need <= this.indices.length) return;
    let cap = this.indices.length * 2;
    while (cap < need) cap *= 2;
    const i = new Int32Array(cap);
    i.set(this.indices.subarray(0, this.length));
    const v = new Float64Array(cap);
    v.set(this.values.subarray(0, this.length));
    this.indices = i;
    this.values = v;
  }

  /** Append without bounds check (call reserve first). */
  pushUnchecked(index: number, value: number): void {
    const k = this.length++;
    this.indices[k] = index;
    this.values[k] = value;
  }

  push(index: number, value: number): void {
    this.reserve(1);
    this.pushUnchecked(index, value);
  }

  /** Sum of values per index (for tests/debugging; allocates). */
  toMap(): Map<number, number> {
    const m = new Map<number, number>();
    for (let k = 0; k < this.length; k++) {
      m.set(this.indices[k]!, (m.get(this.indices[k]!) ?? 0) + this.values[k]!);
    }
    return m;
  }
}

export interface ExtractOptions {
  /** Include the dense linguistic feature block (full model). The baseline leaves it out. */
  dense: boolean;
  /** Add the mean of the words' vectors (or folded scores) at WORD_VECTOR_OFFSET. */
  wordVectors?: WordVectorTable;
}

/** Per-call scratch state, reused across calls (single-threaded JS). */
class Scratch {
  readonly tokens = new TokenBuffer();
  chars = new Uint16Array(512);
  lowTokens: string[] = [];
  /** The ids of `lowTokens` (word-ids.ts). */
  lowIds = new Int32Array(64);
  dense = new Float64Array(NUM_DENSE);
  wordVectorSum = new Float64Array(128);

  charBuffer(len: number): Uint16Array {
    if (this.chars.length < len) {
      let cap = this.chars.length * 2;
      while (cap < len) cap *= 2;
      this.chars = new Uint16Array(cap);
    }
    return this.chars;
  }
}

const scratch = new Scratch();

/**
 * Extract the features of one sentence into `out` (cleared first).
 * Returns `out` for chaining.
 */
export function extractFeatures<T extends FeatureSink>(text: string, out: T, options: ExtractOptions): T {
  out.clear();
  const norm = normaliseText(text);
  const s = scratch;

  // --- tokens --------------------------------------------------------------
  const nTok = tokeniseSpans(norm, s.tokens);
  const starts = s.tokens.starts;
  const ends = s.tokens.ends;
  const low = s.lowTokens;
  low.length = nTok;
  // Lower-casing the whole sentence once serves every token, unless it changed the length ("İ")
  // or holds a capital sigma (its lower case depends on what follows: σ or ς).
  const lowText = norm.toLowerCase();
  const aligned = lowText.length === norm.length && !norm.includes('\u03a3');
  if (s.lowIds.length < nTok) s.lowIds = new Int32Array(nTok * 2);
  const ids = s.lowIds;
  for (let k = 0; k < nTok; k++) {
    low[k] = aligned ? lowText.slice(starts[k], ends[k]) : norm.slice(starts[k], ends[k]).toLowerCase();
    // One lookup by the fresh slice here; the dense features and the word scores read by the id.
    const id = wordIdOf(low[k]!);
    ids[k] = id;
    // The word's lasting string (word-ids.ts): hashed once for the dense features' lookups by string, not per sentence.
    if (id !== NO_WORD_ID) low[k] = wordOf(id);
  }

  // --- word unigrams + bigrams (with sentence-boundary bigrams) --------------
  const nWord = nTok === 0 ? 0 : 2 * nTok + 1;
  if (nWord > 0) {
    out.reserve(nWord);
    const scale = 1 / Math.sqrt(nWord);
    let prevSeed = fnv1a32('<s>', SEED_BIGRAM);
    for (let k = 0; k < nTok; k++) {
      const t = low[k]!;
      // One pass over the token (as featureToken gives it: digits read as "0") for its three FNV
      // states: unigram, bigram = hash(prev + " " + t) continued from the previous token's state,
      // and the state the next bigram continues from.
      let unigram = SEED_WORD | 0;
      let bigram = Math.imul(prevSeed ^ 32, FNV_PRIME);
      let next = SEED_BIGRAM | 0;
      for (let i = 0; i < t.length; i++) {
        let c = t.charCodeAt(i);
        if (c >= 48 && c <= 57) c = 48;
        unigram = Math.imul(unigram ^ c, FNV_PRIME);
        bigram = Math.imul(bigram ^ c, FNV_PRIME);
        next = Math.imul(next ^ c, FNV_PRIME);
      }
      pushHash(out, fmix32(unigram >>> 0), scale);
      pushHash(out, fmix32(bigram >>> 0), scale);
      prevSeed = next >>> 0;
    }
    pushHash(out, fmix32(fnv1a32('</s>', Math.imul(prevSeed ^ 32, FNV_PRIME))), scale);
  }

  // --- char 3-5-grams over " " + lower(text) + " " (digits -> 0, spaces collapsed)
  const chars = s.charBuffer(lowText.length + 2);
  let m = 0;
  chars[m++] = 32;
  for (let i = 0; i < lowText.length; i++) {
    let c = lowText.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13 || c === 12 || c === 11) c = 32;
    else if (c >= 48 && c <= 57) c = 48;
    if (c === 32 && chars[m - 1] === 32) continue;
    chars[m++] = c;
  }
  if (chars[m - 1] !== 32) chars[m++] = 32;
  if (m >= 3) {
    const nChar = countCharGrams(m);
    out.reserve(nChar);
    const scale = 1 / Math.sqrt(nChar);
    for (let i = 0; i + 3 <= m; i++) {
      let h = Math.imul(SEED_CHAR ^ chars[i]!, FNV_PRIME);
      h = Math.imul(h ^ chars[i + 1]!, FNV_PRIME);
      h = Math.imul(h ^ chars[i + 2]!, FNV_PRIME);
      pushHash(out, fmix32(h), scale);
      if (i + 4 <= m) {
        h = Math.imul(h ^ chars[i + 3]!, FNV_PRIME);
        pushHash(out, fmix32(h), scale);
        if (i + 5 <= m) {
          h = Math.imul(h ^ chars[i + 4]!, FNV_PRIME);
          pushHash(out, fmix32(h), scale);
        }
      }
    }
  }

  if (options.dense) {
    const dense = s.dense;
    computeDense(norm, nTok, starts, low, ids, dense);
    out.reserve(NUM_DENSE);
    for (let k = 0; k < NUM_DENSE; k++) {
      const v = dense[k]!;
      if (v !== 0) out.pushUnchecked(NUM_BUCKETS + k, v);
    }
  }
  if (options.wordVectors) {
    if (s.wordVectorSum.length < options.wordVectors.dims) s.wordVectorSum = new Float64Array(options.wordVectors.dims);
    pushWordVectorMean(options.wordVectors, low, ids, nTok, out, WORD_VECTOR_OFFSET, s.wordVectorSum);
  }
  return out;
}

function countCharGrams(m: number): number {
  return Math.max(0, m - 2) + Math.max(0, m - 3) + Math.max(0, m - 4);
}

function pushHash(out: FeatureSink, h: number, scale: number): void {
  // The sign bit as ±1 (scale × -1 is exactly -scale): the sign is a coin toss, which a branch mispredicts half the time.
  out.pushUnchecked(h & BUCKET_MASK, scale * ((h >> 31) | 1));
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function isUpperCaseStart(c: number, ch: string): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  return ch !== ch.toLowerCase();
}

/**
 * The dense linguistic features of one sentence, written to `dense`
 * (indexed like DENSE_FEATURE_NAMES). `low` holds the lower-cased tokens, `ids` their ids.
 */
function computeDense(norm: string, nTok: number, starts: Int32Array, low: string[], ids: Int32Array, dense: Float64Array): void {
  dense.fill(0);
  let digitTokens = 0;
  let capsCount = 0;
  let capsRun = 0;
  let capsSeq = false;
  let firstPerson = 0;
  let secondPerson = 0;
  let pastLike = 0;
  let flagsSeen = 0;
  let opinion = false;
  let year = false;
  let bigNumber = false;
  let decimal = false;
  let acronym = false;
  let monthCap = false;
  let superlative = false;
  let according = false;
  let perfect = false;
  let perfectAuxAt = -10;
  let thirdPerson = 0;
  let prevFlags = 0;
  let prevLow = '';

  for (let k = 0; k < nTok; k++) {
    const t = low[k]!;
    const flags = modelWordFlags(ids[k]!, t);
    flagsSeen |= flags;
    const start = starts[k]!;
    const c0 = norm.charCodeAt(start);

    if (c0 >= 48 && c0 <= 57) {
      digitTokens++;
      const digitsOnly = t.length === 4 && !t.includes(',') && !t.includes('.');
      if (digitsOnly) {
        const y = Number(t);
        if (y >= 1900 && y <= 2099) year = true;
        else bigNumber = true;
      } else if (t.includes(',') || t.replace(/\D/g, '').length >= 4) {
        bigNumber = true;
      }
      if (t.includes('.')) decimal = true;
    }
    if (flags & F_MAGNITUDE && k > 0 && digitTokens > 0) bigNumber = true;

    // Capitalised tokens not at sentence start: a cheap named-entity proxy.
    const raw0 = norm[start]!;
    const isCap = isUpperCaseStart(c0, raw0) && !(flags & F_PRONOUN_I);
    if (isCap && k > 0) {
      capsCount++;
      capsRun++;
      if (capsRun >= 2) capsSeq = true;
    } else {
      capsRun = 0;
    }
    if (t.length >= 2 && isCap && isAllCaps(norm, start, t.length)) acronym = true;
    if (isCap && flags & F_MONTH_AMBIGUOUS && k > 0) monthCap = true;

    if (flags & F_FIRST_PERSON) firstPerson++;
    if (flags & F_SECOND_PERSON) secondPerson++;
    if (flags & F_THIRD_PERSON) thirdPerson++;
    const pastEd = t.length > 3 && endsWithText(t, 'ed') && !(flags & F_NOT_PAST_ED);
    const participle = flags & F_IRREGULAR_PARTICIPLE || pastEd;
    if (participle && k - perfectAuxAt <= 2 && k > perfectAuxAt) perfect = true;
    if (flags & F_PERFECT_AUX || endsWithText(t, "'ve")) perfectAuxAt = k;
    if (flags & F_PAST_AUX || pastEd) pastLike++;
    if (t.length > 4 && endsWithText(t, 'est') && !(flags & F_NOT_SUPERLATIVE)) superlative = true;

    if (prevFlags & F_FIRST_PERSON_SUBJ && (flags & F_OPINION_VERB || flags & F_DEONTIC)) opinion = true;
    if (prevLow === 'in' && (t === 'my' || t === 'our')) opinion = true;
    if (t === 'to' && prevLow === 'according') according = true;

    prevFlags = flags;
    prevLow = t;
  }

  const rate = nTok > 0 ? 1 / nTok : 0;
  const hasDigitChar = hasDigit(norm);
  dense[D.has_digit] = hasDigitChar ? 1 : 0;
  dense[D.number_count] = Math.min(digitTokens, 4) / 4;
  dense[D.has_year] = year ? 1 : 0;
  dense[D.has_big_number] = bigNumber ? 1 : 0;
  dense[D.has_decimal] = decimal ? 1 : 0;
  dense[D.has_number_word] = flagsSeen & F_NUMBER_WORD ? 1 : 0;
  dense[D.has_magnitude_word] = flagsSeen & F_MAGNITUDE ? 1 : 0;
  dense[D.has_percent] = flagsSeen & F_PERCENT ? 1 : 0;
  dense[D.has_money] = flagsSeen & F_MONEY ? 1 : 0;
  dense[D.entity_caps_count] = Math.min(capsCount, 6) / 6;
  dense[D.has_caps_sequence] = capsSeq ? 1 : 0;
  dense[D.has_acronym] = acronym ? 1 : 0;
  dense[D.has_month_or_weekday] = flagsSeen & F_MONTH_WEEKDAY || monthCap ? 1 : 0;
  dense[D.has_time_expression] = flagsSeen & F_TIME || year ? 1 : 0;
  dense[D.has_reporting_verb] = flagsSeen & F_REPORTING ? 1 : 0;
  dense[D.has_according_to] = according ? 1 : 0;
  dense[D.has_comparative] = flagsSeen & F_COMPARATIVE || superlative ? 1 : 0;
  dense[D.has_change_verb] = flagsSeen & F_CHANGE ? 1 : 0;
  dense[D.has_statistic_noun] = flagsSeen & F_STAT_NOUN ? 1 : 0;
  dense[D.has_institution_word] = flagsSeen & F_INSTITUTION ? 1 : 0;
  dense[D.has_hedge] = flagsSeen & F_HEDGE ? 1 : 0;
  dense[D.has_conditional] = flagsSeen & F_CONDITIONAL ? 1 : 0;
  dense[D.third_person_rate] = Math.min(1, 4 * thirdPerson * rate);
  dense[D.has_record_verb] = flagsSeen & F_RECORD ? 1 : 0;
  dense[D.has_perfect_aspect] = perfect ? 1 : 0;
  dense[D.has_deontic_or_future] = flagsSeen & F_DEONTIC ? 1 : 0;
  dense[D.first_person_opinion] = opinion ? 1 : 0;
  dense[D.first_person_rate] = Math.min(1, 4 * firstPerson * rate);
  dense[D.second_person_rate] = Math.min(1, 4 * secondPerson * rate);
  dense[D.past_tense_rate] = Math.min(1, 4 * pastLike * rate);
  dense[D.has_negation] = flagsSeen & F_NEGATION ? 1 : 0;
  dense[D.has_courtesy] = flagsSeen & F_COURTESY ? 1 : 0;
  dense[D.is_question] = norm.includes('?') ? 1 : 0;
  dense[D.has_exclamation] = norm.includes('!') ? 1 : 0;
  dense[D.len_1_4] = nTok >= 1 && nTok <= 4 ? 1 : 0;
  dense[D.len_5_9] = nTok >= 5 && nTok <= 9 ? 1 : 0;
  dense[D.len_10_19] = nTok >= 10 && nTok <= 19 ? 1 : 0;
  dense[D.len_20_34] = nTok >= 20 && nTok <= 34 ? 1 : 0;
  dense[D.len_35_plus] = nTok >= 35 ? 1 : 0;
}

function isAllCaps(norm: string, start: number, len: number): boolean {
  let letters = 0;
  for (let i = start; i < start + len; i++) {
    const c = norm.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2;
}

/**
 * The dense features of a sentence by name (tests, debugging, reports; allocates).
 */
export function denseFeatures(text: string): Record<DenseFeatureName, number> {
  const v = extractFeatures(text, new FeatureVector(), { dense: true });
  const out = Object.fromEntries(DENSE_FEATURE_NAMES.map((n) => [n, 0])) as Record<DenseFeatureName, number>;
  for (let k = 0; k < v.length; k++) {
    const idx = v.indices[k]!;
    if (idx >= NUM_BUCKETS) out[DENSE_FEATURE_NAMES[idx - NUM_BUCKETS]!] = v.values[k]!;
  }
  return out;
}
