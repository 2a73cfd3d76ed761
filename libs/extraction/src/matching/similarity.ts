import {
  agreeingAmounts,
  sharesAmount,
  agreeingFigures,
  CONVERTED_MEASURE_HASHES,
  figuresConflict,
  sameValueOtherMeasure,
  SHARE_MEASURE_HASHES,
  subjectsDiffer,
  unrelatedCounts,
} from './figures';
import { isNumberKind, SHINGLE_WEIGHTS, shingleKind, shingleWeight, ShingleKind } from './shingle-kinds';
import type { ClaimSignature } from './signature';

/** What ranking a candidate needs of a signature: the MinHash values only serve the band keys. */
export type RankedClaim = Pick<ClaimSignature, 'shingles' | 'negated' | 'figures' | 'story'>;
import { StoryRelation, storyRelation } from './story';
import { TimeRelation, timeRelation } from './when';
import {
  CONFLICT_PENALTY,
  DIFFERENT_STORY_PENALTY,
  DIFFERENT_SUBJECT_PENALTY,
  DIFFERENT_TIME_PENALTY,
  MAX_SIMILARITY_WITH_CONFLICT,
  SAME_STORY_BOOST,
  UNANCHORED_PENALTY,
} from './thresholds';

/** The totals of one claim that a similarity needs besides the shared shingles. */
export interface ClaimTotals {
  /** Sum of the shingle weights. */
  weight: number;
  /** How many names it states. */
  names: number;
  negated: boolean;
}

/** What two claims share. One object is reused per comparison loop, so ranking a candidate allocates nothing. */
export interface Overlap {
  /** Σ min(weight in A, weight in B) over the shared shingles. */
  weight: number;
  names: number;
  /** Shared numbers (figures, years, counts). */
  numbers: number;
  /** Of those, the distinctive ones (2480, 4.1, a converted amount; not a year, a small count or a round share). */
  distinctive: number;
  /** Shared ordinary words and pairs of neighbouring words. */
  words: number;
  /** A value one states for another measure than the other, and no figure agrees (withAgreeingFigures): no lift. */
  otherMeasure: boolean;
  /** Of the shared numbers, counts of two different things ("41 pupils" / "41 of its staff"; withAgreeingFigures), */
  unrelatedNumbers: number;
  /** of those the distinctive ones, */
  unrelatedDistinctive: number;
  /** and their weight: no evidence unless the claims tell one story (scoreSimilarity). */
  unrelatedWeight: number;
  /** Each claim opens with a subject noun, and the two are different things (figures.ts subjectsDiffer). */
  otherSubject: boolean;
  /** Every figure the two agree on is a share ("38%"; withAgreeingFigures). */
  onlyShares: boolean;
}

export function newOverlap(): Overlap {
  return {
    weight: 0,
    names: 0,
    numbers: 0,
    distinctive: 0,
    words: 0,
    otherMeasure: false,
    unrelatedNumbers: 0,
    unrelatedDistinctive: 0,
    unrelatedWeight: 0,
    otherSubject: false,
    onlyShares: false,
  };
}

export function claimTotals(shingles: Uint32Array, negated: boolean): ClaimTotals {
  const totals: ClaimTotals = { weight: 0, names: 0, negated };
  for (const shingle of shingles) {
    totals.weight += shingleWeight(shingle);
    if (shingleKind(shingle) === ShingleKind.name) totals.names++;
  }
  return totals;
}

/**
 * Shared shingles of two ascending runs of packed shingles, a[aFrom, aTo) and
 * b[bFrom, bTo): one linear merge. Written into `into` and returned.
 */
export function measureOverlap(
  a: Uint32Array,
  aFrom: number,
  aTo: number,
  b: Uint32Array,
  bFrom: number,
  bTo: number,
  into: Overlap,
): Overlap {
  let weight = 0;
  let names = 0;
  let numbers = 0;
  let distinctive = 0;
  let words = 0;
  let i = aFrom;
  let j = bFrom;
  while (i < aTo && j < bTo) {
    const x = a[i] as number;
    const y = b[j] as number;
    const xText = x >>> 2; // shingleIdentity, inlined: this loop is the hot path of every lookup
    const yText = y >>> 2;
    if (xText < yText) i++;
    else if (xText > yText) j++;
    else {
      weight += Math.min(shingleWeight(x), shingleWeight(y));
      const xKind = shingleKind(x);
      const yKind = shingleKind(y);
      if (xKind === ShingleKind.name && yKind === ShingleKind.name) names++;
      else if (isNumberKind(xKind) && isNumberKind(yKind)) {
        numbers++;
        if (xKind === ShingleKind.distinctiveNumber && yKind === ShingleKind.distinctiveNumber) distinctive++;
      } else if (xKind === ShingleKind.word) words++;
      i++;
      j++;
    }
  }
  into.weight = weight;
  into.names = names;
  into.numbers = numbers;
  into.distinctive = distinctive;
  into.words = words;
  into.otherMeasure = false;
  into.unrelatedNumbers = 0;
  into.unrelatedDistinctive = 0;
  into.unrelatedWeight = 0;
  into.otherSubject = false;
  return into;
}

/**
 * The mean of the weighted Jaccard (shared / union), the weighted cosine
 * (shared / √(weight A × weight B)) and the containment (shared / the smaller
 * weight); 0 for two empty sets. Jaccard alone punishes a restatement that adds a
 * detail or two ("… on Wednesday, the first in three months"), containment alone a
 * short claim that shares one figure with a long one; cosine alone lets two claims
 * that share only their names (Red Hand Brigade, Eastbridge) reach the suggest
 * threshold. Chosen on the eval's tune half and the labelled pairs of
 * matching-test-pairs.ts (bench/claim-matching/tune.ts).
 */
export function overlapScore(sharedWeight: number, weightA: number, weightB: number): number {
  if (weightA <= 0 || weightB <= 0) return 0;
  const jaccard = sharedWeight / (weightA + weightB - sharedWeight);
  const cosine = sharedWeight / Math.sqrt(weightA * weightB);
  const containment = sharedWeight / Math.min(weightA, weightB);
  return (jaccard + cosine + containment) / 3;
}

/** Each side has a value the other lacks (Paris vs Lyon). Leaving one out is not a conflict. */
export function setsConflict(shared: number, sizeA: number, sizeB: number): boolean {
  return shared < sizeA && shared < sizeB;
}

/**
 * The similarity reported for two claims: the overlap of their weighted
 * shingles (overlapScore); scaled down when they share no name and no number (only
 * phrasing, which unrelated claims share: "another public hearing is planned for the
 * autumn" / "another safety audit is planned for the autumn") or when only one is
 * negated (a different claim however alike the words), and capped below the confirm
 * threshold when polarity or names conflict (different names: probably a different
 * claim, or a name once spelled out and once abbreviated), so that such pairs are at
 * most suggested. Claims whose figures differ never reach this: see claimSimilarity.
 *
 * The stories of their articles (story.ts) weigh last: claims of two articles that name
 * nothing in common (no person, place or organisation among their leading names) tell
 * different stories, however alike a figure and a few words ("40,000 people"): scaled by
 * DIFFERENT_STORY_PENALTY and never confirmed. Two claims of one story that share a number
 * are likely the same fact in other words ("a blaze" / "a fire"): scaled up by
 * SAME_STORY_BOOST (at most 1) when they also share a word or a name (a number alone, "30,000"
 * visitors a year / an attendance of 30,000, is chance even in one story), unless one places it at a time the other does not (when.ts:
 * "last year", "in March", "two years ago" on one side only, or different on each): the same
 * figure told of another time is another event (last year's drought, this year's hail), so such
 * pairs are scaled by DIFFERENT_TIME_PENALTY and never confirmed.
 */
export function scoreSimilarity(
  overlap: Overlap,
  a: ClaimTotals,
  b: ClaimTotals,
  story: StoryRelation = StoryRelation.unknown,
  time: TimeRelation = TimeRelation.same,
): number {
  // One number counting two things is chance unless both claims tell one story, where a restatement often
  // counts one thing by a word WordNet does not relate ("250 farms" / "250 holdings", "42 counts" / "42 charges").
  if (story !== StoryRelation.same) overlap = withoutUnrelatedCounts(overlap);
  // Two stories that name nothing in common, and not a number or a name shared: phrasing alone, however alike ("Not
  // everyone is convinced." / "Not everyone was convinced.", "No decision has been made."), is no fact they both state.
  if (story === StoryRelation.different && overlap.numbers + overlap.names === 0) return 0;
  const score = overlapScore(overlap.weight, a.weight, b.weight);
  const factsConflict = a.negated !== b.negated;
  const namesConflict = setsConflict(overlap.names, a.names, b.names);
  const otherTime = time === TimeRelation.differs;
  let similarity = isAnchored(overlap, story) ? score : score * UNANCHORED_PENALTY;
  // A share is of what the words beside it say: each side naming what the other does not, with one word in common at
  // most ("Covid admissions" / "RSV admissions … 2.1 per 100,000"), tells of two things of one story (version 22).
  const sharesOfOtherNames = namesConflict && overlap.onlyShares && overlap.words <= 1;
  if (
    story === StoryRelation.same &&
    overlap.numbers > 0 &&
    overlap.words + overlap.names > 0 &&
    !otherTime &&
    !overlap.otherMeasure &&
    !sharesOfOtherNames
  ) {
    similarity = Math.max(similarity, Math.min(similarity * SAME_STORY_BOOST, MAX_SIMILARITY_WITH_CONFLICT));
  }
  if (factsConflict) similarity *= CONFLICT_PENALTY;
  if (story === StoryRelation.different) similarity *= DIFFERENT_STORY_PENALTY;
  if (otherTime) similarity *= DIFFERENT_TIME_PENALTY;
  // "the boiler had passed a safety inspection" / "the depot had passed a safety inspection": about two things,
  // unless a shared number says it may be one claim ("the convoy was delayed for nine hours" / "the lorries were held up for nine hours").
  const otherSubject = overlap.otherSubject && overlap.numbers === 0;
  if (otherSubject) similarity *= DIFFERENT_SUBJECT_PENALTY;
  // "€31,000 per resident" / "€31,000 per household", "£50,000" / "£50,000 a week": the one value they share is of two
  // measures and no figure agrees, so the shared number is no evidence that they say one thing.
  if (overlap.otherMeasure) similarity *= DIFFERENT_SUBJECT_PENALTY;
  if (factsConflict || namesConflict || otherTime || otherSubject || overlap.otherMeasure || story === StoryRelation.different) {
    similarity = Math.min(similarity, MAX_SIMILARITY_WITH_CONFLICT);
  }
  return similarity;
}

/**
 * Whether what two claims share says which claim it is and what it says about it: a number,
 * or a name with at least two other shared words or word pairs. Sharing only phrasing
 * ("no one has complained", "is planned for the autumn") or only who and where ("Islamic State … in Iraq":
 * one has lost territory, the other holds a city) is weaker evidence.
 *
 * Across different stories more is needed, as news repeats its frames from story to story with
 * other subjects ("… fell last year to its lowest level since records began in 1979" of road
 * deaths and of car production; "60 schools / at least 60 businesses had closed for the day"):
 * two shared numbers, or a distinctive number (not a year, a small count or a round share) with a
 * shared name. A claim repeated in another story keeps its figure and who or where it is about.
 * Unless both tell one story, a number with not one word or name beside it is chance ("It's 14 per
 * cent on staying warm." / "wheat yields had fallen 14 percent"): a restatement keeps a word of what it counts.
 */
function isAnchored(overlap: Overlap, story: StoryRelation): boolean {
  if (story === StoryRelation.different) {
    // Not one word or name in common: figures alone ("67%" and a span of under six months against "two-thirds full" in a
    // "first week") are chance across stories, however many (branch matching22).
    if (overlap.names + overlap.words === 0) return false;
    return overlap.numbers >= 2 || (overlap.distinctive > 0 && overlap.names > 0);
  }
  // A percentage is of what the words beside it say: one shared with not one word of them ("Uptake among pregnant women is
  // 38%" / "38 per cent of frontline health workers have been vaccinated") is chance even in one story (version 21).
  if ((story !== StoryRelation.same || overlap.onlyShares) && overlap.names + overlap.words === 0) return false;
  return overlap.numbers > 0 || (overlap.names > 0 && overlap.words >= 2);
}

/**
 * Figures that agree (same measure, overlapping values) but whose tokens differ ("14 miles" /
 * "22 kilometres", rounded to different tokens) count as shared numbers of the common weight,
 * beyond the number shingles the two already share; the shared weight never exceeds the smaller
 * claim's, so the bound ClaimStore takes from the weights alone still holds. With no figure
 * agreeing, one side's value stated for another measure by the other (sameValueOtherMeasure:
 * "£50,000" spent, "£50,000 a week" lost) is noted: such a shared number lifts nothing. Updates `overlap`.
 */
export function withAgreeingFigures(overlap: Overlap, a: Float64Array, b: Float64Array, weightA: number, weightB: number): Overlap {
  const agreeing = agreeingFigures(a, b);
  overlap.onlyShares = agreeing > 0 && agreeingFigures(a, b, SHARE_MEASURE_HASHES) === agreeing;
  overlap.otherMeasure = agreeing === 0 && (sameValueOtherMeasure(a, b) || sameValueOtherMeasure(b, a));
  overlap.otherSubject = subjectsDiffer(a, b);
  const extra = agreeing - overlap.numbers;
  if (extra > 0) {
    // A converted amount (a length, a mass) would be a distinctive number had both sides used one unit, and so would an
    // amount written to another scale or rounded ("€1.18bn" / "EUR 1,184 million"): agreeing amounts beyond the distinctive
    // numbers both write alike.
    const rescaled = Math.max(0, agreeingAmounts(a, b) - overlap.distinctive);
    const converted = Math.min(extra, Math.max(agreeingFigures(a, b, CONVERTED_MEASURE_HASHES), rescaled));
    overlap.numbers += extra;
    overlap.distinctive += converted;
    const added =
      converted * SHINGLE_WEIGHTS[ShingleKind.distinctiveNumber]! + (extra - converted) * SHINGLE_WEIGHTS[ShingleKind.commonNumber]!;
    overlap.weight = Math.min(overlap.weight + added, weightA, weightB);
  }
  return withUnrelatedCounts(overlap, a, b);
}

/**
 * Notes the shared counts of two things ("41 pupils" / "41 of its staff"; unrelatedCounts) and their
 * weight, which scoreSimilarity takes out of the overlap of claims not known to tell one story. Updates `overlap`.
 */
function withUnrelatedCounts(overlap: Overlap, a: Float64Array, b: Float64Array): Overlap {
  const unrelated = unrelatedCounts(a, b);
  const numbers = Math.min(unrelated.numbers, overlap.numbers);
  const distinctive = Math.min(unrelated.distinctive, overlap.distinctive, numbers);
  overlap.unrelatedNumbers = numbers;
  overlap.unrelatedDistinctive = distinctive;
  overlap.unrelatedWeight =
    distinctive * SHINGLE_WEIGHTS[ShingleKind.distinctiveNumber]! + (numbers - distinctive) * SHINGLE_WEIGHTS[ShingleKind.commonNumber]!;
  return overlap;
}

/** `overlap` without its shared counts of two things (withUnrelatedCounts): a copy, or itself when it has none. */
function withoutUnrelatedCounts(overlap: Overlap): Overlap {
  if (overlap.unrelatedNumbers === 0) return overlap;
  return {
    ...overlap,
    weight: Math.max(0, overlap.weight - overlap.unrelatedWeight),
    numbers: overlap.numbers - overlap.unrelatedNumbers,
    distinctive: overlap.distinctive - overlap.unrelatedDistinctive,
    unrelatedNumbers: 0,
    unrelatedDistinctive: 0,
    unrelatedWeight: 0,
  };
}

/** timeRelation's `sameAmount` for two claims of this story relation: one story's only (a month left out is of its own present). */
export function sameStoryAmount(story: StoryRelation): ((a: Float64Array, b: Float64Array) => boolean) | undefined {
  return story === StoryRelation.same ? sharesAmount : undefined;
}

/**
 * The similarity of two claims in [0, 1], as ClaimMatchIndex.query reports it; for
 * pairs fetched by band key from a database. 0 when their figures for the same
 * measure differ (12 vs 20 trucks): those are never the same claim.
 */
export function claimSimilarity(a: RankedClaim, b: RankedClaim): number {
  if (figuresConflict(a.figures, b.figures)) return 0;
  const totalsA = claimTotals(a.shingles, a.negated);
  const totalsB = claimTotals(b.shingles, b.negated);
  const overlap = withAgreeingFigures(
    measureOverlap(a.shingles, 0, a.shingles.length, b.shingles, 0, b.shingles.length, newOverlap()),
    a.figures,
    b.figures,
    totalsA.weight,
    totalsB.weight,
  );
  const story = storyRelation(a.story, b.story);
  return scoreSimilarity(overlap, totalsA, totalsB, story, timeRelation(a.figures, b.figures, sameStoryAmount(story)));
}
