import { BE_FORMS, MONTHS, NUMBER_WORDS, TIME_UNITS, WEEKDAY_WORDS, WEEKDAYS, WORD_CLASSES, WordClass } from '../lexicon';
import type { ArticleDate } from '../matching/article-date';
import { NUMBER_WORD_VALUES } from '../matching/matching-lexicon';
import type { PartialDate, Quantity } from '../quantities/quantity';
import { boundedMemo } from '../bounded-memo';
import { endsWithText, withoutPossessiveS } from '../text-chars';
import { isNumberWord, stemOfWord, topicKeyOf, topicKeys, type ClaimWords, type ConflictWord } from './claim-words';
import {
  ANAPHORS,
  baseOfComparative,
  baseOfSuperlative,
  CONTRAST_PAIRS,
  CONTRAST_WORDS,
  CONTRARY_STATES,
  CONTINUED_STATE,
  PROCESS_NOUNS,
  contraryStatesOf,
  type ContraryState,
  nounStatesOf,
  verbStatesOf,
  INTENT_PHRASES,
  PHRASE_STATES,
  HELD_STATE,
  SCHEDULE_STATE,
  FULL_STATE,
  INTENT_STATE,
  HARM_VERBS,
  MANNER_STATES,
  VOLUNTARY_STATE,
  EVENT_KINDS,
  isDenialWord,
  MONEY_KINDS,
  SAME_EVENT_HEADS,
  isNegation,
  MODALS,
  NEGATIONS,
  negatesClause,
  ZERO_WORDS,
  OTHER_EVENT_BEFORE_TIME,
  OTHER_EVENT_WORDS,
  REFERENTS,
  STATEMENT_FRAMES,
  STATEMENT_KINDS,
  NAMED_KIND_FRAMES,
  NAMED_KINDS,
  UNTRUE_WORDS,
  type CasualtyClass,
  JOB_LOSS_WORDS,
} from './disagreement-lexicon';
import { noteGate, type ConflictGate, type ConflictTrace } from './conflict-trace';
import { clockTimesOf, type ClockTime } from './clock-times';
import { MAY_HOLD_TIME_OF_DAY } from '../quantities/times-of-day';
import { actMet, deniesOtherActOnOneWord } from './denied-acts';
import { broaderVerbsOfForm, isBroaderVerb, verbOfForm } from './verb-kinds';
import { kindKeys, kindOfOneAnother, type KindKeys } from './same-thing';
import { clauseSubject, periodOf, scopesApart, subjectsApart, territoriesOf, type Scope } from './scopes';
import {
  happeningAgreement,
  actOfCount,
  doerOfCount,
  happeningOf,
  isWorkerNoun,
  JOB_NOUNS,
  jobsAndPeople,
  jobsAndWorkers,
  OFFENCE_NOUNS,
  offencesAndOffenders,
  MIN_PAIRING_SCORE,
  pairingScore,
  propertiesAndHomes,
  qualifierNamesActOf,
  thingSimilarityCache,
} from './figure-pairing';
import {
  ANY_COUNT,
  BARE_M_KEY,
  ANY_MODIFIER,
  comparedIntervals,
  compatible,
  isPeopleNoun,
  labelledNoun,
  isPersonNoun,
  measuresOf,
  OCCASION_KEY,
  peopleAndKindOfPeople,
  sameGroup,
  sameQualifier,
  fateRelation,
  isFateWord,
  datesWhatWasPromised,
  PART_PREFIX,
  PENDING_PART,
  RANK_KEY,
  wholesOfParts,
  sameModifier,
  STATISTIC_ADJECTIVES,
  singular,
  type Interval,
  type Measured,
} from './measures';
import { CHECKWORTHINESS_THRESHOLD } from '../checkworthiness/model/checkworthiness-model';
import { DETERMINERS } from '../attribution/attribution-cues';
import { packedMap } from '../packed-map';
import { lowerAt } from '../tokenizer';
import { wordMemo } from '../word-ids';

/**
 * Disagreements a fact-checker would put side by side: two sources giving incompatible
 * figures for the same measure, or one source denying what another asserts. Conservative: a
 * candidate needs the same kind of measure (casualties of one class, the same counted noun,
 * unit or currency, a share of the same thing) and further ties (shared subject words,
 * nearness in the article, a word of contrast), and never spans two dates, two places or two
 * kinds of event.
 */
export interface DisagreementClaim {
  index: number;
  sentenceIndex: number;
  words: ClaimWords;
  quantities: readonly Quantity[];
  /** Where the claim starts in the text the quantities' offsets point into. */
  offset: number;
  /** Places the claim names (canonical names), for telling events apart. */
  places: readonly string[];
  /** Used to keep the most check-worthy claims of an oversized bucket. */
  checkworthiness?: number;
  /**
   * Stems of the words of the claim's source ("army" of "the Varnish Army"): an assertion about the
   * source that denies it ("army units shelled the bridge") is tied to the denial by them.
   */
  sourceStems?: readonly string[];
  /**
   * Stems of the common nouns the article calls the claim's source by ("society" of "the society
   * Blue Harbour", "union" of "Korrel, a farmworkers' union"): "dismissed the society's numbers
   * as inflated" points at that source's statement.
   */
  sourceNouns?: readonly string[];
}

export interface Disagreement {
  kind: 'figures' | 'denial';
  /** For figures, the claim indexes in text order; for a denial, [assertion, denial]. */
  claims: [number, number];
  /** The figures compared (figures only), as written, in the order of `claims`. */
  figures?: [Measured, Measured];
  /** The measure words both claims share, as stems, in the first claim's order. */
  shared: string[];
  /** What is compared: the measure's bucket for figures, the denial's claim for a denial. */
  key: string;
  score: number;
}

/** Ties a candidate needs: see `figureScore` and `denialScore`. */
export const MIN_DISAGREEMENT_SCORE = 3;
/** Claims at most this many sentences apart are read as answering each other. */
const NEAR_SENTENCES = 2;
/** A bucket (one measure, one subject word) larger than this keeps its most check-worthy claims: a news article has a few. */
export const MAX_BUCKET = 64;

interface Analysed {
  claim: DisagreementClaim;
  /**
   * `contextNounsOf` and `kindOfIndexOf` of the claim once asked for, kept on it: a WeakMap by the claim cost a table entry
   * for every claim of every article.
   */
  contextNouns: ContextNoun[] | undefined;
  kindOfIndex: KindOfIndex | undefined;
  measured: Measured[];
  dates: PartialDate[];
  events: Set<string>;
  /** A day of the week in the content ("on Saturday", "Saturday's match"), not the day of the statement ("said on Friday"). */
  weekday: boolean;
  /** The seasons the content dates what it tells by ("in winter", "during the summer"), outside a comparison's baseline. */
  seasons: string[];
  /**
   * Where the content places what it tells relative to a landmark ("above the weir", "downstream of the works"): the side
   * (`POSITION_SIDES`) and the landmark's stems, head last. Taken from the source's sentence right before when the claim
   * gives none and that sentence does (`inherited`).
   */
  positions: Position[];
  /**
   * The day of the week the claim is dated by, said or happened ("said on Tuesday that …", "by Thursday evening"),
   * Monday 0; null when none, or only one opening a period ("since Monday").
   */
  day: number | null;
  /** The claim sets its event apart from the article's: "in a separate attack", "last year". */
  otherEvent: boolean;
  /**
   * The unit of time after "last" when that is all that sets the event apart ("week" of "the gate was locked last week"), else
   * null: a relative date of the article's own event or of a time an undated answer covers (`relativeDateOfOneEvent`).
   */
  lastUnit: string | null;
  /**
   * How far back the one time that sets the event apart lies, when it is told from the article's own date ("last year",
   * "last month", "two years ago"), else null: with the article dated, the date it names (`relativeDate`).
   */
  toldBack: { unit: 'year' | 'month'; back: number } | null;
  /** The date `toldBack` names in a dated article (`dateToldBack`): "last month" of an article of 9 March 2031 is February 2031. */
  relativeDate: PartialDate | null;
  /**
   * The topic keys of nouns after a later ordinal ("the council's second vote", "a third inspection"): a later one of a
   * happening, set apart from a claim saying its verb with no ordinal ("voted in March") by `laterOneOf`.
   */
  laterOnes: readonly string[];
  /** The claim is of the period running now: "this year", "so far this month". */
  currentPeriod: boolean;
  /** In a dated article, the year "this year" names (`runningYearOf`), else null. */
  runningYear: number | null;
  /** The claim promises or forecasts ("will", "would"). */
  future: boolean;
  /**
   * The claim forecasts and tells of nothing done: "Vidal would have a medical", not "had accepted the offer and
   * that Vidal would have a medical", which reports a deal a denial may answer.
   */
  forecastOnly: boolean;
  /** The kinds of statement the claim is given as (`STATEMENT_FRAMES`): "report" of "The Echo reported that …". */
  frames: Set<string>;
  /** The kind of statement a denial names what it denies by (`STATEMENT_KINDS`): "report" of "the story was untrue". */
  pointsAtKind: string | null;
  /** The kinds of statement of no fact the claim is given as (`NAMED_KIND_FRAMES`): "undertaking" of "had pledged to …". */
  givenAs: Set<string>;
  /** The kind of such a statement a denial names (`NAMED_KINDS`): "undertaking" of "denied giving any such undertaking". */
  namedKind: string | null;
  /** The claim counts over a period ("since the war began in 2023", "so far", "in that time"), not one event. */
  cumulative: boolean;
  /** A denial verb anywhere in the claim, attribution included ("The ministry denied that …"). */
  denialVerb: boolean;
  /** A negation or a word calling something untrue in the claim's content. */
  negated: boolean;
  /** The denial points back at what was just said: "denied that", "rejected the claims", "that was wrong". */
  anaphoric: boolean;
  /**
   * It points back at a statement as a whole, nothing else in its clause: "denied that.", "contested
   * the findings", "called the figures false". Such a denial answers the sentence right before it.
   */
  pointsAtStatement: boolean;
  /** What it points at is figures ("disputed the figures"): only a statement with a figure can be meant. */
  pointsAtFigures: boolean;
  /** A denial verb with no object ("Drew disagreed."): what it denies is what its source says next speaks of. */
  bareDenial: boolean;
  /** Stems quantified over all ("every shipment", "all the invoices", "each valve"). */
  universal: Set<string>;
  /** The stem of a source named by a possessive before what a denial points at: "society" of "the society's numbers". */
  pointsAtOwner: string | null;
  /**
   * It points back with a demonstrative ("denied that", "that ruling was made by …"): it
   * is of the event of what it points at ("denied this again" of an earlier raid).
   */
  demonstrative: boolean;
  contrast: boolean;
  /**
   * "Harbour Street is cheap, but the Quayside car park isn't.": a negation standing for the first clause's
   * predicate, said of another subject after a word of contrast. `first` holds the stems of the first clause's
   * subject (what the claim agrees is so), `second` those of the subject the negation speaks of (what it denies).
   */
  contrasted: { first: string[]; second: string[] } | null;
  /**
   * The day of the week the content dates what it tells by ("tuesday" of "on Tuesday night", "Tuesday's incident"),
   * and whether it names what happened only by a word for any event ("the incident", "the clash"): null for no day.
   */
  eventDay: { day: string; generic: boolean; on: boolean } | null;
  /** Times of day the content gives ("at 9.14pm", "until 2am"), each with the words before it: see `clockDisagreements`. */
  clocks: Array<{ time: ClockTime; of: string[] }>;
  /** Subject stems: content stems that are not names, negations or denial words. */
  subject: Set<string>;
  /** The subject stems outside the claim's figures: what ties two figures beyond the figures themselves. */
  context: Set<string>;
  /** Which content words are in the claim's figures (`measuresOf`). */
  inFigure: Uint8Array;
  /** The claim speaks of a whole country or region: "across the country", "nationwide", "throughout the region". */
  wholeScope: boolean;
  /**
   * The attribution calls the claim's source a neighbouring one ("The neighbouring Rosmoor Water Board said …"): its figures
   * are of its own area, another than the story's; a part counted after such a figure is of that area too. So are the
   * figures of a claim telling of a named neighbour ("In neighbouring Dalby county, …").
   */
  neighbour: boolean;
  /** The territory and the kind of period the content counts over by common words (`scopes.ts`). */
  scope: Scope;

  /**
   * Subject stems right after a negation or a denial verb, what is negated: "sludge" of "had never
   * dumped sludge at the site", "fire" and "shell" of "denied firing any shells".
   */
  negatedStems: Set<string>;
  /** Subject stems right after "no" or a zero anywhere ("because no referee was available"): what the claim does not assert. */
  ownZero: Set<string>;
  /**
   * The noun a clause-opening "no" quantifies when a verb follows ("household" of "no household had
   * complained"): who the negation speaks of, not what it denies.
   */
  negatedSubject: Set<string>;
  /** "could not say who had fired", "cannot confirm", a question: the claim says what is not known, nothing another could deny. */
  hedged: boolean;
  /**
   * "had not been told of any court order", "was never informed of a complaint": the source says what it was not told,
   * which denies only a statement of telling, not that the thing was there (`untoldOf`).
   */
  untold: boolean;
  /**
   * The states the claim says something is in ("open", "stopped"), each with the subject stems
   * just before it, what is in that state ("depot" of "the depot had been shut"); `subject` the definite
   * noun right before the copula, `named` that noun with one modifier allowed ("the care home"), what a
   * pronoun saying the contrary later ("It is understaffed.", `pronoun`) may stand for.
   */
  /** `happening`: the act a state of intent is said of is named only as a happening ("the clash had been accidental"). */
  /** `manner`: the state is an adverb of the act it follows ("fishing legally"), `subject` that act. */
  states: Array<{
    state: string;
    pole: 0 | 1;
    of: string[];
    subject?: string;
    pronoun?: boolean;
    named?: string;
    happening?: boolean;
    manner?: boolean;
    told?: boolean;
    /** A comparative's baseline, the words after its "than" ("lower than in 2019": "2019"). */
    than?: string[];
    /** The other words of a name whose head is a subject word ("Montessa" of "the Montessa Bridge was closed"). */
    nameWords?: string[];
  }>;
  /** Content words after a copula that name no listed state, each with its copula: states of their prefix, maybe. */
  predicates: Array<[number, number]>;
  /**
   * The claim answers what was just said with a contrary assertion: it opens with "But",
   * "However" or "Instead", or its source "countered", "retorted", "insisted".
   */
  counters: boolean;
  /**
   * The claim gives what its source holds true after calling a statement untrue: "That is not accurate.
   * Twelve operations were postponed.", "In fact, only 9,000 homes lost power." Set by `findDisagreements`.
   */
  corrects?: boolean;
  /**
   * Common nouns the claim names by a name, each with its names (lower case): "warehouse" of "the
   * Ostby warehouse" and "the warehouse in Ulvik". Two claims naming one noun by two names speak of two things.
   */
  named: Map<string, string[]>;
  /**
   * A question asking what would follow if something were so ("If this field were full of sludge, why did twenty samples
   * come back clean?", "If our cutter rammed that boat, where is the dent?"): the topic keys of the condition, what the
   * question says is not so. Empty for any other claim.
   */
  doubted: string[];
  /** The claim's only negation is a copula's before a state ("It isn't safe"): `states` holds the other pole. */
  stateNegated: boolean;
  /**
   * How many of `states` the claim tells before its first negation ("The sea wall held, and no house flooded": the wall
   * held); all of them when it negates nothing.
   */
  statesBeforeNegation: number;
  /** "There has been no lockout", "there was no flooding": what is said not to have been (its topic key, its word), else null. */
  existential: { key: string; word: string } | null;
  /**
   * How much of a thing the claim says something of: all of it ("paid to every worker", "paid in full", `whole`), a part
   * only ("only part of the bonus", "not all of them", "did not pay the full amount", `part`), or neither (null).
   */
  extent: 'whole' | 'part' | null;
}

/**
 * Proposes disagreements between claims of different sources (`sameSource` says when two are of
 * one); `trace` records where each compared pair was dropped (see conflict-trace.ts).
 */
export function findDisagreements(
  claims: readonly DisagreementClaim[],
  sameSource: (a: number, b: number) => boolean,
  trace?: ConflictTrace,
  voiced: ReadonlySet<number> = NO_SENTENCES,
  articleDate?: ArticleDate,
): Disagreement[] {
  const analysed = packedMap(claims, (claim) => analyse(claim));
  // A dated article's "last year", "last month", "two years ago" are dates another source may write out.
  if (articleDate) for (const a of analysed) if (a.toldBack) a.relativeDate = dateToldBack(a.toldBack, articleDate);
  // …and its "this year" is the year of its date.
  if (articleDate) for (const a of analysed) if (a.currentPeriod && saysThisYear(a.claim.words.content)) a.runningYear = articleDate.year;
  datePointedBack(analysed);
  markCorrections(analysed, sameSource);
  countSharesOfWorkforce(analysed, sameSource);
  inheritPositions(analysed, sameSource);
  partsOfWholesBefore(analysed, sameSource);
  const found: Disagreement[] = [];
  const pairs = new Set<string>();
  // Every pair dropped is dropped at a gate; a sameSource call is the first of them.
  const sourceGate = trace
    ? (a: number, b: number): boolean => {
        const same = sameSource(a, b);
        if (same) noteGate(trace, a, b, 'src');
        return same;
      }
    : sameSource;
  for (const figure of [...figureDisagreements(analysed, sourceGate, trace), ...clockDisagreements(analysed, sourceGate, trace)]) {
    pairs.add(pairKey(figure.claims[0], figure.claims[1]));
    found.push(figure);
  }
  // A side named only by a role ("Witnesses", "a spokesman") asserts and denies like any other.
  const assertions = indexAssertions(analysed);
  for (const denial of [
    ...denialDisagreements(analysed, assertions, sourceGate, trace, voiced),
    ...counterDisagreements(analysed, assertions, sourceGate, trace),
    ...contraryStates(analysed, sourceGate, trace),
    ...comparedWithSame(analysed, sourceGate, trace),
    ...universalAnswers(analysed, sourceGate, trace),
    ...brokenRecords(analysed, sourceGate, trace),
    ...askedAboutDenials(analysed, sourceGate, trace),
    ...doubtedConditions(analysed, sourceGate, trace),
    ...partialDenials(analysed, sourceGate, trace),
    ...figuresCalledFarOff(analysed, sourceGate),
  ]) {
    const key = pairKey(denial.claims[0], denial.claims[1]);
    if (pairs.has(key)) continue;
    pairs.add(key);
    found.push(denial);
  }
  // What comes out passed every gate: dropped later, it was dropped at the last one.
  for (const {
    claims: [a, b],
  } of found)
    noteGate(trace, a, b, 'kept');
  return found.sort((x, y) => y.score - x.score);
}

/** Nouns of all the people working at a place: "half of the workforce", "a third of its staff", "40 percent of employees". */
const WORKFORCE_NOUNS = new Set(['workforce', 'staff', 'employee', 'worker']);
/** Words saying a count of people is all who work at a place: "employs 1,200 people", "a workforce of 1,200", "on its payroll". */
const WORKFORCE_WORDS = new Set(['employs', 'employ', 'employed', 'employing', 'workforce', 'payroll', 'staff']);
/** How far from a count of people a workforce word may stand. */
const WORKFORCE_WINDOW = 4;

/**
 * "nearly half of the workforce would be laid off" where the article counts the workforce ("the
 * cannery employs 1,200 people"): the share is also a count of workers (about 600), or of jobs when
 * the claim says they are lost, compared with counts of jobs and workers as any count is. The workforce is the one the share's own source gives,
 * else the one given before the share; one source's count of it, not a mix.
 */
function countSharesOfWorkforce(analysed: Analysed[], sameSource: (a: number, b: number) => boolean): void {
  const wholes: Array<{ a: Analysed; m: Measured }> = [];
  for (const a of analysed) {
    const content = a.claim.words.content;
    for (const m of a.measured) {
      // A workforce counted now: "will employ 400" is a plan.
      if (!m.key.startsWith('count:') || m.noun === undefined || !(isPeopleNoun(m.noun) || isWorkerNoun(m.noun))) continue;
      if (!Number.isFinite(m.interval[0]) || m.interval[0] <= 0) continue;
      const near = content.slice(Math.max(0, m.at - WORKFORCE_WINDOW), m.at + WORKFORCE_WINDOW + 2);
      if (near.some((w) => WORKFORCE_WORDS.has(w.lower))) wholes.push({ a, m });
    }
  }
  if (wholes.length === 0) return;
  for (const a of analysed) {
    const shares = a.measured.filter(
      (m) =>
        (m.key === 'share' || m.key === 'future:share') &&
        m.complement.length === 0 &&
        [...m.words.keys()].some((word) => WORKFORCE_NOUNS.has(word)),
    );
    for (const m of shares) {
      const whole =
        wholes.find((w) => w.a !== a && sameSource(w.a.claim.index, a.claim.index)) ??
        wholes.filter((w) => w.a.claim.sentenceIndex < a.claim.sentenceIndex).pop();
      if (!whole) continue;
      const [low, high] = m.interval;
      // Workers laid off are posts lost, one per worker: "half of the workforce would be laid off" counts jobs as "cut 300 jobs" does.
      const noun = a.claim.words.all.some((word) => JOB_LOSS_WORDS.has(word.lower)) ? 'job' : 'worker';
      // The workforce is the one the whole counts, where it counts it: "the cannery employs 1,200" names the cannery for the share.
      // Named in another claim, the place is a definite one here, whatever modified it there.
      const words = new Map([...whole.m.words.keys()].map((word) => [word, ANY_MODIFIER]));
      for (const [word, before] of m.words) words.set(word, before);
      a.measured.push({
        ...m,
        words,
        key: m.key.replace(/share$/, `count:${noun}`),
        noun,
        interval: [(Math.max(0, low) / 100) * whole.m.interval[0], (Math.min(100, high) / 100) * whole.m.interval[1]],
        figure: `${m.figure} of a workforce of ${whole.m.figure}`,
      });
    }
  }
}

/** How many words a claim calling a statement untrue and saying nothing else has at most: "That is simply not true." */
const BARE_DENIAL_WORDS = 5;

/** Words opening a correction: "In fact, only 9,000 homes …", "Actually, twelve were postponed". */
const CORRECTION_OPENERS: ReadonlyArray<readonly string[]> = [['in', 'fact'], ['actually'], ['in', 'reality'], ['in', 'truth']];

/**
 * Marks the claims that correct: opening with "In fact" or "Actually", or right after their own
 * source's claim calling a statement untrue and saying nothing else ("That is not accurate.").
 */
function markCorrections(analysed: Analysed[], sameSource: (a: number, b: number) => boolean): void {
  const bare = new Map<number, Analysed>();
  for (const a of analysed)
    if (a.pointsAtStatement && a.measured.length === 0 && a.claim.words.content.length <= BARE_DENIAL_WORDS)
      bare.set(a.claim.sentenceIndex, a);
  for (const a of analysed) {
    const all = a.claim.words.all;
    const opens = CORRECTION_OPENERS.some((opener) => opener.every((word, k) => all[k]?.lower === word));
    const before = bare.get(a.claim.sentenceIndex - 1);
    if (opens || (before !== undefined && before !== a && sameSource(before.claim.index, a.claim.index))) a.corrects = true;
  }
}

/** No sentence: `findDisagreements` called without the sentences of unnamed speakers. */
const NO_SENTENCES: ReadonlySet<number> = new Set();

export function pairKey(x: number, y: number): string {
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}

/** Negated auxiliaries and copulas that can close a clause, standing for a predicate said before: "… but Y isn't." */
const ELLIPTIC_NEGATIONS = new Set(
  `isn't aren't wasn't weren't doesn't don't didn't hasn't haven't hadn't won't isn’t aren’t wasn’t weren’t doesn’t don’t didn’t
   hasn’t haven’t hadn’t won’t`.split(/\s+/),
);
/** Auxiliaries and copulas a "not" closing a clause stands after: "… but takings are not." */
const ELLIPTIC_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'does', 'do', 'did', 'has', 'have', 'had', 'will']);
/** Words a clause closed by an elliptic negation may end on: "… isn't either", "… hasn't yet". */
const ELLIPSIS_TAILS = new Set(['either', 'yet', 'though', 'really']);
/** Words of contrast joining the clause that says the predicate and the one that negates it of another subject. */
const ELLIPSIS_CONTRASTS = new Set(['but', 'while', 'whereas', 'though', 'although', 'yet']);
/** How many words the subject of the negated clause may have: "but the old corn exchange market isn't". */
const ELLIPSIS_SUBJECT_WORDS = 6;

/**
 * "Harbour Street is cheap, but the Quayside car park isn't.", "Visitor numbers are up, but takings aren't.": the
 * claim ends on a negated auxiliary or copula standing for the predicate of the clause before a word of contrast,
 * said of another subject. It asserts the predicate of the first subject and denies it of the second only. The
 * stems of the first clause's subject (the words before its first auxiliary or copula) and of the second's.
 */
function contrastedEllipsis(words: ClaimWords): { first: string[]; second: string[] } | null {
  const { content, contentStems } = words;
  let end = content.length - 1;
  while (end > 0 && ELLIPSIS_TAILS.has(content[end]!.lower)) end--;
  if (end < 3) return null;
  const last = content[end]!.lower;
  let negation = end;
  if (last === 'not' && ELLIPTIC_AUXILIARIES.has(content[end - 1]!.lower)) negation = end - 1;
  else if (!ELLIPTIC_NEGATIONS.has(last)) return null;
  let joint = -1;
  for (let k = negation - 1; k >= Math.max(1, negation - 1 - ELLIPSIS_SUBJECT_WORDS); k--)
    if (ELLIPSIS_CONTRASTS.has(content[k]!.lower)) {
      joint = k;
      break;
    }
  if (joint < 1 || joint === negation - 1) return null;
  let verb = 0;
  while (verb < joint && !ELLIPTIC_AUXILIARIES.has(content[verb]!.lower) && !COPULA_FORMS.has(content[verb]!.lower)) verb++;
  const first = contentStems.slice(0, verb === joint ? joint : verb).filter((stem) => stem !== '');
  const second = contentStems.slice(joint + 1, negation).filter((stem) => stem !== '');
  return first.length > 0 && second.length > 0 ? { first, second } : null;
}

/** Copulas besides the auxiliaries: "the hall seems busy", "the pass remains cheap". */
const COPULA_FORMS = new Set(['seems', 'seem', 'remains', 'remain', 'looks', 'look', 'feels', 'feel', "it's", "'s"]);

/**
 * An assertion a contrast's negation (`Analysed.contrasted`) answers speaks of the subject the negation is said of
 * more than of the subject the first clause agrees with: "the new Harbour Street car park is the cheapest in town"
 * is what "Harbour Street is cheap, but the Quayside car park isn't" agrees with, not what it denies.
 */
function speaksOfContrasted(assertion: Analysed, contrasted: { first: string[]; second: string[] }): boolean {
  const stems = assertion.claim.words.stems;
  const second = contrasted.second.filter((stem) => !contrasted.first.includes(stem) && stems.has(stem)).length;
  const first = contrasted.first.filter((stem) => !contrasted.second.includes(stem) && stems.has(stem)).length;
  return second > first;
}

function analyse(claim: DisagreementClaim): Analysed {
  const { words } = claim;
  const contentStart = words.content[0]?.start ?? 0;
  const contentEnd = words.content[words.content.length - 1]?.end ?? 0;
  const dates: PartialDate[] = [];
  for (const q of claim.quantities) {
    const start = q.start - claim.offset;
    // Dates of the content only: "said on Tuesday" dates the statement, not the event.
    if (
      q.kind === 'date' &&
      q.date &&
      start >= contentStart &&
      start < contentEnd &&
      inContent(words, start) &&
      !opensPeriod(words, start) &&
      !endsLatestPeriod(words, start, q.date) &&
      !endsPeriodNamedBefore(words, start, q.date) &&
      !afterThan(words, start) &&
      !datesWhatWasPromised(words, start)
    )
      dates.push(q.date);
  }
  const events = new Set<string>();
  const subject = new Set<string>();
  const context = new Set<string>();
  const { measured, inFigure } = measuresOf(words, claim.quantities, claim.offset);
  const ties = tieStems(words);
  let negated = false;
  const universal = new Set<string>();
  const states: Analysed['states'] = [];
  const predicates: Array<[number, number]> = [];
  let lastUniversal = -Infinity;
  let deniesConduct = false;
  let questioned = false;
  // "if no new cases are found for ten days": where the clause of a condition opened; -1 outside one.
  let conditionFrom = -1;
  let hedged = false;
  let contrast = false;
  let otherEvent = false;
  // The units after "last" that set the event apart, and whether anything else set it apart ("another", "ago").
  const lastUnits: string[] = [];
  let apartOtherwise = false;
  // Each time that set the event apart, as told back from the article's date ("last year", "two years ago"), or null.
  const toldBack: Array<Analysed['toldBack']> = [];
  const laterOnes: string[] = [];
  let future = false;
  let weekday = false;
  // Each word's classes, looked up once: the rules below test a word and its neighbours, in the content and in the whole claim.
  const allFlags = flagsOf(words.all);
  const flags = words.content === words.all ? allFlags : flagsOf(words.content);
  // "nobody disputes that …", "does not deny": a denial verb negated agrees; neither word denies.
  const agreeing = agreeingNegations(words.all, allFlags);
  const negatedStems = new Set<string>();
  let scopeEnd = -1;
  let noSuch = false;
  const ownZero = new Set<string>();
  const negatedSubject = new Set<string>();
  let ownZeroEnd = -1;
  // "the raid never happened", "the meeting did not take place": the negation at this index denies the noun before it.
  let happeningDenied = -1;
  // "There has been no lockout": the topic key of the thing said not to exist.
  let existential: { key: string; word: string } | null = null;
  // Negation words of the content, and how many of them negate a state's copula ("isn't safe").
  let negationWords = 0;
  let stateNegations = 0;
  // "reported last week that …": the time before "that" is when it was said, not when what it says happened.
  const statementTime = statementTimeEnd(words.content);
  let statesBeforeNegation = 0;
  words.content.forEach((word, i) => {
    if (!negated) statesBeforeNegation = states.length;
    // "well No. 3", "No 10": a sign of a number, no "no".
    const lower = isNumberSign(words, i) ? '' : word.lower;
    // One read rules out every word list below that the flags do not carry (`inAnalysedLists`).
    const listed = inAnalysedLists(word);
    const f = flags[i]!;
    const before = i > 0 ? flags[i - 1]! : 0;
    const after = i + 1 < flags.length ? flags[i + 1]! : 0;
    if (!future && (f & W.future) !== 0) future = true;
    if (!weekday && (f & W.weekday) !== 0 && isWeekdayOfContent(words, i)) weekday = true;
    // "the fire service", "fire crews", "the flood defences" name no fire or flood.
    if ((f & W.event) !== 0 && (after & W.eventModified) === 0) events.add(EVENT_KINDS.get(lower)!);
    // "is cheaper than last year", "lower than in 2019, the last year before …": a time in a baseline after "than" is
    // what the claim compares with, no other event it tells.
    if (
      i >= statementTime &&
      ((f & W.otherEvent) !== 0 || ((f & W.otherEventBeforeTime) !== 0 && (after & W.timeUnit) !== 0)) &&
      !inBaseline(words.content, i) &&
      !PUBLISHING_WORDS.has(words.content[i - 1]?.lower ?? '') &&
      !datesChannel(words.content, i) &&
      !countedApart(words.content, i) &&
      !comparesOrFiles(words.content, i)
    ) {
      otherEvent = true;
      if (lower === 'last' && (f & W.otherEvent) === 0) lastUnits.push(words.content[i + 1]!.lower);
      else apartOtherwise = true;
      toldBack.push(timeToldBack(words.content, i));
    }
    // "in the second storm", "a third fire": a later event of the kind the article has told, not the one it opened on.
    if (listed && LATER_ORDINALS.has(lower) && (after & W.event) !== 0 && i >= statementTime) otherEvent = apartOtherwise = true;
    // "the council's second vote of the year": a later one of what it names; a unit of time ("the second quarter") is a period.
    else if (listed && LATER_ORDINALS.has(lower) && (after & W.timeUnit) === 0 && i >= statementTime && ties[i + 1])
      laterOnes.push(ties[i + 1]!);
    // "could not prove" hedges, it denies nothing.
    const notAfterModal = lower === 'not' && (before & W.modal) !== 0;
    const modalNot = notAfterModal || (f & W.hedgingNegation) !== 0;
    if (modalNot && (after & W.unknowing) !== 0) hedged = true;
    // "not only the first but also the fastest": a correlative pair adds, it negates nothing.
    const negation = (f & W.negation) !== 0 && !opensCorrelative(words.content, i);
    if (negation || (f & W.zero) !== 0 || lower === 'no' || lower === 'without' || (listed && REFUSING.has(lower))) negationWords++;
    // The words of the rules below are few: one bit rules most words out of all of them.
    const special = (f & W.special) !== 0;
    // "asked why the pump had not been replaced": a negation inside a question asserts nothing.
    if ((f & W.question) !== 0) questioned = true;
    // "We expect to reopen the ward if there are no new cases": a negation inside a condition asserts nothing; the
    // condition ends with its clause ("If no one objects, the scheme starts in May").
    if (conditionFrom >= 0 && CLAUSE_BREAK.test(words.text.slice(words.content[i - 1]!.end, word.start))) conditionFrom = -1;
    if (listed && CONDITION_OPENERS.has(lower)) conditionFrom = i;
    const conditioned = conditionFrom >= 0;
    if (
      negation &&
      !questioned &&
      !conditioned &&
      !notAfterModal &&
      !agreeing.has(word.start) &&
      !isEvaluativeNothing(words.content, i) &&
      !saysWhenNotWhether(words, i)
    ) {
      negated = true;
      if (happenedAfter(words.content, i)) happeningDenied = i;
      // "Nothing has left that pond": a clause opened by "nothing" negates what its verb acts on.
      const opensClause = lower === 'nothing' && (i === 0 || (before & W.noOpener) !== 0 || afterAttribution(words, i));
      scopeEnd = opensClause ? Math.max(i + NEGATION_SCOPE, zeroClauseObject(words.content, i)) : i + NEGATION_SCOPE;
    }
    // "left the mill without a single defect", "without any shortage": a privative as strong as "no".
    if (conditioned) {
      // nothing negated in a condition
    } else if (lower === 'without' && (words.content[i + 1]?.lower === 'any' || words.content[i + 2]?.lower === 'single')) negated = true;
    // "had refused to meet union representatives", "failed to inspect the track": the verb after is negated as after "not".
    else if (listed && REFUSING.has(lower) && words.content[i + 1]?.lower === 'to' && !questioned && !agreeing.has(word.start)) {
      negated = true;
      scopeEnd = i + 1 + NEGATION_SCOPE;
    }
    // "left without a doctor on most weekends", "gone 14 weeks without an inspection": what it lacks is negated as after "no"
    // ("without warning", "without consultation", bare, name a manner, not a thing that was not there).
    else if (lower === 'without' && PRIVATIVE_ARTICLES.has(words.content[i + 1]?.lower ?? '') && !questioned) {
      negated = true;
      scopeEnd = i + NEGATION_SCOPE;
    }
    // "no" opening a clause negates it: "no army unit had fired", "there was no evidence".
    // "had no record of", "found no trace of": a verb of having or finding with "no" as its object negates it too.
    if (
      lower === 'no' &&
      !conditioned &&
      (i === 0 || (before & W.noOpener) !== 0 || afterAttribution(words, i)) &&
      !agreeing.has(word.start)
    ) {
      negated = true;
      // "No such meeting took place": what it negates is what was just said.
      if (words.content[i + 1]?.lower === 'such') noSuch = true;
      else if (existentialBefore(words.content, i)) existential = existentialNoun(words, i);
      // "no household had complained": the household is who, the complaint what is denied.
      if (AUXILIARIES.has(words.content[i + 2]?.lower ?? '') && ties[i + 1]) negatedSubject.add(ties[i + 1]!);
      const evidence = evidenceClause(words.content, i);
      // "no evidence that the rangers had burnt …": the rangers are who, the burning what is denied.
      if (evidence) for (let k = i + 3; k < evidence.verb; k++) if (ties[k]) negatedSubject.add(ties[k]!);
      scopeEnd = evidence ? evidence.end : negatedClauseEnd(words.content, i);
    }
    // "because no referee was available": a clause of its own says no to these words; they tie nothing it asserts.
    if (lower === 'no' || (f & W.zero) !== 0) ownZeroEnd = negatedClauseEnd(words.content, i);
    else if (i <= ownZeroEnd && ties[i] !== '') ownZero.add(ties[i]!);
    if (special || negation) {
      // "nobody had been beaten", "that none of the guards": a zero opening a clause negates it too.
      if (
        (f & W.zero) !== 0 &&
        !conditioned &&
        (i === 0 || (before & W.noOpener) !== 0 || afterAttribution(words, i)) &&
        !agreeing.has(word.start)
      ) {
        negated = true;
        scopeEnd = Math.max(i + NEGATION_SCOPE, zeroClauseObject(words.content, i));
      }
      // "had done nothing wrong", "there was no wrongdoing", "did not recognise the account": the conduct or the statement before is denied.
      const next = words.content[i + 1]?.lower ?? '';
      if ((lower === 'nothing' && next === 'wrong') || (lower === 'no' && CONDUCT_NOUNS.has(next))) deniesConduct = true;
      if (
        negation &&
        NOT_ACCEPTING.has(next) &&
        words.content.slice(i + 2, i + 5).some((w) => REFERENTS.has(w.lower) || ANAPHORS.has(w.lower))
      )
        deniesConduct = true;
      if ((f & W.universal) !== 0) lastUniversal = i;
    }
    if ((f & W.contrast) !== 0 || ((f & W.contrastPair) !== 0 && CONTRAST_PAIRS.get(lower)!.includes(words.content[i + 1]?.lower ?? '')))
      contrast = true;
    const stem = ties[i]!;
    // "every shipment", "all the invoices", "each of the valves".
    if (stem !== '' && i - lastUniversal <= UNIVERSAL_WINDOW) universal.add(stem);
    // "the depot had been shut": a state and what is in it, the words just before.
    const negatedCopula = (f & W.state) !== 0 ? negatedCopulaBefore(words.content, i) : -1;
    if (negatedCopula >= 0) {
      // "It isn't safe", "the pool was not open": the state's other pole, said of the copula's subject.
      const copula = negatedCopula;
      for (const state of contraryStatesOf(lower))
        stateOf(
          words,
          i,
          { state: state.state, pole: state.pole === 0 ? 1 : 0 },
          states,
          definiteSubject(words, copula),
          pronounSubject(words, copula),
          definiteSubject(words, copula, true),
        );
      stateNegations++;
    } else if (listed && breakDownAt(words, i)) {
      // "the hoist had broken down", "the ski lift broke down on Friday": WordNet's "break down" of the failing synset.
      stateOf(words, i, BROKEN_DOWN, states, definiteSubject(words, i));
    } else if (listed && DEPARTURE_WORDS.has(lower) && departurePoleAt(words.content, i) !== null) {
      // "Ms Brinck resigned" / "Ms Brinck had been sacked": how a person left a post, said of her name.
      const count = states.length;
      // "forced out", "stepped down": the particle is part of the verb of leaving.
      stateOf(words, i, { state: DEPARTURE_STATE, pole: departurePoleAt(words.content, i)! }, states, undefined, false, undefined, 0, true);
      if (states.length > count) states[count]!.of.push(...namesBefore(words, i));
      // "about 40 tenants had been forced out of the block" / "the tenants had left voluntarily": made to leave, not
      // of their own will.
      if (lower === 'forced') stateOf(words, i, { state: VOLUNTARY_STATE, pole: 0 }, states, undefined, false, undefined, 0, true);
    } else if (listed && LATE_WORDS.has(lower) && lateCopulaAt(words, i) >= 0) {
      // "the bypass is running a year behind", "the works were six weeks late": not on schedule.
      // What is late stands before the copula, however long the span after it ("is running five weeks late").
      const copula = lateCopulaAt(words, i);
      stateOf(
        words,
        copula,
        { state: SCHEDULE_STATE, pole: 1 },
        states,
        definiteSubject(words, copula),
        pronounSubject(words, copula),
        definiteSubject(words, copula, true),
        0,
        true,
      );
    } else if (listed && FREE_PLACE_WORDS.has(lower) && freePlacesAt(words.content, i, inFigure) >= 0) {
      // "the ward had 12 beds free", "the car park had 40 spaces available": not full.
      const verb = freePlacesAt(words.content, i, inFigure);
      stateOf(words, i, { state: FULL_STATE, pole: 0 }, states, definiteSubject(words, verb), pronounSubject(words, verb));
    } else if (((f & W.state) !== 0 || (f & W.superlative) !== 0) && !runsLate(words, i))
      for (const state of contraryStatesOf((f & W.state) !== 0 ? lower : baseOfSuperlative(lower)!)) {
        // "the wage talks collapsed", "the search was abandoned": only something that goes on stops going on ("the barn collapsed" does not).
        const process = state.state === CONTINUED_STATE && state.pole === 1 ? processBefore(words, i) : -1;
        if (state.state === CONTINUED_STATE && state.pole === 1 && process < 0) continue;
        const copula = copulaBefore(words.content, i);
        const held = states.length;
        // "the embankment held overnight" / "the embankment was breached": a barrier's state, said only of its subject.
        if (state.state === HELD_STATE) {
          const at = heldStateAt(words, i);
          // "held through the storm": no particle makes another verb of it.
          if (at >= 0) stateOf(words, i, state, states, definiteSubject(words, at), false, undefined, 0, true);
        }
        // "the tank leaked", "the site had flooded twice": a harm done to its subject, not "a leaked report".
        else if (HARM_VERBS.has(lower) && copula < 0) {
          if (harmVerbAt(words, i)) stateOf(words, i, state, states, definiteSubject(words, i));
        } else if (state.state === INTENT_STATE) stateOf(words, i, state, states, undefined, false, undefined, INTENT_OBJECT_WINDOW);
        // "had been fishing legally" … "was caught fishing illegally": the act an adverb follows is what it is said of,
        // one act of both sides as one definite subject is.
        else if (MANNER_STATES.has(lower)) {
          const count = states.length;
          stateOf(words, i, state, states, mannerAct(words, i));
          if (states.length > count) states[count]!.manner = true;
        } else if (!state.predicative || copula >= 0) {
          const count = states.length;
          stateOf(
            words,
            i,
            state,
            states,
            copula >= 0 ? definiteSubject(words, copula) : undefined,
            copula >= 0 && pronounSubject(words, copula),
            copula >= 0 ? definiteSubject(words, copula, true) : undefined,
          );
          // "The field is safe to use and will stay open": a state told in the present or the past beside a forecast.
          if (states.length > count && copula >= 0 && TELLING_COPULAS.has(words.content[copula]!.lower)) states[count]!.told = true;
        }
        // "Pay talks between the two unions and the operator collapsed": the process is what stopped, however far back.
        if (process >= 0 && states.length > held && !states[held]!.of.includes(tieStems(words)[process]!))
          states[held]!.of.push(tieStems(words)[process]!);
      }
    else if (listed && intentPhraseAt(words, i) !== null)
      stateOf(
        words,
        i,
        { state: INTENT_STATE, pole: intentPhraseAt(words, i)! },
        states,
        undefined,
        false,
        undefined,
        INTENT_OBJECT_WINDOW,
      );
    else if (listed && PHRASE_STATES.has(lower)) {
      // "the bridge is at risk of collapse", "the signs had been out of action", "the replanting is on schedule".
      const phrase = phraseStateAt(words.content, i);
      if (phrase !== null) {
        const { state, copula } = phrase;
        const count = states.length;
        stateOf(
          words,
          i,
          state,
          states,
          definiteSubject(words, copula),
          pronounSubject(words, copula),
          definiteSubject(words, copula, true),
          0,
          true,
        );
        // "the line was on schedule and would be electrified by 2028": told in the past beside a forecast.
        if (states.length > count && TELLING_COPULAS.has(words.content[copula]!.lower)) states[count]!.told = true;
      }
    } else if (listed && FINANCIAL_STATE_WORDS.has(lower)) {
      // "had been losing money" / "was profitable", "made an operating loss" / "turned a profit".
      const pole = financialPoleAt(words.content, i);
      if (pole !== null) stateOf(words, i, { state: FINANCIAL_STATE, pole }, states);
    } else if ((f & W.outcome) !== 0 && (nounCopula(words.content, i) >= 0 || outcomeVerbAt(words, i))) {
      // "the pilot had been a success" / "a failure", "the trial had succeeded" / "had failed": WordNet's antonym
      // nouns after a copula and its article, its antonym verbs said of their subject with no object.
      const noun = nounCopula(words.content, i);
      const at = noun >= 0 ? noun : i;
      const count = states.length;
      for (const state of noun >= 0 ? nounStatesOf(lower) : verbStatesOf(lower))
        stateOf(words, i, state, states, definiteSubject(words, at), pronounSubject(words, at), definiteSubject(words, at, true));
      // "the tour had been a success and the choir would tour again": told in the past beside a forecast.
      if (noun >= 0 && toldOutcome(words.content, noun)) for (let k = count; k < states.length; k++) states[k]!.told = true;
    } else if ((f & W.comparative) !== 0 && comparativeAt(words.content, i) !== null) {
      // "was lower than in 2019" / "was higher than in 2019", "more frequent" / "less frequent": a comparative after a
      // copula is a state of its own ("lower" is no contrary of "high"), held against a baseline when it names one.
      const { base, flip, last } = comparativeAt(words.content, i)!;
      const copula = copulaBefore(words.content, i);
      for (const state of copula >= 0 ? contraryStatesOf(base) : []) {
        const count = states.length;
        stateOf(
          words,
          last,
          { state: `${state.state}${COMPARATIVE_STATE}`, pole: flip ? (state.pole === 0 ? 1 : 0) : state.pole },
          states,
          definiteSubject(words, copula),
          pronounSubject(words, copula),
          definiteSubject(words, copula, true),
        );
        if (states.length > count) {
          const than = baselineOf(words, last);
          if (than) states[count]!.than = than;
          if (TELLING_COPULAS.has(words.content[copula]!.lower)) states[count]!.told = true;
        }
      }
    } else if (stem !== '' && !word.capitalised && !inFigure[i]) {
      // "the clinic is fully staffed" / "it is understaffed": a word after a copula may be a state its prefix negates,
      // read only when the article says the prefixed word (`prefixedStates`).
      const copula = copulaBefore(words.content, i);
      if (copula >= 0) predicates.push([i, copula]);
    }
    // Denial words say that something is denied, not what; one in a passive of no statement tells an act done to people
    // ("the manager had not been dismissed"), a subject word like any.
    if (stem === '' || word.capitalised || (f & W.untrue) !== 0) return;

    if (isDenialWord(words.contentStems[i]!)) {
      const at = words.all.indexOf(word);
      if (!passiveOfNoStatement(words.all, at) && !dismissesPeople(words.all, at)) return;
    }
    // "last year" / "last month": the word before a unit of time dates what is said; no subject a denial shares.
    if ((f & W.otherEventBeforeTime) === 0 || (after & W.timeUnit) === 0) subject.add(stem);
    if (!inFigure[i]) context.add(stem);
    if (i <= scopeEnd) negatedStems.add(stem);
  });
  // "It isn't safe": the claim's one negation is its state's copula's; it says the other pole, no more.
  if (!negated) statesBeforeNegation = states.length;
  const stateNegated = negated && stateNegations > 0 && negationWords === stateNegations;
  // "the raid on the depot never happened": what never happened is the noun before the negation, not the words after it.
  if (happeningDenied > 0) for (const k of nounsDeniedHappening(words, happeningDenied)) negatedStems.add(ties[k]!);
  let denialVerb = false;
  let anaphoric = false;
  let pointsAtStatement = false;
  let pointsAtFigures = false;
  let bareDenial = false;
  let demonstrative = false;
  const all = words.all;
  for (let i = 0; i < all.length; i++) {
    const classes = allFlags[i]!;
    const flags = classes & STATEMENT_FLAGS;
    // Most words are none of these: their classes decide.
    if (flags === 0 && (classes & W.denial) === 0) continue;
    if ((classes & W.denial) !== 0) {
      if (
        agreeing.has(all[i]!.start) ||
        deniedByOther(words, i) ||
        passiveOfNoStatement(all, i) ||
        quarrelNounAt(all, i) ||
        dismissesPeople(all, i)
      )
        continue;
      denialVerb = true;
      deniedAfter(words, all[i]!.end, negatedStems);
      // "denied any wrongdoing", "denies all responsibility": the conduct the statement before spoke of.
      const object = ANY_WORDS.has(all[i + 1]?.lower ?? '') ? all[i + 2] : all[i + 1];
      if (object && CONDUCT_NOUNS.has(object.lower)) anaphoric = pointsAtStatement = true;
      // "I would disagree with that": the preposition of the verb stands between it and what it points at.
      const at = all[i + 1]?.lower === 'with' ? i + 2 : i + 1;
      if (ANAPHORS.has(all[at]?.lower ?? '')) {
        anaphoric = demonstrative = true;
        if (closesClause(words, at)) pointsAtStatement = true;
      }
      // "Drew disagreed.", "The company disagrees, saying …": a verb (not "the trade dispute.") with no object denies what was just said.
      else if (BARE_DENIAL_ENDINGS.test(all[i]!.lower) && closesClause(words, i)) anaphoric = pointsAtStatement = bareDenial = true;
      for (let k = i + 1; k < Math.min(all.length, i + 5); k++) {
        const referent = all[k]!.lower;
        if (REFERENTS.has(referent)) anaphoric = pointsAtStatement = true;
        if (FIGURE_REFERENTS.has(referent)) pointsAtFigures = true;
      }
    } else if (
      (flags & COPULA) !== 0 &&
      callsUntrue(all, i + 1, (flags & NEGATED) !== 0) &&
      ((flags & POINTING) !== 0 || pointsBack(all, i))
    ) {
      // "the claims were baseless", "that figure is simply wrong": the whole statement is called untrue.
      anaphoric = pointsAtStatement = true;
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (FIGURE_REFERENTS.has(all[k]!.lower)) pointsAtFigures = true;
    } else if ((flags & (ANAPHOR | POINTING)) !== 0) {
      // "it never happened", "that did not happen", "that is (simply) not what happened".
      for (let k = i + 1; k < Math.min(all.length, i + HAPPENED_WINDOW); k++) {
        if (!all[k]!.lower.startsWith('happen')) continue;
        if (all.slice(i + 1, k).some((w) => w.lower === 'never' || w.lower === 'not' || w.lower.endsWith("n't")))
          anaphoric = pointsAtStatement = true;
        break;
      }
    }
    if ((flags & CALLING) !== 0) {
      // "called the figures false", "calling the union's account propaganda".
      let referent = false;
      for (let k = i + 1; k < Math.min(all.length, i + CALLING_WINDOW); k++) {
        const next = all[k]!.lower;
        if (REFERENTS.has(next) || ANAPHORS.has(next)) referent = true;
        if (FIGURE_REFERENTS.has(next)) pointsAtFigures = true;
        else if (referent && UNTRUE_WORDS.has(next)) {
          denialVerb = anaphoric = pointsAtStatement = true;
          break;
        }
      }
    }
  }
  if (
    onlyCallsUntrue(words.content) ||
    deniesTruthOf(all) ||
    failsToHold(all) ||
    misrepresents(all) ||
    deniesConduct ||
    asksForProof(words)
  )
    anaphoric = pointsAtStatement = true;
  // "that ruling was made by the tribunal, not by his office": a negated claim opening on a
  // demonstrative and a noun speaks of what was just said, an act or a statement.
  if (negated && opensOnDemonstrative(words)) anaphoric = demonstrative = true;
  // "No such meeting took place": the whole of what was just said is denied.
  if (noSuch) anaphoric = demonstrative = pointsAtStatement = true;
  // "denied giving any such undertaking", "disputed the projection": the kind named points back as "that" does.
  const namedKind = kindNamed(all, allFlags);
  if (namedKind !== null) anaphoric = true;
  const counters = COUNTER_OPENERS.has(all[0]?.lower ?? '') || allFlags.some((f) => (f & W.counter) !== 0);
  // "How many people work at the airport today?": a question asserts nothing, as a hedge does not.
  // (The pattern is tried at every position: most claims have no question mark at all.)
  if (words.text.includes('?') && QUESTION_END.test(words.text)) hedged = true;
  const currentPeriod =
    words.content.some((word, i) => word.lower === 'this' && CURRENT_PERIODS.has(words.content[i + 1]?.lower ?? '')) ||
    claim.quantities.some((q) => q.kind === 'date' && q.date !== undefined && endsLatestPeriod(words, q.start - claim.offset, q.date));
  const thisYear = words.content.some((word, i) => word.lower === 'this' && words.content[i + 1]?.lower === 'year');
  const monthDated = !weekday && dates.length > 0 && dates.every((date) => date.day === undefined && date.month !== undefined);
  return {
    claim,
    contextNouns: undefined,
    kindOfIndex: undefined,
    measured,
    dates,
    weekday,
    seasons: seasonsOf(words.content),
    positions: positionsOf(words),
    day: dayOf(words.all),
    events,
    otherEvent,
    lastUnit: !apartOtherwise && lastUnits.length === 1 ? lastUnits[0]! : null,
    toldBack: toldBack.length === 1 ? toldBack[0]! : null,
    relativeDate: null,
    laterOnes,
    currentPeriod,
    runningYear: null,
    cumulative: isCumulative(words.content, flags),
    future,
    forecastOnly: future && !toldDone(words.content),
    frames: framesOf(all, STATEMENT_FRAMES),
    givenAs: framesOf(all, NAMED_KIND_FRAMES),
    namedKind,
    pointsAtKind: pointsAtStatement ? kindPointedAt(all) : null,
    denialVerb,
    negated: (negated && !isGeneric(words.content)) || (anaphoric && !denialVerb),
    anaphoric,
    pointsAtStatement,
    pointsAtFigures,
    bareDenial,
    pointsAtOwner: pointsAtStatement ? ownerOfReferent(all) : null,
    universal,
    demonstrative,
    contrast: contrast || denialVerb || negated,
    contrasted: negated ? contrastedEllipsis(words) : null,
    eventDay: weekday ? eventDayOf(words) : null,
    clocks: MAY_HOLD_TIME_OF_DAY.test(words.text) ? clocksOf(words) : [],
    subject,
    context,
    inFigure,
    wholeScope: speaksOfWhole(words.all),
    neighbour: neighbouringSource(words) || neighbouringPlace(words.content) || bordersNamedPlace(words.all),
    scope: { territories: territoriesOf(words.content), period: periodOf(words.content, weekday, monthDated, thisYear) },
    negatedStems,
    ownZero,
    negatedSubject,
    hedged,
    untold: negated && untoldOf(words.content),
    counters,
    states,
    predicates,
    named: namedNouns(words),
    extent: extentOf(words.content),
    stateNegated,
    statesBeforeNegation,
    existential,
    doubted: words.text.includes('?') ? conditionDoubted(words) : [],
  };
}

/** Prepositions after which a name says which one a noun is: "the warehouse in Ulvik", "the depot at Brill". */
const NAMING_PREPOSITIONS = new Set(['in', 'at']);

/**
 * The claim's common nouns named by a name right before them ("the Ostby warehouse"; not the word
 * opening the claim), after "in"/"at" ("the warehouse in Ulvik") or by a number after them ("on line 3"), by topic key.
 */
function namedNouns(words: ClaimWords): Map<string, string[]> {
  const named = new Map<string, string[]>();
  const { content } = words;
  const keys = topicKeys(words);
  const add = (key: string, name: string): void => {
    const names = named.get(key);
    if (!names) named.set(key, [name]);
    else if (!names.includes(name)) names.push(name);
  };
  for (let i = 1; i < content.length; i++) {
    const key = keys[i]!;
    if (key === '' || content[i]!.capitalised) continue;
    const before = content[i - 1]!;
    if (before.capitalised && i - 1 > 0 && !before.lower.endsWith("'s") && !before.lower.endsWith('’s')) add(key, before.lower);
    // "on line 3": a number right after the noun names which one it is, as a name does.
    if (labelledNoun(words, i)) add(key, content[i + 1]!.lower);
    const after = content[i + 2];
    // "every driver in June" names a time, not which driver.
    if (after?.capitalised && NAMING_PREPOSITIONS.has(content[i + 1]!.lower) && !isTimeUnit(after.lower)) add(key, after.lower);
  }
  return named;
}

/** Both claims name one noun, each by a name the other does not give anywhere: "the Ostby warehouse" / "the Ulvik warehouse". */
function namedApart(a: Analysed, b: Analysed): boolean {
  for (const [key, names] of a.named) {
    const others = b.named.get(key);
    if (!others) continue;
    const inB = names.some((name) => b.claim.words.all.some((word) => word.lower === name));
    const inA = others.some((name) => a.claim.words.all.some((word) => word.lower === name));
    if (!inA && !inB) return true;
  }
  return false;
}

/**
 * Where a denial verb is itself negated ("nobody disputes", "no one denies", "does not dispute",
 * "never denied"): the starts of the negating words and of the verb. Such a claim agrees.
 */
/** Words a time phrase of the statement opens with: "last week that", "earlier this month that", "on Tuesday that". */
const STATEMENT_TIME_OPENERS = new Set(['last', 'past', 'earlier', 'this', 'on', 'in']);
/** How many words such a phrase may have before its "that". */
const STATEMENT_TIME_WORDS = 3;

/**
 * Where the content starts after a time phrase of the statement ("last week that …" after "The
 * Courier reported"): 0 when it opens with none.
 */
function statementTimeEnd(content: ClaimWords['content']): number {
  if (!STATEMENT_TIME_OPENERS.has(content[0]?.lower ?? '')) return 0;
  // "wrote on social media last week that …", "said in a statement on Tuesday that …": the channel, then the time.
  const channel = content.slice(1, 4).some((word) => STATEMENT_CHANNELS.has(word.lower));
  const reach = channel ? STATEMENT_TIME_WORDS + STATEMENT_CHANNEL_WORDS : STATEMENT_TIME_WORDS;
  for (let i = 1; i <= reach && i < content.length; i++) if (content[i]!.lower === 'that') return i + 1;
  return 0;
}

/** Nouns of the channel a statement came through, before its time: "on social media last week that", "in a statement on Friday that". */
const STATEMENT_CHANNELS = new Set([
  'media',
  'statement',
  'interview',
  'post',
  'blog',
  'letter',
  'broadcast',
  'website',
  'newsletter',
  'podcast',
]);
/** Determiners of a channel a time right after it dates: "in a report last month", "in its statement last week". */
const CHANNEL_DETERMINERS = new Set(['a', 'an', 'its', 'their', 'his', 'her']);

/**
 * "put this year's debt at 66 percent in a report last week": a time right after "in a report", "in a statement",
 * "in an interview" dates the channel the figure came through, not another event than the one it tells, as a time
 * after a verb of publishing does.
 */
function datesChannel(content: ClaimWords['content'], i: number): boolean {
  const channel = content[i - 1]?.lower ?? '';
  return (
    (channel === 'report' || STATEMENT_CHANNELS.has(channel)) &&
    CHANNEL_DETERMINERS.has(content[i - 2]?.lower ?? '') &&
    content[i - 3]?.lower === 'in'
  );
}

/** How many words such a channel adds before the time phrase: "on social media", "in a statement". */
const STATEMENT_CHANNEL_WORDS = 3;

/** `flags`: the words' `wordFlags`. */
function agreeingNegations(all: ClaimWords['all'], flags: readonly number[]): Set<number> {
  const starts = new Set<number>();
  for (let i = 1; i < all.length; i++) {
    // "the driver has not been dismissed": a passive of no statement is an act done to people, and its negation negates it.
    if ((flags[i]! & W.denial) === 0 || passiveOfNoStatement(all, i)) continue;
    for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
      const lower = all[k]!.lower;
      const zero = ZERO_WORDS.has(lower) || (lower === 'one' && all[k - 1]?.lower === 'no');
      if (zero || negatesClause(lower)) {
        starts.add(all[k]!.start);
        starts.add(all[i]!.start);
        if (lower === 'one') starts.add(all[k - 1]!.start);
        break;
      }
    }
  }
  return starts;
}

/**
 * Content word `i` comes right after an attribution clause standing inside the sentence: "In a statement on Sunday, a
 * police spokeswoman said no one had been held back": the content reads "Sunday no one …", but "no" opens its clause.
 */
function afterAttribution(words: ClaimWords, i: number): boolean {
  if (i === 0 || words.content === words.all) return false;
  const at = words.all.indexOf(words.content[i]!);
  return at > 0 && words.all[at - 1] !== words.content[i - 1];
}

/** Each word's classes (`wordFlags`), by a loop of its own: one array shape in every tier (packed-map.ts), its call inlined. */
function flagsOf(words: ClaimWords['all']): number[] {
  const flags: number[] = [];
  for (const word of words) flags.push(wordFlags(word));
  // "hit back at the guild's claim that …": a rebuttal said as an idiom, its "back" a denial word as "rejected" is (what
  // it points at stands as near after it as after "rejected the guild's claim").
  for (let i = 1; i + 1 < words.length; i++)
    if (words[i]!.lower === 'back' && HIT_FORMS.has(words[i - 1]!.lower) && words[i + 1]!.lower === 'at') flags[i]! |= W.denial;
  return flags;
}

/** Forms of "hit" that, before "back at", say a rebuttal. */
const HIT_FORMS: ReadonlySet<string> = new Set(['hit', 'hits', 'hitting']);

/** The content words' topic keys (claim-words.ts): one thing in other words is one subject word. */
function tieStems(words: ClaimWords): readonly string[] {
  return topicKeys(words);
}

/** Adds the subject stems of the content words right after `end` (a denial verb's): what it denies. */
function deniedAfter(words: ClaimWords, end: number, into: Set<string>): void {
  const first = words.content.findIndex((word) => word.start >= end);
  if (first < 0) return;
  for (let k = first; k < Math.min(words.content.length, first + NEGATION_SCOPE); k++) {
    const stem = tieStems(words)[k]!;
    if (stem !== '' && !words.content[k]!.capitalised) into.add(stem);
  }
}

/** Nouns an event word modifies when it names a service or a thing, not an event: "fire service", "flood defences". */
const EVENT_MODIFIED_NOUNS = new Set(
  'service services brigade brigades department station stations crew crews fighters officers officer chief engine engines safety alarm alarms exit exits door doors defences defenses insurance warning warnings risk'.split(
    ' ',
  ),
);

/**
 * "A sound pipe does not burst.", "An honest firm doesn't hide its accounts": a general truth in the
 * present (an indefinite subject, "does not") denies no particular statement.
 */
function isGeneric(content: ClaimWords['content']): boolean {
  const first = content[0]?.lower;
  if (first !== 'a' && first !== 'an') return false;
  return content.some(
    (w, i) =>
      ((w.lower === 'does' || w.lower === 'do') && content[i + 1]?.lower === 'not') || w.lower === "doesn't" || w.lower === 'doesn’t',
  );
}

/** A question mark closing the claim, before a closing quote: "… today?", "… closed?\"". */
const QUESTION_END = /\?["”’')\]]*\s*$/;

/** Words saying a record was broken: "missed two payments", "the rent was late", "skipped an inspection". */
const BREACH_WORDS = new Set(['missed', 'skipped', 'late', 'overdue', 'defaulted', 'bounced', 'lapsed']);
/** How far from a breach word what was missed may stand: "missed two payments", "the June payment was late". */
const BREACH_WINDOW = 4;
/** Past forms whose stem is not their verb's: "paid" of "pay", what "payments" are of. */
const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map([
  ['paid', 'pay'],
  ['met', 'meet'],
  ['kept', 'keep'],
  ['sent', 'send'],
  ['made', 'make'],
]);
/** Words that may stand between "always" and its verb: "has always been paid", "always duly paid". */
const RECORD_FILLERS = new Set(['been', 'be', 'duly', 'promptly', 'fully', 'reliably']);
/** How many sentences apart a record and its breach may stand: a company answering a reader at the end of a column. */
const RECORD_SENTENCES = 8;

/** How many words before "always" the subject of a record may stand: "deliveries had always arrived". */
const RECORD_SUBJECT_WINDOW = 3;

/**
 * What a claim says was always done, or done on time ("he has always paid on time", "had paid every bill on time",
 * "deliveries have always arrived"): the stems of the verb (its base: "pay" of "paid"), of the words just before
 * "always" (its subject) and of those between the verb and "on time" (its object); null when it says none. A record
 * said with a negation ("never missed") is a denial the other rules read.
 */
function recordKept(a: Analysed): string[] | null {
  const { content, contentStems } = a.claim.words;
  const stemsIn = (from: number, to: number): string[] => {
    const stems: string[] = [];
    for (let k = Math.max(0, from); k < Math.min(content.length, to); k++) {
      const stem = IRREGULAR_PAST.get(content[k]!.lower) ?? contentStems[k]!;
      if (stem.length >= 3 && !content[k]!.capitalised && !SPEECH_WORDS.has(content[k]!.lower)) stems.push(stem);
    }
    return stems;
  };
  for (let i = 0; i < content.length; i++) {
    const lower = content[i]!.lower;
    if (lower === 'always') {
      let k = i + 1;
      while (k < content.length && RECORD_FILLERS.has(content[k]!.lower)) k++;
      const verb = content[k];
      if (verb && PAST_FORM.test(verb.lower)) {
        const on = content.findIndex((w, j) => j > k && w.lower === 'on' && content[j + 1]?.lower === 'time');
        return stemsIn(i - RECORD_SUBJECT_WINDOW, i).concat(stemsIn(k, on > k ? on : k + 1));
      }
    }
    // "paid his bills on time": the verb before "on time", its object between.
    if (lower === 'on' && content[i + 1]?.lower === 'time') {
      for (let k = i - 1; k >= Math.max(0, i - BREACH_WINDOW); k--)
        if (PAST_FORM.test(content[k]!.lower) && contentStems[k] !== '') return stemsIn(k, i);
    }
  }
  return null;
}

/** Verbs of saying a claim's content may keep ("says she has always paid"): no part of what was done. */
const SPEECH_WORDS = new Set(['says', 'said', 'say', 'saying', 'told', 'tells', 'insists', 'insisted', 'claims', 'claimed']);

/** A past form or participle: "paid", "arrived", "met", "kept", "sent", "made". */
const PAST_FORM = /(?:ed|id|et|ept|ent|ade)$/;

/** The claim says that what a record speaks of (`recordKept`) was missed or late: "missed two payments" against "always paid". */
function breaches(a: Analysed, record: readonly string[]): string | null {
  const { content, contentStems } = a.claim.words;
  for (let i = 0; i < content.length; i++) {
    if (!BREACH_WORDS.has(content[i]!.lower)) continue;
    for (let k = Math.max(0, i - BREACH_WINDOW); k <= Math.min(content.length - 1, i + BREACH_WINDOW); k++) {
      const stem = IRREGULAR_PAST.get(content[k]!.lower) ?? contentStems[k]!;
      if (k === i || stem.length < 3 || SPEECH_WORDS.has(content[k]!.lower)) continue;
      const tie = record.find((word) => stem.startsWith(word) || word.startsWith(stem));
      if (tie !== undefined) return tie;
    }
  }
  return null;
}

/**
 * "He says he has always paid on time." / a company, paragraphs on: "his account had missed two payments": a record
 * one source says was never broken, against another's saying it was broken (what was missed or late is what the
 * record's verb does: "payments" of "paid", "deliveries" of "delivered"). Neither negated, hedged or a forecast.
 */
function brokenRecords(
  analysed: readonly Analysed[],
  sameSource: (a: number, b: number) => boolean,
  trace?: ConflictTrace,
): Disagreement[] {
  const records: Array<[Analysed, string[]]> = [];
  for (const a of analysed) {
    if (a.negated || a.denialVerb || a.hedged || a.future) continue;
    const record = recordKept(a);
    if (record !== null && record.length > 0) records.push([a, record]);
  }
  const found: Disagreement[] = [];
  for (const [record, words] of records) {
    for (const b of analysed) {
      if (b === record || b.negated || b.hedged || b.future) continue;
      if (Math.abs(b.claim.sentenceIndex - record.claim.sentenceIndex) > RECORD_SENTENCES) continue;
      const tie = breaches(b, words);
      if (tie === null) continue;
      if (sameSource(record.claim.index, b.claim.index)) continue;
      // "always" holds over a period running to now: a breach's date does not set it apart, another place or time named does.
      if (differentEvents(record, b, false, true)) {
        noteGate(trace, record.claim.index, b.claim.index, 'evt');
        continue;
      }
      const [first, second] = record.claim.sentenceIndex <= b.claim.sentenceIndex ? [record, b] : [b, record];
      found.push(denialOf(first, second, [tie], MIN_DISAGREEMENT_SCORE));
    }
  }
  return found;
}

/** Words opening a claim that answers the one before with its contrary: "But the samples showed ordinary soil." */
const COUNTER_OPENERS = new Set(['but', 'however', 'instead']);
/** Speech verbs of answering back: "the company countered that the soil was clean". */
const COUNTER_VERBS = new Set(['countered', 'counters', 'retorted', 'retorts', 'insisted', 'insists', 'objected', 'objects']);

/** Modal negations in one word: "cannot confirm", "couldn't say". */
const HEDGING_NEGATIONS = new Set(['cannot', "can't", "couldn't", 'can’t', 'couldn’t']);
/** Verbs of knowing after "could not": "could not say who fired", "cannot confirm" say what is not known. */
const UNKNOWING_VERBS = new Set(['say', 'confirm', 'verify', 'prove', 'determine', 'establish', 'tell', 'know', 'identify', 'explain']);

/** Participles of being told, and the words after a negation that may stand before them ("had not been told", "was never informed"). */
const TOLD_PARTICIPLES = new Set(['told', 'informed', 'notified', 'advised']);
const TOLD_AUXILIARIES = new Set(['been', 'be', 'being', 'yet', 'ever', 'once']);
/** Words of telling in an assertion: what a statement of not being told does deny ("had written to the family", "warned them"). */
const TELLING_WORDS = new Set(
  'told tell tells telling informed inform informs notified notify notice letter letters wrote written write writes warned warn warning emailed email called phoned'.split(
    ' ',
  ),
);

/**
 * "had not been told of any court order", "was never informed about the complaint", "had not been notified": a negation,
 * at most two auxiliaries, a participle of being told, then "of" or "about" (or the claim's end): the source says what it
 * did not hear, not that the thing did not happen.
 */
function untoldOf(content: ClaimWords['all']): boolean {
  for (let i = 0; i < content.length; i++) {
    if (!isNegation(content[i]!.lower)) continue;
    let k = i + 1;
    while (k < content.length && k <= i + 2 && TOLD_AUXILIARIES.has(content[k]!.lower)) k++;
    if (!TOLD_PARTICIPLES.has(content[k]?.lower ?? '')) continue;
    const next = content[k + 1]?.lower;
    if (
      next === undefined ||
      next === 'of' ||
      next === 'about' ||
      (next === 'by' && content.slice(k + 2, k + 6).some((w) => w.lower === 'of'))
    )
      return true;
  }
  return false;
}

/** The assertion tells of telling someone ("had written to the family", "told the assembly", "a letter"). */
function tellsOf(assertion: Analysed): boolean {
  return assertion.claim.words.content.some((word) => TELLING_WORDS.has(word.lower));
}

/** Verbs that, after "no" and its noun, make the noun the subject of a clause: "no household had complained". */
const AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'did', 'does', 'do', 'could', 'would', 'will', 'can']);

const PASSIVE_BE = new Set(['been', 'be', 'being']);

/**
 * The last content word a "no" or a zero at `i` negates: the three after it, and when a noun and
 * auxiliaries follow it, the verb after them ("no worker had been threatened").
 */
function negatedClauseEnd(content: ClaimWords['content'], i: number): number {
  if (!AUXILIARIES.has(content[i + 2]?.lower ?? '')) return i + NEGATION_SCOPE;
  let verb = i + 3;
  while (AUXILIARIES.has(content[verb]?.lower ?? '') || PASSIVE_BE.has(content[verb]?.lower ?? '')) verb++;
  return Math.max(i + NEGATION_SCOPE, verb);
}

/** Forms of "be" after "there" before an existential "no": "there was no", "there has been no", "there's no". */
const EXISTENTIAL_BE = new Set(['is', 'are', 'was', 'were', 'been']);
const THERE_IS = new Set(["there's", 'there’s']);

/** The "no" at `i` says a thing does not exist: "there was no", "there has been no", "there's no". */
function existentialBefore(content: ClaimWords['content'], i: number): boolean {
  const before = lowerAt(content, i - 1);
  if (THERE_IS.has(before)) return true;
  if (!EXISTENTIAL_BE.has(before)) return false;
  return lowerAt(content, i - 2) === 'there' || (before === 'been' && lowerAt(content, i - 3) === 'there');
}

/**
 * The topic key of the noun an existential "no" at `i` is of: the word after it, or the next when that one is a
 * content word too ("lockout" of "no lockout at the site" and of "no formal lockout"); null for evidence or plans.
 */
function existentialNoun(words: ClaimWords, i: number): { key: string; word: string } | null {
  const ties = tieStems(words);
  if ([1, 2].some((n) => EVIDENCE_NOUNS.has(lowerAt(words.content, i + n)) || PLAN_NOUNS.has(lowerAt(words.content, i + n)))) return null;
  const at = ties[i + 2] ? i + 2 : i + 1;
  return ties[at] ? { key: ties[at]!, word: words.content[at]!.lower } : null;
}

/** Nouns of what would show a thing happened: "no evidence that", "no sign that", "no indication that". */
const EVIDENCE_NOUNS = new Set(['evidence', 'sign', 'signs', 'indication', 'indications', 'proof', 'suggestion', 'trace']);
/** How many words may stand between "that" and the auxiliaries of its clause: its subject ("anything", "any of the fine income"). */
const EVIDENCE_SUBJECT_WORDS = 6;

/**
 * "there was no evidence that anything had been thrown from the boat", "no sign that the stream was polluted": "no" and
 * a noun of evidence deny what the clause after "that" says: its verb (the index `verb`, past the subject and the
 * auxiliaries) and what the verb acts on (`end`, the last word negated); null when "no" is not so followed.
 */
function evidenceClause(content: ClaimWords['content'], i: number): { verb: number; end: number } | null {
  if (!EVIDENCE_NOUNS.has(content[i + 1]?.lower ?? '') || content[i + 2]?.lower !== 'that') return null;
  let k = i + 3;
  while (k < i + 3 + EVIDENCE_SUBJECT_WORDS && k < content.length && !AUXILIARIES.has(content[k]!.lower)) k++;
  if (!AUXILIARIES.has(content[k]?.lower ?? '')) {
    // No auxiliary ("that the rangers carried weapons"): a determined noun is the subject, the verb follows it.
    k = i + 3;
    while (DETERMINERS.has(content[k]?.lower ?? '')) k++;
    k++;
  }
  while (AUXILIARIES.has(content[k]?.lower ?? '') || PASSIVE_BE.has(content[k]?.lower ?? '')) k++;
  return { verb: k, end: k + NEGATION_SCOPE - 1 };
}

/**
 * "Nothing has left that pond", "nobody had visited the estate": after a zero opening its clause, auxiliaries and
 * the verb, what the verb acts on past its determiner is negated too (the head of the object, its index).
 */
function zeroClauseObject(content: ClaimWords['content'], i: number): number {
  let k = i + 1;
  while (AUXILIARIES.has(content[k]?.lower ?? '') || PASSIVE_BE.has(content[k]?.lower ?? '')) k++;
  k++;
  while (DETERMINERS.has(content[k]?.lower ?? '')) k++;
  return k;
}

/** Verbs saying a thing took place: "never happened", "did not occur", "never took place". */
const HAPPENING_VERBS = /^(?:happen|occur|took$|take$|taken$)/;

/** The negation at `i` is followed by a verb saying a thing took place ("never happened", "did not take place"). */
function happenedAfter(content: ClaimWords['content'], i: number): boolean {
  const verb = content[i + 1]?.lower ?? '';
  if (!HAPPENING_VERBS.test(verb)) return false;
  return verb.startsWith('happen') || verb.startsWith('occur') || content[i + 2]?.lower === 'place';
}

/** How many words before a negation the noun of what never happened may stand: "the meeting with the developer never". */
const HAPPENING_NOUN_WORDS = 5;

/**
 * The content words before the negation at `i` that name what never happened ("meeting" and "developer" of "the meeting
 * with the developer never took place"), back past auxiliaries to the start of the clause: stems only, names left out.
 */
function nounsDeniedHappening(words: ClaimWords, i: number): number[] {
  const ties = tieStems(words);
  let k = i - 1;
  while (k >= 0 && AUXILIARIES.has(words.content[k]!.lower)) k--;
  const found: number[] = [];
  for (let n = 0; k >= 0 && n < HAPPENING_NOUN_WORDS; k--, n++) {
    const word = words.content[k]!;
    if (words.text.slice(word.end, words.content[k + 1]!.start).includes(',')) break;
    if (ANAPHORS.has(word.lower) && word.lower !== 'that') break;
    if (!word.capitalised && ties[k]) found.push(k);
  }
  return found;
}

/** Nouns of what would prove a statement, asked for by a rhetorical question: "Where is the proof?". */
const PROOF_NOUNS = new Set(['proof', 'evidence']);
/** Words opening a question that asks for proof: "Where is the proof?", "What evidence do they have?". */
const PROOF_QUESTION_WORDS = new Set(['where', 'what']);

/**
 * "Where is the proof?", "What evidence is there?": a question asking for the proof of what was said denies it, as "that
 * is not true" does; it points back at the statement before it.
 */
function asksForProof(words: ClaimWords): boolean {
  const content = words.content;
  if (content.length === 0 || content.length > 8 || !PROOF_QUESTION_WORDS.has(content[0]!.lower)) return false;
  if (!words.text.includes('?', content[0]!.end)) return false;
  return content.some((word) => PROOF_NOUNS.has(word.lower));
}

/** How many words after a negation are what it negates: "never dumped sludge", "did not sign the accounts". */
const NEGATION_SCOPE = 3;

/** A denial verb's forms no noun has: "disagreed", "denies", "disagrees" ("a trade dispute.", "the disputes." are nouns). */
const BARE_DENIAL_ENDINGS = /(?:ed|ies|ees)$/;

/**
 * Verbs that say the act of the verb after "to" was not done: "refused to meet", "failed to pay". Finite forms only:
 * "blaming its neighbour for failing to patrol" gives a reason, it asserts no refusal of the claim's own.
 */
const REFUSING = new Set(['refused', 'refuses', 'failed', 'fails']);

/** "without a doctor", "without an inspection": an article after "without" names a thing that was not there. */
const PRIVATIVE_ARTICLES = new Set(['a', 'an']);

/** Words before "no" that make it open a clause: "that no unit fired", "there was no evidence". */
const NO_OPENERS = new Set([
  'that',
  'was',
  'were',
  'is',
  'are',
  'been',
  'be',
  'and',
  'but',
  'had',
  'has',
  'have',
  'found',
  'saw',
  'showed',
  'received',
  // A verb whose object is "no …" says it did none: "had used no tear gas", "fired no shells", "made no arrests".
  'used',
  'fired',
  'made',
  'took',
  'caused',
  'recorded',
  'detected',
  'noticed',
  'heard',
  'suffered',
  'paid',
  'issued',
  'gave',
  'sent',
]);
/** Referents that are figures: "disputed the figures", "rejected the estimate". */
const FIGURE_REFERENTS = new Set([
  'figure',
  'figures',
  'number',
  'numbers',
  'estimate',
  'estimates',
  'statistics',
  'count',
  'toll',
  'tally',
]);
/** Verbs that call what another said something: "called the figures false". */
const CALLING_WORDS = new Set(['called', 'calling', 'calls', 'call', 'described', 'describing', 'branded', 'labelled']);
/** How many words after the verb the untrue word may stand: "called the league's account of that semi-final entirely false". */
const CALLING_WINDOW = 9;

/** The anaphor at word i ends its clause ("denied that." "disputed this, saying …"): it stands for a whole statement. */
function closesClause(words: ClaimWords, i: number): boolean {
  // "denied this again.", "rejected this on Monday": a phrase of time may close the clause instead.
  for (let k = i; k <= i + CLAUSE_TIME_WORDS; k++) {
    const word = words.all[k];
    if (!word) return false;
    const next = words.text.charAt(word.end);
    if (next === '' || next === ',' || next === '.' || next === ';' || next === ':' || next === '"' || next === '”') return true;
    const after = words.all[k + 1]?.lower ?? '';
    if (!TIME_PHRASE_WORDS.has(after) && !isTimeUnit(after)) return false;
  }
  return false;
}

/** Words of a phrase of time after "denied that": "on Monday", "again", "last week". */
const TIME_PHRASE_WORDS = new Set([
  'at',
  'the',
  'time',
  'on',
  'in',
  'last',
  'this',
  'again',
  'then',
  'later',
  'earlier',
  'immediately',
  'publicly',
]);
const CLAUSE_TIME_WORDS = 4;

/**
 * "since the fighting began in 2023", "since 2019", "so far", "to date", "in total", "in that
 * time": a count over a period. A count of one event and a count over a period are of different things.
 */
function isCumulative(content: ClaimWords['content'], flags: readonly number[]): boolean {
  for (let i = 0; i < content.length; i++) {
    const lower = content[i]!.lower;
    if ((flags[i]! & W.periodOpener) === 0) continue;
    const next = content[i + 1]?.lower ?? '';
    if (lower === 'since') {
      // "the largest demonstration since 2009", "the worst floods since records began": a record since then, no count over the period.
      if (recordBefore(content, i)) continue;
      for (let k = i + 1; k < Math.min(content.length, i + SINCE_WINDOW); k++) {
        const word = content[k]!.lower;
        // "since late July" may date the event itself (an outbreak); a year or a war's start dates a period.
        if (PERIOD_STARTS.has(word) || isYear(word)) return true;
      }
    } else if ((lower === 'so' && next === 'far') || (lower === 'to' && next === 'date') || (lower === 'in' && next === 'total'))
      return true;
    else if (lower === 'altogether' || lower === 'cumulative') return true;
    else if (
      (lower === 'in' || lower === 'over' || lower === 'during') &&
      (next === 'that' || next === 'the') &&
      PERIOD_WORDS.has(content[i + 2]?.lower ?? '')
    )
      return true;
  }
  return false;
}

const SINCE_WINDOW = 6;

/** A superlative or "most" at most `SINCE_WINDOW` words before content word `at`: "the largest … since". */
function recordBefore(content: ClaimWords['content'], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - SINCE_WINDOW); k--) {
    const lower = content[k]!.lower;
    if (lower === 'most' || (((WORD_CLASSES.get(lower) ?? 0) & WordClass.superlative) !== 0 && !lower.endsWith('ed'))) return true;
  }
  return false;
}
const PERIOD_OPENERS = new Set(['since', 'so', 'to', 'in', 'altogether', 'cumulative', 'over', 'during']);
/** Words after "since" that open a period rather than name a day: "since the war began", "since the start of". */
const PERIOD_STARTS = new Set(['began', 'begun', 'start', 'started', 'beginning', 'outbreak']);
const PERIOD_WORDS = new Set(['time', 'period', 'years', 'months', 'decade']);

function isYear(word: string): boolean {
  if (word.length !== 4) return false;
  const year = Number(word);
  return year >= 1900 && year <= 2100;
}

/** "since 2016", "since March": the date opens a period that runs to now; it dates no one event. */
function opensPeriod(words: ClaimWords, start: number): boolean {
  const at = words.content.findIndex((w) => w.start <= start && start < w.end);
  return at > 0 && words.content[at - 1]!.lower === 'since';
}

/** Periods "the … to <month>" runs up to: "the year to October", "the 12 months to March", "the quarter to June". */
const PERIODS_TO_A_MONTH = new Set(['year', 'months', 'quarter']);

/**
 * "in the year to October", "the 12 months to March": a period running up to a month the claim gives no year is the
 * latest such period, the running one as "this year" is; the month ends it and dates no event of its own.
 */
function endsLatestPeriod(words: ClaimWords, start: number, date: PartialDate): boolean {
  if (date.year !== undefined || date.day !== undefined || date.month === undefined) return false;
  const at = words.content.findIndex((w) => w.start <= start && start < w.end);
  return at > 1 && words.content[at - 1]!.lower === 'to' && PERIODS_TO_A_MONTH.has(words.content[at - 2]!.lower);
}

/** Verbs a period's last day follows: "in fiscal 2031, which ended on 30 September", "the season ending 12 May". */
const PERIOD_END_VERBS = new Set(['ended', 'ending', 'ends']);

/**
 * "in fiscal 2031, which ended on 30 September", "the season ending 12 May": a day and month with no year after a verb of
 * ending is the last day of the period the claim names before it, no date of what it tells (the period's year is).
 */
function endsPeriodNamedBefore(words: ClaimWords, start: number, date: PartialDate): boolean {
  if (date.year !== undefined || date.month === undefined) return false;
  const at = words.content.findIndex((w) => w.start <= start && start < w.end);
  const before = at > 0 && words.content[at - 1]!.lower === 'on' ? at - 2 : at - 1;
  if (before < 0 || !PERIOD_END_VERBS.has(words.content[before]!.lower)) return false;
  // "which ended", "ending": a clause about the period; "The strike ended on 12 May" tells when the strike ended.
  return words.content[before]!.lower === 'ending' || RELATIVE_PRONOUNS.has(words.content[before - 1]?.lower ?? '');
}

/** Pronouns opening a clause about the noun before them: "fiscal 2031, which ended …". */
const RELATIVE_PRONOUNS = new Set(['which', 'that']);

/** "was higher than in 2019", "the same as in 2019": a time after "than" or "the same as" is a comparison's baseline, not when what the claim tells happened. */
function afterThan(words: ClaimWords, start: number): boolean {
  const at = words.content.findIndex((w) => w.start <= start && start < w.end);
  if (at <= 0) return false;
  const before = words.content[at - 1]!.lower;
  if (before === 'than' || opensSameness(words.content, at - 1)) return true;
  return (
    BASELINE_PREPOSITIONS.has(before) && (lowerAt(words.content, at - 2) === 'than' || (at > 1 && opensSameness(words.content, at - 2)))
  );
}
/** Seasons of the year; "fall" only after a word that makes it a time ("in the fall"). */
const SEASONS = new Set(['spring', 'summer', 'autumn', 'winter', 'fall']);
/** Words before a season that make it a time: "in winter", "last autumn", "this spring"; after "the", one of the first four. */
const SEASON_OPENERS = new Set(['in', 'during', 'over', 'through', 'last', 'this', 'next', 'every', 'each']);
const SEASON_PREPOSITIONS = new Set(['in', 'during', 'over', 'through']);

/** A place relative to a landmark: "above the weir" → { side: 'up', landmark: ['weir'] }. */
interface Position {
  side: string;
  landmark: string[];
  inherited?: boolean;
}

/** Words of place relative to a landmark, by the side of it they name: upstream and above are one side of a river's landmark. */
const POSITION_SIDES = new Map([
  ['above', 'up'],
  ['upstream', 'up'],
  ['upriver', 'up'],
  ['below', 'down'],
  ['beneath', 'down'],
  ['downstream', 'down'],
  ['downriver', 'down'],
  ['inside', 'in'],
  ['outside', 'out'],
  ['north', 'north'],
  ['south', 'south'],
  ['east', 'east'],
  ['west', 'west'],
]);
/** Sides named only with "of" after them: "north of the bridge" (not "the north"), "upstream of the works". */
const POSITION_NEEDS_OF = new Set(['north', 'south', 'east', 'west']);
/** Determiners and pronouns a landmark opens with: "above the mill", "above it", "below its outfall". */
const LANDMARK_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'this', 'that', 'it', 'them', 'each', 'every']);
/**
 * Nouns of a value, not a place, a figure is above or below: "below the legal limit", "above the national average", "above
 * inflation". Above or below them compares the figure, it does not place it.
 */
const VALUE_NOUNS = new Set(
  'limit limits threshold thresholds average averages level levels target targets standard standards line mark norm par rate rates figure figures forecast forecasts expectation expectations inflation capacity minimum maximum cap ceiling floor benchmark guideline guidelines zero freezing budget estimate estimates trend pre'.split(
    ' ',
  ),
);
/** How many words of a landmark are read after its opener: "the Ferry Lane footbridge". */
const LANDMARK_WORDS = 4;

/**
 * The places the content names relative to a landmark (`Analysed.positions`): a word of place (`POSITION_SIDES`) with a
 * landmark after it ("above the mill", "downstream of the works", "half a mile upstream of the footbridge", "above it",
 * "Below Felling Mill weir"), not a figure compared with a value ("below 0.5 milligrams", "above the legal limit", "fell
 * below average").
 */
function positionsOf(words: ClaimWords): Position[] {
  const { content, contentStems } = words;
  const positions: Position[] = [];
  for (let i = 0; i < content.length; i++) {
    const side = POSITION_SIDES.get(content[i]!.lower);
    if (side === undefined) continue;
    let k = i + 1;
    if (content[k]?.lower === 'of') k++;
    else if (POSITION_NEEDS_OF.has(content[i]!.lower)) continue;
    const opener = content[k];
    if (!opener || !(LANDMARK_OPENERS.has(opener.lower) || opener.capitalised)) continue;
    if (opener.lower === 'it' || opener.lower === 'them') {
      positions.push({ side, landmark: [] });
      continue;
    }
    const end = Math.min(content.length, k + LANDMARK_WORDS);
    // "above the legal limit", "below the national average": a value, wherever before a figure in the phrase its noun stands.
    let value = false;
    for (let m = k; m < end && !/^[0-9]/.test(content[m]!.lower); m++) if (VALUE_NOUNS.has(content[m]!.lower)) value = true;
    if (value) continue;
    const landmark: string[] = [];
    for (let m = LANDMARK_OPENERS.has(opener.lower) ? k + 1 : k; m < end; m++) {
      if (contentStems[m]) landmark.push(contentStems[m]!);
      // A landmark ends at its first common noun: "the weir, the same samples …" is "weir".
      if (!content[m]!.capitalised && contentStems[m]) break;
    }
    if (landmark.length > 0) positions.push({ side, landmark });
  }
  return positions;
}

/**
 * A claim that places nothing takes the places of the same source's sentence right before it: "… found dead fish along 14
 * kilometres of the river below the town. Samples taken that day showed ammonia at 9.6 milligrams per litre."
 */
function inheritPositions(analysed: readonly Analysed[], sameSource: (a: number, b: number) => boolean): void {
  for (let i = 1; i < analysed.length; i++) {
    const a = analysed[i]!;
    const before = analysed[i - 1]!;
    if (a.positions.length > 0 || before.positions.length === 0 || a.measured.length === 0) continue;
    if (before.claim.sentenceIndex !== a.claim.sentenceIndex - 1 || !sameSource(before.claim.index, a.claim.index)) continue;
    a.positions = before.positions.map((position) => ({ ...position, inherited: true }));
  }
}

/**
 * A part counted after its whole with nothing of its own to say what the whole was ("Of those, 145 moved inland", "She
 * said 60 of them had been absent …") is a part of the same source's last figure in its claim right before, in that
 * sentence or the one before; with none there, it is no measure.
 */
function partsOfWholesBefore(analysed: readonly Analysed[], sameSource: (a: number, b: number) => boolean): void {
  for (let i = 0; i < analysed.length; i++) {
    const a = analysed[i]!;
    if (!a.measured.some((m) => m.key === PENDING_PART)) continue;
    const before = analysed[i - 1];
    const whole =
      before && a.claim.sentenceIndex - before.claim.sentenceIndex <= 1 && sameSource(before.claim.index, a.claim.index)
        ? before.measured
        : [];
    wholesOfParts(a.measured, whole);
    // The part is of its whole's area: "Of those, 95 …" after a neighbouring board's count.
    if (before && whole === before.measured && before.neighbour) a.neighbour = true;
  }
}

/**
 * `a` places what it tells where `b` does not: both name places relative to a landmark and no side is shared ("above the
 * mill" / "below the mill"), or `b` names none but places its own at `a`'s landmark ("at the Ferry Lane footbridge" / "half a
 * mile upstream of the footbridge").
 */
function positionsApart(a: Analysed, b: Analysed): boolean {
  if (a.positions.length === 0) return false;
  if (b.positions.length > 0) return !a.positions.some((x) => b.positions.some((y) => x.side === y.side));
  const { content, contentStems } = b.claim.words;
  return a.positions.some((x) => {
    if (x.inherited || x.landmark.length === 0) return false;
    const head = x.landmark[x.landmark.length - 1]!;
    for (let i = 0; i < content.length; i++) {
      if (contentStems[i] !== head) continue;
      for (let k = i - 1; k >= Math.max(0, i - LANDMARK_WORDS); k--) if (AT_LANDMARK.has(content[k]!.lower)) return true;
    }
    return false;
  });
}

/** Prepositions placing a thing at a landmark itself: "at the Ferry Lane footbridge", "near the outfall". */
const AT_LANDMARK = new Set(['at', 'near', 'beside', 'by']);

/** The seasons content words date a claim by ("in winter", "during the summer", "last autumn"), not in a baseline after "than". */
function seasonsOf(content: ClaimWords['content']): string[] {
  const seasons: string[] = [];
  for (let i = 1; i < content.length; i++) {
    const lower = content[i]!.lower;
    if (!SEASONS.has(lower) || content[i]!.capitalised || inBaseline(content, i)) continue;
    const before = content[i - 1]!.lower;
    // "in the summer", "during the fall", not "the winter rains" (a season's rains may fall in March).
    const opened = before === 'the' ? SEASON_PREPOSITIONS.has(lowerAt(content, i - 2)) : lower !== 'fall' && SEASON_OPENERS.has(before);
    if (opened) seasons.push(lower === 'fall' ? 'autumn' : lower);
  }
  return seasons;
}

/** How many words before a time its "than" may stand: "than in 2019", "than last year" (a time further on is the claim's own). */
const BASELINE_TIME_WORDS = 2;

/**
 * The word at `i` stands in a comparison's baseline: a "than" at most `BASELINE_TIME_WORDS` before it that opens no
 * figure. "more than 200 people … last year" bounds a count: the time after it is the claim's own.
 */
function inBaseline(content: ClaimWords['content'], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - BASELINE_TIME_WORDS); k--) {
    if (content[k]!.lower === 'than') return k + 1 === i || !opensBound(lowerAt(content, k + 1));
    // "stayed the same as last year": "the same as" opens a baseline as "than" does.
    if (opensSameness(content, k)) return true;
  }
  return false;
}

/** The "as" at `k` follows "same": "the same as last year", "the same as they were on Castle Street". */
function opensSameness(content: ClaimWords['content'], k: number): boolean {
  return content[k]!.lower === 'as' && lowerAt(content, k - 1) === 'same';
}

/** "14 separate crashes", "three separate attacks": after a count, "separate" tells the things counted apart, no other event. */
function countedApart(content: ClaimWords['content'], i: number): boolean {
  return content[i]!.lower === 'separate' && opensBound(content[i - 1]?.lower ?? '');
}

/** The word after a "than" opens a figure it bounds ("than 200", "than two", "than half"), not a year compared with. */
function opensBound(lower: string): boolean {
  return (isNumberWord(lower) && !isYear(lower)) || NUMBER_WORDS.has(lower);
}
/** Prepositions between "than" and a time: "than in 2019", "than at the start of the year". */
const BASELINE_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'for']);

function inContent(words: ClaimWords, start: number): boolean {
  return words.content.some((w) => w.start <= start && start < w.end);
}

/** "that was wrong", "the reports about the helicopter were untrue": what is called untrue is what was said. */
function pointsBack(words: ClaimWords['all'], copula: number): boolean {
  for (let k = copula - 1; k >= Math.max(0, copula - 5); k--) {
    const lower = words[k]!.lower;
    if (ANAPHORS.has(lower) || REFERENTS.has(lower)) return true;
  }
  return false;
}

/** "that's wrong": the anaphor and the copula in one token. */
const POINTING_COPULAS = new Set(["that's", "it's", "this's", 'that’s', 'it’s']);
/** "that isn't true": the copula and its negation in one token. */
const NEGATED_COPULAS = new Set(["isn't", "wasn't", "aren't", "weren't", 'isn’t', 'wasn’t', 'aren’t', 'weren’t']);
const COPULA = 1;
const NEGATED = 2;
const POINTING = 4;
const ANAPHOR = 8;
const CALLING = 16;
/** The words a statement about another statement turns on, with what each is (flags above). */
const STATEMENT_WORDS: ReadonlyMap<string, number> = (() => {
  const flags = new Map<string, number>();
  const add = (words: Iterable<string>, flag: number): void => {
    for (const word of words) flags.set(word, (flags.get(word) ?? 0) | flag);
  };
  add(['is', 'was', 'are', 'were'], COPULA);
  add(POINTING_COPULAS, COPULA | POINTING);
  add(NEGATED_COPULAS, COPULA | NEGATED);
  add(ANAPHORS, ANAPHOR);
  add(CALLING_WORDS, CALLING);
  return flags;
})();
const STATEMENT_FLAGS = COPULA | NEGATED | POINTING | ANAPHOR | CALLING;

/**
 * The classes of a word the rules of `analyse` test, as bits above the statement flags (which
 * `wordFlags` carries too): one memoised lookup per word instead of a set lookup per rule.
 */
const W = {
  future: 1 << 5,
  weekday: 1 << 6,
  event: 1 << 7,
  eventModified: 1 << 8,
  otherEvent: 1 << 9,
  otherEventBeforeTime: 1 << 10,
  timeUnit: 1 << 11,
  modal: 1 << 12,
  hedgingNegation: 1 << 13,
  unknowing: 1 << 14,
  negation: 1 << 15,
  special: 1 << 16,
  question: 1 << 17,
  noOpener: 1 << 18,
  zero: 1 << 19,
  universal: 1 << 20,
  contrast: 1 << 21,
  contrastPair: 1 << 22,
  state: 1 << 23,
  untrue: 1 << 24,
  denial: 1 << 25,
  counter: 1 << 26,
  periodOpener: 1 << 27,
  superlative: 1 << 28,
  outcome: 1 << 29,
  comparative: 1 << 30,
} as const;

// By the word's id (word-ids.ts): `flagsOf` asks it for every word of every claim.
const wordFlags = wordMemo(
  boundedMemo((lower: string): number => {
    const classes = WORD_CLASSES.get(lower) ?? 0;
    const tests: Array<[boolean, number]> = [
      // "we'll", "it'll": "will" contracted onto its subject.
      [lower === 'would' || (classes & WordClass.future) !== 0 || (lower.length > 3 && lower.endsWith("'ll")), W.future],
      [((WORD_CLASSES.get(withoutPossessiveS(lower)) ?? 0) & WordClass.weekday) !== 0, W.weekday],
      [EVENT_KINDS.has(lower), W.event],
      [EVENT_MODIFIED_NOUNS.has(lower), W.eventModified],
      [OTHER_EVENT_WORDS.has(lower), W.otherEvent],
      [OTHER_EVENT_BEFORE_TIME.has(lower), W.otherEventBeforeTime],
      [isTimeUnit(lower), W.timeUnit],
      [MODALS.has(lower), W.modal],
      [HEDGING_NEGATIONS.has(lower), W.hedgingNegation],
      [UNKNOWING_VERBS.has(lower), W.unknowing],
      [isNegation(lower), W.negation],
      [SPECIAL_WORDS.has(lower), W.special],
      [QUESTION_WORDS.has(lower), W.question],
      [NO_OPENERS.has(lower), W.noOpener],
      [ZERO_WORDS.has(lower), W.zero],
      [UNIVERSALS.has(lower), W.universal],
      [CONTRAST_WORDS.has(lower), W.contrast],
      [CONTRAST_PAIRS.has(lower), W.contrastPair],
      [contraryStatesOf(lower).length > 0, W.state],
      [baseOfSuperlative(lower) !== null, W.superlative],
      [nounStatesOf(lower).length > 0 || verbStatesOf(lower).length > 0, W.outcome],
      [lower === 'more' || lower === 'less' || baseOfComparative(lower) !== null, W.comparative],
      [UNTRUE_WORDS.has(lower), W.untrue],
      [isDenialWord(lower), W.denial],
      [COUNTER_VERBS.has(lower), W.counter],
      [PERIOD_OPENERS.has(lower), W.periodOpener],
    ];
    return tests.reduce((bits, [test, bit]) => (test ? bits | bit : bits), STATEMENT_WORDS.get(lower) ?? 0);
  }),
);

/**
 * Whether a word is in one of the lists `analyse` looks each content word up in besides its flags (`wordFlags`): most
 * words are in none, and one read by the word's id spares them each lookup. Read when first called, after every list is made.
 */
const inAnalysedLists = wordMemo(
  (lower: string): boolean =>
    LATER_ORDINALS.has(lower) ||
    REFUSING.has(lower) ||
    CONDITION_OPENERS.has(lower) ||
    BREAK_FORMS.has(lower) ||
    DEPARTURE_WORDS.has(lower) ||
    LATE_WORDS.has(lower) ||
    FREE_PLACE_WORDS.has(lower) ||
    INTENT_PHRASES.has(lower) ||
    PHRASE_STATES.has(lower) ||
    FINANCIAL_STATE_WORDS.has(lower),
);

/** Ordinals before an event word that tell a later event of its kind: "the second storm", "a third fire". */
const LATER_ORDINALS = new Set(['second', 'third', 'fourth', 'fifth']);

/** How far after "that" or "it" the "happened" it denies may stand: "this is plainly not what happened". */
const HAPPENED_WINDOW = 7;
/** Adverbs between the copula and the word calling a statement untrue: "is simply wrong". */
const UNTRUE_ADVERBS = new Set([
  'simply',
  'completely',
  'totally',
  'entirely',
  'absolutely',
  'plainly',
  'clearly',
  'just',
  'utterly',
  'categorically',
]);

/** A claim that is nothing but a word calling what was said untrue: "Nonsense." "Absolutely false." */
function onlyCallsUntrue(content: ClaimWords['content']): boolean {
  return (
    content.length > 0 &&
    content.length <= 3 &&
    content.some((w) => UNTRUE_WORDS.has(w.lower)) &&
    content.every((w) => UNTRUE_WORDS.has(w.lower) || UNTRUE_ADVERBS.has(w.lower))
  );
}

/** Nouns of what a statement rests on, which "no" denies it: "there is no truth in that", "the claims have no basis". */
const GROUND_NOUNS = new Set(['truth', 'basis', 'foundation', 'substance', 'merit', 'relation', 'resemblance']);
/** How far from "no truth" the statement it speaks of may stand: "there is no truth whatsoever in that", "those claims have no basis". */
const GROUND_WINDOW = 4;

/**
 * "There is no truth in that", "the report has no basis in fact", "were without foundation", "no substance to these
 * claims": a negated ground of a statement pointed at, before or after, calls it untrue.
 */
function deniesTruthOf(all: ClaimWords['all']): boolean {
  for (let i = 0; i + 1 < all.length; i++) {
    if ((all[i]!.lower !== 'no' && all[i]!.lower !== 'without') || !GROUND_NOUNS.has(all[i + 1]!.lower)) continue;
    const pointed = (k: number) => ANAPHORS.has(all[k]!.lower) || REFERENTS.has(all[k]!.lower);
    for (let k = Math.max(0, i - GROUND_WINDOW); k < Math.min(all.length, i + 2 + GROUND_WINDOW); k++)
      if (k !== i && k !== i + 1 && pointed(k)) return true;
  }
  return false;
}

/** What a statement does when it is sound, negated: "the numbers do not add up", "that claim does not stand up", "does not hold water". */
const HOLDING: ReadonlyMap<string, string> = new Map([
  ['add', 'up'],
  ['stand', 'up'],
  ['hold', 'water'],
]);

/**
 * "the figures simply do not add up", "that account doesn't stand up": a statement pointed at (at
 * most GROUND_WINDOW words before the negation) said not to hold calls it untrue.
 */
function failsToHold(all: ClaimWords['all']): boolean {
  for (let i = 1; i + 2 < all.length; i++) {
    // The verb and its particle first: one lookup rules out nearly every word before the negation is tested.
    if (HOLDING.get(all[i + 1]!.lower) !== all[i + 2]!.lower) continue;
    const lower = all[i]!.lower;
    if (lower !== 'not' && lower !== 'never' && !endsWithText(lower, "n't") && !endsWithText(lower, 'n’t')) continue;
    for (let k = Math.max(0, i - GROUND_WINDOW); k < i; k++) if (ANAPHORS.has(all[k]!.lower) || REFERENTS.has(all[k]!.lower)) return true;
  }
  return false;
}

/** Verbs whose subject, a statement, says what is not so: "the report misrepresented what happened", "the figures distort". */
const MISREPRESENTING = new Set([
  'misrepresent',
  'misrepresents',
  'misrepresented',
  'distort',
  'distorts',
  'distorted',
  'exaggerate',
  'exaggerates',
  'overstate',
  'overstates',
]);

/** A statement pointed at (at most GROUND_WINDOW words before) is the subject of a verb of misrepresenting. */
function misrepresents(all: ClaimWords['all']): boolean {
  for (let i = 1; i < all.length; i++) {
    if (!MISREPRESENTING.has(all[i]!.lower)) continue;
    for (let k = Math.max(0, i - GROUND_WINDOW); k < i; k++) if (REFERENTS.has(all[k]!.lower)) return true;
  }
  return false;
}

/** Nouns that call a statement an untruth or a guess: "was a lie", "is pure fiction", "an outright fabrication", "pure speculation". */
const UNTRUTH_NOUNS = new Set([
  'lie',
  'lies',
  'fiction',
  'fabrication',
  'falsehood',
  'propaganda',
  'misinformation',
  'disinformation',
  'exaggeration',
  'invention',
  'fantasy',
  // "reports of layoffs were pure speculation": a statement called a guess is called unfounded.
  'speculation',
  'conjecture',
  'guesswork',
  'scaremongering',
  'hearsay',
]);
/** How many words may stand before such a noun: an article and two modifiers ("a complete and utter lie" is rarer). */
const UNTRUTH_WINDOW = 3;

/** "a lie", "pure fiction", "an outright fabrication" at word i: an untruth noun after at most an article and modifiers. */
function callsAnUntruth(words: ClaimWords['all'], i: number): boolean {
  for (let k = i; k < Math.min(words.length, i + UNTRUTH_WINDOW); k++) {
    const lower = words[k]!.lower;
    if (UNTRUTH_NOUNS.has(lower)) return true;
    if (NEGATIONS.has(lower) || lower === 'not') return false;
  }
  return false;
}

/** "wrong", "false", "not true", "not correct" at word i (after adverbs: "simply wrong"); `negated` when the copula was ("isn't true"). */
function callsUntrue(words: ClaimWords['all'], i: number, negated = false): boolean {
  while (UNTRUE_ADVERBS.has(words[i]?.lower ?? '')) i++;
  const lower = words[i]?.lower ?? '';
  if (UNTRUE_WORDS.has(lower) && !negated) return true;
  // "was completely made up"
  if (lower === 'made' && words[i + 1]?.lower === 'up' && !negated) return true;
  if (!negated && callsAnUntruth(words, i)) return true;
  if (negated) i--;
  else if (lower !== 'not') return false;
  // "not true", "not correct", "not accurate", "not the case"
  const next = words[i + 1]?.lower;
  if (next === 'true' || next === 'correct' || next === 'accurate' || (next === 'the' && words[i + 2]?.lower === 'case')) return true;
  // "not supported by any evidence", "not borne out by the data", "not backed up by the figures"
  return next !== undefined && SUPPORTING.has(next) && unsupportedBy(words, i + 2);
}

/** Participles of a statement's support, negated: "not supported by", "not borne out by", "not backed up by". */
const SUPPORTING = new Set(['supported', 'substantiated', 'backed', 'borne', 'corroborated', 'confirmed']);
/** How many words ("out", "up", "in") may stand between the participle and its "by". */
const SUPPORT_PARTICLES = new Set(['out', 'up']);

/** "by" (after a particle at most) at word i: the support is named as what the statement rests on. */
function unsupportedBy(words: ClaimWords['all'], i: number): boolean {
  if (SUPPORT_PARTICLES.has(words[i]?.lower ?? '')) i++;
  return words[i]?.lower === 'by';
}

const DAYS = WEEKDAY_WORDS.split(' ');
/** Words before a day of the week that make it a period's bound, not the claim's day: "since Monday". */
const PERIOD_BOUNDS = new Set(['since', 'from', 'until', 'till']);

/** The first day of the week the claim names, not as a period's bound; Monday 0. */
export function dayOf(all: ClaimWords['all']): number | null {
  for (let i = 0; i < all.length; i++) {
    const day = DAYS.indexOf(withoutPossessiveS(all[i]!.lower));
    if (day >= 0 && !PERIOD_BOUNDS.has(all[i - 1]?.lower ?? '')) return day;
  }
  return null;
}

function isTimeUnit(lower: string): boolean {
  const own = withoutPossessiveS(lower);
  // "last season's game" is another event as "last year's final" is; a bare "last season" may be the period a count is of.
  if (own !== lower && own === 'season') return true;
  // "last month's march", "last year's final": a unit owning what it dates is a unit of time too, of a month or more;
  // "last week's blaze", "Saturday's match" are what a news report tells of.
  if (own !== lower) return !RECENT_UNITS.has(own) && ((WORD_CLASSES.get(own) ?? 0) & WordClass.timeUnit) !== 0;
  return ((WORD_CLASSES.get(lower) ?? 0) & (WordClass.timeUnit | WordClass.month | WordClass.weekday)) !== 0;
}

/** Units of time near enough for "last week's" to date the event a report tells of. */
const RECENT_UNITS = new Set(['week', 'weekend', 'night', 'day', 'hour', 'minute']);

/**
 * Two stated dates that cannot be one, two named places of which none is shared, two kinds of
 * event, one claim setting its event apart ("in a separate attack", "last year"): different events.
 */
function differentEvents(a: Analysed, b: Analysed, datesDisputed = false, pointsBack = false, placesDisputed = false): boolean {
  // "The neighbouring Rosmoor Water Board said 640 …": the neighbour's own area against the story's.
  if (a.neighbour !== b.neighbour) return true;
  if (
    a.otherEvent !== b.otherEvent &&
    !pointsBack &&
    !relativeDateOfOneEvent(a, b) &&
    !relativeDateOfOneEvent(b, a) &&
    !datedAlike(a, b) &&
    !datedAlike(b, a)
  )
    return true;
  if (!datesDisputed && toldBackApart(a, b)) return true;
  if (!pointsBack && (laterOneOf(a, b) || laterOneOf(b, a))) return true;
  if (!datesDisputed && a.dates.length > 0 && b.dates.length > 0 && !a.dates.some((x) => b.dates.some((y) => sameDate(x, y)))) return true;
  // "more frequent in winter" / "less frequent in summer": two seasons are two times, as two dates are.
  if (!datesDisputed && a.seasons.length > 0 && b.seasons.length > 0 && !a.seasons.some((x) => b.seasons.includes(x))) return true;
  // "above the weir" / "below the weir", "at the footbridge" / "half a mile upstream of the footbridge": two places.
  if (positionsApart(a, b) || positionsApart(b, a)) return true;
  // "this year" against "in 2023": an article names the running year "this year", so a year it writes out is another.
  if (!datesDisputed && (pastYearAgainstCurrent(a, b) || pastYearAgainstCurrent(b, a))) return true;
  // "on Saturday" is a day of the week being reported; "in May" or "in 2023", with no day, is a time before it.
  if (!datesDisputed && (onlyWeekday(a, b) || onlyWeekday(b, a))) return true;
  // "a blaze at a sawmill on Saturday" / "the fire at the tannery on Tuesday": two days of the week, two happenings.
  if (!datesDisputed && a.eventDay?.on === true && b.eventDay?.on === true && a.eventDay.day !== b.eventDay.day) return true;
  const pa = a.claim.places;
  const pb = b.claim.places;
  if (!placesDisputed && pa.length > 0 && pb.length > 0 && !pa.some((p) => pb.includes(p))) return true;
  // "48 supermarkets across the country" / "four supermarkets in Brellin": the whole against one named place.
  if ((a.wholeScope && pb.length > 0 && pa.length === 0) || (b.wholeScope && pa.length > 0 && pb.length === 0)) return true;
  // "52 buses were cancelled across the network" / "six buses were cancelled on the Riverside route": a part named by a name.
  if ((a.wholeScope && !b.wholeScope && namesPartApart(b, a)) || (b.wholeScope && !a.wholeScope && namesPartApart(a, b))) return true;
  if (namedApart(a, b)) return true;
  // "140 mumps cases in the town in June" / "520 cases across the province since February": two scopes. A negation over
  // the larger scope ("no inspection since 2013", "no cases in the province") covers the smaller, and denies it.
  if (!pointsBack && !a.negated && !b.negated && scopesApart(a.scope, b.scope, placesDisputed, datesDisputed)) return true;
  return a.events.size > 0 && b.events.size > 0 && ![...a.events].some((event) => b.events.has(event));
}

/** Units of time a dated article's relative time may count back by, singular and plural. */
const UNITS_TOLD_BACK: ReadonlyMap<string, 'year' | 'month'> = new Map([
  ['year', 'year'],
  ['years', 'year'],
  ['month', 'month'],
  ['months', 'month'],
]);
/** "a year ago": the count "a" stands for. */
const COUNT_WORDS: ReadonlyMap<string, number> = new Map([...NUMBER_WORD_VALUES, ['a', 1]]);

/**
 * The time the word at `i` sets an event apart by, told back from the article's date: "last year", "last month's" (one
 * back), "two years ago", "18 months ago"; null for any other ("the past month" is a span, "last week" no month of its own).
 */
function timeToldBack(content: ClaimWords['content'], i: number): Analysed['toldBack'] {
  const lower = content[i]!.lower;
  if (lower === 'last') {
    const unit = UNITS_TOLD_BACK.get(withoutPossessiveS(content[i + 1]?.lower ?? ''));
    return unit === undefined ? null : { unit, back: 1 };
  }
  if (lower !== 'ago' || i < 2) return null;
  const unit = UNITS_TOLD_BACK.get(content[i - 1]!.lower);
  const written = content[i - 2]!.lower;
  const back = /^\d{1,3}$/.test(written) ? Number(written) : COUNT_WORDS.get(written);
  return unit === undefined || back === undefined || back <= 0 ? null : { unit, back };
}

/** The date `told` names in an article of `date`: "last month" of March 2031 is February 2031, "two years ago" 2029. */
function dateToldBack(told: NonNullable<Analysed['toldBack']>, date: ArticleDate): PartialDate {
  if (told.unit === 'year') return { year: date.year - told.back };
  const months = date.year * 12 + (date.month - 1) - told.back;
  return { year: Math.floor(months / 12), month: (months % 12) + 1 };
}

/**
 * `a`'s time told back from the article's date ("last year") is a date `b` writes out ("in 2030" in an article of 2031):
 * one time, named two ways, sets no event apart.
 */
function datedAlike(a: Analysed, b: Analysed): boolean {
  const told = a.relativeDate;
  // ("that month" of a December named with no year is no date "two years ago" names)
  return (
    told !== null && !b.otherEvent && b.dates.some((date) => sameDate(told, date) && !(POINTED_DATES.has(date) && date.year === undefined))
  );
}

/** Two times told back from the article's date that are not one ("last month" / "two years ago"): two events. */
function toldBackApart(a: Analysed, b: Analysed): boolean {
  return a.relativeDate !== null && b.relativeDate !== null && !sameDate(a.relativeDate, b.relativeDate);
}

/** Units of time after "last" that date what a news report tells of: "last week", "last weekend", "last night". */
const REPORTED_UNITS = new Set(['week', 'weekend', 'night']);

/**
 * `a` is set apart by "last" and a unit of time only, `b` by nothing, and the two are of one event all the same:
 * - "the kiosk was searched last week" against a negation dated by nothing, one or two sentences on ("no warden had
 *   searched the kiosk"): a report's own event is often dated "last week", and an undated negation right after denies it
 *   (an undated figure, or an undated call of the report untrue, stays another event);
 * - "repainted last month" / "last year" against a negation over a period running to now that holds that time ("had
 *   not been repainted since 2019", "for more than four years"): the negation denies it.
 * Neither side may be a forecast. "last month" or "last year" against an undated figure, or an undated negation of no
 * period ("never" too: it reached claims that shared a word or two only), stays another event.
 */
function relativeDateOfOneEvent(a: Analysed, b: Analysed): boolean {
  if (!a.otherEvent || b.otherEvent || a.lastUnit === null || a.future || !undatedEvent(b)) return false;
  const near = Math.abs(a.claim.sentenceIndex - b.claim.sentenceIndex) <= NEAR_SENTENCES;
  return (REPORTED_UNITS.has(a.lastUnit) && near && saysNo(b)) || (RELATIVE_UNITS.has(a.lastUnit) && negationHolds(b, a.lastUnit));
}

/**
 * The content says a negation word or a zero ("had not", "none of", "nobody"): an undated answer denying the act, not
 * an undated figure ("twelve were postponed") nor a call of what was reported untrue ("reports of … were speculation").
 */
function saysNo(a: Analysed): boolean {
  return a.negated && a.claim.words.content.some((word) => negatesClause(word.lower) || ZERO_WORDS.has(word.lower) || word.lower === 'no');
}

/** Units of time after "last" a negation over a period may hold. */
const RELATIVE_UNITS = new Set(['week', 'weekend', 'night', 'month', 'year']);

/** Dated by nothing: no date, day of the week, season or running period, and no forecast. */
function undatedEvent(a: Analysed): boolean {
  return undated(a) && a.seasons.length === 0 && !a.currentPeriod && !a.future;
}

/**
 * A negated claim over a period running to now that holds the time "last" and `unit` name: "since" a year; "since" a
 * month, for a unit shorter than a year; "for more than four years", "in the past six years".
 */
function negationHolds(a: Analysed, unit: string): boolean {
  if (!a.negated) return false;
  const content = a.claim.words.content;
  for (let i = 0; i < content.length; i++) {
    if (content[i]!.lower !== 'since' || i + 1 >= content.length) continue;
    const next = content[i + 1]!.lower;
    if (/^\d{4}$/.test(next)) return true;
    if (unit !== 'year' && ((WORD_CLASSES.get(next) ?? 0) & WordClass.month) !== 0) return true;
  }
  return spansYears(content);
}

/** "for more than four years", "in the past six years", "over the last two decades": a period of years running to now. */
function spansYears(content: ClaimWords['content']): boolean {
  for (let i = 2; i < content.length; i++) {
    const unit = content[i]!.lower;
    const count = content[i - 1]!.lower;
    if (
      (unit === 'years' || unit === 'decades') &&
      (isNumberWord(count) || SMALL_NUMBERS.has(count)) &&
      YEARS_OPENERS.has(content[i - 2]!.lower)
    )
      return true;
  }
  return false;
}

/** Words before a number of years that make it a period running to now ("than" of "for more than four years"). */
const YEARS_OPENERS = new Set(['past', 'last', 'than', 'for']);

/**
 * "half an hour earlier than planned": "earlier" before "than" compares times, it tells no other event; "kept in a
 * separate table", "in a separate filing": "separate" before a document names where something is written, no other event.
 */
function comparesOrFiles(content: ClaimWords['content'], i: number): boolean {
  const lower = content[i]!.lower;
  const next = content[i + 1]?.lower ?? '';
  return (lower === 'earlier' && next === 'than') || (lower === 'separate' && WRITING_PARTS.has(next));
}

/** Nouns of a document or a part of one. */
const WRITING_PARTS = new Set(['table', 'list', 'filing', 'document', 'appendix', 'annex', 'spreadsheet', 'chart', 'page', 'register']);

/**
 * "The council's second vote of the year … passed 38 to 11" against "the council had voted 29 to 20 in March": `a` names a
 * later one of a happening (`Analysed.laterOnes`) whose verb `b` says ("voted", one topic key) with no ordinal of its own:
 * two happenings of one kind, as "a second fire" is another fire. Only a verb form tells a happening: "its second kiln"
 * against "the kiln" is one thing named twice.
 */
function laterOneOf(a: Analysed, b: Analysed): boolean {
  if (a.laterOnes.length === 0 || b.laterOnes.length > 0) return false;
  const keys = topicKeys(b.claim.words);
  const { content } = b.claim.words;
  return keys.some((key, i) => key !== '' && a.laterOnes.includes(key) && VERB_FORM.test(content[i]!.lower));
}

/** A past or -ing form: the verb of a happening a noun after an ordinal names ("voted" of "the second vote"). */
const VERB_FORM = /(?:ed|ing)$/;

/**
 * "the survey, published last week, showed …": a time right after a verb of publishing dates the document, not another
 * event than the one its figures tell.
 */
const PUBLISHING_WORDS = new Set(['published', 'released', 'issued', 'updated']);

/** Periods "this" names as the one running now: "this year", "this month". */
const CURRENT_PERIODS = new Set(['year', 'month', 'week', 'season']);

/**
 * `a` is of the running period ("this year") and undated, `b` is dated by a year and not said to be of the running period.
 * In a dated article "this year" is the year of its date: "in 2026" in an article of November 2026 is the same year.
 */
function pastYearAgainstCurrent(a: Analysed, b: Analysed): boolean {
  if (!a.currentPeriod || a.dates.length > 0 || b.currentPeriod || !b.dates.some((date) => date.year !== undefined)) return false;
  return a.runningYear === null || b.dates.some((date) => date.year !== undefined && date.year !== a.runningYear);
}

/** "this year" in the content. */
function saysThisYear(content: ClaimWords['content']): boolean {
  return content.some((word, i) => word.lower === 'this' && content[i + 1]?.lower === 'year');
}

/** Dates a claim has by "that month" or "that year" pointing back (`datePointedBack`). */
const POINTED_DATES = new WeakSet<PartialDate>();

/** Units of time "that" points back at a date by: "that month", "that year". */
const POINTED_UNITS = new Set(['month', 'year']);
/** How many sentences back the date "that month" points at may stand. */
const POINTED_DATE_SENTENCES = 2;

/**
 * "The growers said 310 pickers walked out in August." / "The estate said 90 had stopped work that month.": a
 * claim dated by nothing but "that" and a unit of time is of the latest date of that unit named in a claim before it
 * (up to `POINTED_DATE_SENTENCES` back), whoever said it: that month is September, not another month a third source
 * names ("200 pickers were on strike in September").
 */
function datePointedBack(analysed: readonly Analysed[]): void {
  let latest: { month?: PartialDate; year?: PartialDate; sentence: number } = { sentence: -Infinity };
  for (const a of analysed) {
    if (a.dates.length === 0 && !a.weekday) {
      const unit = pointedUnit(a.claim.words.content);
      const date = unit === 'month' ? latest.month : unit === 'year' ? latest.year : undefined;
      if (date && a.claim.sentenceIndex - latest.sentence <= POINTED_DATE_SENTENCES) {
        a.dates = [date];
        POINTED_DATES.add(date);
      }
    }
    const month = a.dates.find((date) => date.month !== undefined && date.day === undefined);
    const year = a.dates.find((date) => date.year !== undefined);
    if (month || year) latest = { month: month ?? latest.month, year: year ?? latest.year, sentence: a.claim.sentenceIndex };
  }
}

/** The unit of time "that" points back by in the content ("that month" → month), or null. */
function pointedUnit(content: ClaimWords['content']): string | null {
  for (let i = 0; i + 1 < content.length; i++) {
    if (content[i]!.lower !== 'that') continue;
    const unit = content[i + 1]!.lower;
    if (POINTED_UNITS.has(unit)) return unit;
  }
  return null;
}

/** Dated by a month or a year without a day, and by no day of the week. */
function monthOnly(a: Analysed): boolean {
  return !a.weekday && a.dates.length > 0 && a.dates.every((date) => date.day === undefined);
}

function undated(a: Analysed): boolean {
  return !a.weekday && a.dates.length === 0;
}

/** `a` is dated by a day of the week only, `b` by a month or a year without a day and no day of the week. */
function onlyWeekday(a: Analysed, b: Analysed): boolean {
  return a.weekday && a.dates.length === 0 && !b.weekday && b.dates.length > 0 && b.dates.every((date) => date.day === undefined);
}

/**
 * A day of the week that dates what the content says: "on Saturday", "Saturday's match"; not the
 * day a statement was made, right after the attribution ("…, the agent said on Friday").
 */
function isWeekdayOfContent(words: ClaimWords, i: number): boolean {
  const word = words.content[i]!;
  if (((WORD_CLASSES.get(withoutPossessiveS(word.lower)) ?? 0) & WordClass.weekday) === 0) return false;
  let k = words.all.indexOf(word) - 1;
  while (k >= 0 && DAY_PREPOSITIONS.has(words.all[k]!.lower)) k--;
  if (k < 0) return true;
  if (weekdayDatesChannel(words.all, k)) return false;
  // "told the assembly on Tuesday", "told the Herald on Friday": the day the audience was addressed.
  for (let m = k; m >= Math.max(0, k - ADDRESSEE_WORDS); m--) {
    const before = words.all[m]!;
    if (ADDRESSING_VERBS.has(before.lower)) return inContent(words, before.start);
  }
  return inContent(words, words.all[k]!.start);
}

/**
 * "said in a letter on Thursday", "in a short post on social media on Friday night": a day of the week right after a
 * channel ("in" and a channel noun, at most one phrase "on …" or "to …" between) dates the statement, not what it says.
 * `k`: the word before the day's prepositions.
 */
function weekdayDatesChannel(all: ClaimWords['all'], k: number): boolean {
  for (let m = k; m >= Math.max(0, k - 2); m--) {
    const lower = all[m]!.lower;
    if (lower !== 'report' && !STATEMENT_CHANNELS.has(lower)) continue;
    // "a post office on Tuesday": a channel noun modifying another names no channel.
    if (m < k && !CHANNEL_LINKS.has(all[m + 1]!.lower)) return false;
    for (let n = m - 1; n >= Math.max(0, m - CHANNEL_OPENING_WORDS); n--) if (all[n]!.lower === 'in') return true;
    return false;
  }
  return false;
}

/** How far before its noun a channel's "in" may stand: "in a long post on social media". */
const CHANNEL_OPENING_WORDS = 5;

/** Prepositions between a channel noun and the day dating it: "a post on Instagram on Tuesday". */
const CHANNEL_LINKS = new Set(['on', 'to']);

/** Nouns naming any happening, what one side calls the event the other tells: "the incident", "Tuesday's clash". */
const GENERIC_EVENT_NOUNS = new Set(
  'incident incidents clash clashes episode accident collision confrontation altercation scuffle disturbance'.split(' '),
);

/** The day of the week dating the content (`isWeekdayOfContent`), and whether the claim names its event by a generic noun. */
function eventDayOf(words: ClaimWords): { day: string; generic: boolean; on: boolean } | null {
  for (let i = 0; i < words.content.length; i++) {
    if (!isWeekdayOfContent(words, i)) continue;
    return {
      day: withoutPossessiveS(words.content[i]!.lower),
      generic: words.content.some((word) => GENERIC_EVENT_NOUNS.has(word.lower)),
      // "on Saturday": the day the happening is dated by, not a day in a name ("the Saturday club") or a move ("to Friday").
      on: words.content[i - 1]?.lower === 'on',
    };
  }
  return null;
}

/**
 * "a wall collapsed into three gardens on Tuesday night" / "Tuesday's incident … fell onto two gardens": one day of
 * the week dates both, and one side names the happening only by a word for any event: the same event.
 */
function sameDayEvent(a: Analysed, b: Analysed): boolean {
  return a.eventDay !== null && b.eventDay !== null && a.eventDay.day === b.eventDay.day && (a.eventDay.generic || b.eventDay.generic);
}

const DAY_PREPOSITIONS = new Set(['on', 'last', 'this', 'next', 'late', 'early', 'by', 'until']);
/** Speech verbs with an addressee after them, of at most `ADDRESSEE_WORDS` words: "told reporters", "briefed the committee". */
const ADDRESSING_VERBS = new Set(['told', 'informed', 'briefed', 'addressed']);
const ADDRESSEE_WORDS = 3;

/** Dates agree where both state a part: "2019" and "March 2019" can be one date, "March" and "May" cannot. */
function sameDate(x: PartialDate, y: PartialDate): boolean {
  if (x.decade || y.decade) return true;
  const agree = (p: number | undefined, q: number | undefined) => p === undefined || q === undefined || p === q;
  return agree(x.year, y.year) && agree(x.month, y.month) && agree(x.day, y.day);
}

function near(a: Analysed, b: Analysed): number {
  return Math.abs(a.claim.sentenceIndex - b.claim.sentenceIndex) <= NEAR_SENTENCES ? 1 : 0;
}

// ---------------------------------------------------------------- figures

/**
 * Pairs of figures in one bucket (the same kind of measure) from claims of different sources
 * that cannot both be right. Only figures of one bucket are compared, never all pairs.
 */
function figureDisagreements(
  analysed: readonly Analysed[],
  sameSource: (a: number, b: number) => boolean,
  trace?: ConflictTrace,
): Disagreement[] {
  // An article whose own event has a day of the week ("on Saturday") dates earlier events by a month or a year.
  const weekdayArticle = analysed.some((a) => a.weekday);
  const buckets = new Map<string, Array<{ a: Analysed; m: Measured }>>();
  for (const a of analysed) {
    for (const m of a.measured) {
      const bucket = buckets.get(m.key);
      if (bucket) bucket.push({ a, m });
      else buckets.set(m.key, [{ a, m }]);
    }
  }
  const best = new Map<string, Disagreement>();
  const keep = (found: Disagreement) => {
    // One per pair of claims and measure: "8 killed and 40 injured" against "3 died and 9 injured" is two conflicts.
    const key = `${pairKey(found.claims[0], found.claims[1])}|${found.key}`;
    const previous = best.get(key);
    if (!previous || previous.score < found.score) best.set(key, found);
  };
  // "the true figure was a few hundred": a bare count pointing back answers a count or casualty figure just before it.
  const pointing = buckets.get(ANY_COUNT) ?? [];
  buckets.delete(ANY_COUNT);
  for (const entries of buckets.values()) {
    for (const { a, m } of pointing) {
      if (!m.refersBack || !(entries[0]!.m.key.startsWith('count:') || entries[0]!.m.key === 'casualty')) continue;
      for (const earlier of entries) {
        const distance = a.claim.sentenceIndex - earlier.a.claim.sentenceIndex;
        if (distance < 1 || distance > NEAR_SENTENCES || sameSource(earlier.a.claim.index, a.claim.index)) continue;
        const between = figureBetween(entries, earlier.a, a, sameSource);
        // It counts what the figure it answers counts: "About 3,000 fans marched" / "put the figure at more than 8,000".
        const found = figureDisagreement(
          earlier.a,
          earlier.m,
          a,
          { ...m, key: earlier.m.key, casualty: earlier.m.casualty, qualifiers: earlier.m.qualifiers },
          between,
          trace,
          weekdayArticle,
        );
        if (found) keep(found);
      }
    }
  }
  for (const entries of buckets.values()) {
    if (entries.length > MAX_BUCKET) {
      entries.sort((x, y) => (y.a.claim.checkworthiness ?? 0) - (x.a.claim.checkworthiness ?? 0));
      entries.length = MAX_BUCKET;
    }
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        const [first, second] =
          entries[i]!.a.claim.index < entries[j]!.a.claim.index ? [entries[i]!, entries[j]!] : [entries[j]!, entries[i]!];
        if (first.a === second.a || sameSource(first.a.claim.index, second.a.claim.index)) continue;
        const between =
          (second.m.refersBack === true || namesNoSubstance(second.a, second.m)) && figureBetween(entries, first.a, second.a, sameSource);
        const found = figureDisagreement(first.a, first.m, second.a, second.m, between, trace, weekdayArticle);
        if (found) keep(found);
      }
    }
  }
  // Figures of two buckets that may count one thing ("48 supermarkets" / "31 stores", "killed 2,000 fish" / "the number of
  // dead fish"): the pairing score of `figure-pairing.ts` says which are compared; the gates after it judge them.
  const spans = spansOf(analysed);
  const thingScore = thingSimilarityCache();
  for (const [x, y] of kinBuckets(buckets)) {
    for (const first of x) {
      for (const second of y) {
        if (first.a === second.a || sameSource(first.a.claim.index, second.a.claim.index)) continue;
        const [p, q] = first.a.claim.index < second.a.claim.index ? [first, second] : [second, first];
        // The doers of an act against a count said to do it ("510 rough sleepers" / "230 people sleeping rough"): one thing
        // in claims near each other only.
        const doer = near(p.a, q.a) === 1 && doerOfCount(p.m, q.m);
        const thing = doer ? 2 : thingScore(p.m, q.m);
        const happening = happeningAgreement(p.m, q.m);
        if (thing === 0 || happening === null) continue;
        // A kind of one another counted over two spans ("80 homes empty for over 40 months" / "150 properties empty for
        // that long" after three months): two tallies, not one count in two words. Properties and homes are counted for so
        // many reasons (empty, flooded, sold) that a span on one side only sets them apart too.
        if (thing === 1 && !sameSpan(spans.get(p.a), spans.get(q.a), propertiesAndHomes(p.m.noun ?? '', q.m.noun ?? ''))) continue;
        const evidence = { thing, happening, near: near(p.a, q.a) === 1, context: false };
        if (pairingScore(evidence) < MIN_PAIRING_SCORE) {
          // Subject words are read only when they decide: a kind-of test is a WordNet lookup for each pair of their words.
          if (pairingScore({ ...evidence, context: true }) < MIN_PAIRING_SCORE) continue;
          if (!sharesContext(p.a, q.a) && !sharesKindOfContext(p.a, q.a)) continue;
        }
        // The later figure is read as a figure of the earlier one's measure: a casualty figure's class, a count's noun.
        const measure = { ...q.m, key: p.m.key, casualty: p.m.key === 'casualty' ? happeningOf(q.m) : q.m.casualty };
        // One happening said of both ("dead fish" / "killed 2,000 fish") ties them as a shared subject word does.
        // So does an act one side counts and the other says of its count ("610 cancellations" / "1,400 services were cancelled").
        const tied = (happeningOf(p.m) !== undefined && happeningOf(p.m) === happeningOf(q.m)) || actOfCount(p.m, q.m) || doer;
        // Two nouns of one thing ("95 kitchen staff" / "80 employees") are judged as one noun is, a qualifier on one side
        // standing; only a kind of one another needs both unqualified and something more to tie them.
        const found = figureDisagreement(p.a, p.m, q.a, measure, false, trace, weekdayArticle, thing === 1, tied);
        if (found) keep(found);
      }
    }
  }
  // "prices rose 5 percent" against "prices fell 3 percent" is one disagreement, not a change and a direction.
  const changes = new Set<string>();
  for (const found of best.values()) if (found.key.endsWith('share-change')) changes.add(pairKey(...found.claims));
  return [...best.values()].filter((found) => !found.key.endsWith('direction') || !changes.has(pairKey(...found.claims)));
}

/**
 * The span of time each claim gives as a figure ("for over 40 months", "inside 36 hours"), or the span of the claim
 * before it when it says "that long" ("only 30 had waited that long"); none for a claim that gives no span.
 */
function spansOf(analysed: readonly Analysed[]): Map<Analysed, Interval> {
  const spans = new Map<Analysed, Interval>();
  let previous: Interval | undefined;
  for (const a of analysed) {
    const own = a.measured.find((m) => m.key === 'duration')?.interval;
    const words = a.claim.words.all;
    const back = previous !== undefined && words.some((w, i) => w.lower === 'that' && words[i + 1]?.lower === 'long');
    const span = own ?? (back ? previous : undefined);
    if (span !== undefined) spans.set(a, span);
    previous = span;
  }
  return spans;
}

/** Spans that may be one, or a side that gives none unless `both` must: a threshold ("over nine weeks") is only the same threshold. */
function sameSpan(x: Interval | undefined, y: Interval | undefined, both: boolean): boolean {
  if (x === undefined || y === undefined) return both ? x === y : true;
  return x[1] === Infinity || y[1] === Infinity ? x[0] === y[0] && x[1] === y[1] : compatible(x, y);
}

/** Pairs of buckets of counts and casualty figures, of one tense, whose figures may count one thing (`figure-pairing.ts`). */
function kinBuckets(
  buckets: ReadonlyMap<string, Array<{ a: Analysed; m: Measured }>>,
): Array<[Array<{ a: Analysed; m: Measured }>, Array<{ a: Analysed; m: Measured }>]> {
  const kin = [...buckets].filter(([key]) => {
    const kind = key.replace(/^future:/, '');
    return kind.startsWith('count:') || kind === 'casualty';
  });
  const found: Array<[Array<{ a: Analysed; m: Measured }>, Array<{ a: Analysed; m: Measured }>]> = [];
  for (let i = 0; i < kin.length; i++) {
    for (let j = i + 1; j < kin.length; j++) {
      const [kx, x] = kin[i]!;
      const [ky, y] = kin[j]!;
      if (kx.startsWith('future:') === ky.startsWith('future:')) found.push([x, y]);
    }
  }
  return found;
}

/** Words saying people were caught or penalised for an offence: "caught 4,000 drivers", "had fined 300 motorists". */
const CATCHING_WORDS = new Set(
  'caught catch catches catching fined ticketed booked prosecuted penalised penalized flashed clocked detected convicted'.split(' '),
);
/** How far before a count of people, or after it, a word of catching may stand: "caught 4,180 drivers", "drivers were caught". */
const CATCHING_BEFORE = 3;
const CATCHING_AFTER = 4;

/** Whether one of `words` stands from `before` words ahead of the count to `after` words past it. */
function wordNearCount(a: Analysed, m: Measured, words: ReadonlySet<string>, before: number, after: number): boolean {
  const { content } = a.claim.words;
  for (let k = Math.max(0, m.at - before); k < Math.min(content.length, m.at + after); k++) if (words.has(content[k]!.lower)) return true;
  return false;
}

/** A count of people said to be caught or penalised ("the cameras caught 4,180 drivers speeding"). */
function caughtFor(a: Analysed, m: Measured): boolean {
  return wordNearCount(a, m, CATCHING_WORDS, CATCHING_BEFORE, CATCHING_AFTER);
}

/** How far before a count of people, or after it, a word of losing jobs may stand: "laid off 27 people", "27 people were made redundant". */
const JOB_LOSS_BEFORE = 3;
const JOB_LOSS_AFTER = 5;

/** A count of people said, right beside it, to lose their jobs ("the studio laid off 27 people", "27 staff lost their jobs"). */
function peopleLoseJobs(a: Analysed, m: Measured): boolean {
  return wordNearCount(a, m, JOB_LOSS_WORDS, JOB_LOSS_BEFORE, JOB_LOSS_AFTER);
}

/** Both claims say jobs or workers are lost: what ties a count of jobs to a count of workers. */
function losesJobs(a: Analysed, b: Analysed): boolean {
  const loses = (x: Analysed) => x.claim.words.all.some((word) => JOB_LOSS_WORDS.has(word.lower));
  return loses(a) && loses(b);
}

/** Whether a claim of a third source gives a figure of the bucket's measure between `a` and `b` in the article. */
function figureBetween(
  entries: ReadonlyArray<{ a: Analysed }>,
  a: Analysed,
  b: Analysed,
  sameSource: (x: number, y: number) => boolean,
): boolean {
  return entries.some(
    (e) =>
      e.a.claim.sentenceIndex > a.claim.sentenceIndex &&
      e.a.claim.sentenceIndex < b.claim.sentenceIndex &&
      !sameSource(e.a.claim.index, b.claim.index) &&
      !sameSource(e.a.claim.index, a.claim.index),
  );
}

/**
 * The later figure `y` answers the earlier claim `a`: its measure only points back ("put the
 * loss at", "the share is closer to"), one or two sentences after, with no figure of that
 * measure from another source between them (`between`).
 */
function answersBack(a: Analysed, b: Analysed, y: Measured, between: boolean): boolean {
  const distance = b.claim.sentenceIndex - a.claim.sentenceIndex;
  return y.refersBack === true && !between && distance >= 1 && distance <= NEAR_SENTENCES;
}

/**
 * "Around 12,000 litres of diesel escaped" / another source, the sentence after: "less than 2,000 litres had been lost":
 * a physical amount naming nothing it is of answers the amount of that dimension just given, as a figure pointing back
 * does (one or two sentences on, no third source's amount between).
 */
function amountAnswersBack(a: Analysed, x: Measured, b: Analysed, y: Measured, between: boolean): boolean {
  const distance = b.claim.sentenceIndex - a.claim.sentenceIndex;
  return (
    x.key.includes('unit:') && !between && distance >= 1 && distance <= NEAR_SENTENCES && namesNoSubstance(b, y) && !namesNoSubstance(a, x)
  );
}

/** A physical amount with no "of" phrase after it: "between 10 and 15 cubic metres had entered the water", not "of oil". */
function namesNoSubstance(a: Analysed, m: Measured): boolean {
  if (!m.key.includes('unit:')) return false;
  const { content } = a.claim.words;
  let after = m.at;
  while (after < content.length && a.inFigure[after]) after++;
  return content[after]?.lower !== 'of';
}

/** `between`: another source gives a figure of this measure between the two claims (for figures that point back). */
function figureDisagreement(
  a: Analysed,
  x: Measured,
  b: Analysed,
  y: Measured,
  between = false,
  trace?: ConflictTrace,
  weekdayArticle = false,
  kindOf = false,
  tied = false,
): Disagreement | null {
  const drop = (gate: ConflictGate): null => {
    noteGate(trace, a.claim.index, b.claim.index, gate);
    return null;
  };
  if (!sameMeasure(x, y)) return drop('meas');
  // "a budget of 700 million crowns" and "at a cost of 90 million crowns": two sums, two measures. A budget and what was
  // spent on what it is for ("the depot budget was 4 million" / "spent 6 million on the depot") are one sum and its cap.
  const capped = budgetAndSpending(a, x, b, y);
  if (x.moneyKind && y.moneyKind && x.moneyKind !== y.moneyKind && !capped) return drop('meas');
  // "the council had offered the trust £12,000" against "the trust says it is owed £30,000": an offer is a side's position.
  if ((x.offer === true) !== (y.offer === true)) return drop('meas');
  // "given the figures only two days before the meeting" against "the figure was nine weeks": a distance from an event is
  // no length of one, and a span before an event none after another.
  if (x.offset !== y.offset) return drop('meas');
  // "25 a month" against "96 in the year to October": compared per year; "up to nine hours" against "no longer than three".
  // "one in four waited longer than two weeks" against "91 per cent were seen within two weeks": the one share is the
  // rest of the other.
  // "each pupil gets 2 litres of milk a week" against "milk deliveries of 9,000 litres": a rate of time against an amount
  // or a count given over no known period is another measure, not a year of it nor a day.
  if (rateAgainstTotal(x, y)) return drop('meas');
  const rest = pastAndWithin(x, y);
  const [xi, yi] = rest
    ? [x.interval, [PERCENT_WHOLE - y.interval[1], PERCENT_WHOLE - y.interval[0]] as Interval]
    : comparedIntervals(x, y);
  if (compatible(xi, yi) && !sizesDiffer(x, y)) return drop('comp');
  // Spending within its budget is a part of it: only spending over the budget contradicts it.
  if (capped && (x.moneyKind === BUDGET ? fitsIn(y, x) : fitsIn(x, y))) return drop('comp');
  if (thresholdsApart(x, y)) return drop('meas');
  // "flats approved" and "flats finished", "new flats" and "empty flats" are two measures.
  // "nine miners" and "seven workers" are one group under a broader noun.
  // "12 new convenience stores" against "48 supermarkets": under a broader noun, a qualifier on one side is another measure.
  // What befell the things counted ("destroyed", "swept away", "damaged"): one fate ties the two counts as a shared measure
  // word does; a way of destruction is a part of all destroyed. Things damaged (or flooded) are mostly more than things
  // destroyed, and another tally ("120 homes destroyed" / "more than 900 homes damaged"); only a lesser harm counted below
  // the other side's destroyed ("destroyed seven armoured vehicles" / "two vehicles were lightly damaged") may say fewer
  // were hit at all, and is judged as before, with nothing tying the two.
  const fate = fateRelation(x, y);
  if (fate?.relation === 'part' && (fate.partFirst ? fitsIn(x, y) : fitsIn(y, x))) return drop('comp');
  if (fate?.relation === 'lesser' && (fate.lesserFirst ? x.interval[1] >= y.interval[0] : y.interval[1] >= x.interval[0]))
    return drop('meas');
  const sameFate = fate?.relation === 'same' || fate?.relation === 'part';
  // A fate's participle after the noun ("houses flattened") narrows nothing the fate does not already say.
  const [xq, yq] = (
    sameFate ? [x.qualifiers.filter((w) => !isFateWord(w)), y.qualifiers.filter((w) => !isFateWord(w))] : [x.qualifiers, y.qualifiers]
  ).map((qs, side) => qs.filter((w) => !qualifierNamesActOf(w, side === 0 ? y : x)));
  const qualified = kindOf ? xq.length + yq.length > 0 : xq.length > 0 && yq.length > 0;
  // (a share past a span and one within it are told by what was or was not done in time: "waited", "were seen")
  if (qualified && !rest && !xq.some((word) => yq.some((other) => sameQualifier(word, other)))) return drop('meas');
  // A toll rises: given on two days ("said on Tuesday that 40 …" / "said on Thursday that at least 75 …"), the earlier may be lower.
  if (x.key === 'casualty' && a.day !== null && b.day !== null && a.day !== b.day) {
    if (a.day < b.day ? fitsIn(x, y) : fitsIn(y, x)) return drop('comp');
  }
  // "41 patients" are some of "19 people" (`peopleAndKindOfPeople`): as with a toll, only a part larger than the whole contradicts it.
  if (kindOf && x.noun !== undefined && y.noun !== undefined && peopleAndKindOfPeople(x.noun, y.noun)) {
    if (isPeopleNoun(x.noun) ? fitsIn(y, x) : fitsIn(x, y)) return drop('comp');
  }
  // "five of its 40 firemen" (the source's own) against "the Halbrook Fire Department's 212 firemen": two bodies' stocks.
  if (ownersApart(a, x, b, y)) return drop('meas');
  // "nine pupils were hurt" is a part of "a bus carrying 34 pupils": only a part larger than the whole contradicts it.
  if ((x.whole === true) !== (y.whole === true)) {
    if (x.whole === true ? fitsIn(y, x) : fitsIn(x, y)) return drop('comp');
  }
  // "71 people from the north block" is a part of "112 people" when the claim adds it to another ("… and 64 from the south
  // block", compared as their sum): only a part larger than the total contradicts it.
  if ((x.part === true) !== (y.part === true)) {
    if (x.part === true ? fitsIn(x, y) : fitsIn(y, x)) return drop('comp');
  }
  // "had two doses" (each one's) against "gave out 9,000 doses" (all of them): two measures.
  if ((x.each === true) !== (y.each === true)) return drop('meas');
  // "the lane can carry 600 vehicles an hour" against "recorded 530 vehicles in the same hour": a capacity and a count.
  if ((x.capacity === true) !== (y.capacity === true)) return drop('meas');
  // "rated 14 beaches as poor" against "30 beaches failed a test": a count by grade and a count of another thing.
  if ((x.grade ?? '') !== (y.grade ?? '')) return drop('meas');
  // "nine in ten trains arrive within five minutes" against "4.8% of trains were cancelled": two outcomes' shares.
  if (!rest && x.outcomes && y.outcomes && !x.outcomes.some((stem) => y.outcomes!.includes(stem))) return drop('meas');
  // "12 militants were killed" is a part of "50 people died": only a part larger than the whole contradicts it.
  if (x.key === 'casualty' && x.qualifiers.length > 0 !== y.qualifiers.length > 0) {
    if (x.qualifiers.length > 0 ? fitsIn(x, y) : fitsIn(y, x)) return drop('meas');
  }
  // "half of the flats are holiday lets" and "two thirds of the flats are social housing" say different things.
  if (x.complement.length > 0 && y.complement.length > 0 && !x.complement.some((word) => y.complement.includes(word))) return drop('meas');
  const shared = sharedMeasureWords(x, y);
  if (!shared) return drop('meas');
  // "nitrate … averaged 2.5 milligrams per litre" / "dissolved oxygen … fell to 3.2 milligrams per litre": two
  // concentrations with no measure word in common (the unit after "per" is none) are readings of two things.
  if (x.perUnit === true && y.perUnit === true && shared.length === 0) return drop('meas');
  const kind = x.key.replace(/^future:/, '');
  // Two parts of one whole are of one part only when a word says so: "410 children" / "690 children", "23 of whom were on
  // ventilators" / "31 of them were on ventilators"; a part is never compared with a whole (its key is the whole's own).
  if (kind.startsWith(PART_PREFIX) && shared.length === 0) return drop('meas');
  // "96 per cent of households" against "fewer than 80 per cent of households in Kestling": a share of a named part
  // and a share of the whole are both right whatever they are, and so are two changes; a move's name of a place is
  // mostly the story's own place, so only a person's territory ("fell 8 percent in her ward") or a narrower noun against
  // the whole sets a direction apart.
  if ((kind === 'share' || kind === 'share-change' || kind === 'direction') && namedPartAgainstWhole(a, x, b, y, kind !== 'direction'))
    return drop('meas');
  // A place in a ranking ("third", "the highest") is no measure without words saying what is ranked, as a share is not.
  const share = kind === 'share' || kind === 'share-change' || kind === 'points' || kind === 'direction' || kind.startsWith(RANK_KEY);
  // "put the loss at 18 percent" right after another source's "41 percent of the harvest": the later figure answers the earlier one.
  // A direction both changes have ("the average rise had been 4 percent") ties nothing: it still points back.
  const answers =
    (shared.every((word) => CHANGE_DIRECTIONS.has(word)) && answersBack(a, b, y, between)) ||
    amountAnswersBack(a, x, b, y, between) ||
    rest;
  // A share ("25 percent"), a change or a span of time is no measure without words saying of what.
  // How often something happened ("eleven times", "on 19 days") says nothing of what happened: that needs a word too.
  if ((share || kind === 'duration' || kind === OCCASION_KEY) && shared.length === 0 && !answers) return drop('ties');
  // Two days for one thing: the claims must be about one happening and answer each other: two
  // more subject words in common, or one when the second, right after the first, corrects it
  // ("reported the cracks on April 4" / "the report reached it only on April 19").
  if (kind === 'date') {
    // "told the police the route on May 2" / the police: "the notice only arrived on May 9": naming the other side ties the two.
    const context = sharedContext(a, b, shared) + (speaksOf(a, b) || speaksOf(b, a) ? 1 : 0);
    const corrects = b.claim.sentenceIndex - a.claim.sentenceIndex === 1 && (a.contrast || b.contrast);
    // A month with no day ("in March") dates much that is said: three subject words in common, or a correction, must tie it.
    const needed = x.interval[0] === x.interval[1] && y.interval[0] === y.interval[1] ? 2 : 3;
    // ("will be making that objection when the committee meets in February": a plan's month, no date of what happened)
    if (needed === 3 && (a.future || b.future)) return drop('ties');
    if (!(near(a, b) && (context >= needed || (context >= 1 && corrects)))) return drop('ties');
  }
  // Sums of money and measures in one article are mostly of different things: they need a shared
  // word, or one side answering the other ("only 35 tonnes").
  // One happening both name, near each other, ties them too: "12,000 litres of oil had leaked" / "the spill amounted to 2,000 litres".
  const amount = kind.startsWith('money:') || kind.startsWith('unit:') || kind === BARE_M_KEY;
  // "collected £1.2 million from parking fines" / "received £540,000 in penalty payments": two words for one kind of sum.
  const sumKind = kind.startsWith('money:') ? oneKindOfSum(x, y) : 0;
  if (amount && shared.length === 0 && sumKind === 0 && !answers && !((a.contrast || b.contrast || sameHappening(a, b)) && near(a, b)))
    return drop('ties');
  // A bare "5m" is metres or millions: only figures near each other are read in one unit ("retreating by 5m a year" / "moving
  // back by about 1.5m a year" the sentence after), not a general rate far off ("retreat by around 1m a year on average").
  if (kind === BARE_M_KEY && !near(a, b)) return drop('ties');
  // The dates compared are what is disputed: they cannot tell the events apart. A figure
  // pointing back ("the real rise") is of the event of the figure it answers.
  // A correction ("That is not accurate. Twelve operations were postponed.") is of the event of what it corrects.
  // "fewer than 600 patients a month" against "last year it treated about 12,000": a rate holds over the year the count
  // is of, so "last year" on the count's side does not set the two apart.
  const rateAgainstYear = (x.rate === undefined) !== (y.rate === undefined) && x.perYear !== undefined && y.perYear !== undefined;
  const corrects = b.corrects === true && b.claim.sentenceIndex > a.claim.sentenceIndex;
  if (!answers && differentEvents(a, b, kind === 'date', corrects || rateAgainstYear)) return drop('evt');
  // A count over a period ("212 since the war began") is not the count of one event ("14 killed on Sunday").
  if ((kind === 'casualty' || kind.startsWith('count:')) && a.cumulative !== b.cumulative) return drop('evt');
  // "a crowd of 11,000 for their cup final in May" in a report of Saturday's match: people counted
  // at an event dated by a month or a year only are of another event than an undated count.
  if (kind === 'casualty' && weekdayArticle && !answers && ((monthOnly(a) && undated(b)) || (monthOnly(b) && undated(a))))
    return drop('evt');
  // "wages rose 3 percent" and "prices rose 5 percent": a shared direction alone ties nothing when each names what changed.
  if (
    kind === 'share-change' &&
    !answers &&
    shared.every((word) => CHANGE_DIRECTIONS.has(word)) &&
    hasOwnMeasure(x, shared) &&
    hasOwnMeasure(y, shared)
  )
    return drop('meas');
  // "found 7 million euros for a new depot" / "had spent 3.5 million euros on road repairs": two sums, each for another thing.
  if (amount && !answers && spentOnOther(a, x, b, y)) return drop('meas');
  // One kind of sum in other words, in one year both name: the year ties them as a word in common does.
  // Posts both claims say are lost ("laid off 27 people" / "19 positions had been eliminated") are one happening said of
  // both, a tie as "killed" on both sides is.
  const postsLost = kindOf && x.noun !== undefined && y.noun !== undefined && jobsAndPeople(x.noun, y.noun) && losesJobs(a, b);
  const score =
    figureScore(a, x, b, shared) +
    (answers || tied || sameFate || postsLost || capped ? 1 : 0) +
    sumKind +
    (sumKind > 0 && sameYear(a, b) ? 1 : 0);
  if (score < MIN_DISAGREEMENT_SCORE) return drop('ties');
  // "40 households had reported contaminated wells" / "twelve families had been told not to drink the water": one
  // thing in two words is counted for two reasons as often as for one; another word in common must say it is one,
  // or one side gives the figure as the measure's ("put the number of cases at 6,100" after "treated 9,400 patients").
  if (
    x.noun !== undefined &&
    y.noun !== undefined &&
    x.noun !== y.noun &&
    !answers &&
    !sameFate &&
    shared.length === 0 &&
    !sharesContext(a, b) &&
    !(kindOf && (sharesKindOfContext(a, b) || losesJobs(a, b))) &&
    !namesTheFigure(a) &&
    !namesTheFigure(b)
  )
    return drop('ties');
  // A broader noun ("31 stores" against "48 supermarkets") counts one thing only when something else ties the claims.
  const jobs = kindOf && x.noun !== undefined && y.noun !== undefined && (jobsAndWorkers(x.noun, y.noun) || jobsAndPeople(x.noun, y.noun));
  // "laid off 27 people" / "19 positions had been eliminated": people are posts only where they are said to lose them.
  if (kindOf && x.noun !== undefined && y.noun !== undefined && jobsAndPeople(x.noun, y.noun)) {
    const [people, peopleClaim] = JOB_NOUNS.has(x.noun) ? [y, b] : [x, a];
    if (!peopleLoseJobs(peopleClaim, people) || !losesJobs(a, b)) return drop('meas');
  }
  // "caught 4,180 drivers speeding" / "recorded 1,320 speeding offences": people counted as caught, one offence each.
  if (kindOf && x.noun !== undefined && y.noun !== undefined && offencesAndOffenders(x.noun, y.noun)) {
    const [people, peopleClaim] = OFFENCE_NOUNS.has(x.noun) ? [y, b] : [x, a];
    if (!caughtFor(peopleClaim, people)) return drop('meas');
  }
  if (jobs ? !losesJobs(a, b) : kindOf && !tied && shared.length === 0 && !sharesContext(a, b) && !sharesKindOfContext(a, b))
    return drop('ties');
  const key = x.key === 'casualty' ? `casualty:${x.casualty === 'any' ? y.casualty : x.casualty}` : x.key;
  return { kind: 'figures', claims: [a.claim.index, b.claim.index], figures: [x, y], shared, key, score };
}

const PERCENT_WHOLE = 100;

/** A physical amount or a count at a rate of time on one side only, the other's period unknown (`Measured.perYear`). */
function rateAgainstTotal(x: Measured, y: Measured): boolean {
  const kind = x.key.replace(/^future:/, '');
  if (!kind.startsWith('unit:') && !kind.startsWith('count:')) return false;
  // A figure pointing back ("put the figure at nearer 300 a month") is of the measure it answers, whatever it says of time.
  if (x.refersBack === true || y.refersBack === true) return false;
  const [rated, other] = x.rate !== undefined ? [x, y] : [y, x];
  return rated.rate !== undefined && other.rate === undefined && other.perYear === undefined;
}

/** Prepositions scoping a share to a named part: "households in Kestling", "on the Fernside Line", "at the Tolley Lane bakery". */
const SCOPE_PREPOSITIONS = new Set(['in', 'on', 'at']);

/**
 * The stems of the names a claim scopes what it tells to ("kestl" of "households in Kestling", "valley", "line" of "On
 * the Fernside Line"): capitalised content words right after a scoping preposition (and "the"), no month or weekday.
 */
function scopeNames(a: Analysed): string[] {
  const { content, contentStems } = a.claim.words;
  const names: string[] = [];
  for (let i = 0; i + 1 < content.length; i++) {
    if (!SCOPE_PREPOSITIONS.has(content[i]!.lower)) continue;
    let k = content[i + 1]!.lower === 'the' ? i + 2 : i + 1;
    const first = names.length;
    for (; k < content.length && content[k]!.capitalised && !a.inFigure[k]; k++) {
      const lower = content[k]!.lower;
      if (((WORD_CLASSES.get(lower) ?? 0) & (WordClass.month | WordClass.weekday)) !== 0) break;
      if (contentStems[k] !== '') names.push(contentStems[k]!);
    }
    // "on the Pellingford estate": the noun the name is of, which "the estate" names again.
    if (names.length > first && k < content.length && contentStems[k] !== '' && !a.inFigure[k]) names.push(contentStems[k]!);
  }
  return names;
}

/** Possessives of people before the territory they speak for: "in his precinct", "across her ward", "in our constituency". */
const PERSON_POSSESSIVES = new Set(['his', 'her', 'their', 'my', 'our']);
/** Prepositions placing a figure in a territory: "in his precinct", "across her ward". */
const OWN_TERRITORY_PREPOSITIONS = new Set(['in', 'across', 'within', 'throughout']);
/** Parts of a town or a county a person speaks for: a member's district, ward, constituency or patch. */
const PART_TERRITORIES = new Set([
  'district',
  'ward',
  'constituency',
  'neighbourhood',
  'neighborhood',
  'precinct',
  'parish',
  'borough',
  'patch',
]);

/** The stems of the parts a person's own territory names: "district" of "thefts from cars in his precinct fell". */
function ownTerritories(a: Analysed): string[] {
  const { content } = a.claim.words;
  const found: string[] = [];
  for (let i = 0; i + 2 < content.length; i++) {
    if (!OWN_TERRITORY_PREPOSITIONS.has(content[i]!.lower) || !PERSON_POSSESSIVES.has(content[i + 1]!.lower)) continue;
    const noun = content[i + 2]!.lower;
    if (PART_TERRITORIES.has(noun)) found.push(stemOfWord(noun));
  }
  return found;
}

/**
 * What narrows a claim's share or change to a part (stems): names it scopes it to (`byNames`: "in Kestling", "on the
 * Fernside Line"), unless its own source goes by them ("the Pellingford Tenants' Association" of "Rents on the Pellingford
 * estate": the story's subject, no part of it), and a territory a person speaks for ("in his precinct"). Against a claim
 * that speaks of the whole (`againstWhole`: "throughout the province", "countrywide"), also the words narrowing what it
 * counts ("night bus services" against "its services across the province").
 */
function partScope(a: Analysed, m: Measured, againstWhole: boolean, byNames: boolean): string[] {
  const names = byNames ? scopeNames(a) : [];
  const parts = names.some((stem) => a.claim.sourceStems?.includes(stem)) ? [] : names;
  const own = ownTerritories(a);
  if (!againstWhole) return own.length > 0 ? [...parts, ...own] : parts;
  return [...parts, ...own, ...m.qualifiers.map(stemOfWord)];
}

/**
 * One claim scopes its share or change to a part ("in Kestling", "on the Fernside Line", "in his precinct"; against "across
 * the network", "branch line trains") and the other names no part, nor that part anywhere (in its words or its source's):
 * a share of the part against a share of the whole, both right whatever they are.
 */
function namedPartAgainstWhole(a: Analysed, x: Measured, b: Analysed, y: Measured, byNames: boolean): boolean {
  const [p, q] = [partScope(a, x, b.wholeScope && !a.wholeScope, byNames), partScope(b, y, a.wholeScope && !b.wholeScope, byNames)];
  if (p.length > 0 === q.length > 0) return false;
  const [part, whole] = p.length > 0 ? [p, b] : [q, a];
  return !part.some((stem) => whole.claim.words.stems.has(stem) || (whole.claim.sourceStems?.includes(stem) ?? false));
}

/**
 * Two counts of the stocks of two owners (`Measured.owner`): one claim's own ("its 40 tankers", said by a body) against
 * another's named owner whose name is not the first claim's source ("the Dunwick Water Board's 60 tankers", said by a
 * union), or two named owners neither of whose names holds the other's.
 */
function ownersApart(a: Analysed, x: Measured, b: Analysed, y: Measured): boolean {
  if (!x.owner || !y.owner) return false;
  const namedApart = (own: Analysed, named: readonly string[]) => named.some((stem) => !(own.claim.sourceStems ?? []).includes(stem));
  if (x.owner.length === 0 && y.owner.length === 0) return false;
  if (x.owner.length === 0) return namedApart(a, y.owner);
  if (y.owner.length === 0) return namedApart(b, x.owner);
  const within = (p: readonly string[], q: readonly string[]) => p.every((stem) => q.includes(stem));
  return !within(x.owner, y.owner) && !within(y.owner, x.owner);
}

/** Two shares, one past a span of time and the other within the same span (`Measured.threshold`). */
function pastAndWithin(x: Measured, y: Measured): boolean {
  const [p, q] = [x.threshold, y.threshold];
  return !isCount(x) && p !== undefined && q !== undefined && p.side !== q.side && p.value === q.value && p.unit === q.unit;
}

/** Two counts of what passed (or stayed within) two different spans of time: "waited more than an hour" / "over ten minutes". */
function thresholdsApart(x: Measured, y: Measured): boolean {
  const [p, q] = [x.threshold, y.threshold];
  return isCount(x) && p !== undefined && q !== undefined && (p.side !== q.side || p.value !== q.value || p.unit !== q.unit);
}

function isCount(m: Measured): boolean {
  return m.key.replace(/^future:/, '').startsWith('count:');
}

/**
 * Two moves of one way whose sizes (`Measured.size`) in one unit cannot both be right: "2,000 fewer season tickets" against
 * "fallen by 4 percent, to 7,450" (about 310 fewer).
 */
function sizesDiffer(x: Measured, y: Measured): boolean {
  return x.size !== undefined && y.size !== undefined && x.size.unit === y.size.unit && !compatible(x.size.interval, y.size.interval);
}

/**
 * 1 when a measure word of each sum names one kind of sum (`MONEY_KINDS`) in two words ("fines" / "penalty"), none
 * of them a word of spending or cost, which most sums are; else 0.
 */
function oneKindOfSum(x: Measured, y: Measured): number {
  const kinds = (m: Measured): Map<string, string> => {
    const found = new Map<string, string>();
    for (const word of m.words.keys()) {
      const group = MONEY_KINDS.get(word) ?? MONEY_KINDS.get(`${word}s`);
      if (group !== undefined && group !== 'cost') found.set(word, group);
    }
    return found;
  };
  const [p, q] = [kinds(x), kinds(y)];
  for (const [word, group] of p) for (const [other, kind] of q) if (word !== other && group === kind) return 1;
  return 0;
}

/** Both claims date what they tell by one year ("in 2025", "during 2025"), and by no other. */
function sameYear(a: Analysed, b: Analysed): boolean {
  const years = (c: Analysed) => new Set(c.dates.map((date) => date.year).filter((year) => year !== undefined));
  const [p, q] = [years(a), years(b)];
  return p.size === 1 && q.size === 1 && [...p][0] === [...q][0];
}

const CHANGE_DIRECTIONS = new Set(['increase', 'decrease']);

/** Prepositions naming what a sum goes to: "7 million euros for a depot", "3.5 million euros on repairs". */
const PURPOSE_PREPOSITIONS = new Set(['for', 'on', 'towards', 'toward']);
/** How far after a sum's first word its purpose preposition may stand ("7 million euros for"), and how many words of the purpose are read. */
const PURPOSE_AFTER = 4;
const PURPOSE_WORDS = 2;

/** The subject words a sum is said to go to ("depot" of "7 million euros for a new depot"); empty when it says none. */
function purposeOf(a: Analysed, x: Measured): string[] {
  const { content } = a.claim.words;
  const keys = tieStems(a.claim.words);
  for (let i = x.at + 1; i < Math.min(content.length, x.at + PURPOSE_AFTER); i++) {
    if (!PURPOSE_PREPOSITIONS.has(content[i]!.lower)) continue;
    const purpose: string[] = [];
    for (let k = i + 1; k < content.length && purpose.length < PURPOSE_WORDS; k++) {
      if (PURPOSE_PREPOSITIONS.has(content[k]!.lower)) break;
      const stem = keys[k]!;
      if (stem !== '' && a.subject.has(stem)) purpose.push(stem);
    }
    return purpose;
  }
  return [];
}

const BUDGET = 'budget';
const COST = 'cost';
/** Words saying a sum was spent, not charged or lost: "spent 6 million", "spending on", "expenditure of". */
const SPENDING_WORDS = new Set(['spent', 'spend', 'spends', 'spending', 'expenditure', 'invested', 'investing', 'investment']);
/** How far before a sum, or after it, a word of spending may stand: "had spent 6 million", "6 million was spent". */
const SPENDING_BEFORE = 6;
const SPENDING_AFTER = 4;

/**
 * A budget and what is spent on what the budget is for: "the depot's budget for this year was 4 million" / "had spent 6
 * million on the depot this year". The budget names what it is for by its measure words ("depot" of "the depot's
 * budget", "repairs" of "the budget for repairs"), one of them at least in the spending's claim; the spending, when it
 * says what it went on, goes on a word of the budget's claim. Spending within the budget is a part of it.
 */
function budgetAndSpending(a: Analysed, x: Measured, b: Analysed, y: Measured): boolean {
  if (x.moneyKind === BUDGET && y.moneyKind === COST) return spentOnBudget(a, x, b, y);
  if (y.moneyKind === BUDGET && x.moneyKind === COST) return spentOnBudget(b, y, a, x);
  return false;
}

function spentOnBudget(budgetClaim: Analysed, budget: Measured, spentClaim: Analysed, spent: Measured): boolean {
  if (!wordNearCount(spentClaim, spent, SPENDING_WORDS, SPENDING_BEFORE, SPENDING_AFTER)) return false;
  const purpose = [...budget.words.keys()].filter((word) => MONEY_KINDS.get(word) === undefined);
  if (!purpose.some((word) => spentClaim.context.has(word) || spentClaim.subject.has(word))) return false;
  const spentOn = purposeOf(spentClaim, spent);
  return spentOn.length === 0 || spentOn.some((stem) => budgetClaim.subject.has(stem));
}

/** Both sums say what they go to, and no word of the one's purpose is in the other claim: two sums for two things. */
function spentOnOther(a: Analysed, x: Measured, b: Analysed, y: Measured): boolean {
  const [p, q] = [purposeOf(a, x), purposeOf(b, y)];
  if (p.length === 0 || q.length === 0) return false;
  return !p.some((stem) => b.subject.has(stem)) && !q.some((stem) => a.subject.has(stem));
}

const EVENT_HEAD_STEMS = new Set([...SAME_EVENT_HEADS].map(stemOfWord));

/** Both claims name one happening outside their figures, in the same or other words ("leaked" / "the spill"). */
function sameHappening(a: Analysed, b: Analysed): boolean {
  for (const stem of a.context) if (EVENT_HEAD_STEMS.has(stem) && b.context.has(stem)) return true;
  return false;
}

/** Claim `a` names the source of claim `b` in its content: "reported the cracks to the inspectorate" of the inspectorate's claim. */
function speaksOf(a: Analysed, b: Analysed): boolean {
  return b.claim.sourceStems?.some((stem) => a.claim.words.stems.has(stem)) ?? false;
}

/** Subject stems outside the figures that both claims have, the shared measure words not counted again. */
function sharedContext(a: Analysed, b: Analysed, shared: readonly string[]): number {
  let count = 0;
  for (const stem of a.context) if (b.context.has(stem) && !shared.includes(stem)) count++;
  return count + shared.length;
}

function hasOwnMeasure(x: Measured, shared: readonly string[]): boolean {
  for (const word of x.words.keys()) if (!shared.includes(word)) return true;
  return false;
}

/** Counted nouns that say nothing about what is counted. */
const GENERIC_HEADS = new Set(['people', 'person', 'time', 'one', 'other', 'thing', 'year', 'day', 'month', 'week', 'unit', 'item']);

/**
 * The measure itself counts 2 for casualties and for counts of a named thing ("votes",
 * "measles cases"): an article's figures of one such measure are of its one event unless
 * dates, places or kinds of event differ; else 1;
 * each shared measure word 1; one for other subject words in common ("market", "tunnel");
 * one for nearness in the article; one for a word of contrast ("only", "in fact", a denial).
 */
/** Nouns that name a figure as such: "put the number of cases at 6,100", "the total was 40". */
const FIGURE_NOUNS = new Set(['number', 'figure', 'total', 'tally', 'count']);

/** The claim gives a figure as the measure's, naming the figure: "put the number of cases at 6,100". */
function namesTheFigure(a: Analysed): boolean {
  return a.claim.words.content.some((word) => FIGURE_NOUNS.has(word.lower));
}

/** A subject word outside the figures that both claims have. */
function sharesContext(a: Analysed, b: Analysed): boolean {
  for (const stem of a.context) if (b.context.has(stem)) return true;
  return false;
}

/** A subject word outside the figures of one claim is a kind of one of the other's ("a supermarket" / "its stores"). */
function sharesKindOfContext(a: Analysed, b: Analysed): boolean {
  // `kindOfOneAnother` for every pair of the two claims' words, asked for many pairs of claims: each claim's words are
  // read once into the forms they go by and the nouns WordNet puts above them, and two claims meet by lookups.
  const [x, y] = [kindOfIndexOf(a), kindOfIndexOf(b)];
  return isBroaderThanAny(x, y) || isBroaderThanAny(y, x);
}

/**
 * A claim's context nouns by each form they go by (`nounForms`) that some noun has above it (`kindKeys`: no other form is
 * ever looked up), and each noun with the nouns above it (`broaderNouns`).
 */
interface KindOfIndex {
  byForm: Map<string, string[]>;
  broader: Array<[noun: string, above: readonly string[]]>;
}

/** Some noun of `lower`'s claim is above another noun of `upper`'s: `kindOfOneAnother(noun, other)` by its first half. */
function isBroaderThanAny(upper: KindOfIndex, lower: KindOfIndex): boolean {
  for (const [noun, above] of lower.broader)
    for (const form of above) if (upper.byForm.get(form)?.some((other) => other !== noun)) return true;
  return false;
}

function kindOfIndexOf(a: Analysed): KindOfIndex {
  let index = a.kindOfIndex;
  if (index === undefined) {
    index = { byForm: new Map(), broader: [] };
    const seen = new Set<string>();
    for (const { noun, forms, above } of contextNounsOf(a)) {
      if (seen.has(noun)) continue;
      seen.add(noun);
      // Each form once per noun, and only forms some noun has above it: `byForm` is asked for broader nouns alone.
      for (const form of forms) {
        const nouns = index.byForm.get(form);
        if (nouns) nouns.push(noun);
        else index.byForm.set(form, [noun]);
      }
      if (above.length > 0) index.broader.push([noun, above]);
    }
    a.kindOfIndex = index;
  }
  return index;
}

/** A context noun (singular as written) with its keys in an index of kinds (`kindKeys`). */
interface ContextNoun extends KindKeys {
  noun: string;
}

/**
 * A content word's singular with its `kindKeys`, by the word's id; null for the words with no key of either kind (most
 * words of a claim), which add nothing to an index of kinds.
 */
const contextNounOf = wordMemo((lower: string): ContextNoun | null => {
  const noun = singular(lower);
  const { forms, above } = kindKeys(noun);
  return forms.length === 0 && above.length === 0 ? null : { noun, forms, above };
});

/**
 * The content words outside the figures that have a key in an index of kinds, singular as written: read only for kinds
 * of one another, so made when first asked for.
 */
function contextNounsOf(a: Analysed): ContextNoun[] {
  let nouns = a.contextNouns;
  if (nouns === undefined) {
    const { content } = a.claim.words;
    nouns = [];
    for (let i = 0; i < content.length; i++) {
      const word = content[i]!;
      if (a.inFigure[i] || word.capitalised) continue;
      const noun = contextNounOf(word);
      if (noun !== null) nouns.push(noun);
    }
    a.contextNouns = nouns;
  }
  return nouns;
}

function figureScore(a: Analysed, x: Measured, b: Analysed, shared: readonly string[]): number {
  const kind = x.key.replace(/^future:/, '');
  const head = kind.startsWith('count:') ? kind.slice('count:'.length) : '';
  const base = x.key === 'casualty' ? 3 : head && !GENERIC_HEADS.has(head) ? 2 : 1;
  let others = 0;
  for (const stem of a.context) if (!shared.includes(stem) && b.context.has(stem)) others = 1;
  // "Tuesday's incident" is what the other side tells of Tuesday: the day ties the two as a word in common does.
  if (others === 0 && sameDayEvent(a, b)) others = 1;
  return base + shared.length + others + near(a, b) + (a.contrast || b.contrast ? 1 : 0);
}

function sameMeasure(x: Measured, y: Measured): boolean {
  if (x.key !== y.key) return false;
  if (x.key !== 'casualty') return true;
  if (x.casualty === y.casualty) return true;
  // "no one was hurt" answers a count of dead and of injured alike, not of people who fled.
  const zero = x.interval[1] === 0 || y.interval[1] === 0;
  const hurt = (c: CasualtyClass | undefined) => c === 'death' || c === 'injury' || c === 'any';
  return zero && (x.casualty === 'any' || y.casualty === 'any') && hurt(x.casualty) && hurt(y.casualty);
}

/**
 * Measure words both figures have, written with the same word before them; null when a
 * shared word has another word before it on one side ("youth unemployment" is not "unemployment").
 */
function sharedMeasureWords(x: Measured, y: Measured): string[] | null {
  const shared: string[] = [];
  for (const [word, before] of x.words) {
    const other = y.words.get(word);
    if (other === undefined) continue;
    if (!sameModifier(other, before) && !statisticAgainstKind(other, before)) return null;
    shared.push(word);
  }
  return shared;
}

/**
 * "the average queueing time" / "ferry queueing times": a statistic's adjective on one side and a word saying which
 * ones on the other narrow the measure in two ways that may both hold; against no modifier at all ("queues averaged …")
 * the statistic still sets it apart.
 */
function statisticAgainstKind(x: string, y: string): boolean {
  const statistic = (m: string) => STATISTIC_ADJECTIVES.has(m);
  return x !== '' && y !== '' && statistic(x) !== statistic(y);
}

// ---------------------------------------------------------------- denials

/** The claims that assert something a denial or a counter-assertion may answer, by subject word and by sentence. */
interface AssertionIndex {
  bySubject: Map<string, Analysed[]>;
  bySentence: Map<number, Analysed[]>;
  /**
   * Negated statements by sentence ("the council had never answered the petition"): only a
   * denial pointing at the whole statement right before it ("The mayor rejected that.") answers one.
   */
  negatedBySentence: Map<number, Analysed[]>;
  /** Sentences that ask: a denial right after one answers what was said before the question. */
  questions: Set<number>;
}

/**
 * Built once for both kinds of answer. A hedge ("could not say who had fired") asserts nothing to deny,
 * nor does a question ("Does she accept that figure?" before "I do not accept it.": the figure asked
 * about is what is denied).
 */
function indexAssertions(analysed: readonly Analysed[]): AssertionIndex {
  const bySubject = new Map<string, Analysed[]>();
  const bySentence = new Map<number, Analysed[]>();
  const negatedBySentence = new Map<number, Analysed[]>();
  const questions = new Set<number>();
  const add = <K>(map: Map<K, Analysed[]>, key: K, a: Analysed): void => {
    const list = map.get(key);
    if (list) list.push(a);
    else map.set(key, [a]);
  };
  for (const a of analysed) {
    if (isQuestion(a.claim.words.text)) questions.add(a.claim.sentenceIndex);
    if (a.denialVerb || a.hedged || questions.has(a.claim.sentenceIndex)) continue;
    // A claim negated in its own words is a statement too, but one a denial must point at to answer.
    if (a.negated) {
      if (!a.anaphoric) add(negatedBySentence, a.claim.sentenceIndex, a);
      continue;
    }
    for (const stem of a.subject) add(bySubject, stem, a);
    add(bySentence, a.claim.sentenceIndex, a);
  }
  return { bySubject, bySentence, negatedBySentence, questions };
}

/** The claim asks: it ends in a question mark, a closing quote mark after it at most. */
function isQuestion(text: string): boolean {
  return /\?["'”’»]*\s*$/u.test(text);
}

/** A part no larger than its whole (or an earlier toll no higher than a later one): both figures can be right. */
function fitsIn(part: Measured, whole: Measured): boolean {
  return part.interval[0] <= whole.interval[1];
}

/** Prefixes making a word its own negation: "unlicensed", "non-members". */
const NEGATIVE_PREFIXES = ['un', 'non-', 'non'];

/** The assertion has a word negating one of `negated` by a prefix: "unlicensed" of "licensed". */
function saysNegatively(assertion: Analysed, negated: ReadonlySet<string>): boolean {
  return prefixNegatedKeys(assertion).some((key) => negated.has(key));
}

/**
 * The topic keys of what a claim's words negate by a prefix ("unlicensed" → licensed), each claim's read once: an assertion
 * is tested against every negated claim sharing a word with it, and reading its words at each test made a long text's
 * denials the costliest loop of conflicts.
 */
const PREFIX_NEGATED_KEYS = new WeakMap<Analysed, readonly string[]>();
function prefixNegatedKeys(a: Analysed): readonly string[] {
  let keys = PREFIX_NEGATED_KEYS.get(a);
  if (keys === undefined) {
    const found: string[] = [];
    for (const word of a.claim.words.content)
      for (const prefix of NEGATIVE_PREFIXES) if (word.lower.startsWith(prefix)) found.push(topicKeyOf(word.lower.slice(prefix.length)));
    PREFIX_NEGATED_KEYS.set(a, (keys = found));
  }
  return keys;
}

/**
 * The assertion names the other pole of a state whose word the negated claim negates (`contraryStatesOf`): "a pool
 * closed in May had still not reopened" and "the pool remained closed" say one thing.
 */
function saysContraryOfNegated(assertion: Analysed, negated: Analysed): boolean {
  const states = negatedStates(negated);
  if (states.length === 0) return false;
  return saidStates(assertion).some((state) => states.some((other) => other.state === state.state && other.pole !== state.pole));
}

/** The states of a claim's words (`contraryStatesOf`, in order), read once a claim as `prefixNegatedKeys` is. */
const SAID_STATES = new WeakMap<Analysed, readonly ContraryState[]>();
function saidStates(a: Analysed): readonly ContraryState[] {
  let states = SAID_STATES.get(a);
  if (states === undefined) SAID_STATES.set(a, (states = a.claim.words.content.flatMap((word) => contraryStatesOf(word.lower))));
  return states;
}

/** The states of the words a claim negates (`negatedStems`), read once a claim. */
const NEGATED_STATES = new WeakMap<Analysed, readonly ContraryState[]>();
function negatedStates(a: Analysed): readonly ContraryState[] {
  let states = NEGATED_STATES.get(a);
  if (states === undefined) {
    states = a.claim.words.content
      .filter((word) => a.negatedStems.has(topicKeyOf(word.lower)))
      .flatMap((word) => contraryStatesOf(word.lower));
    NEGATED_STATES.set(a, states);
  }
  return states;
}

/** A denial or counter-assertion (`answer`) of an assertion: one per answer is kept, the best scored. */
function denialOf(assertion: Analysed, answer: Analysed, shared: string[], score: number): Disagreement {
  return { kind: 'denial', claims: [assertion.claim.index, answer.claim.index], shared, key: `denial:${answer.claim.index}`, score };
}

/**
 * An assertion and the denial that answers it. The denial either points back at what was
 * just said ("denied that", "rejected the claims", "said that was wrong") within two
 * sentences, or restates it negated ("its auditors had never signed the accounts") with at
 * least two subject words in common. Assertions are looked up by the subject words they
 * share with the denial, never all against all.
 */
function denialDisagreements(
  analysed: readonly Analysed[],
  { bySubject, bySentence, negatedBySentence, questions }: AssertionIndex,
  sameSource: (a: number, b: number) => boolean,
  trace: ConflictTrace | undefined,
  voiced: ReadonlySet<number>,
): Disagreement[] {
  const found: Disagreement[] = [];
  // Sentences holding a claim of some source: one holding none (the reporter's own background) stands between no answer
  // and its statement; one where someone unnamed by the attribution stage speaks (`voiced`) is no background.
  const sourced = new Set(analysed.map((a) => a.claim.sentenceIndex));
  for (const at of voiced) sourced.add(at);
  const sentenceOfClaim = new Map(analysed.map((a) => [a.claim.index, a.claim.sentenceIndex]));
  const claimAt = new Map(analysed.map((a) => [a.claim.index, a]));
  const sentenceOf = (index: number): number => sentenceOfClaim.get(index) ?? -1;
  const byAnySentence = new Map<number, Analysed[]>();
  for (const a of analysed) {
    const list = byAnySentence.get(a.claim.sentenceIndex);
    if (list) list.push(a);
    else byAnySentence.set(a.claim.sentenceIndex, [a]);
  }
  // Assertions and negated statements by sentence, built when a denial names a criticism: a complaint is often said
  // with a negation ("never given a reference number").
  let statements: Map<number, Analysed[]> | null = null;
  const statementsBySentence = (): ReadonlyMap<number, Analysed[]> => {
    if (statements) return statements;
    statements = new Map([...bySentence].map(([at, list]) => [at, [...list]]));
    for (const [at, list] of negatedBySentence) statements.set(at, [...(statements.get(at) ?? []), ...list]);
    return statements;
  };
  let kinds: AssertionKinds | null = null;
  const kindIndex = (): AssertionKinds => (kinds ??= indexAssertionKinds(bySentence));
  let acts: Map<string, Analysed[]> | null = null;
  const actIndex = (): ReadonlyMap<string, Analysed[]> => (acts ??= indexBroaderActs(bySentence));
  for (const denial of analysed) {
    if (!denial.negated && !denial.denialVerb) continue;
    const shared = new Map<Analysed, string[]>();
    const add = (stem: string, asName = false): void => {
      const assertions = bySubject.get(stem);
      if (!assertions) return;
      for (let k = 0; k < Math.min(assertions.length, MAX_BUCKET); k++) {
        if (asName && assertions[k]!.claim.words.stems.get(stem) !== true) continue;
        const list = shared.get(assertions[k]!);
        if (list) list.push(stem);
        else shared.set(assertions[k]!, [stem]);
      }
    };
    for (const stem of denial.subject) add(stem);
    // "None of our vehicles went near the field" / "lorries had tipped loads on it": a noun of one is a kind of a noun of
    // the other, so the two are compared; the kind-of is no word in common, and the gates after pairing judge them as they
    // would with none (a kind-of counted as one added false conflicts: "meals" / "food", "transport" / "bus").
    for (const assertion of kindsMet(denial, kindIndex)) if (!shared.has(assertion)) shared.set(assertion, []);
    // "No cleaner has ever been assaulted" / "a supervisor had slapped a machinist": the act done to none is a broader verb
    // of the act told; no word in common, so the pair is formed by the verbs (`narrowerActDenial` judges it).
    for (const assertion of narrowerActsMet(denial, actIndex)) if (!shared.has(assertion)) shared.set(assertion, []);
    // "The army denied any role in the shelling" answers what is said of the army.
    // (by its head noun, "army units shelled", or by its name as written: "health and safety law" says nothing of the
    // Health and Safety Executive)
    const sourceStems = denial.claim.sourceStems ?? [];
    for (const stem of sourceStems) if (!denial.subject.has(stem)) add(stem, stem !== sourceStems[sourceStems.length - 1]);
    // Questions right before the denial are passed over: "Does she accept that figure?" / "I do not accept it."
    let asked = 0;
    while (questions.has(denial.claim.sentenceIndex - asked - 1)) asked++;
    // "The report was published on Monday." between a statement and "The company rejected it.": passed over as a question is.
    if (denial.anaphoric && !sourced.has(denial.claim.sentenceIndex - asked - 1) && sourced.has(denial.claim.sentenceIndex - asked - 2))
      asked++;
    // "… kept in their cells for 23 hours a day." / "'It's not safe for my members,' he said." / "The service rejected
    // that account.": an opinion right before a denial pointing at a statement, its source's statement of fact just
    // before it, is passed over as a question is: the account is the statement.
    const opinion = denial.pointsAtStatement && opinionAfterOwnStatement(byAnySentence, denial.claim.sentenceIndex - asked - 1, sameSource);
    if (opinion) asked++;
    if (denial.anaphoric) {
      for (let back = 1 + asked; back <= NEAR_SENTENCES + asked; back++) {
        for (const assertion of bySentence.get(denial.claim.sentenceIndex - back) ?? [])
          if (!shared.has(assertion)) shared.set(assertion, []);
      }
      // "the council had never answered the petition." / "The mayor rejected that." or "That claim is untrue.": what is
      // rejected or called untrue may be said with a negation.
      if (denial.pointsAtStatement)
        for (const assertion of negatedBySentence.get(denial.claim.sentenceIndex - 1 - (opinion ? asked : 0)) ?? [])
          shared.set(assertion, []);
      // "the fee had not changed since 2016." / "The league denied that the fees had been frozen": a denial
      // verb answers a negated statement a sentence or two before it on a subject word they share.
      if (denial.denialVerb) {
        for (let back = 1; back <= NEAR_SENTENCES; back++) {
          for (const negated of negatedBySentence.get(denial.claim.sentenceIndex - back) ?? []) {
            const tying = [...denial.subject].filter((stem) => negated.subject.has(stem));
            if (tying.length > 0 && !shared.has(negated)) shared.set(negated, tying);
          }
        }
      }
    }
    // "denied giving any such undertaking": the pledge, not the figure said beside it.
    const named = denial.namedKind !== null ? namedKindStatement(denial, bySentence, sameSource) : null;
    if (named) keepNamedKind(denial, named, shared, NEAR_SENTENCES + asked);
    // "The agency dismissed the society's numbers as inflated": the society's latest statement before it (with figures when figures are meant).
    const owned = denial.pointsAtOwner ? spelledOutOwned(denial, ownersStatement(denial, bySentence, sameSource, analysed)) : null;
    // "A Rovers spokesman said the story was untrue": what the paper reported, however far back.
    const framed =
      denial.pointsAtKind !== null && denial.pointsAtOwner === null
        ? framedStatement(denial, denial.pointsAtKind === CRITICISM_KIND ? statementsBySentence() : bySentence, sameSource)
        : null;
    // "disputed the league's account of the semi-final", "no truth in the story about the kiosk": the statement of that topic.
    const topical = denial.denialVerb || denial.pointsAtStatement ? topicStatement(denial, byAnySentence, sameSource, trace) : null;
    const passing: Disagreement[] = [];
    // Whether the denial says there is no plan (`deniedPlan`), read once a denial, not at each of its assertions.
    const deniesPlan = !denial.anaphoric && !denial.denialVerb && deniedPlan(denial.claim.words) !== null;
    for (const [assertion, tying] of shared) {
      // A denial pointing back ("denied this again") is of the event of what it points at.
      const pointed = denial.demonstrative && pointsAt(assertion, denial);
      const gate = (g: ConflictGate): void => noteGate(trace, assertion.claim.index, denial.claim.index, g);
      if (sameSource(assertion.claim.index, denial.claim.index)) continue;
      // "Harbour Street is cheap, but the Quayside car park isn't." denies nothing said of Harbour Street.
      if (denial.contrasted !== null && !speaksOfContrasted(assertion, denial.contrasted)) {
        gate('ties');
        continue;
      }
      // "Drew disagreed." / "There was never a council resolution that said that," he said.": what was just said is
      // what the denier's next sentence speaks of, a subject word in common.
      if (denial.bareDenial && !explainedBy(denial, assertion, byAnySentence, sameSource)) {
        gate('ties');
        continue;
      }
      // Its dates are what it disputes ("that account was wrong and the report was commissioned in 2021"), not another event.
      if (differentEvents(assertion, denial, pointed, pointed)) {
        gate('evt');
        continue;
      }
      // "had not been licensed" after "unlicensed traders": with no word of denial, a negation the
      // assertion itself says with a negative word ("un-", "non-") agrees with it.
      // "had still not reopened" against "the pool remained closed": the contrary state of what it negates agrees too.
      if (!denial.denialVerb && (saysNegatively(assertion, denial.negatedStems) || saysContraryOfNegated(assertion, denial))) {
        gate('ties');
        continue;
      }
      // "41 homes have closed" / "No home has been closed by the regulator": the denial is of who did it, which the
      // assertion does not say. "has read the figure but not the rest": it denies only what comes after "but not".
      if (deniesOnlyWhatAssertionLacks(assertion, denial)) {
        gate('ties');
        continue;
      }
      // "The ministry said the clearance followed a court order." / "The assembly said it had not been told of any court
      // order.": not being told of a thing denies only that it was told.
      if (denial.untold && !denial.denialVerb && !tellsOf(assertion)) {
        gate('ties');
        continue;
      }
      // "Eleven branches have shut since 2021." / "The bank said it had no plans to shut more branches.": a plan said not to
      // exist answers a plan or a forecast, not what was already done.
      if (deniesPlan && !tellsPlan(assertion)) {
        gate('ties');
        continue;
      }
      // "needed a roof costing at least 8 million euros" / "had pledged 2 million euros towards the roof
      // and … never heard back": figures of one measure on both sides are compared as figures; a
      // negation elsewhere in the claim does not deny the other's figure. Only a denial pointing back answers it.
      const repeated = repeatsFigure(assertion, denial);
      // "denied the dismissals, saying the 85 drivers had been on contracts that ended": the act is denied by its noun,
      // and the figure said beside the denial is no other count of the act.
      const actNamed = actNamedDenial(assertion, denial);
      if (!denial.anaphoric && sameMeasureKind(assertion, denial) && !repeated && !actNamed) {
        gate('meas');
        continue;
      }
      // The denier's own name ties it to what was said of it before, not to what comes after.
      const before = assertion.claim.sentenceIndex < denial.claim.sentenceIndex;
      // "the office had not assessed the effect of the lorries" … "counted 640 lorry journeys": a negation said
      // sentences before the assertion, with no word of denial, answers it only when what it negates is what the
      // assertion says (right before it, the assertion may be the answer: "had never received an offer." / "it was emailed").
      if (
        assertion.claim.sentenceIndex - denial.claim.sentenceIndex > 1 &&
        !denial.denialVerb &&
        ![...denial.negatedStems].some((stem) => assertion.claim.words.stems.has(stem))
      ) {
        gate('ties');
        continue;
      }
      // "not by his office" after "blamed the Mayor's Office for …": what the denial negates, named by the assertion.
      const named = pointed
        ? [...denial.negatedStems].filter((stem) => !tying.includes(stem) && assertion.claim.words.stems.has(stem))
        : [];
      // What the assertion itself says no to ("because no referee was available") is nothing it asserts.
      const asserted = tying.filter((stem) => !assertion.ownZero.has(stem));
      // "called the charity's figures exaggerated" points at the charity's statement, no other source's.
      if (asserted.length === 0 && denial.pointsAtOwner !== null && !isOwnedBy(assertion, denial.pointsAtOwner)) {
        gate('ties');
        continue;
      }
      const stems = named.length > 0 ? [...asserted, ...named] : asserted;
      // "rejected claims that it doubled the mooring charges" after "its boats had been full all summer": a
      // denial that spells out what it denies, sharing no subject word with the assertion, answers another statement.
      if (stems.length === 0 && spellsOutOther(denial, assertion)) {
        gate('ties');
        continue;
      }
      // "denied that the depot's canteen would close" after "the depot's gym would close": two parts of one owner.
      if (denial.denialVerb && deniesOtherSubject(assertion, denial)) {
        gate('ties');
        continue;
      }
      // "denied that it had cut the number of night porters" after "porters had been given ten minutes to turn each
      // bed": one word ties them, not the denied clause's subject, and the act it spells out is told nowhere in the
      // assertion before it. (A denial told first, in a lead, sums up what the report tells after it in other words.)
      if (denial.denialVerb && before && !repeated && deniesOtherActOnOneWord(denial.claim.words, assertion.claim.words, stems)) {
        gate('ties');
        continue;
      }
      // Right after a negated claim, a name both give ("Weidegold cheese") ties them as a subject word does; a place does not.
      const rightAfter = assertion.claim.sentenceIndex - denial.claim.sentenceIndex === 1 && !denial.denialVerb;
      const tied = before
        ? stems.length
        : stems.filter((stem) => denial.subject.has(stem)).length + (rightAfter && stems.length > 0 ? sharedNames(assertion, denial) : 0);
      const score = before
        ? atLeastMin(denialScore(assertion, denial, tied, stems, asked + (bridged(assertion, denial, sourced) ? 1 : 0)), () =>
            Math.max(
              farKindDenial(assertion, denial, stems, bySubject, sameSource),
              denialParagraphsOn(assertion, denial, stems, bySubject, sameSource),
              planDenied(assertion, denial, stems, bySubject, sameSource),
              spelledOutFarBack(assertion, denial, stems, bySubject, sameSource),
              quantifiedPassiveDenial(assertion, denial, stems, bySubject, sameSource),
              negatedKindDenial(assertion, denial, stems, bySubject, sameSource),
              narrowerActDenial(assertion, denial),
              actNamed ? MIN_DISAGREEMENT_SCORE : 0,
            ),
          )
        : Math.max(
            denialScore(assertion, denial, tied, stems),
            saysDenierDid(assertion, denial, stems),
            accusationToldAfter(assertion, denial, tied, analysed, sameSource),
            assertedParagraphsOn(assertion, denial, stems, bySubject, sameSource),
          );
      // A denial repeating the assertion's figure is tied to it as a denial pointing back is.
      const tiedScore = repeated && before && stems.length > 0 ? Math.max(score, MIN_DISAGREEMENT_SCORE) : score;
      if (tiedScore < MIN_DISAGREEMENT_SCORE) {
        gate('ties');
        continue;
      }
      gate('kept');
      passing.push(denialOf(assertion, denial, stems, tiedScore));
    }
    passing.sort((x, y) => y.score - x.score);
    answersWhatItSpellsOut(denial, passing);
    if (topical) {
      // Naming the topic of the statement it denies ties the denial to that statement; what only nearness or a word tied is dropped.
      passing.splice(0, passing.length, ...passing.filter((candidate) => candidate.score > MIN_DISAGREEMENT_SCORE));
      passing.unshift(denialOf(topical.statement, denial, topical.keys, MIN_DISAGREEMENT_SCORE + 1));
    }
    // Naming whose statement it dismisses ties the denial closer than nearness does.
    if (owned && !topical && (passing.length === 0 || passing[0]!.score <= MIN_DISAGREEMENT_SCORE))
      passing.unshift(denialOf(owned, denial, [], MIN_DISAGREEMENT_SCORE + 1));
    // Naming the kind of statement it denies ties it when nothing nearer does ("dismissed the claim" right after a claim).
    // "In a 12-page report, the society said …" / a sentence of the society's on another matter / "The firm called the report
    // untrue.": the statement given as a report is meant, not the society's statement that nearness alone tied.
    if (framed && !topical && (passing.length === 0 || framedOverNearness(passing, framed, denial.pointsAtKind!, sameSource)))
      passing.unshift(denialOf(framed, denial, [], MIN_DISAGREEMENT_SCORE + 1));
    // Naming the kind of statement of no fact it denies ties it closer than nearness does ("rejected that warning" three
    // sentences after the warning, a count of vacancies between).
    if (named && !passing.some((candidate) => sameSource(candidate.claims[0], named.claim.index)))
      passing.unshift(denialOf(named, denial, kindWordStems(named, denial.namedKind!), MIN_DISAGREEMENT_SCORE + 1));
    // The best-tied assertion of each source the denial answers: "the company never dumped sludge at
    // the site" answers the prosecutor's charge and the inspectors' finding alike.
    const kept: Disagreement[] = [];
    // "That figure is not borne out by anything we have seen": one statement pointed at, the nearest, not each source's.
    if (pointsAtOneStatement(denial) && passing.length > 1) {
      const nearest = Math.max(...passing.map((candidate) => sentenceOf(candidate.claims[0])));
      passing.splice(0, passing.length, ...passing.filter((candidate) => sentenceOf(candidate.claims[0]) === nearest));
    }
    // "hit back at the guild's claim that …": the statement of the owner it names, no other source's said near it.
    const owner = denial.pointsAtOwner;
    const ownersOwn = (candidate: Disagreement): boolean => owner !== null && isOwnedBy(claimAt.get(candidate.claims[0])!, owner);
    if (passing.length > 1 && passing.some(ownersOwn)) passing.splice(0, passing.length, ...passing.filter(ownersOwn));
    for (const candidate of passing)
      if (!kept.some((other) => other.claims[0] === candidate.claims[0] || sameSource(other.claims[0], candidate.claims[0])))
        kept.push(candidate);
    found.push(...kept);
  }
  return found;
}

/**
 * Whether a denial naming the kind of statement it denies ("called the report untrue") answers the statement of
 * that kind (`framed`, given as one of that kind, not only naming the denier) rather than what tied it by nearness alone:
 * the candidates of the framed statement's source are only such (the score of a sentence pointed back at, no word in
 * common) and none is the framed statement itself. Another source's candidate is left as it is.
 */
function framedOverNearness(
  passing: readonly Disagreement[],
  framed: Analysed,
  kind: string,
  sameSource: (a: number, b: number) => boolean,
): boolean {
  const own = passing.filter((candidate) => sameSource(candidate.claims[0], framed.claim.index));
  return (
    framed.frames.has(kind) &&
    own.length > 0 &&
    own.every(
      (candidate) =>
        candidate.claims[0] !== framed.claim.index && candidate.score <= MIN_DISAGREEMENT_SCORE && candidate.shared.length === 0,
    )
  );
}

/** Words that may stand between a denial verb and the noun of the act it denies: "denied the dismissals", "denied any beating". */
const ACT_NOUN_OPENERS: ReadonlySet<string> = new Set(['the', 'any', 'all', 'those', 'these', 'its', 'their', 'his', 'her']);
/**
 * "She denies every count" after "is charged with theft": a plea denies the accusation, not that the charge was brought;
 * it is no denial of an act named by its noun.
 */
const PLEADED: ReadonlySet<string> = new Set(['charge', 'charges', 'counts', 'offences', 'offenses']);
/** The shortest noun read as the noun of an act ("dismissals", "dumping"): shorter stems meet too many words. */
const MIN_ACT_NOUN = 6;

/**
 * "The federation said the company had dismissed 85 drivers." / right after, another source: "Vardolf denied the
 * dismissals, saying the 85 drivers had been on contracts that ended." A denial verb whose object is a noun of an act
 * the assertion tells (`actMet`: the act's word in another form, "dismissals" / "dismissed", "dumping" / "dumps"), one or
 * two sentences after it, answers it: the act is named, not pointed at as a statement ("the claims", "the figures" are
 * `REFERENTS`, read elsewhere). A figure the denial gives beside it is its own account, not another count of the act.
 * A participle after an article or possessive ("the rejected shipments") is an adjective, no denial verb.
 */
function actNamedDenial(assertion: Analysed, denial: Analysed): boolean {
  if (!denial.denialVerb || denial.hedged) return false;
  const distance = denial.claim.sentenceIndex - assertion.claim.sentenceIndex;
  if (distance < 1 || distance > NEAR_SENTENCES || assertion.forecastOnly || assertion.hedged) return false;
  const { all } = denial.claim.words;
  for (let i = 0; i + 1 < all.length; i++) {
    // "blamed for the rejected shipments": a denial verb's participle after an article or possessive qualifies the noun
    // after it, and denies nothing (`NOUN_OPENERS`).
    if (!isDenialWord(all[i]!.lower) || NOUN_OPENERS.has(all[i - 1]?.lower ?? '')) continue;
    let k = i + 1;
    if (ACT_NOUN_OPENERS.has(all[k]!.lower)) k++;
    const noun = all[k];
    if (!noun || noun.capitalised || noun.lower.length < MIN_ACT_NOUN || REFERENTS.has(noun.lower) || PLEADED.has(noun.lower)) return false;
    return actMet(noun, assertion.claim.words);
  }
  return false;
}

/** How far back a denial saying none was done a broader act (`narrowerActDenial`) answers the narrower act told. */
const NARROWER_ACT_SENTENCES = 4;

/** Articles and possessives before a verb form that make a noun of it ("a shot", "the beat"): no act told. */
const NOUN_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);

/** The verbs told done in a claim's content (`verbOfForm`), each with the content word at which it stands; not a noun's form. */
function actsTold(a: Analysed): Array<{ at: number; lower: string }> {
  const { content } = a.claim.words;
  const found: Array<{ at: number; lower: string }> = [];
  for (let i = 0; i < content.length; i++) {
    const lower = content[i]!.lower;
    if (content[i]!.capitalised || verbOfForm(lower) === null || NOUN_OPENERS.has(content[i - 1]?.lower ?? '')) continue;
    found.push({ at: i, lower });
  }
  return found;
}

/**
 * The act a claim says was done to none, as a passive's participle of a verb of `broader-verbs.json` that a quantifier of
 * none opens ("No cleaner has ever been assaulted", "not a single villager has been hurt", "nothing was hurled"):
 * the verb and where its participle stands, or null.
 */
const NONE_DONE = new WeakMap<Analysed, { at: number; verb: string } | null>();
function noneDone(denial: Analysed): { at: number; verb: string } | null {
  let found = NONE_DONE.get(denial);
  if (found === undefined) {
    found = null;
    if (denial.negated && !denial.denialVerb && !denial.anaphoric) {
      const { content } = denial.claim.words;
      for (let i = 1; i < content.length && found === null; i++) {
        const verb = verbOfForm(content[i]!.lower);
        if (verb !== null && negatedPassive(content, i) && quantifiedNone(content, i)) found = { at: i, verb };
      }
    }
    NONE_DONE.set(denial, found);
  }
  return found;
}

/** The article's assertions by each broader verb of the acts they tell (`isBroaderVerb`), built once when a denial asks. */
function indexBroaderActs(bySentence: ReadonlyMap<number, Analysed[]>): Map<string, Analysed[]> {
  const index = new Map<string, Analysed[]>();
  for (const list of bySentence.values())
    for (const a of list)
      for (const { lower } of actsTold(a))
        for (const broader of broaderVerbsOfForm(lower)) {
          const at = index.get(broader);
          if (!at) index.set(broader, [a]);
          else if (at[at.length - 1] !== a) at.push(a);
        }
  return index;
}

/** The assertions up to `NARROWER_ACT_SENTENCES` before a denial that tell a narrower act than the one it says was done to none. */
function narrowerActsMet(denial: Analysed, index: () => ReadonlyMap<string, Analysed[]>): Analysed[] {
  const done = noneDone(denial);
  if (done === null) return [];
  const at = denial.claim.sentenceIndex;
  return (index().get(done.verb) ?? []).filter((a) => a.claim.sentenceIndex < at && a.claim.sentenceIndex >= at - NARROWER_ACT_SENTENCES);
}

/**
 * "Village guards beat three fishermen." / another source, right after: "Not a single villager has been hurt by our patrols
 * staff." The act the denial says was done to none ("harmed", a passive's participle a quantifier of none opens) is a
 * broader verb of an act the assertion tells ("beat": `isBroaderVerb`, WordNet's verbs of harm and force with a blow read
 * as harm), and whom "no" names is met in the assertion (`noneMet`: people against people). Up to
 * `NARROWER_ACT_SENTENCES` before it, the assertion a statement of fact (no forecast, no hedge), the denial check-worthy.
 * No word need be shared: the verbs tie the two. "No one was arrested" is no answer to "beat three fishermen" (arrest is no
 * broader verb of beat).
 */
function narrowerActDenial(assertion: Analysed, denial: Analysed): number {
  const distance = denial.claim.sentenceIndex - assertion.claim.sentenceIndex;
  if (distance < 1 || distance > NARROWER_ACT_SENTENCES) return 0;
  if (denial.hedged || denial.future || assertion.forecastOnly || assertion.future || assertion.hedged) return 0;
  if ((denial.claim.checkworthiness ?? 1) < CHECKWORTHINESS_THRESHOLD) return 0;
  const done = noneDone(denial);
  if (done === null || !noneMet(denial.claim.words.content, done.at, assertion)) return 0;
  return actsTold(assertion).some(({ lower }) => isBroaderVerb(done.verb, lower)) ? MIN_DISAGREEMENT_SCORE : 0;
}

/** How far back a denial saying none was done to (`quantifiedPassiveDenial`) answers the act: a reply told paragraphs on. */
const QUANTIFIED_DENIAL_SENTENCES = 16;

/**
 * "Two of the porters were laid off in March after they complained about the lifts." / paragraphs on, another source:
 * "No member of staff has been made redundant for raising a complaint." The act the assertion tells is what the denial
 * says was done to none: the word they share (the same verb or its synonym by `topicKeys`: "laid off" / "made redundant",
 * "sacked" / "dismissed", "seized" / "confiscated") is the participle of a passive whose clause a quantifier of none
 * opens ("no", "none of", "nobody", "no one"). Who or what it was done to is said in other words on each side ("she",
 * "38 kilograms of cod" / "no employee", "no food"), so that act alone ties them, as far as `QUANTIFIED_DENIAL_SENTENCES`
 * back, when the assertion tells it done (not negated, no forecast, no hedge), the denial is a statement of fact, and no
 * claim of a third source between them shares the act. A negated passive with "not" ("had not been inspected") says it
 * of one thing, which other words name; this rule is only the quantifier's.
 */
function quantifiedPassiveDenial(
  assertion: Analysed,
  denial: Analysed,
  stems: readonly string[],
  bySubject: ReadonlyMap<string, Analysed[]>,
  sameSource: (a: number, b: number) => boolean,
): number {
  const distance = denial.claim.sentenceIndex - assertion.claim.sentenceIndex;
  if (distance <= 1 || distance > QUANTIFIED_DENIAL_SENTENCES) return 0;
  if (!denial.negated || denial.denialVerb || denial.anaphoric || denial.hedged || denial.future) return 0;
  if (assertion.forecastOnly || assertion.future || assertion.hedged) return 0;
  if ((denial.claim.checkworthiness ?? 1) < CHECKWORTHINESS_THRESHOLD) return 0;
  const { content } = denial.claim.words;
  const ties = tieStems(denial.claim.words);
  for (const stem of stems) {
    // The passive's own clause is read below, as far as its window: "no employee had ever been sacked" is past the negation's scope.
    if (denial.negatedSubject.has(stem) || assertion.negatedStems.has(stem)) continue;
    const at = ties.indexOf(stem);
    if (at < 1 || !negatedPassive(content, at) || !quantifiedNone(content, at) || !noneMet(content, at, assertion)) continue;
    if (!competes(stem, assertion, denial, bySubject, sameSource)) return MIN_DISAGREEMENT_SCORE;
  }
  return 0;
}

/** Pronouns of people, which a noun for people quantified by "no" ("no employee") may answer: "she was dismissed". */
const PEOPLE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'him', 'her', 'them']);

/**
 * What "no" quantifies before the word at `at` ("phone" of "No phone was confiscated") is what the assertion tells the
 * act done to, or a kind of it: "no fish" answers "40 kilograms of cod", "no employee" answers "two porters" or "she",
 * "no phone" answers neither. "nobody", "no one" and "none of" name nothing more than the act.
 */
function noneMet(content: ClaimWords['content'], at: number, assertion: Analysed): boolean {
  let q = at - 1;
  while (q >= 0 && content[q]!.lower !== 'no' && noneOpening(content, q) === 0) q--;
  // "no resident", "not a single resident", "not one resident": the noun after the quantifier.
  const after = q < 0 ? 0 : content[q]!.lower === 'no' ? 1 : noneOpening(content, q);
  const noun = q >= 0 && q + after < at ? singular(content[q + after]!.lower) : '';
  if (noun === '' || noun === 'one' || stemOfWord(noun) === '') return true;
  const person = isPersonNoun(noun) || isPeopleNoun(noun);
  return assertion.claim.words.content.some((word) => {
    const other = singular(word.lower);
    if (other === noun || (stemOfWord(other) !== '' && kindOfNouns(noun, other))) return true;
    return person && (PEOPLE_PRONOUNS.has(word.lower) || isPersonNoun(other) || isPeopleNoun(other));
  });
}

/**
 * "Not a single villager", "not one worker": "not" quantifying none of a noun, as "no" does. The number of words from "not"
 * to that noun (3 for "not a single", 2 for "not one"), 0 when the word at `k` opens no such quantifier.
 */
function noneOpening(content: ClaimWords['content'], k: number): number {
  if (content[k]!.lower !== 'not') return 0;
  const next = content[k + 1]?.lower;
  if (next === 'one') return 2;
  return next === 'a' && content[k + 2]?.lower === 'single' ? 3 : 0;
}

/** A quantifier of none ("no", "none", "nobody", "no-one", "nothing", "not a single") opens the clause of the word at `at`, within the passive's window. */
function quantifiedNone(content: ClaimWords['content'], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - PASSIVE_NEGATION_WINDOW); k--) {
    const lower = content[k]!.lower;
    if (lower === 'no' || lower === 'nothing' || (ZERO_WORDS.has(lower) && lower !== 'zero') || noneOpening(content, k) > 0) return true;
    if (lower === ',' || lower === 'and' || lower === 'that') return false;
  }
  return false;
}

/** How many words after "by" may name the agent of a negated passive ("closed by the county's own regulator"). */
const AGENT_WORDS = 3;
/** How far before a passive's participle the negation of its clause may stand: "No care home in the region has been closed". */
const PASSIVE_NEGATION_WINDOW = 7;

/**
 * The word at `participle` is a passive's ("been closed", "was not shut") in a clause a negation or a zero opens or
 * holds a few words before it ("No home has been closed", "none of the flats were sold", "had not been inspected").
 */
function negatedPassive(content: ClaimWords['content'], participle: number): boolean {
  let be = participle - 1;
  if (isNegation(content[be]?.lower ?? '')) be--;
  if (!PASSIVE_FORMS.has(content[be]?.lower ?? '')) return false;
  for (let k = participle - 1; k >= Math.max(0, participle - PASSIVE_NEGATION_WINDOW); k--) {
    const lower = content[k]!.lower;
    if (isNegation(lower) || lower === 'no' || ZERO_WORDS.has(lower)) return true;
  }
  return false;
}

/**
 * The negated claim narrows what it denies to something the assertion does not say, so it denies nothing asserted:
 * an agent after a negated passive ("No home has been closed by the regulator" against "41 homes have closed": a
 * closure by anyone else stands), or a noun phrase after "but not", the claim's only negation, which concedes what
 * comes before it ("has read the department's figure but not the rest of the sentence"). Both are read from the
 * denial's words alone; the assertion is asked whether it names the agent or the negated words.
 */
function deniesOnlyWhatAssertionLacks(assertion: Analysed, denial: Analysed): boolean {
  if (!denial.negated || denial.denialVerb) return false;
  const { content } = denial.claim.words;
  const ties = tieStems(denial.claim.words);
  const names = (stem: string): boolean => assertion.claim.words.stems.has(stem);
  let negations = 0;
  let butNot = -1;
  for (let i = 0; i < content.length; i++) {
    const lower = content[i]!.lower;
    if (!isNegation(lower)) continue;
    negations++;
    // "but not the rest": a determiner or a noun right after, no verb, is a noun phrase standing alone.
    const next = content[i + 1]?.lower ?? '';
    if (i > 0 && content[i - 1]!.lower === 'but' && (DETERMINERS.has(next) || (ties[i + 1] ?? '') !== '') && !AUXILIARIES.has(next))
      butNot = i;
  }
  if (negations === 1 && butNot >= 0) {
    const negated: string[] = [];
    for (let k = butNot + 1; k < content.length && content[k]!.lower !== ',' && content[k]!.lower !== 'of'; k++)
      if (ties[k] !== '') negated.push(ties[k]!);
    if (negated.length > 0 && !negated.some(names)) return true;
  }
  for (let i = 2; i + 1 < content.length; i++) {
    if (content[i]!.lower !== 'by' || !negatedPassive(content, i - 1)) continue;
    // "nothing was hurled by anyone at the rally": an agent that is anyone at all narrows nothing.
    if (ANY_AGENTS.has(content[i + 1]!.lower)) continue;
    const agent: string[] = [];
    for (let k = i + 1; k < Math.min(content.length, i + 1 + AGENT_WORDS); k++) {
      if (DETERMINERS.has(content[k]!.lower)) continue;
      if (ties[k] === '') break;
      agent.push(ties[k]!);
    }
    if (agent.length > 0 && !agent.some(names)) return true;
  }
  return false;
}

/** Agents of a negated passive that are anyone at all ("by anyone", "by anybody", "by any of them"): no one set apart. */
const ANY_AGENTS: ReadonlySet<string> = new Set(['anyone', 'anybody', 'any', 'anything']);

/** Assertions by the forms of their context nouns and by the nouns WordNet puts above those (`kindOfIndexOf`). */
interface AssertionKinds {
  byForm: Map<string, Analysed[]>;
  byBroader: Map<string, Analysed[]>;
}

/** Built once per article, when a denial first asks: the assertions of `bySentence` by their nouns' forms and broader nouns. */
function indexAssertionKinds(bySentence: ReadonlyMap<number, Analysed[]>): AssertionKinds {
  const byForm = new Map<string, Analysed[]>();
  const byBroader = new Map<string, Analysed[]>();
  const add = (map: Map<string, Analysed[]>, key: string, a: Analysed): void => {
    const list = map.get(key);
    if (!list) map.set(key, [a]);
    else if (list[list.length - 1] !== a) list.push(a);
  };
  // Each assertion's nouns are read as `kindOfIndexOf` reads them, without building its index: `add` keeps an assertion
  // once a key, so a noun or form met twice changes nothing, and only lookups by key read these lists.
  for (const list of bySentence.values()) {
    for (const a of list) {
      for (const { forms, above } of contextNounsOf(a)) {
        // `byForm` is asked for broader nouns alone: `kindKeys` leaves out the forms no noun has above it.
        for (const form of forms) add(byForm, form, a);
        for (const form of above) add(byBroader, form, a);
      }
    }
  }
  return { byForm, byBroader };
}

/**
 * The assertions a denial meets through a noun of one that WordNet puts under a noun of the other, within two links
 * (`kindOfOneAnother`: "vehicles" / "lorries", "fish" / "trout", "artillery" / "weapons"): the pairs no shared word forms.
 * Only the denial's subject nouns (no name, no denial word) ask; the assertions come from `kindIndex`, built once.
 */
function kindsMet(denial: Analysed, kindIndex: () => AssertionKinds): Analysed[] {
  const own = kindOfIndexOf(denial);
  // A claim without a key of either kind meets none: the assertions' index is not built for it.
  if (own.byForm.size === 0 && own.broader.length === 0) return [];
  const met: Analysed[] = [];
  const { byForm, byBroader } = kindIndex();
  for (const [noun, above] of own.broader) {
    if (!denial.subject.has(topicKeyOf(noun))) continue;
    for (const form of above) met.push(...(byForm.get(form) ?? []));
  }
  for (const [form, nouns] of own.byForm) {
    const assertions = byBroader.get(form);
    if (assertions && nouns.some((noun) => denial.subject.has(topicKeyOf(noun)))) met.push(...assertions);
  }
  return met;
}

/**
 * What a bare denial says ("disagreed, saying the wells were inside the cone") or its source's claim in the sentence
 * after it shares a subject word with `assertion`.
 */
function explainedBy(
  denial: Analysed,
  assertion: Analysed,
  byAnySentence: ReadonlyMap<number, Analysed[]>,
  sameSource: (a: number, b: number) => boolean,
): boolean {
  const speaksOf = (a: Analysed) => [...a.subject].some((stem) => assertion.subject.has(stem));
  if (speaksOf(denial)) return true;
  return (byAnySentence.get(denial.claim.sentenceIndex + 1) ?? []).some(
    (next) => sameSource(next.claim.index, denial.claim.index) && speaksOf(next),
  );
}

/**
 * The claims of sentence `at` are all opinions (check-worthiness under the threshold) of one source whose
 * check-worthy statement stands in the sentence before: "It's not safe for my members," after what the
 * union said of the cells.
 */
function opinionAfterOwnStatement(
  byAnySentence: ReadonlyMap<number, Analysed[]>,
  at: number,
  sameSource: (a: number, b: number) => boolean,
): boolean {
  const opinions = byAnySentence.get(at);
  if (!opinions || opinions.some((o) => o.claim.checkworthiness === undefined || o.claim.checkworthiness >= CHECKWORTHINESS_THRESHOLD))
    return false;
  const owner = opinions[0]!.claim.index;
  if (!opinions.every((o) => sameSource(o.claim.index, owner))) return false;
  return (byAnySentence.get(at - 1) ?? []).some(
    (a) => sameSource(a.claim.index, owner) && (a.claim.checkworthiness ?? 1) >= CHECKWORTHINESS_THRESHOLD,
  );
}

/** Subject words a denial's "claim that …" clause must spell out before it is taken to say what it denies. */
const SPELLED_OUT_WORDS = 2;

/**
 * The subject words of what a denial says it denies when it spells it out after the statement it
 * names: "doubl", "moor", "charg" of "rejected claims that it doubled the mooring charges",
 * "plan", "sell", "marina" of "denied reports that it was planning to sell the marina".
 * Empty when it names the statement without saying what it was ("rejected the claims").
 */
function spelledOutDenied(denial: Analysed): string[] {
  const words = denial.claim.words;
  const all = words.all;
  for (let i = 0; i + 1 < all.length; i++) {
    if (!REFERENTS.has(all[i]!.lower) || all[i + 1]!.lower !== 'that') continue;
    const keys = tieStems(words);
    const from = all[i + 1]!.end;
    const stems = words.content
      .map((word, k) => (word.start >= from && !word.capitalised ? keys[k]! : ''))
      .filter((stem) => stem !== '' && denial.subject.has(stem));
    return stems.length >= SPELLED_OUT_WORDS ? stems : [];
  }
  return [];
}

/**
 * "its boats had been full all summer" / "The harbour board denied reports that it was planning to sell
 * the marina": a denial spelling out what it denies, in words the assertion does not use, answers another statement.
 */
function spellsOutOther(denial: Analysed, assertion: Analysed): boolean {
  if (!denial.denialVerb) return false;
  const denied = spelledOutDenied(denial);
  return denied.length > 0 && !denied.some((stem) => assertion.subject.has(stem) || assertion.claim.words.stems.has(stem));
}

/**
 * "The union said the depot's gym would close." / "The company denied that the depot's canteen would close.": the subject
 * of what the denial spells out after "denied that" and the subject the assertion opens on are two things (`subjectsApart`).
 */
function deniesOtherSubject(assertion: Analysed, denial: Analysed): boolean {
  const { all, content } = denial.claim.words;
  let from = -1;
  for (let i = 0; i + 1 < all.length; i++)
    if (all[i + 1]!.lower === 'that' && isDenialWord(all[i]!.lower)) {
      from = all[i + 1]!.end;
      break;
    }
  if (from < 0) return false;
  const at = content.findIndex((word) => word.start >= from);
  const denied = at < 0 ? null : clauseSubject(content, at);
  if (denied === null) return false;
  const told = assertion.claim.words.content;
  const said = clauseSubject(told, told[0]?.lower === 'that' ? 1 : 0);
  if (said === null) return false;
  const deniedKeys = new Set(topicKeys(denial.claim.words));
  const saidKeys = new Set(topicKeys(assertion.claim.words));
  return subjectsApart(
    said,
    denied,
    topicKeyOf,
    (key) => saidKeys.has(key),
    (key) => deniedKeys.has(key),
  );
}

/** Nouns of a whole territory after "across the", "throughout the": "across the country", "throughout the region". */
const WHOLE_TERRITORIES = new Set([
  'network',
  'airport',
  'country',
  'nation',
  'region',
  'state',
  'province',
  'county',
  'continent',
  'city',
  'town',
  'borough',
  'district',
]);
/** Prepositions before a name of a part of a whole: "on the Riverside route", "at Gate 4", "through Terminal 1". */
const PART_PREPOSITIONS = new Set(['in', 'at', 'on', 'through']);

/**
 * `part` names, after a preposition of place, a name (a capitalised word that is no month nor day of the week) that
 * `whole` does not say: "six buses were cancelled on the Riverside route" against "across the network".
 */
function namesPartApart(part: Analysed, whole: Analysed): boolean {
  const { content } = part.claim.words;
  for (let i = 0; i + 1 < content.length; i++) {
    if (!PART_PREPOSITIONS.has(content[i]!.lower)) continue;
    const name = content[i + 1]!.lower === 'the' ? content[i + 2] : content[i + 1];
    if (name === undefined || !name.capitalised) continue;
    if (((WORD_CLASSES.get(name.lower) ?? 0) & (WordClass.month | WordClass.weekday)) !== 0) continue;
    if (!whole.claim.words.content.some((word) => word.lower === name.lower)) return true;
  }
  return false;
}

/** Words before a whole territory after "across": "throughout the province", "across their county", "throughout our region". */
const WHOLE_OPENERS = new Set(['the', 'its', 'their', 'our']);

/** One word for a whole territory: "nationwide", "countrywide". */
const WHOLE_WORDS = new Set(['nationwide', 'countrywide', 'statewide', 'regionwide', 'nationally']);

/** The claim speaks of a whole country or region: "across the country", "nationwide" (a place it names then is a part). */
/** Words describing a source as another of its kind next to the story's: "the neighbouring X", "a nearby X". */
const NEIGHBOUR_WORDS = new Set(['neighbouring', 'neighboring', 'nearby', 'adjoining']);

/** The attribution (outside the content) calls the source neighbouring: "The neighbouring Rosmoor Water Board said …". */
function neighbouringSource(words: ClaimWords): boolean {
  const { all, content } = words;
  if (content === all) return false;
  // Outside the content is asked only of such a word: most claims have none.
  for (let i = 0; i + 1 < all.length; i++)
    if (NEIGHBOUR_WORDS.has(all[i]!.lower) && all[i + 1]!.capitalised && !content.includes(all[i]!)) return true;
  return false;
}

/** Relative pronouns and verbs of a relative clause saying its noun lies next to a named place: "which borders Vardholm". */
const RELATIVES = new Set(['which', 'that']);
const BORDER_VERBS = new Set(['borders', 'adjoins']);

/**
 * The claim describes the source or the area it tells of as bordering a named place ("The Quillby council, which borders
 * Vardholm, counted 95"): the neighbour's figures against the story's, as "the neighbouring Quillby council" is.
 */
function bordersNamedPlace(all: ClaimWords['all']): boolean {
  for (let i = 0; i + 2 < all.length; i++)
    if (RELATIVES.has(all[i]!.lower) && BORDER_VERBS.has(all[i + 1]!.lower) && all[i + 2]!.capitalised) return true;
  return false;
}

/** Prepositions placing what a claim tells in a neighbour's area: "in neighbouring Dalby county", "at the nearby Ost mine". */
const NEIGHBOUR_PLACE_PREPOSITIONS = new Set(['in', 'at', 'across', 'throughout']);

/**
 * The content tells of a named neighbour of the story's place ("In neighbouring Dalby county, 300 homes were hit"): that
 * area's figures against the story's, as a neighbouring source's are. Another time set apart ("last week") on the other
 * side must not make the two one event.
 */
function neighbouringPlace(content: ClaimWords['content']): boolean {
  for (let i = 0; i + 2 < content.length; i++) {
    if (!NEIGHBOUR_PLACE_PREPOSITIONS.has(content[i]!.lower)) continue;
    const k = content[i + 1]!.lower === 'the' ? i + 2 : i + 1;
    if (NEIGHBOUR_WORDS.has(content[k]?.lower ?? '') && content[k + 1]?.capitalised === true) return true;
  }
  return false;
}

function speaksOfWhole(all: ClaimWords['all']): boolean {
  for (let i = 0; i < all.length; i++) {
    const lower = all[i]!.lower;
    if (WHOLE_WORDS.has(lower)) return true;
    if (
      (lower === 'across' || lower === 'throughout') &&
      WHOLE_OPENERS.has(all[i + 1]?.lower ?? '') &&
      WHOLE_TERRITORIES.has(all[i + 2]?.lower ?? '')
    )
      return true;
  }
  return false;
}

/** `score`, or the score `otherwise` gives when `score` is below `MIN_DISAGREEMENT_SCORE` (asked only then). */
function atLeastMin(score: number, otherwise: () => number): number {
  return score >= MIN_DISAGREEMENT_SCORE ? score : Math.max(score, otherwise());
}

/**
 * "wells No. 1 and No. 3", "No 10 said": "no" before a number (a dot after it, or capitalised inside the claim) is the sign
 * of a number, an abbreviation of "number", and negates nothing.
 */
export function isNumberSign(words: ClaimWords, i: number): boolean {
  const word = words.content[i]!;
  const next = words.content[i + 1];
  if (word.lower !== 'no' || next === undefined || !isNumberWord(next.lower)) return false;
  return words.text.charAt(word.end) === '.' || (word.capitalised && word.start > 0);
}

/** Adverbs that make "not" the first half of a correlative pair: "not only …, but (also) …", "not just", "not merely". */
const CORRELATIVE_ADVERBS = new Set(['only', 'just', 'merely']);

/**
 * "was not only her first No. 1 but also the fastest-selling debut": "not" before "only", "just" or "merely" with a "but"
 * later in the claim adds a second thing to the first; it negates nothing.
 */
export function opensCorrelative(content: readonly ConflictWord[], i: number): boolean {
  if (content[i]!.lower !== 'not' || !CORRELATIVE_ADVERBS.has(content[i + 1]?.lower ?? '')) return false;
  for (let k = i + 2; k < content.length; k++) if (content[k]!.lower === 'but') return true;
  return false;
}

/** How many sentences before a negated claim the assertion it answers on one word and a kind of what it names may stand. */
const FAR_KIND_SENTENCES = 8;

/**
 * "twelve midwives had resigned since January" / seven sentences on, another source: "no nurses had
 * resigned this year": a negated claim answers an assertion up to `FAR_KIND_SENTENCES` before it on one
 * shared word (not who it negates) when a noun of the negated claim is a kind of a noun of the assertion, or the other way round ("nurses" / "midwives", "depots" / "the warehouse",
 * `kindOfOneAnother`). Both are forecasts or neither, and nothing competes: no claim of a third source
 * between them has that word.
 */
function farKindDenial(
  assertion: Analysed,
  denial: Analysed,
  stems: readonly string[],
  bySubject: ReadonlyMap<string, Analysed[]>,
  sameSource: (a: number, b: number) => boolean,
): number {
  const distance = denial.claim.sentenceIndex - assertion.claim.sentenceIndex;
  if (stems.length !== 1 || distance < 1 || distance > FAR_KIND_SENTENCES) return 0;
  if (!denial.negated || denial.denialVerb || denial.anaphoric || assertion.future !== denial.future) return 0;
  const stem = stems[0]!;
  if (denial.negatedSubject.has(stem)) return 0;
  // Who or what is negated stands between the negation and the shared word; in the assertion, before that word.
  const denied = nounsBefore(denial.claim.words, stem, true);
  const asserted = nounsBefore(assertion.claim.words, stem, false);
  if (!denied.some((noun) => asserted.some((other) => kindOfNouns(noun, other)))) return 0;
  return competes(stem, assertion, denial, bySubject, sameSource) ? 0 : MIN_DISAGREEMENT_SCORE;
}

/** How far back a negated claim answers an assertion on one shared word and a kind of what it negates (`negatedKindDenial`). */
const NEGATED_KIND_SENTENCES = 4;
/** How many words after the negation `negatedKindDenial` reads as what is negated: an act, its object and a phrase after it. */
const NEGATED_KIND_WINDOW = 8;
/** Words that end the negated clause. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([',', ';', ':', 'and', 'but', 'because', 'while', 'although']);

/**
 * "managers at the resort took the passports of 60 workers" / two sentences on, another source: "the resort did not hold
 * the travel documents of any employee": a negated claim answers an assertion a few sentences before it
 * (`NEGATED_KIND_SENTENCES`) when a noun of what it negates (not who: "no worker had …") is a kind of a noun of the
 * assertion or the other way round (`kindOfNouns`: passport / document, outboard / engine, shot / weapon, worker /
 * employee), and one more tie holds: a shared subject word or a second noun so met: the thing denied is the thing told,
 * named by a broader or a narrower noun. A denial of another act by the same
 * actor names another thing ("had never paid any official" after "guards beat three fishermen") and stays apart. The denial
 * is a statement of fact, neither is a forecast or a hedge, and nothing competes: no claim of a third source between
 * them has the shared word or the noun met.
 */
function negatedKindDenial(
  assertion: Analysed,
  denial: Analysed,
  stems: readonly string[],
  bySubject: ReadonlyMap<string, Analysed[]>,
  sameSource: (a: number, b: number) => boolean,
): number {
  const distance = denial.claim.sentenceIndex - assertion.claim.sentenceIndex;
  if (stems.length > 1 || distance < 1 || distance > NEGATED_KIND_SENTENCES) return 0;
  if (!denial.negated || denial.anaphoric || denial.hedged || denial.future) return 0;
  if (assertion.forecastOnly || assertion.future || assertion.hedged) return 0;
  if ((denial.claim.checkworthiness ?? 1) < CHECKWORTHINESS_THRESHOLD) return 0;
  const { content } = denial.claim.words;
  const ties = tieStems(denial.claim.words);
  // The assertion's nouns, those of its figures too ("60 foreign workers" / "any employee"); a verb's form is no noun
  // ("neared" is no kind of "movements").
  const asserted = assertion.claim.words.content
    .filter((word) => !word.capitalised && !verbForm(word.lower))
    .map((word) => singular(word.lower));
  // What it negates: the words after its first negation, up to the end of their clause.
  const negation = content.findIndex((word) => isNegation(word.lower) || word.lower === 'no' || ZERO_WORDS.has(word.lower));
  if (negation < 0) return 0;
  // The assertion's nouns met by a kind of one another, each once: "passports" by "documents", "workers" by "employee".
  // One of them at least is a thing: people named by a kind of one another ("official" / "officers") are who, not what.
  const met = new Set<string>();
  let thing = false;
  for (let i = negation + 1; i < Math.min(content.length, negation + 1 + NEGATED_KIND_WINDOW); i++) {
    if (CLAUSE_ENDS.has(content[i]!.lower)) break;
    const stem = ties[i]!;
    if (stem === '' || stems.includes(stem) || denial.negatedSubject.has(stem) || content[i]!.capitalised) continue;
    const noun = singular(content[i]!.lower);
    if (verbForm(noun)) continue;
    for (const other of asserted) {
      if (!kindOfNouns(noun, other)) continue;
      met.add(topicKeyOf(other));
      if (!isPersonNoun(noun) && !isPeopleNoun(noun)) thing = true;
    }
  }
  if (!thing || stems.length + met.size < 2) return 0;
  const tying = [...stems, ...met];
  return tying.some((stem) => competes(stem, assertion, denial, bySubject, sameSource)) ? 0 : MIN_DISAGREEMENT_SCORE;
}

/** A past or an -ing form, read as a verb's (`negatedKindDenial` compares nouns). */
function verbForm(lower: string): boolean {
  return lower.endsWith('ed') || lower.endsWith('ing');
}

/**
 * "the company had turned away 300 passengers with booked tickets over the weekend" / three paragraphs on, another
 * source: "nobody holding a ticket had been refused travel that weekend": a negated claim answers an assertion up to
 * `FAR_KIND_SENTENCES` before it (as far as a reply on a kind of its noun) when they share two subject words, one of them what the negation says no to (not
 * who it speaks of), the reply is check-worthy (a statement of fact, no view), the assertion tells something done (no
 * forecast only), and nothing competes: no claim of a third source between them has any of those words.
 */
function denialParagraphsOn(
  assertion: Analysed,
  denial: Analysed,
  stems: readonly string[],
  bySubject: ReadonlyMap<string, Analysed[]>,
  sameSource: (a: number, b: number) => boolean,
): number {
  const distance = denial.claim.sentenceIndex - assertion.claim.sentenceIndex;
  // "There has been no lockout." paragraphs after "That's a lockout, plain and simple.": the one thing said not to
  // exist is enough, as two subject words are otherwise.
  // The assertion names that thing by the same noun ("a lockout"): "60 cellars had been flooded" tells of an event that
  // "there had been no flooding" may not deny, four sentences on.
  const existing =
    stems.length === 1 &&
    denial.existential !== null &&
    stems[0] === denial.existential.key &&
    assertion.claim.words.content.some((word) => word.lower === denial.existential!.word);
  if ((stems.length < 2 && !existing) || distance <= NEAR_SENTENCES || distance > FAR_KIND_SENTENCES) return 0;
  if (!denial.negated || denial.anaphoric || denial.hedged || assertion.forecastOnly) return 0;
  // So far on, only a statement of fact answers: "Nobody wants their lectures cancelled" is a view, no reply to a count.
  // "There has been no lockout" says a thing was not, a statement of fact however short.
  if (!existing && (denial.claim.checkworthiness ?? 1) < CHECKWORTHINESS_THRESHOLD) return 0;
  if (!stems.some((stem) => denial.negatedStems.has(stem) && !denial.negatedSubject.has(stem))) return 0;
  return stems.some((stem) => competes(stem, assertion, denial, bySubject, sameSource)) ? 0 : MIN_DISAGREEMENT_SCORE;
}

/**
 * The mirror of `denialParagraphsOn`: "The auditors said the boilers at the depot had not been checked for four years." /
 * three paragraphs on, another source: "the boilers were checked last spring". An assertion up to
 * `FAR_KIND_SENTENCES` after a negated claim answers it when they share two subject words, one of them what the negation
 * says no to (not who it speaks of), the negation is a statement of fact (check-worthy, no denial verb, no pointing back,
 * no forecast or hedge), the assertion tells something done (no forecast, no hedge), and nothing competes: no claim of a
 * third source between them has any of those words. Nearer, two words already tie them (`denialScore`).
 */
function assertedParagraphsOn(
  assertion: Analysed,
  negation: Analysed,
  stems: readonly string[],
  bySubject: ReadonlyMap<string, Analysed[]>,
  sameSource: (a: number, b: number) => boolean,
): number {
  const distance = assertion.claim.sentenceIndex - negation.claim.sentenceIndex;
  if (distance <= NEAR_SENTENCES || distance > FAR_KIND_SENTENCES) return 0;
  if (!negation.negated || negation.denialVerb || negation.anaphoric || negation.hedged || negation.future) return 0;
  if (assertion.forecastOnly || assertion.future || assertion.hedged) return 0;
  if ((negation.claim.checkworthiness ?? 1) < CHECKWORTHINESS_THRESHOLD) return 0;
  // Figures on both sides are compared as figures ("did not fell 60 trees" / "counted 20 stumps").
  if (negation.measured.length > 0 && assertion.measured.length > 0) return 0;
  const tying = stems.filter((stem) => negation.subject.has(stem));
  if (tying.length < 2 || !tying.some((stem) => negation.negatedStems.has(stem) && negatesAfterWho(negation, stem))) return 0;
  return tying.some((stem) => competes(stem, negation, assertion, bySubject, sameSource)) ? 0 : MIN_DISAGREEMENT_SCORE;
}

/**
 * Whether `stem` stands after the claim's first "not", "never", "no" or zero and after who that negation speaks of: what it
 * says was not done. "no sick calf had ever been sent to the sale" negates the sending, not the sickness; "left the
 * meeting after the board refused to lift its price" has no such word (a refusal in a clause of time is no statement of fact).
 */
function negatesAfterWho(negation: Analysed, stem: string): boolean {
  const { content } = negation.claim.words;
  const ties = tieStems(negation.claim.words);
  const at = content.findIndex((word) => isNegation(word.lower) || word.lower === 'no' || ZERO_WORDS.has(word.lower));
  if (at < 0) return false;
  let who = -1;
  for (let i = at + 1; i < content.length; i++) if (negation.negatedSubject.has(ties[i]!)) who = i;
  for (let i = Math.max(at, who) + 1; i < content.length; i++) if (ties[i] === stem) return true;
  return false;
}

/** Nouns of a plan "no" says there is none of: "no plans to close", "no decision had been taken on", "no intention of". */
const PLAN_NOUNS = new Set(['plan', 'plans', 'decision', 'decisions', 'intention', 'intentions', 'proposal', 'proposals', 'discussion']);
/** Words after such a noun that say nothing of what was planned: "no decision had been taken on the furnace". */
const PLAN_FILLERS = new Set(['has', 'have', 'had', 'been', 'was', 'were', 'is', 'are', 'yet', 'taken', 'made', 'reached', 'whatsoever']);
/** Verbs of intending that make an assertion a plan without "will" or "would": "planned to shut", "is preparing to sell". */
const PLANNING_WORDS = new Set('plan plans planned planning preparing prepares intends intended proposes proposed'.split(' '));
/** Words right before a figure saying the true one is far from it: "nowhere near 140", "nothing like £40,000", "not even close to". */
const FAR_OFF_PHRASES: ReadonlyArray<readonly string[]> = [
  ['nowhere', 'near'],
  ['not', 'anywhere', 'near'],
  ['nothing', 'like'],
  ['not', 'even', 'close', 'to'],
  ['not', 'close', 'to'],
];

/** The figures a claim calls far off ("the number was nowhere near 140"), as intervals with their kind and unit. */
function figuresCalledFarOffIn(claim: DisagreementClaim): Array<{ kind: string; unit: string | null; interval: [number, number] }> {
  const { content } = claim.words;
  const found: Array<{ kind: string; unit: string | null; interval: [number, number] }> = [];
  for (const q of claim.quantities) {
    if (q.kind === 'date') continue;
    // The figure's first word ("40,000" of "£40,000").
    const at = content.findIndex((word) => word.start >= q.start - claim.offset && word.start < q.end - claim.offset);
    if (at < 0 || !FAR_OFF_PHRASES.some((phrase) => phrase.every((word, k) => content[at - phrase.length + k]?.lower === word))) continue;
    const interval = exactInterval(q);
    if (interval) found.push({ kind: q.kind, unit: q.unit, interval });
  }
  return found;
}

/** The figure's own bounds, with no tolerance (measures' `intervalOf` widens them): "nowhere near 22" answers 22 only. */
function exactInterval(q: Quantity): [number, number] | null {
  const low = q.low ?? q.value;
  const high = q.high ?? q.value;
  return low === null || high === null ? null : [low, high];
}

/** How many sentences back the figure a claim calls far off may have been given. */
const FAR_OFF_SENTENCES = 16;

/**
 * "22 nurses had been moved" / another source, paragraphs on: "the figure was nowhere near 22": a figure called far off
 * (`FAR_OFF_PHRASES`) is denied; the claim answers the latest statement of another source before it giving that figure
 * (same kind of amount and unit, the same value), whatever its words: repeating the figure names what it denies.
 */
function figuresCalledFarOff(analysed: readonly Analysed[], sameSource: (a: number, b: number) => boolean): Disagreement[] {
  const found: Disagreement[] = [];
  for (let d = 0; d < analysed.length; d++) {
    const denial = analysed[d]!;
    // Most claims name no figure far off: a cheap test of the words first.
    if (!denial.claim.words.content.some((word) => word.lower === 'near' || word.lower === 'like' || word.lower === 'close')) continue;
    const denied = figuresCalledFarOffIn(denial.claim);
    if (denied.length === 0) continue;
    for (let a = d - 1; a >= 0; a--) {
      const assertion = analysed[a]!;
      if (denial.claim.sentenceIndex - assertion.claim.sentenceIndex > FAR_OFF_SENTENCES) break;
      if (assertion.claim.sentenceIndex >= denial.claim.sentenceIndex || sameSource(assertion.claim.index, denial.claim.index)) continue;
      const gives = assertion.claim.quantities.some((q) => {
        const interval = q.kind === 'date' ? null : exactInterval(q);
        return interval !== null && denied.some((x) => x.kind === q.kind && x.unit === q.unit && compatible(x.interval, interval));
      });
      if (!gives) continue;
      found.push(denialOf(assertion, denial, [], MIN_DISAGREEMENT_SCORE + 1));
      break;
    }
  }
  return found;
}

/** How many sentences before "no plans to …" the plan it denies may stand (a reply paragraphs on, as a document's finding). */
const PLAN_SENTENCES = 16;
/** How many words after the plan noun say what it was of. */
const PLAN_OBJECT_WORDS = 10;

/**
 * The topic keys of what a claim says there is no plan of ("close", "depot" of "has no plans to close any of its
 * depots"; "furnace" of "no decision had been taken on the furnace"), and the key of the verb after "to" ("close"), what
 * the plan would do; null when it says no "no plans", "no decision".
 */
function deniedPlan(words: ClaimWords): { of: Set<string>; act: string | null } | null {
  const { content } = words;
  for (let i = 0; i < content.length - 1; i++) {
    if (content[i]!.lower !== 'no') continue;
    // "no plans", "no firm plans", "no final decision".
    const noun = PLAN_NOUNS.has(content[i + 1]!.lower) ? i + 1 : PLAN_NOUNS.has(content[i + 2]?.lower ?? '') ? i + 2 : -1;
    if (noun < 0) continue;
    const ties = tieStems(words);
    const of = new Set<string>();
    for (let k = noun + 1; k < Math.min(content.length, noun + 1 + PLAN_OBJECT_WORDS); k++)
      if (ties[k] !== '' && !PLAN_FILLERS.has(content[k]!.lower)) of.add(ties[k]!);
    return { of, act: content[noun + 1]?.lower === 'to' && ties[noun + 2] ? ties[noun + 2]! : null };
  }
  return null;
}

/** The claim tells of a plan or what will be: "will", "would", "planned to", "is preparing to", "is to leave". */
function tellsPlan(a: Analysed): boolean {
  if (a.future) return true;
  const { content } = a.claim.words;
  return content.some(
    (word, i) => PLANNING_WORDS.has(word.lower) || ((word.lower === 'is' || word.lower === 'are') && content[i + 1]?.lower === 'to'),
  );
}

/**
 * "the mill planned to shut its second kiln" / another source: "no decision had been taken on the kiln"; "the
 * borough will close the lido in May" / paragraphs on: "the borough has no plans to close the lido": a claim that there
 * is no plan (`PLAN_NOUNS`) answers a plan or forecast of another source up to `PLAN_SENTENCES` before it on a word of
 * what the plan is of (on its verb, "to close", or two words), nothing competing (no claim of a third source between
 * them having that word).
 */
function planDenied(
  assertion: Analysed,
  denial: Analysed,
  stems: readonly string[],
  bySubject: ReadonlyMap<string, Analysed[]>,
  sameSource: (a: number, b: number) => boolean,
): number {
  const distance = denial.claim.sentenceIndex - assertion.claim.sentenceIndex;
  if (stems.length === 0 || distance < 1 || distance > PLAN_SENTENCES || !denial.negated || denial.hedged) return 0;
  if (!tellsPlan(assertion)) return 0;
  const plan = deniedPlan(denial.claim.words);
  const tying = plan === null ? [] : stems.filter((stem) => plan.of.has(stem));
  // "no plans to sell ships" is no answer to "would lay up four of its ships": what the plan would do must be said of it.
  if (tying.length === 0 || (plan!.act !== null && !tying.includes(plan!.act) && tying.length < 2)) return 0;
  return tying.every((stem) => competes(stem, assertion, denial, bySubject, sameSource)) ? 0 : MIN_DISAGREEMENT_SCORE;
}

/**
 * "Pryce said officials ordered residents … to leave at 10.45pm." / "Ivo Brandt, who runs the Ferry Inn on Mill Row,
 * remembers it differently." / "'There was no evacuation order.'": a negated claim two sentences after an assertion
 * stands right after it when the sentence between holds no claim of any source (`sourced`: the reporter's background,
 * a lead-in given no source), as one after a question does. Read as passing over the denier's own claims between, it
 * added five false conflicts on the tune half and found nothing more.
 */
function bridged(assertion: Analysed, denial: Analysed, sourced: ReadonlySet<number>): boolean {
  return (
    !denial.anaphoric && denial.claim.sentenceIndex - assertion.claim.sentenceIndex === 2 && !sourced.has(denial.claim.sentenceIndex - 1)
  );
}

/**
 * "categorically denied that any child had been served out-of-date food": a denial that spells out what it denies
 * (`spelledOutWords`, two words at least) answers the assertions that share the most of it, two words at least, not one
 * nearer that shares a word or none ("fined in 2019 for selling out-of-date sandwiches" right before it, "served the
 * company with a notice"): the others are dropped from `passing` (sorted by score, kept so).
 */
function answersWhatItSpellsOut(denial: Analysed, passing: Disagreement[]): void {
  if (passing.length < 2) return;
  const spelled = spelledOutWords(denial).words;
  if (spelled.size < SPELLED_OUT_WORDS) return;
  const overlap = passing.map((candidate) => candidate.shared.filter((stem) => spelled.has(stem)).length);
  const best = Math.max(...overlap);
  if (best < SPELLED_OUT_WORDS) return;
  const kept = passing.filter((_, k) => overlap[k] === best);
  passing.splice(0, passing.length, ...kept);
}

/** How many sentences before a denial spelling out what it denies the assertion it answers on two words may stand. */
const SPELLED_FAR_SENTENCES = 12;

/** Punctuation between two words that ends a clause. */
const CLAUSE_BREAK = /[,;:]/;
/** Words opening a condition, whose clause asserts nothing: "if", "unless". */
const CONDITION_OPENERS = new Set(['if', 'unless']);

/**
 * The subject words of what a denial spells out that it denies, however it names it: after "that" following a word of
 * denial, a statement it names or a word calling it untrue ("categorically denied that any child had been served …",
 * "rejected claims that …", "It is untrue that inspectors found …"), or after "of" following a statement it names
 * right after a word of denial ("dismissed reports of a regulatory investigation"); `acts`, those of them right after
 * an auxiliary ("had ignored", "had been served"): what it says was not done. Empty when it says no more than that it
 * denies ("denied this", "rejected the claims").
 */
function spelledOutWords(denial: Analysed): { words: Set<string>; acts: Set<string> } {
  const words = denial.claim.words;
  const all = words.all;
  const found = { words: new Set<string>(), acts: new Set<string>() };
  for (let i = 0; i + 1 < all.length; i++) {
    const lower = all[i]!.lower;
    const next = all[i + 1]!.lower;
    const opens =
      (next === 'that' && (REFERENTS.has(lower) || UNTRUE_WORDS.has(lower) || isDenialWord(lower))) ||
      (next === 'of' && REFERENTS.has(lower) && i > 0 && isDenialWord(all[i - 1]!.lower));
    if (!opens) continue;
    const keys = tieStems(words);
    const from = all[i + 1]!.end;
    for (let k = 0; k < words.content.length; k++) {
      const word = words.content[k]!;
      if (word.start < from) continue;
      // What it denies ends with its clause: "dismissed reports of 14-hour shifts as 'recycled gossip', saying …".
      if (word.lower === 'as' || CLAUSE_BREAK.test(words.text.slice(words.content[k - 1]!.end, word.start))) break;
      const key = keys[k]!;
      if (word.capitalised || key === '' || !denial.subject.has(key)) continue;
      found.words.add(key);
      const before = words.content[k - 1]?.lower ?? '';
      if (AUXILIARIES.has(before) || PASSIVE_BE.has(before)) found.acts.add(key);
    }
    return found;
  }
  return found;
}

/**
 * "The union also said drivers were regularly made to work 14-hour shifts." / a dozen sentences on, the company: "He
 * dismissed reports of 14-hour shifts as 'recycled gossip', saying no driver works more than ten hours a day."; "the
 * report says officers found raw meat stored beyond its use-by date" / "It is untrue that inspectors found any
 * out-of-date meat": a denial that spells out what it denies (`spelledOutWords`) answers an assertion of another source
 * up to `SPELLED_FAR_SENTENCES` before it on two subject words, as a denial right after a statement does on two, when
 * the assertion has half of what the denial spells out at least and every act it says was not done. Not a forecast
 * only, no hedge; nothing competes: no claim of a third source between them has a word of what it spells out that both
 * share.
 */
function spelledOutFarBack(
  assertion: Analysed,
  denial: Analysed,
  stems: readonly string[],
  bySubject: ReadonlyMap<string, Analysed[]>,
  sameSource: (a: number, b: number) => boolean,
): number {
  const distance = denial.claim.sentenceIndex - assertion.claim.sentenceIndex;
  if (stems.length < 2 || distance <= NEAR_SENTENCES || distance > SPELLED_FAR_SENTENCES) return 0;
  if (denial.hedged || assertion.forecastOnly || assertion.future !== denial.future) return 0;
  const spelled = spelledOutWords(denial);
  const tying = stems.filter((stem) => spelled.words.has(stem));
  // Half of what it spells out at least, and what it says was not done: "denied that her ministry had ignored the
  // warning" does not answer "We warned both ministries in May".
  if (tying.length === 0 || 2 * tying.length < spelled.words.size || [...spelled.acts].some((act) => !stems.includes(act))) return 0;
  return tying.every((stem) => competes(stem, assertion, denial, bySubject, sameSource)) ? 0 : MIN_DISAGREEMENT_SCORE;
}

/** A claim of a third source between the assertion and the denial has the word that ties them: it may be the one answered. */
function competes(
  stem: string,
  assertion: Analysed,
  denial: Analysed,
  bySubject: ReadonlyMap<string, Analysed[]>,
  sameSource: (a: number, b: number) => boolean,
): boolean {
  return (bySubject.get(stem) ?? []).some(
    (other) =>
      other !== assertion &&
      other.claim.sentenceIndex > assertion.claim.sentenceIndex &&
      other.claim.sentenceIndex < denial.claim.sentenceIndex &&
      !sameSource(other.claim.index, denial.claim.index) &&
      !sameSource(other.claim.index, assertion.claim.index),
  );
}

/** Two nouns, one a kind of the other: people by `sameGroup` ("employees" / "workers"), other things by `kindOfOneAnother`. */
function kindOfNouns(a: string, b: string): boolean {
  // (the pair keyed in one order, so "x y" and "y x" share a memo entry)
  return kindOfNounPair(a < b ? `${a} ${b}` : `${b} ${a}`);
}

const kindOfNounPair = boundedMemo((pair: string): boolean => {
  const [x, y] = pair.split(' ') as [string, string];
  return x !== y && (kindOfOneAnother(x, y) || sameGroup(x, y));
});

/**
 * The content words (singular) before the first word of topic key `stem`: after the last negation
 * or zero before it when `afterNegation` ("none of the company's depots would close" → company,
 * depot), else from the start; none when no such word or, after a negation, no negation before it.
 */
function nounsBefore(words: ClaimWords, stem: string, afterNegation: boolean): string[] {
  const ties = tieStems(words);
  const at = ties.indexOf(stem);
  if (at < 0) return [];
  let from = 0;
  if (afterNegation) {
    from = -1;
    for (let i = at - 1; i >= 0 && from < 0; i--) {
      const lower = words.content[i]!.lower;
      if (isNegation(lower) || ZERO_WORDS.has(lower) || lower === 'no') from = i + 1;
    }
    if (from < 0) return [];
  }
  return words.content.slice(from, at).map((word) => singular(word.lower));
}

/** Names (not places) both claims give in their content: "Weidegold" of "Weidegold cheese". */
function sharedNames(a: Analysed, b: Analysed): number {
  const places = new Set(
    [...a.claim.places, ...b.claim.places].flatMap((place) =>
      place
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .map(stemOfWord),
    ),
  );
  let count = 0;
  a.claim.words.stems.forEach((isName, stem) => {
    if (isName && b.claim.words.stems.get(stem) === true && !places.has(stem)) count++;
  });
  return count;
}

/**
 * "rejected Harbrook's claim that it raised the rent by 40 percent": a denial spelling out the owner's statement it
 * denies answers that statement only (two of those words in common), not another of the owner's; null for no such statement.
 */
function spelledOutOwned(denial: Analysed, owned: Analysed | null): Analysed | null {
  if (owned === null) return null;
  const denied = spelledOutDenied(denial);
  // Spelled out in two words at least (`SPELLED_OUT_WORDS`), it is that statement when it has two of them, as a restatement.
  return denied.length === 0 || denied.filter((stem) => owned.subject.has(stem)).length >= SPELLED_OUT_WORDS ? owned : null;
}

/**
 * The statement of the source a denial names by a common noun ("the society's numbers", "the
 * federation's account of the valve"), a few sentences before it: the latest that speaks of what the
 * denial speaks of (a subject word in common), else the latest.
 */
function ownersStatement(
  denial: Analysed,
  bySentence: ReadonlyMap<number, Analysed[]>,
  sameSource: (a: number, b: number) => boolean,
  analysed: readonly Analysed[],
): Analysed | null {
  const owner = denial.pointsAtOwner!;
  const fits = (a: Analysed): boolean =>
    (!denial.pointsAtFigures || a.measured.length > 0) &&
    // "rejected the residents' criticism": a statement of theirs given as a complaint, not any of their statements.
    (denial.pointsAtKind !== CRITICISM_KIND || a.frames.has(CRITICISM_KIND));
  // "dismissed the alliance's account" after its "40 pitches cleared from another market in 2022": an account dismissed
  // with no date is of the story's event, not of a year the owner recalls; such a statement is passed over when another is owned.
  const ofStory = (a: Analysed): boolean => denial.dates.length > 0 || !a.dates.some((date) => date.year !== undefined);
  const owned =
    latestAnswered(denial, bySentence, sameSource, OWNER_SENTENCES, (a) => isOwnedBy(a, owner) && fits(a) && ofStory(a)) ??
    latestAnswered(denial, bySentence, sameSource, OWNER_SENTENCES, (a) => isOwnedBy(a, owner) && fits(a));
  if (owned || analysed.some((a) => isOwnedBy(a, owner))) return owned;
  // "disputed the survey's central finding": a document no source goes by; its finding is the statement that opens on it
  // ("The survey, carried out by …, concluded that …"), said once, however far back.
  if (DOCUMENT_NOUNS.has(owner))
    return latestAnswered(denial, bySentence, sameSource, DOCUMENT_SENTENCES, (a) => opensOn(a, owner) && fits(a));
  if (!ownerIsPeople(denial, owner)) return null;
  // "called the family's account inaccurate" where no source goes by "the family": the account is the statement of
  // another source telling what the family did ("Ms Pearce said the family called 999 five times").
  return latestAnswered(denial, bySentence, sameSource, OWNER_SENTENCES, (a) => a.subject.has(owner) && fits(a));
}

/** Stems of documents a statement may be owned by without any source going by them: "the survey's finding", "the report's conclusions". */
const DOCUMENT_NOUNS = new Set(
  ['report', 'survey', 'study', 'audit', 'review', 'inquiry', 'assessment', 'analysis', 'inspection'].map(stemOfWord),
);
/** How far before a denial naming a document the statement of that document may stand. */
const DOCUMENT_SENTENCES = 16;
/** How many content words a statement's subject may span before its verb: "The survey, carried out by …". */
const SUBJECT_OPENING = 2;

/** The claim opens on the noun of stem `owner` ("The survey, carried out by …", "The report found …"), attribution or not. */
function opensOn(a: Analysed, owner: string): boolean {
  const { all } = a.claim.words;
  for (let i = 0; i < Math.min(SUBJECT_OPENING, all.length); i++) if (stemOfWord(all[i]!.lower) === owner) return true;
  return false;
}

/** Nouns of a group of people a statement may be owned by without any source going by them: "the family's account". */
const PEOPLE_GROUPS = new Set(['family', 'household', 'community', 'crew', 'couple', 'parents', 'relatives']);

/** The possessive owner a denial names (stem `owner`) is people, a person noun or a group of them ("the family's"), no document ("the report's"). */
function ownerIsPeople(denial: Analysed, owner: string): boolean {
  return denial.claim.words.all.some((word) => {
    const lower = word.lower.replace(/(?:'s|’s)$/, '');
    if (lower === word.lower || stemOfWord(lower) !== owner) return false;
    const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
    return PEOPLE_GROUPS.has(lower) || isPersonNoun(lower) || isPersonNoun(singular);
  });
}

/**
 * The statement up to `reach` sentences before a denial that it answers, of another source, no forecast only (unless
 * `forecasts`: a denial naming a forecast or a promise answers one), and as `fits` says: the latest that speaks of what
 * the denial speaks of (a subject word in common), else the latest.
 */
function latestAnswered(
  denial: Analysed,
  bySentence: ReadonlyMap<number, Analysed[]>,
  sameSource: (a: number, b: number) => boolean,
  reach: number,
  fits: (a: Analysed) => boolean,
  forecasts = false,
): Analysed | null {
  let latest: Analysed | null = null;
  for (let back = 1; back <= reach; back++) {
    for (const a of bySentence.get(denial.claim.sentenceIndex - back) ?? []) {
      if ((a.forecastOnly && !forecasts) || sameSource(a.claim.index, denial.claim.index) || !fits(a)) continue;
      if ([...denial.subject].some((stem) => a.subject.has(stem))) return a;
      latest ??= a;
    }
  }
  return latest;
}

/** The claim's source goes by the noun `owner` names it by: a noun the article calls it ("the society") or a word of its name ("federation"). */
function isOwnedBy(a: Analysed, owner: string): boolean {
  return (a.claim.sourceNouns?.includes(owner) ?? false) || (a.claim.sourceStems?.includes(owner) ?? false);
}

function sameMeasureKind(a: Analysed, b: Analysed): boolean {
  return a.measured.some((m) => b.measured.some((n) => n.key === m.key));
}

/**
 * "dismissed the figure of 600 drivers a day as guesswork" after "about 600 drivers a day were breaking the limit": a
 * denial verb whose own figure is the assertion's (one measure, compatible values, a noun or a measure word in common)
 * names what it denies, however far back it was said.
 */
function repeatsFigure(assertion: Analysed, denial: Analysed): boolean {
  const { content } = denial.claim.words;
  // "the claim that 140 employees had lost their jobs was untrue": the statement called untrue, spelled out.
  const calledUntrue = denial.denialVerb ? null : statementCalledUntrue(content);
  if (!denial.denialVerb && calledUntrue === null) return false;
  // The figure is the one denied ("the figure of 600", "an estimate of 4.5 percent"), not the denier's own ("saying police
  // had attended on only five occasions").
  const named = (n: Measured) =>
    (content[n.at - 1]?.lower === 'of' && FIGURE_REFERENTS.has(content[n.at - 2]?.lower ?? '')) ||
    (calledUntrue !== null && n.at > calledUntrue[0] && n.at < calledUntrue[1]);
  return denial.measured.some(
    (n) =>
      named(n) &&
      assertion.measured.some(
        (m) =>
          m.key === n.key &&
          compatible(m.interval, n.interval) &&
          (m.noun !== undefined ? m.noun === n.noun : [...m.words.keys()].some((word) => n.words.has(word))),
      ),
  );
}

/** Copulas before a word calling a statement untrue: "the claim … was untrue", "the figure … is false". */
const UNTRUE_COPULAS = new Set(['is', 'was', 'were', 'are', 'been', 'be']);
/** How many words a statement called untrue may spell out between its noun and the copula. */
const SPELLED_STATEMENT_WORDS = 24;

/**
 * "the claim that 140 employees had lost their jobs was untrue", "the figure of 310 parts per million was false": the
 * words of a statement a claim spells out after its noun ("claim", "report", "figure": `REFERENTS`, then "that" or "of")
 * and calls untrue after a copula, as content indices [noun, copula); null when it calls none so.
 */
function statementCalledUntrue(content: ClaimWords['all']): [number, number] | null {
  for (let i = 1; i < content.length; i++) {
    if (!UNTRUE_COPULAS.has(content[i]!.lower) || !callsUntrue(content, i + 1)) continue;
    for (let k = i - 2; k >= Math.max(0, i - SPELLED_STATEMENT_WORDS); k--) {
      const opener = content[k + 1]!.lower;
      if (REFERENTS.has(content[k]!.lower) && (opener === 'that' || opener === 'of')) return [k, i];
    }
  }
  return null;
}

/**
 * "Inspectors found asbestos in the roof." / "But the council said the roof panels were ordinary
 * fibreglass.": an assertion without a negation that answers the sentence right before it, of
 * another source, with a contrary one. Only a claim that says it answers (a contrast opening it,
 * a verb of answering back) and shares a subject word with that sentence: two assertions that
 * merely follow each other say two things.
 */
function counterDisagreements(
  analysed: readonly Analysed[],
  { bySentence }: AssertionIndex,
  sameSource: (a: number, b: number) => boolean,
  trace?: ConflictTrace,
): Disagreement[] {
  const found: Disagreement[] = [];
  for (const counter of analysed) {
    if (!counter.counters || counter.negated || counter.denialVerb || counter.hedged || counter.future) continue;
    let best: Disagreement | null = null;
    for (const assertion of bySentence.get(counter.claim.sentenceIndex - 1) ?? []) {
      if (assertion.future) continue;
      const gate = (g: ConflictGate): void => noteGate(trace, assertion.claim.index, counter.claim.index, g);
      if (sameSource(assertion.claim.index, counter.claim.index)) continue;
      if (differentEvents(assertion, counter)) {
        gate('evt');
        continue;
      }
      // "At least 20 were killed." / "But 22 were killed.": figures of one measure are compared as figures.
      if (sameMeasureKind(counter, assertion)) {
        gate('meas');
        continue;
      }
      const stems = [...counter.subject].filter((stem) => assertion.subject.has(stem));
      if (stems.length === 0) {
        gate('ties');
        continue;
      }
      gate('kept');
      const score = MIN_DISAGREEMENT_SCORE - 1 + stems.length;
      if (best && best.score >= score) continue;
      best = denialOf(assertion, counter, stems, score);
    }
    if (best) found.push(best);
  }
  return found;
}

/** The key of a denial in contrary states ("open" / "closed"): neither side denies in words, each contradicts the other. */
export const CONTRARY_KEY = 'contrary:';

/** Adds the state at content word i with the subject stems just before it, unless a particle makes another verb of it. */
function stateOf(
  words: ClaimWords,
  i: number,
  state: { state: string; pole: 0 | 1 },
  into: Analysed['states'],
  subject?: string,
  pronoun = false,
  named?: string,
  wordsAfter = 0,
  phrase = false,
): void {
  // "had run out of ballot papers", "ran for office": a particle makes another verb of it ("shut down" is still shut).
  // A phrase's noun ("at risk of collapse", "out of action for a week") is no verb a particle changes.
  if (!phrase && STATE_PARTICLES.has(words.content[i + 1]?.lower ?? '') && !predicateBeforeParticle(words.content, i)) return;
  const of: string[] = [];
  let nameWords: string[] | undefined;
  let happening = false;
  const end = Math.min(words.content.length, i + 1 + wordsAfter);
  for (let k = Math.max(0, i - STATE_SUBJECT_WINDOW); k < end; k++) {
    const stem = tieStems(words)[k]!;
    if (k !== i && stem !== '' && !words.content[k]!.capitalised && !CONTRARY_STATES.has(words.content[k]!.lower)) of.push(stem);
    // "the Montessa Bridge was closed" / "the bridge was open": a name's head that is a common noun is a subject word.
    const head = k === i ? undefined : nameHeadAt(words, k);
    if (head !== undefined) {
      of.push(head.key);
      nameWords = head.words;
    } else if (k !== i && stem !== '' && nameEndAt(words.content, k)) of.push(stem);
    if (wordsAfter > 0 && (GENERIC_EVENT_NOUNS.has(words.content[k]!.lower) || EVENT_KINDS.has(words.content[k]!.lower))) happening = true;
  }
  into.push({
    state: state.state,
    pole: state.pole,
    of,
    ...(happening ? { happening } : {}),
    ...(subject === undefined ? {} : { subject }),
    ...(pronoun ? { pronoun } : {}),
    ...(named === undefined ? {} : { named }),
    ...(nameWords === undefined ? {} : { nameWords }),
  });
}

/**
 * The last word of a name of two words or more at content word `k` ("Infirmary" of "Marrow Vale Infirmary was full",
 * "Street" of "at Dunlin Street was"): what the name is of, a subject word of a state as the bare noun is ("the hospital").
 */
function nameEndAt(content: ClaimWords['content'], k: number): boolean {
  return content[k]!.capitalised && content[k - 1]?.capitalised === true && content[k + 1]?.capitalised !== true;
}

/**
 * The head of a name of two words or more opened by "the" at content word `k` ("Bridge" of "the Montessa Bridge", "Line"
 * of "the Coastway Line"): its topic key, and the stems of the name's other words. A newspaper names a thing so
 * once and then calls it by its head ("the bridge", "the line").
 */
function nameHeadAt(words: ClaimWords, k: number): { key: string; words: string[] } | undefined {
  const { content } = words;
  const word = content[k]!;
  if (!word.capitalised || content[k + 1]?.capitalised === true || content[k - 1]?.capitalised !== true) return undefined;
  const key = tieStems(words)[k]!;
  if (key === '') return undefined;
  let start = k - 1;
  while (start > 0 && content[start - 1]!.capitalised) start--;
  if (start === 0 || content[start - 1]!.lower !== 'the') return undefined;
  const others: string[] = [];
  for (let m = start; m < k; m++) if (words.contentStems[m] !== '') others.push(words.contentStems[m]!);
  return others.length > 0 ? { key, words: others } : undefined;
}

/**
 * How many words after a word of intent what was done may stand: "had deliberately switched off the bridge alarm"
 * names the act after the adverb, "was silenced in error" before the phrase.
 */
const INTENT_OBJECT_WINDOW = 6;

/** The pole of intent a noun after its preposition says ("by mistake", "in error", "on purpose"), or null. */
function intentPhraseAt(words: ClaimWords, i: number): 0 | 1 | null {
  const phrase = INTENT_PHRASES.get(words.content[i]!.lower);
  return phrase !== undefined && words.content[i - 1]?.lower === phrase.preposition ? phrase.pole : null;
}

/**
 * The state a preposition and the noun at `i` say after a copula (`PHRASE_STATES`: "is at risk", "had been out of action",
 * "is on schedule"), with the copula's index; null when the noun has no such opener or no copula says it of a subject.
 */
function phraseStateAt(content: ClaimWords['content'], i: number): { state: { state: string; pole: 0 | 1 }; copula: number } | null {
  for (const { opener, state, pole } of PHRASE_STATES.get(content[i]!.lower) ?? []) {
    const openers = opener.split(' ');
    const start = i - openers.length;
    if (start < 0 || openers.some((word, k) => content[start + k]!.lower !== word)) continue;
    // "was two years behind schedule": how far behind stands between the copula and the phrase.
    const late = start >= 2 && TIME_UNITS.has(content[start - 1]!.lower) && opensBound(content[start - 2]!.lower) ? 2 : 0;
    const copula = copulaBefore(content, start - late);
    if (copula >= 0) return { state: { state, pole }, copula };
  }
  return null;
}

/** Negative prefixes of a state a word names without one: "understaffed" / "staffed", "uninsured" / "insured". */
const NEGATIVE_STATE_PREFIXES = ['non-', 'non', 'un'];
/** "under-" says too little of what the word says: contrary to the word only when said in full ("fully staffed" / "understaffed"). */
const SHORT_PREFIX = 'under';
const IN_FULL = new Set(['fully', 'properly', 'adequately', 'sufficiently', 'well']);
/** The shortest word a prefix is taken off: "unsafe" is listed, "united" ("ited") is no prefix. */
const MIN_PREFIXED_REST = 4;
const PREFIX_STATE = 'prefix:';

/**
 * The states a word after a copula names by its prefix, for words no list gives a contrary of: "uninsured" the
 * negative pole of "insured", "understaffed" of "staffed" said in full ("fully staffed"), and every other word the
 * positive pole of its own state (a contrary is found only where another source says the prefixed word).
 */
function prefixedStatesOf(lower: string, before: string): Array<{ state: string; pole: 0 | 1 }> {
  // "was fully staffed": the adverb is no state; the word after it is.
  if (STATE_ADVERBS.has(lower) || lower.endsWith('ly')) return [];
  const rest = lower.slice(SHORT_PREFIX.length);
  if (lower.startsWith(SHORT_PREFIX) && rest.length >= MIN_PREFIXED_REST)
    return [{ state: `${PREFIX_STATE}${SHORT_PREFIX}:${rest}`, pole: 1 }];
  for (const prefix of NEGATIVE_STATE_PREFIXES) {
    const rest = lower.slice(prefix.length);
    if (lower.startsWith(prefix) && rest.length >= MIN_PREFIXED_REST) return [{ state: `${PREFIX_STATE}${rest}`, pole: 1 }];
  }
  const own = [{ state: `${PREFIX_STATE}${lower}`, pole: 0 as const }];
  if (IN_FULL.has(before)) own.push({ state: `${PREFIX_STATE}${SHORT_PREFIX}:${lower}`, pole: 0 });
  return own;
}

/** The state WordNet's "profitable" / "unprofitable" name (`adjective-antonyms.json`), which phrases of profit and loss say too. */
const FINANCIAL_STATE = 'profitable/unprofitable';
/** Verbs a profit or a loss is the object of: "made a loss", "turned a profit", "posted an operating loss". */
const MAKING_VERBS = new Set(
  'make made makes making turn turned turns turning post posted posts posting record recorded records recording run ran runs running'.split(
    ' ',
  ),
);
const PROFIT_WORDS = new Set(['profit', 'profits']);
const LOSS_WORDS = new Set(['loss', 'losses']);
const LOSING_VERBS = new Set(['lose', 'loses', 'losing', 'lost']);
const FINANCIAL_STATE_WORDS = new Set([...PROFIT_WORDS, ...LOSS_WORDS, ...LOSING_VERBS, 'loss-making', 'red', 'black']);
/** How far before a profit or a loss the verb making it may stand: "made an operating loss". */
const MAKING_WINDOW = 3;

/**
 * Whether a business makes money, said in phrases rather than by "profitable" after a copula: 1 (losing money) for
 * "losing money", "loss-making", "made a loss", "at a loss", "in the red"; 0 for "turned a profit", "in profit", "in the
 * black"; null for a profit or a loss that is only a measure ("profit fell to £9 million", "the loss of 300 jobs").
 */
function financialPoleAt(content: ClaimWords['content'], i: number): 0 | 1 | null {
  const lower = content[i]!.lower;
  const next = content[i + 1]?.lower ?? '';
  const before = content[i - 1]?.lower ?? '';
  if (lower === 'loss-making' || (LOSS_WORDS.has(lower) && next === 'making')) return 1;
  if (LOSING_VERBS.has(lower)) return next === 'money' ? 1 : null;
  if (lower === 'red' || lower === 'black') return before === 'the' && content[i - 2]?.lower === 'in' ? (lower === 'red' ? 1 : 0) : null;
  const pole = PROFIT_WORDS.has(lower) ? 0 : 1;
  // "of 42 million euros" after it gives its size, still a loss made; "the loss of 300 jobs" is no loss of money.
  if (next === 'of' && !/\d|million|billion/.test(content[i + 2]?.lower ?? '')) return null;
  if ((before === 'in' && pole === 0) || (before === 'a' && content[i - 2]?.lower === 'at')) return pole;
  for (let k = i - 1; k >= Math.max(0, i - MAKING_WINDOW); k--) if (MAKING_VERBS.has(content[k]!.lower)) return pole;
  return null;
}

/**
 * Adds the states of words after a copula named by a prefix ("understaffed", "uninsured") and of the words they negate
 * ("fully staffed", "insured"), when the article says a prefixed word: most words after a copula are no state.
 */
function prefixedStates(analysed: readonly Analysed[]): void {
  const negated = new Set<string>();
  const statesAt = (a: Analysed, [i]: [number, number]) =>
    prefixedStatesOf(a.claim.words.content[i]!.lower, a.claim.words.content[i - 1]!.lower);
  for (const a of analysed)
    for (const at of a.predicates) for (const state of statesAt(a, at)) if (state.pole === 1) negated.add(state.state);
  if (negated.size === 0) return;
  for (const a of analysed) {
    const words = a.claim.words;
    for (const at of a.predicates) {
      const copula = at[1];
      for (const state of statesAt(a, at)) {
        if (!negated.has(state.state)) continue;
        stateOf(
          words,
          at[0],
          state,
          a.states,
          definiteSubject(words, copula),
          pronounSubject(words, copula),
          definiteSubject(words, copula, true),
        );
      }
    }
  }
}

/** Pronouns a state is said of in place of the thing named before: "It is understaffed.", "They were unsafe." */
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'this']);

/** The copula at `k` says a state of a pronoun standing for something named before ("It is understaffed."). */
function pronounSubject(words: ClaimWords, k: number): boolean {
  return SUBJECT_PRONOUNS.has(words.content[k - 1]?.lower ?? '');
}

/**
 * The copula a negation sets before a state word at `i` ("isn't" of "It isn't safe", "was" of "the pool was not open",
 * an adverb allowed between): its index, the subject standing before it; -1 for none.
 */
function negatedCopulaBefore(content: ClaimWords['content'], i: number): number {
  let k = i - 1;
  const adverb = lowerAt(content, k);
  if (STATE_ADVERBS.has(adverb) || (adverb.endsWith('ly') && adverb.length > 4)) k--;
  if (NEGATED_COPULAS.has(lowerAt(content, k))) return k;
  return lowerAt(content, k) === 'not' && COPULAS.has(lowerAt(content, k - 1)) ? k - 1 : -1;
}

/** Verbs a state is said with: "the driver was sober", "the works remained profitable". */
const COPULAS = new Set([...BE_FORMS, 'remain', 'remains', 'remained', 'stay', 'stays', 'stayed', 'became', 'become', 'becomes']);
/** Adverbs that may stand between a copula and its state: "was structurally unsound", "is now clean". */
const STATE_ADVERBS = new Set(['now', 'still', 'fully', 'completely', 'entirely', 'perfectly', 'quite', 'very', 'always', 'already']);

/** The index of the copula saying the word at `i` of its subject, at most one adverb between; -1 when it is none (a modifier). */
function copulaBefore(content: ClaimWords['content'], i: number): number {
  let k = i - 1;
  // "is the most dangerous", "is one of the safest": a superlative says the state of its subject too.
  if (lowerAt(content, k) === 'most') k--;
  if (lowerAt(content, k) === 'the') {
    k--;
    if (lowerAt(content, k) === 'of' && lowerAt(content, k - 1) === 'one') k -= 2;
  }
  const adverb = lowerAt(content, k);
  if (STATE_ADVERBS.has(adverb) || (adverb.endsWith('ly') && adverb.length > 4)) k--;
  return COPULAS.has(lowerAt(content, k)) ? k : -1;
}

/** The suffix of a comparative's state: "lower than" is contrary to "higher than", not to "high". */
const COMPARATIVE_STATE = '>';

/**
 * The comparative at content word `i`: "lower" (of "low"), or "more" / "less" before an adjective of states ("less
 * frequent" says the other pole's way, `flip`); `last` its last word. Null for anything else ("more buses", "a lower").
 */
function comparativeAt(content: ClaimWords['content'], i: number): { base: string; flip: boolean; last: number } | null {
  const lower = content[i]!.lower;
  if (lower === 'more' || lower === 'less') {
    const next = lowerAt(content, i + 1);
    return next !== '' && contraryStatesOf(next).some((state) => state.predicative)
      ? { base: next, flip: lower === 'less', last: i + 1 }
      : null;
  }
  const base = baseOfComparative(lower);
  return base === null ? null : { base, flip: false, last: i };
}

/** How far after a comparative its "than" may stand, and how many words of the baseline after it are read. */
const THAN_AFTER = 3;
const BASELINE_WORDS = 3;
/** Words of a baseline that name nothing of it: "than in 2019", "than the diesel buses". */
const BASELINE_FILLERS = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'during', 'those', 'that', 'it', 'they', 'its']);

/**
 * The words after the "than" of the comparative ending at `last` ("2019" of "lower than in 2019"), or after the "as" of
 * "the same as" (`opener`), or undefined; the stems of the capitalised ones ("Castle Street") go into `names` when given.
 */
function baselineOf(words: ClaimWords, last: number, names?: string[], opener: 'than' | 'as' = 'than'): string[] | undefined {
  const content = words.content;
  for (let k = last + 1; k <= Math.min(content.length - 1, last + THAN_AFTER); k++) {
    if (content[k]!.lower !== opener) continue;
    const than: string[] = [];
    for (let j = k + 1; j < content.length && than.length < BASELINE_WORDS; j++) {
      if (!BASELINE_FILLERS.has(content[j]!.lower)) {
        // "than last year" and "than a year ago" compare with one year, "than in 2019" with another than "than in 2021":
        // a unit of time is a stop word and a year a number, not here.
        const lower = content[j]!.lower;
        than.push(stemOfWord(lower) || (isTimeUnit(lower) || isYear(lower) ? lower : ''));
        if (content[j]!.capitalised && than.at(-1) !== '') names?.push(than.at(-1)!);
      }
      if (/[,.;:!?]/.test(words.text.slice(content[j]!.end, content[j + 1]?.start ?? content[j]!.end))) break;
    }
    return than.length > 0 ? than : undefined;
  }
  return undefined;
}

/**
 * The copula before a noun of states and its article ("had been a success", "was a complete failure"), or the verb of
 * ending before "in" and the noun ("ended in failure"), or -1.
 */
function nounCopula(content: ClaimWords['content'], i: number): number {
  let k = i - 1;
  // "a complete failure", "an outright success": one modifier between the article and the noun.
  if (!ARTICLES.has(lowerAt(content, k)) && ARTICLES.has(lowerAt(content, k - 1)) && !content[k]?.capitalised) k--;
  // "the talks ended in failure", "the match ended in a defeat": an end in an outcome says it of the subject as a copula.
  const inAt = ARTICLES.has(lowerAt(content, k)) ? k - 1 : i - 1;
  if (lowerAt(content, inAt) === 'in' && OUTCOME_ENDS.has(lowerAt(content, inAt - 1))) return inAt - 1;
  if (!ARTICLES.has(lowerAt(content, k))) return -1;
  return COPULAS.has(lowerAt(content, k - 1)) ? k - 1 : -1;
}
const ARTICLES = new Set(['a', 'an']);
/**
 * An outcome noun's copula or verb of ending at `k` tells what is or was, not what will be: "is", "was", "had been",
 * "has been", "ended", "resulted" ("will be a success", "would end in failure" forecast).
 */
function toldOutcome(content: ClaimWords['content'], k: number): boolean {
  const lower = lowerAt(content, k);
  if (TELLING_COPULAS.has(lower) || lower === 'ended' || lower === 'resulted') return true;
  return lower === 'been' && ['had', 'has', 'have'].includes(lowerAt(content, k - 1));
}

/** Verbs of ending before "in" and an outcome noun: "ended in failure", "resulted in a victory". */
const OUTCOME_ENDS = new Set(['ended', 'ends', 'end', 'ending', 'resulted', 'results']);

/** Words after a verb of states that go on with the clause, not an object: "had failed because …", "won in 2019". */
const CLAUSE_GOING_ON = new Set([
  'because',
  'when',
  'as',
  'after',
  'before',
  'since',
  'while',
  'although',
  'though',
  'despite',
  'in',
  'on',
  'at',
  'during',
  'over',
  'by',
  'with',
  'and',
  'but',
  'so',
  'until',
  'again',
  'once',
  'last',
  'this',
  'then',
]);

/** Words saying work runs behind its schedule after a copula or "running", a span of time allowed between. */
const LATE_WORDS = new Set(['late', 'behind']);
const RUNNING_FORMS = new Set(['running', 'runs', 'ran']);

/**
 * The index of the copula (or of "running") that says a thing is late at content word `i`, or -1: "is running eight
 * months late", "was a year behind", "the report was late"; "behind" only closing its clause ("behind the station" is
 * a place, "behind schedule" a phrase of `PHRASE_STATES`), "late" not before a time ("late on Friday").
 */
function lateCopulaAt(words: ClaimWords, i: number): number {
  const { content } = words;
  const word = content[i]!;
  // "was running late, the group said in a statement": a comma ends the clause.
  const next =
    content[i + 1] !== undefined && !/[,.;:!?"”]/.test(words.text.slice(word.end, content[i + 1]!.start)) ? content[i + 1] : undefined;
  if (word.lower === 'behind' && next !== undefined && !CLAUSE_GOING_ON.has(next.lower)) return -1;
  if (word.lower === 'late' && next !== undefined && (TIME_PHRASE_WORDS.has(next.lower) || isTimeUnit(next.lower))) return -1;
  let k = i - 1;
  if (isTimeUnit(lowerAt(content, k)) && (opensBound(lowerAt(content, k - 1)) || lowerAt(content, k - 1) === 'a')) k -= 2;
  if (RUNNING_FORMS.has(lowerAt(content, k))) return COPULAS.has(lowerAt(content, k - 1)) ? k - 1 : k;
  // A span is needed before "behind": "was behind" alone may be a place.
  if (word.lower === 'behind' && k === i - 1) return -1;
  return copulaBefore(content, k + 1);
}

/** "running" before a word of lateness ("is running five weeks late") says no running state: the lateness is the state. */
function runsLate(words: ClaimWords, i: number): boolean {
  if (!RUNNING_FORMS.has(words.content[i]!.lower)) return false;
  for (let k = i + 1; k <= i + 3 && k < words.content.length; k++) {
    if (LATE_WORDS.has(words.content[k]!.lower)) {
      const copula = lateCopulaAt(words, k);
      return copula === i || copula === i - 1;
    }
  }
  return false;
}

/** Words saying places or beds are free: "eleven beds available", "14 spare beds". */
const FREE_PLACE_WORDS = new Set(['available', 'free', 'spare', 'vacant', 'empty', 'unoccupied']);
/** Verbs of having before a count of free places: "the ward had nine beds free". */
const HAVING_VERBS = new Set(['had', 'has', 'have']);

/**
 * The index of the verb of having before a count of free places at content word `i` ("had" of "the hospital had nine
 * beds available", "has 14 spare beds"), whose subject is not full; -1 otherwise.
 */
function freePlacesAt(content: ClaimWords['content'], i: number, inFigure: ArrayLike<number>): number {
  // "eleven beds available": the noun right after the figure; "14 spare beds": the word right after the figure.
  const after = inFigure[i - 2] === 1 && inFigure[i - 1] !== 1;
  const before = inFigure[i - 1] === 1 && content[i + 1] !== undefined && inFigure[i + 1] !== 1;
  if (!after && !before) return -1;
  let k = after ? i - 2 : i - 1;
  while (k > 0 && inFigure[k - 1] === 1) k--;
  return HAVING_VERBS.has(lowerAt(content, k - 1)) ? k - 1 : -1;
}

/** Words after "held" that go on with its clause as no object does: "the flood wall held throughout the night". */
const HELD_GOING_ON = new Set(['throughout', 'through', 'overnight', 'firm', 'fast']);

/**
 * Where the subject of a barrier's state at content word `i` stands (the index `definiteSubject` reads before), or -1:
 * "held" as a finite verb with no object and no passive before it ("the sea wall held, and …", "had held throughout";
 * not "held talks", "was held in custody"), "breached" and "overtopped" after a copula ("has been breached").
 */
function heldStateAt(words: ClaimWords, i: number): number {
  const { content } = words;
  if (content[i]!.lower !== 'held') return copulaBefore(content, i);
  const before = lowerAt(content, i - 1);
  if (COPULAS.has(before) || before === 'being' || before === 'got') return -1;
  const next = content[i + 1];
  const goesOn = next !== undefined && HELD_GOING_ON.has(next.lower) && harmVerbAt(words, i);
  return goesOn || outcomeVerbAt(words, i) ? i : -1;
}

/**
 * A verb of states at content word `i` said of its subject with no object ("the trial had failed", "the bid
 * succeeded because …"): a finite verb (`harmVerbAt`), not an infinitive nor one with what it acts on after it
 * ("failed to", "failed the test", "won the contract").
 */
function outcomeVerbAt(words: ClaimWords, i: number): boolean {
  const before = lowerAt(words.content, i - 1);
  if (before === 'to' || MODALS.has(before) || !harmVerbAt(words, i)) return false;
  const next = words.content[i + 1];
  if (!next) return true;
  if (/[,.;:!?"”]/.test(words.text.slice(words.content[i]!.end, next.start))) return true;
  return next.lower !== 'to' && CLAUSE_GOING_ON.has(next.lower);
}

/** Auxiliaries between a subject and the copula of its state: "the clinic has been shut", "the road had been closed". */
const SUBJECT_AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'may', 'might', 'must', 'could', 'should']);

/** Determiners of a subject named before: "the driver was", "its plant is". */
const DEFINITE_DETERMINERS = new Set(['the', 'its', 'their', 'our', 'his', 'her', 'this', 'that']);
/**
 * How far apart two contrary states of one definite subject may stand ("the driver was sober" … "the driver was drunk"):
 * as far as a reply to what was asked about (`ASKED_ABOUT_SENTENCES`); an interview's answers stand far apart.
 */
const FAR_STATE_SENTENCES = 12;

/** The stem of the definite noun a copula at `k` says a state of ("the driver" of "the driver was sober"). */
function definiteSubject(words: ClaimWords, k: number, modified = false): string | undefined {
  // "the clinic has been shut": the subject stands before the auxiliaries.
  while (k > 0 && SUBJECT_AUXILIARIES.has(words.content[k - 1]!.lower)) k--;
  const noun = words.content[k - 1];
  // "the Garrow Bridge is safe" is said of the bridge, as "the bridge is at risk" is.
  if (noun?.capitalised === true) return nameHeadAt(words, k - 1)?.key;
  if (!noun) return undefined;
  // "the care home was": with `modified`, one modifier may stand between the determiner and the noun.
  const modifier = words.content[k - 2];
  const determined =
    DEFINITE_DETERMINERS.has(modifier?.lower ?? '') ||
    (modified &&
      modifier !== undefined &&
      !modifier.capitalised &&
      tieStems(words)[k - 2] !== '' &&
      DEFINITE_DETERMINERS.has(words.content[k - 3]?.lower ?? ''));
  return determined ? tieStems(words)[k - 1] || undefined : undefined;
}

/** The stem of the act a manner adverb at `i` follows ("fish" of "fishing legally"); undefined after a name or nothing. */
function mannerAct(words: ClaimWords, i: number): string | undefined {
  const act = words.content[i - 1];
  if (!act || act.capitalised) return undefined;
  return tieStems(words)[i - 1] || undefined;
}

/**
 * Forms of "break" that, before "down", say WordNet's "break down" of the synset of things that stop operating or
 * functioning ("fail, break down, give out, conk out"), whose kind "malfunction" is the antonym of "function, work,
 * run": the state of not running.
 */
const BREAK_FORMS = new Set(['break', 'breaks', 'broke', 'broken', 'breaking']);
const BROKEN_DOWN = { state: 'running', pole: 1 as const };

/**
 * "the hoist had broken down", "the ski lift broke down on Friday": a form of "break" before "down", a finite verb of the
 * subject before it (`harmVerbAt`) with no object after "down" ("broke down the door" acts on a door; "broken down by
 * region" sorts figures).
 */
function breakDownAt(words: ClaimWords, i: number): boolean {
  if (!BREAK_FORMS.has(words.content[i]!.lower) || lowerAt(words.content, i + 1) !== 'down' || !harmVerbAt(words, i)) return false;
  const after = words.content[i + 2];
  if (!after) return true;
  if (/[,.;:!?"”]/.test(words.text.slice(words.content[i + 1]!.end, after.start))) return true;
  return after.lower !== 'by' && CLAUSE_GOING_ON.has(after.lower);
}

/** The state of how a person left a post: of her own will (pole 0) or removed by others (pole 1). */
const DEPARTURE_STATE = 'departure';
/** Words of leaving a post: of one's own will, said with no object ("resigned", "retired", "quit", "stepped down"). */
const LEFT_WORDS = new Set(['resigned', 'retired', 'quit', 'stepped', 'stood']);
/** Words of being removed from a post, said in the passive ("was sacked", "had been dismissed", "was forced out"). */
const REMOVED_WORDS = new Set(['sacked', 'dismissed', 'fired', 'ousted', 'forced', 'axed']);
const DEPARTURE_WORDS: ReadonlySet<string> = new Set([...LEFT_WORDS, ...REMOVED_WORDS]);
/** Words after a verb of leaving that make another act of it: "resigned himself to", "quit smoking", "retired to bed". */
const NOT_LEAVING_AFTER = new Set(['to', 'himself', 'herself', 'themselves', 'smoking', 'drinking']);
/** Auxiliaries before a passive of removal: "was sacked", "had been dismissed", "were fired". */
const REMOVAL_PASSIVES = new Set(['was', 'were', 'been', 'being', 'got', 'get']);

/**
 * The pole of leaving a post the word at `i` says of its subject: 0 for a person who left of her own will ("she
 * resigned", "had retired", "stepped down", "stood down"), 1 for one removed ("was sacked", "had been dismissed", "was
 * forced out"); null for another use ("a retired nurse", "resigned to defeat", "sacked the coach", "dismissed the
 * claims", "forced to close").
 */
function departurePoleAt(content: ClaimWords['content'], i: number): 0 | 1 | null {
  const lower = content[i]!.lower;
  const before = content[i - 1]?.lower ?? '';
  const after = content[i + 1]?.lower ?? '';
  if (lower === 'stepped' || lower === 'stood') return after === 'down' ? 0 : null;
  if (lower === 'forced') return REMOVAL_PASSIVES.has(before) && after === 'out' ? 1 : null;
  if (REMOVED_WORDS.has(lower)) return REMOVAL_PASSIVES.has(before) && after !== 'as' ? 1 : null;
  // "had retired", "Ms Brinck resigned": a finite verb of its subject, no modifier ("a retired nurse") or particle.
  if (before === '' || MODIFIER_OPENERS.has(before) || NOT_LEAVING_AFTER.has(after)) return null;
  return 0;
}

/** Personal titles, which name no one: "Mrs Brinck", "Dr Quillby". */
const PERSONAL_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'professor', 'prof']);

/** The topic keys of the capitalised names within `STATE_SUBJECT_WINDOW` words before `i`, in its clause: who left a post. */
function namesBefore(words: ClaimWords, i: number): string[] {
  const { content } = words;
  const names: string[] = [];
  for (let k = i - 1; k >= Math.max(0, i - STATE_SUBJECT_WINDOW); k--) {
    const key = tieStems(words)[k]!;
    if (content[k]!.capitalised && key !== '' && !PERSONAL_TITLES.has(content[k]!.lower)) names.push(key);
  }
  return names;
}

/** How far before a word of stopping ("collapsed", "was abandoned") the process that stopped may stand. */
const PROCESS_WINDOW = 12;

/**
 * The content index of the nearest noun of a process (`PROCESS_NOUNS`) before the word at `i`, within
 * `PROCESS_WINDOW` words and the clause (a comma or a semicolon ends it), or -1: "the pay talks … collapsed".
 */
function processBefore(words: ClaimWords, i: number): number {
  const { content } = words;
  for (let k = i - 1; k >= Math.max(0, i - PROCESS_WINDOW); k--) {
    if (/[,;:]/.test(words.text.slice(content[k]!.end, content[k + 1]!.start))) return -1;
    if (PROCESS_NOUNS.has(content[k]!.lower) && tieStems(words)[k] !== '') return k;
  }
  return -1;
}

/** Words before a verb of harm that make it its subject's act: "the tank leaked", "had flooded", "the tanks have cracked". */
const HARM_AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'been', 'then', 'also', 'twice']);
/** Words before a participle that make it a modifier: "a leaked report", "the flooded homes", "of burst pipes". */
const MODIFIER_OPENERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'of', 'by', 'with', 'and', 'or', 'two', 'three']);

/** A verb of harm (`HARM_VERBS`) at content word i is a finite verb of a subject before it, no modifier of a noun after it. */
function harmVerbAt(words: ClaimWords, i: number): boolean {
  const before = words.content[i - 1];
  if (!before || MODIFIER_OPENERS.has(before.lower) || isNumberWord(before.lower)) return false;
  return HARM_AUXILIARIES.has(before.lower) || tieStems(words)[i - 1] !== '';
}

/**
 * A state word right after a copula, not an -ing form, before a particle other than "out": "the bridge is safe for cars",
 * "the pool was closed for repairs" say the state; "was running out of", "was shut out" make another verb of it.
 */
function predicateBeforeParticle(content: ClaimWords['content'], i: number): boolean {
  const lower = content[i]!.lower;
  return COPULAS.has(lowerAt(content, i - 1)) && !lower.endsWith(ING) && lowerAt(content, i + 1) !== 'out';
}
const ING = 'ing';

/** Particles after a state word that make another verb of it: "ran out", "ran for", "worked through". */
const STATE_PARTICLES = new Set(['out', 'for', 'into', 'over', 'through', 'against']);

/** How many words a clause restating another's denial ("a charge the district denies") has before its verb at most. */
const RESTATED_DENIAL_WORDS = 5;
/** Words opening a clause after a comma that restates another's denial: ", which the company denies", ", a charge the district denies". */
const RESTATING_OPENERS = new Set(['which', 'a', 'an']);

/**
 * The denial word at `i` closes a clause after a comma in which the reporter says another denies the
 * claim ("has accused the district of running down the unit, a charge the district denies", ", which the
 * company rejects"): the claim asserts, it denies nothing.
 */
function deniedByOther(words: ClaimWords, i: number): boolean {
  const all = words.all;
  for (let k = i - 1; k >= Math.max(1, i - RESTATED_DENIAL_WORDS); k--) {
    const between = words.text.slice(all[k - 1]!.end, all[k]!.start);
    if (!between.includes(',')) continue;
    return RESTATING_OPENERS.has(all[k]!.lower) && k < i - 1;
  }
  return false;
}

/** Denial words that are also nouns of a quarrel or a competition: "a dispute over parking fees", "the leadership contest". */
const QUARREL_NOUNS = new Set(['dispute', 'disputes', 'contest', 'contests']);
/** Words before a noun of a quarrel that make it one: a determiner or a preposition ("a dispute", "amid the dispute", "in dispute"). */
const QUARREL_NOUN_OPENERS = new Set(
  'a an the its their his her our your my this these those any every another each last latest long-running bitter over of in into amid after during about from with to'.split(
    ' ',
  ),
);
/** Verbs after a noun of a quarrel that make it their subject: "the dispute was resolved", "the dispute began in May". */
const QUARREL_NOUN_VERBS = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'began',
  'ended',
  'continued',
  'could',
  'would',
  'will',
]);

/**
 * The denial word at `i` is a noun of a quarrel ("had left the site after a dispute over parking fees", "the
 * pay dispute was settled"), no verb denying a statement: "the union disputes the figures" is one.
 */
function quarrelNounAt(all: ClaimWords['all'], i: number): boolean {
  if (!QUARREL_NOUNS.has(all[i]!.lower)) return false;
  return QUARREL_NOUN_OPENERS.has(all[i - 1]?.lower ?? '') || QUARREL_NOUN_VERBS.has(all[i + 1]?.lower ?? '');
}

/** Demonstratives that point at one thing: "that figure", "this account". */
const SINGULAR_DEMONSTRATIVES = new Set(['that', 'this']);
/** How far into the claim the demonstrative may open it ("But that figure …", "\"That account …"). */
const DEMONSTRATIVE_OPENING = 2;

/**
 * The denial points with a singular demonstrative at one statement ("That figure is not borne out …", "This account
 * is wrong"): the nearest statement it answers is the one meant, not the best-tied of each source.
 */
function pointsAtOneStatement(denial: Analysed): boolean {
  if (!denial.anaphoric) return false;
  const { all } = denial.claim.words;
  for (let i = 0; i < Math.min(DEMONSTRATIVE_OPENING, all.length - 1); i++) {
    if (!SINGULAR_DEMONSTRATIVES.has(all[i]!.lower)) continue;
    const next = all[i + 1]!.lower;
    return REFERENTS.has(next) && !next.endsWith('s');
  }
  return false;
}

/**
 * "The mill's story was contradicted by its own gauges", "the figure is disputed by the union": a denial verb in the
 * passive with its agent after "by"; what it denies is its subject, named before it in the claim.
 */
function deniesInPassiveBy(all: ClaimWords['all']): boolean {
  for (let i = 1; i + 1 < all.length; i++) {
    if (all[i + 1]!.lower !== 'by' || !all[i]!.lower.endsWith('ed') || !isDenialWord(all[i]!.lower)) continue;
    let k = i - 1;
    while (k >= 0 && all[k]!.lower.length > 4 && all[k]!.lower.endsWith('ly')) k--;
    if (k >= 0 && PASSIVE_FORMS.has(all[k]!.lower)) return true;
  }
  return false;
}

/** Be-forms before a passive participle: "were dismissed", "had been rejected". */
const PASSIVE_FORMS: ReadonlySet<string> = new Set(BE_FORMS);
/** Denial verbs whose passive, said of no statement, tells of an act done to someone: dismissed from a job, refused a thing. */
const PASSIVE_ACT_ROOTS = ['dismiss', 'reject', 'deni'];

/**
 * "Staff at the plant were dismissed on Monday", "her application was rejected", "residents were denied access": a
 * denial verb in the passive with no statement named before it in the claim (no referent, anaphor or kind of statement)
 * tells what was done to people or to a request; it denies nothing. "The claims were dismissed", "that was denied",
 * "were dismissed as scaremongering" still deny.
 */
function passiveOfNoStatement(all: ClaimWords['all'], i: number): boolean {
  const lower = all[i]!.lower;
  if (!lower.endsWith('ed') || !PASSIVE_ACT_ROOTS.some((root) => lower.startsWith(root))) return false;
  let k = i - 1;
  // "were swiftly dismissed"
  while (k >= 0 && all[k]!.lower.length > 4 && all[k]!.lower.endsWith('ly')) k--;
  if (k < 0 || !PASSIVE_FORMS.has(all[k]!.lower) || all[i + 1]?.lower === 'as') return false;
  for (let m = k - 1; m >= 0; m--) {
    const before = all[m]!.lower;
    if (REFERENTS.has(before) || ANAPHORS.has(before) || STATEMENT_KINDS.has(before)) return false;
  }
  return true;
}

/** Forms of "dismiss" that, with people as their object, tell people sent away from their jobs. */
const DISMISSING = new Set(['dismissed', 'dismisses', 'dismiss', 'dismissing']);
/** Words that may stand between "dismissed" and the people dismissed: "dismissed 85 drivers", "dismissed its two porters". */
const DISMISSED_OPENERS = new Set([
  'the',
  'its',
  'their',
  'his',
  'her',
  'all',
  'some',
  'two',
  'three',
  'four',
  'five',
  'dozens',
  'hundreds',
  'of',
]);
/** How many words after "dismissed" the people dismissed may stand. */
const DISMISSED_WINDOW = 4;

/**
 * "had dismissed 85 drivers", "dismissed him", "dismissed its chief executive": "dismiss" with people as its object is
 * an act done to them, not a denial (what "dismissed the claims as …" is): the claim asserts and may be denied.
 */
function dismissesPeople(all: ClaimWords['all'], i: number): boolean {
  if (!DISMISSING.has(all[i]!.lower) || all[i + 1]?.lower === 'as') return false;
  for (let k = i + 1; k < Math.min(all.length, i + 1 + DISMISSED_WINDOW); k++) {
    const lower = all[k]!.lower;
    if (PEOPLE_PRONOUNS.has(lower)) return true;
    if (isNumberWord(lower) || DISMISSED_OPENERS.has(lower) || all[k]!.capitalised) continue;
    // "dismissed the porters' claims": a possessive owns what is dismissed, a statement.
    if (/['’]s?$/.test(lower)) return false;
    const noun = singular(lower);
    if (isPersonNoun(noun) || isPeopleNoun(noun) || WORKFORCE_NOUNS.has(noun)) return !REFERENTS.has(all[k + 1]?.lower ?? '');
    if (REFERENTS.has(lower) || stemOfWord(lower) === '') return false;
  }
  return false;
}

/** Words after "had" that make no completed act of it: "had to", "had better". */
const NOT_DONE_AFTER_HAD = new Set(['to', 'better', 'no', 'not', 'never']);

/**
 * Verbs of warning someone in the past: "warned the council at 9.05pm that water would soon go over the spillway" tells
 * of the warning, something done, whatever it says would happen. A closed list of the one class.
 */
const WARNING_VERBS = new Set(['warned', 'alerted', 'notified', 'forewarned', 'cautioned']);

/**
 * The content tells of something done before its first forecast word: "had accepted the offer … and that
 * Vidal would have a medical" (a past perfect, "had" before a verb), "warned the council that water would …"
 * (`WARNING_VERBS`), not "would close" alone.
 */
function toldDone(content: ClaimWords['content']): boolean {
  for (let i = 0; i + 1 < content.length; i++) {
    const lower = content[i]!.lower;
    if ((wordFlags(content[i]!) & W.future) !== 0) return false;
    if (lower === 'had' && !NOT_DONE_AFTER_HAD.has(content[i + 1]!.lower) && !isNumberWord(content[i + 1]!.lower)) return true;
    if (WARNING_VERBS.has(lower)) return true;
  }
  return false;
}

/**
 * The kinds of statement a claim is given as, by its words and a list of frames: "reported", "the report said", "found"
 * (`STATEMENT_FRAMES`); "pledged", "warned", "forecast" (`NAMED_KIND_FRAMES`).
 */
function framesOf(all: ClaimWords['all'], frames: ReadonlyMap<string, string>): Set<string> {
  const kinds = new Set<string>();
  for (const word of all) {
    const kind = frames.get(word.lower);
    if (kind !== undefined) kinds.add(kind);
  }
  return kinds;
}

/** Words pointing a kind noun back at what was said: "such a pledge", "that warning", "the forecast". */
const KIND_POINTERS = new Set(['such', 'that', 'this', 'these', 'those', 'the']);
/** How many words before the kind noun the denial verb may stand: "denied it had ever made such a promise". */
const KIND_DENIAL_WINDOW = 6;

/**
 * The kind of statement of no fact a denial names (`NAMED_KINDS`): a kind noun pointed back ("such a pledge", "that
 * warning", "the forecast") a few words after a denial verb ("denied giving any such undertaking", "disputed the
 * forecast") or after "no such" ("no such offer was ever tabled").
 */
function kindNamed(all: ClaimWords['all'], allFlags: readonly number[]): string | null {
  for (let i = 1; i < all.length; i++) {
    const kind = NAMED_KINDS.get(all[i]!.lower) ?? thingNamedSuch(all, i);
    if (kind === undefined) continue;
    const before = all[i - 1]!.lower;
    const at = (before === 'a' || before === 'an') && all[i - 2]?.lower === 'such' ? i - 2 : i - 1;
    if (!KIND_POINTERS.has(all[at]!.lower)) continue;
    if (all[at]!.lower === 'such' && all[at - 1]?.lower === 'no') return kind;
    for (let k = at - 1; k >= Math.max(0, i - KIND_DENIAL_WINDOW); k--) if ((allFlags[k]! & W.denial) !== 0) return kind;
  }
  return null;
}

/** Kinds naming the thing a denial says there was none such of ("no such increase was ever approved"): the thing's stem. */
const THING_KIND = 'thing:';

/**
 * "no such increase was ever approved": the thing named after "no such" (a noun: a word with a stem that is no
 * determiner), as a kind `THING_KIND` + its stem; it answers the statement naming that thing.
 */
function thingNamedSuch(all: ClaimWords['all'], i: number): string | undefined {
  if (all[i - 1]!.lower !== 'such' || all[i - 2]?.lower !== 'no') return undefined;
  const stem = stemOfWord(all[i]!.lower);
  return stem.length >= 3 && !DETERMINERS.has(all[i]!.lower) ? THING_KIND + stem : undefined;
}

/** `a` is given as a statement of `kind` (`NAMED_KIND_FRAMES`) or names the thing it stands for (`THING_KIND`). */
function givenAsKind(a: Analysed, kind: string): boolean {
  return kind.startsWith(THING_KIND) ? a.claim.words.stems.has(kind.slice(THING_KIND.length)) : a.givenAs.has(kind);
}

/**
 * The statement of the kind a denial names ("denied giving any such undertaking" after "said the firm had pledged …"), of
 * another source, up to `OWNER_SENTENCES` before it and of its event (its dates disputed, not another event's): the latest that speaks of what the denial speaks
 * of (a subject word in common), else the latest. A forecast or a promise is what such a denial answers.
 */
function namedKindStatement(
  denial: Analysed,
  bySentence: ReadonlyMap<number, Analysed[]>,
  sameSource: (a: number, b: number) => boolean,
): Analysed | null {
  const kind = denial.namedKind!;
  // Its dates are what it disputes ("disputed the projection, saying admissions had fallen last year"), as a demonstrative's.
  const fits = (a: Analysed): boolean => givenAsKind(a, kind) && !differentEvents(a, denial, true, true);
  return latestAnswered(denial, bySentence, sameSource, OWNER_SENTENCES, fits, true);
}

/**
 * The word giving `assertion` as a statement of `kind` ("pledged", "forecast"), as a stem: what the denial naming that
 * kind and the assertion speak of, so that a denial of a forecast and one of an offer a sentence apart are two disputes.
 */
function kindWordStems(assertion: Analysed, kind: string): string[] {
  if (kind.startsWith(THING_KIND)) return [kind.slice(THING_KIND.length)];
  const word = assertion.claim.words.all.find((w) => NAMED_KIND_FRAMES.get(w.lower) === kind);
  const stem = word ? stemOfWord(word.lower) : '';
  return stem === '' ? [] : [stem];
}

/**
 * A denial naming the kind it denies answers the statement of that kind (`named`), not the other statements said
 * within `reach` sentences before it, which only nearness offered: "said 14 of the posts were vacant" between a
 * warning and "rejected that warning as alarmist".
 */
function keepNamedKind(denial: Analysed, named: Analysed, shared: Map<Analysed, string[]>, reach: number): void {
  const kind = denial.namedKind!;
  for (const assertion of [...shared.keys()]) {
    const back = denial.claim.sentenceIndex - assertion.claim.sentenceIndex;
    if (assertion !== named && back > 0 && back <= reach && !givenAsKind(assertion, kind)) shared.delete(assertion);
  }
  if (!shared.has(named)) shared.set(named, []);
}

/** The kind of statement the first referent of a denial names (`STATEMENT_KINDS`): "report" of "said the story was untrue". */
function kindPointedAt(all: ClaimWords['all']): string | null {
  for (const word of all) {
    if (FIGURE_REFERENTS.has(word.lower)) return FIGURES_KIND;
    if (REFERENTS.has(word.lower)) return STATEMENT_KINDS.get(word.lower) ?? null;
  }
  return null;
}

/**
 * The kind of statement "the criticism" names (`STATEMENT_KINDS`): what a source "complained" of or
 * "criticised", said with a negation as often as not ("was never given a reference number"), answered however far back.
 */
const CRITICISM_KIND = 'criticism';

/** The kind of statement "the figure", "the numbers", "the estimate" name: any statement giving a figure. */
const FIGURES_KIND = 'figures';

/**
 * The statement of that kind a denial names it by ("the story was untrue", "rejected the findings"), a few
 * sentences before it (one or two for "the figure"), another source's: the latest that speaks of what the
 * denial speaks of (a subject word in common), else the latest, of its event. A forecast only is no statement
 * of fact to deny. A denial naming whose statement it is ("the union's figures") is left to `ownersStatement`.
 */
function framedStatement(
  denial: Analysed,
  bySentence: ReadonlyMap<number, Analysed[]>,
  sameSource: (a: number, b: number) => boolean,
): Analysed | null {
  const kind = denial.pointsAtKind!;
  const figures = kind === FIGURES_KIND || denial.pointsAtFigures;
  // "the figure was wrong" is of the figures just given: a sentence or two without figures may stand between.
  // "That figure is not borne out …" points at the statement right before it, or at none.
  const reach = pointsAtOneStatement(denial) ? 1 : kind === FIGURES_KIND ? NEAR_SENTENCES : OWNER_SENTENCES;
  const framed = latestAnswered(
    denial,
    bySentence,
    sameSource,
    reach,
    (a) => (figures ? a.measured.length > 0 : a.frames.has(kind)) && !differentEvents(a, denial),
  );
  if (framed || !(kind === CRITICISM_KIND || (kind === ALLEGATION_KIND && denial.denialVerb))) return framed;
  // "The company rejected the criticism" after "he rang the company three times and was never given a reference number":
  // a criticism (or claims dismissed) is aimed at the denier: the statement of another source naming it is the one meant.
  const denier = denierStems(denial);
  const names = denial.claim.sourceStems ?? [];
  if (denier.length === 0 && names.length === 0) return null;
  const naming = (a: Analysed): boolean =>
    denier.some((stem) => a.claim.words.stems.get(stem) === false) || names.some((stem) => a.claim.words.stems.has(stem));
  return latestAnswered(denial, bySentence, sameSource, reach, (a) => naming(a) && !differentEvents(a, denial));
}

/**
 * Claims and allegations a denier "dismissed" or "rejected" are aimed at it, as a criticism is. ("the allegation was
 * untrue" is not read so: said without a verb of denial, it as often answers a third party the article leaves without
 * a source.)
 */
const ALLEGATION_KIND = 'allegation';

/**
 * The common nouns a denial's own attribution calls the denier by ("company" of "The company rejected the criticism"),
 * as stems: what a statement aimed at it names it by, besides its name (the source's own stems).
 */
function denierStems(denial: Analysed): string[] {
  const { all, content } = denial.claim.words;
  const start = content[0]?.start ?? 0;
  const stems: string[] = [];
  for (const word of all) {
    if (word.start >= start) break;
    if (word.capitalised && word !== all[0]) continue;
    const stem = stemOfWord(word.lower);
    if (stem.length >= 3 && !isDenialWord(word.lower) && !SPEECH_WORDS.has(word.lower) && !STOP_STEMS.has(stem)) stems.push(stem);
  }
  return stems;
}

/** Words of an attribution that name no one: "a spokeswoman for" names the company after it. */
const STOP_STEMS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'statement', 'said']);

/** `denial` points back at `assertion`: one or two sentences after it. */
function pointsAt(assertion: Analysed, denial: Analysed): boolean {
  const distance = denial.claim.sentenceIndex - assertion.claim.sentenceIndex;
  return distance > 0 && distance <= NEAR_SENTENCES;
}

/**
 * "the society's numbers", "the union's report": the stem of the possessive owner right before a
 * referent (one word may stand between: "the union's own figures"), after "the"; or a name's ("Dr Odum's figure",
 * "Whitcombe's account"): a source goes by the words of its name as by the nouns the article calls it.
 */
function ownerOfReferent(all: ClaimWords['all']): string | null {
  for (let i = 1; i < all.length; i++) {
    const lower = all[i]!.lower;
    const owner = lower.endsWith("'s") || lower.endsWith('’s') ? lower.slice(0, -2) : null;
    if (!owner || (all[i - 1]!.lower !== 'the' ? !all[i]!.capitalised : all[i]!.capitalised)) continue;
    if (REFERENTS.has(all[i + 1]?.lower ?? '') || REFERENTS.has(all[i + 2]?.lower ?? '')) {
      const stem = stemOfWord(owner);
      if (stem !== '') return stem;
    }
  }
  return null;
}

/** How many sentences before a denial naming its owner ("the society's numbers") the statement it dismisses may stand. */
const OWNER_SENTENCES = 8;

/** Words quantifying over all of a thing, and how far before it they may stand ("all of the payments"). */
const UNIVERSALS = new Set(['every', 'all', 'each']);
const UNIVERSAL_WINDOW = 3;

/** Nouns of conduct a denial rejects as a whole: "denied any wrongdoing", "there was no wrongdoing". */
const CONDUCT_NOUNS = new Set(['wrongdoing', 'involvement', 'responsibility', 'blame', 'liability', 'misconduct', 'negligence']);
const ANY_WORDS = new Set(['any', 'all']);
/** "did not recognise the account", "does not accept these figures": a statement refused. */
const NOT_ACCEPTING = new Set(['recognise', 'recognize', 'accept', 'acknowledge']);

/** Words opening an embedded question: "asked why", "wanted to know whether". */
const QUESTION_WORDS = new Set(['why', 'whether']);
/** Every word one of the per-word rules of `analyse` turns on, besides negations: questions, zeros, "no", universals. */
const SPECIAL_WORDS = new Set([...QUESTION_WORDS, ...ZERO_WORDS, 'no', 'nothing', 'every', 'all', 'each']);

/** How many words may stand between "not" and the "until" that dates what it negates: "was not repainted until". */
const NOT_UNTIL_WORDS = 3;

/**
 * "the gate was not repainted until 14 June", "did not reopen till two weeks later": "not … until" and a time (a figure,
 * a number word, a month or a weekday) says when it happened, not that it did not; no punctuation between. ("had not
 * been raised until the water was over the path" sets the act against another event, which a checker weighs as a denial.)
 */
function saysWhenNotWhether(words: ClaimWords, i: number): boolean {
  const content = words.content;
  if (content[i]!.lower !== 'not') return false;
  for (let k = i + 1; k < content.length && k <= i + 1 + NOT_UNTIL_WORDS; k++) {
    if (/[,;:.!?]/u.test(words.text.slice(content[k - 1]!.end, content[k]!.start))) return false;
    const lower = content[k]!.lower;
    if (lower !== 'until' && lower !== 'till') continue;
    const time = content[k + 1];
    return (
      k > i + 1 &&
      time !== undefined &&
      (/^\d/u.test(time.lower) || NUMBER_WORDS.has(time.lower) || WEEKDAYS.has(time.lower) || MONTHS.has(time.lower))
    );
  }
  return false;
}

/** "is nothing to be pleased about", "was nothing to be afraid of": an evaluation, not a denial ("had nothing to do with" is one). */
function isEvaluativeNothing(content: ClaimWords['content'], i: number): boolean {
  return content[i]!.lower === 'nothing' && content[i + 1]?.lower === 'to' && content[i + 2]?.lower === 'be';
}

/** Demonstratives that open a noun phrase pointing back: "this decision", "these claims". */
const DEMONSTRATIVES = new Set(['this', 'these', 'those']);
/**
 * Nouns of an act or a statement that "that" points back with ("that ruling", "that claim"):
 * only these, since "said that prices had risen" opens on "that" too.
 */
const POINTED_ACTS = new Set([
  ...REFERENTS,
  ...'decision move order closure choice plan ruling request instruction incident attack raid policy'.split(' '),
]);

/** The content opens on a demonstrative and a noun ("that ruling was made …"), not a pronoun ("that was wrong"). */
function opensOnDemonstrative(words: ClaimWords): boolean {
  const first = words.content[0]?.lower ?? '';
  const second = words.content[1];
  if (!second || second.capitalised || words.contentStems[1] === '') return false;
  if (first === 'that') return POINTED_ACTS.has(second.lower);
  return DEMONSTRATIVES.has(first) && !STATEMENT_WORDS.has(second.lower) && !isNegation(second.lower);
}

/** How far before a state word ("closed") what is in that state may stand: "the cold store at the port was shut". */
const STATE_SUBJECT_WINDOW = 8;

/**
 * "the cold store was open and fully stocked" / "the store had been shut to traders
 * since June": two sources, one or two sentences apart, saying one thing (a subject word
 * just before each state word) is in contrary states. Neither may be negated ("was not closed"
 * agrees with "open"), a forecast or a hedge, and a claim naming both states says neither.
 * Claims are grouped by state: only claims with a state word are compared.
 */
function contraryStates(
  analysed: readonly Analysed[],
  sameSource: (a: number, b: number) => boolean,
  trace?: ConflictTrace,
): Disagreement[] {
  prefixedStates(analysed);
  const byState = new Map<string, Analysed[]>();
  for (const a of analysed) {
    if (statesHeld(a).length === 0 || a.denialVerb || a.hedged) continue;
    // A claim with a forecast in it holds only the states it tells with a present or past copula.
    const kinds = new Set(statesHeld(a).map((s) => s.state));
    for (const state of kinds) {
      // "had stopped operating at weekends" names both poles: no state of its own.
      if (
        new Set(
          statesHeld(a)
            .filter((s) => s.state === state)
            .map((s) => s.pole),
        ).size > 1
      )
        continue;
      const list = byState.get(state);
      if (list) list.push(a);
      else byState.set(state, [a]);
    }
  }
  const found: Disagreement[] = [];
  for (const [state, claims] of byState) {
    for (let i = 0; i < claims.length; i++) {
      for (let j = i + 1; j < claims.length; j++) {
        const [a, b] =
          claims[i]!.claim.sentenceIndex <= claims[j]!.claim.sentenceIndex ? [claims[i]!, claims[j]!] : [claims[j]!, claims[i]!];
        if (a.claim.sentenceIndex === b.claim.sentenceIndex) continue;
        const x = statesHeld(a).find((s) => s.state === state)!;
        const y = statesHeld(b).find((s) => s.state === state)!;
        // "the driver was sober" … "the driver was drunk": one definite subject of both states ties them farther apart.
        // "It is understaffed." right after a sentence naming the clinic is of the clinic.
        // "It isn't safe," she said, of the field named just before / "The field is safe to use": the pronoun first.
        const pronounOf =
          (y.pronoun === true && x.named !== undefined && namedJustBefore(analysed, b, x.named)) ||
          (x.pronoun === true && y.named !== undefined && namedJustBefore(analysed, a, y.named));
        // "lower than in 2019" … "higher than in 2019": one baseline ties two comparatives as one definite subject does.
        const oneBaseline = x.than !== undefined && y.than !== undefined && x.than.some((word) => y.than!.includes(word));
        const oneSubject = (x.subject !== undefined && x.subject === y.subject) || pronounOf || oneBaseline;
        if (!near(a, b) && !(oneSubject && b.claim.sentenceIndex - a.claim.sentenceIndex <= FAR_STATE_SENTENCES)) continue;
        if (x.pole === y.pole || sameSource(a.claim.index, b.claim.index)) continue;
        // "the Ostby Bridge was closed" / "the Ulvik Bridge was open": two names of one kind are two things.
        if (x.nameWords && y.nameWords && !x.nameWords.some((stem) => y.nameWords!.includes(stem))) {
          noteGate(trace, a.claim.index, b.claim.index, 'evt');
          continue;
        }
        // "quieter than the diesel buses" / "noisier than the old trams": two baselines, nothing in common, no contrary.
        if (x.than && y.than && !x.than.some((word) => y.than!.includes(word))) {
          noteGate(trace, a.claim.index, b.claim.index, 'evt');
          continue;
        }
        // A name both give ("the Quay Road depot") ties the two to one thing more closely.
        const named = [...a.claim.words.stems].some(([stem, isName]) => isName && b.claim.words.stems.get(stem) === true);
        // "the Marit Ann had been fishing legally inside Esselund's zone" / "the Marit Ann was caught fishing illegally
        // inside Tarnovan waters": one act of one named thing, where it was done is what the two dispute.
        const placesDisputed = named && x.subject !== undefined && x.subject === y.subject && x.manner === true && y.manner === true;
        // "had been losing money since 2022" holds last year too: "last year" on the other side sets nothing apart.
        if (differentEvents(a, b, false, spansPeriod(a) || spansPeriod(b), placesDisputed)) {
          noteGate(trace, a.claim.index, b.claim.index, 'evt');
          continue;
        }
        let shared = x.of.filter((stem) => y.of.includes(stem));
        if (pronounOf && shared.length === 0) shared = [x.named ?? y.named!];
        // "deliberately struck him with his elbow" / "the clash had been accidental", "the blaze was started deliberately" /
        // "the fire was accidental": an act done on purpose or by accident, named by one side as a happening, by both as one kind.
        if (shared.length === 0 && state === INTENT_STATE && oneHappening(a, b, x, y)) shared = [state];
        if (shared.length === 0) {
          noteGate(trace, a.claim.index, b.claim.index, 'ties');
          continue;
        }
        const score = MIN_DISAGREEMENT_SCORE + (shared.length > 1 ? 1 : 0) + (named ? 1 : 0);
        found.push({ ...denialOf(a, b, shared, score), key: `${CONTRARY_KEY}${b.claim.index}` });
      }
    }
  }
  return found;
}

/**
 * WordNet's antonym pairs of difference and change (`adjective-antonyms.json`) and the pole of each that says nothing
 * differs: "the same", "identical", "unchanged". Only these two pairs say a thing is as its baseline is, which a
 * comparative ("dearer than", "longer than") says it is not.
 */
const SAMENESS_STATES: ReadonlyMap<string, 0 | 1> = new Map([
  ['different/same', 1],
  ['changed/unchanged', 1],
]);

/** How far before a comparative or a copula of sameness what it is said of may stand: "pitch fees at Dock Lane are". */
const COMPARED_SUBJECT_WINDOW = 8;

/** A comparison a claim makes: what it is said of (topic keys), its baseline's stems and the names among them. */
interface Comparison {
  of: string[];
  baseline: string[];
  names: string[];
}

/**
 * The comparisons of a claim's content: with `sameness`, a copula and a word of sameness ("are the same as they were on
 * Castle Street", "had stayed the same as last year", "were unchanged"); else a comparative with its "than" ("is dearer
 * for traders than Castle Street was", "were taking longer than a year ago"), read whatever verb stands before it.
 */
function comparisonsOf(words: ClaimWords, sameness: boolean): Comparison[] {
  const { content } = words;
  const ties = tieStems(words);
  const found: Comparison[] = [];
  for (let i = 0; i < content.length; i++) {
    let last = -1;
    let subjectEnd = -1;
    if (sameness) {
      const copula = contraryStatesOf(content[i]!.lower).some((state) => SAMENESS_STATES.get(state.state) === state.pole)
        ? copulaBefore(content, i)
        : -1;
      if (copula >= 0) [last, subjectEnd] = [i, copula];
    } else {
      const comparative = comparativeAt(content, i);
      if (comparative) [last, subjectEnd] = [comparative.last, i];
    }
    if (last < 0) continue;
    const names: string[] = [];
    const baseline = baselineOf(words, last, names, sameness ? 'as' : 'than') ?? [];
    // "more expensive" alone compares with nothing said.
    if (!sameness && baseline.length === 0) continue;
    const of: string[] = [];
    for (let k = subjectEnd - 1; k >= Math.max(0, subjectEnd - COMPARED_SUBJECT_WINDOW); k--) {
      if (words.text.slice(content[k]!.end, content[k + 1]!.start).includes(',')) break;
      if (ties[k] !== '' && !content[k]!.capitalised) of.push(ties[k]!);
    }
    found.push({ of, baseline: baseline.filter((stem) => stem !== ''), names });
  }
  return found;
}

/**
 * "the new site is dearer for traders than Castle Street was" / "pitch fees at Dock Lane are the same as they were on
 * Castle Street"; "repairs … were taking longer than a year ago" / "repair times had stayed the same as last year": a
 * comparative against another source's word of sameness (`SAMENESS_STATES`) is a contrary assertion, when the two speak
 * of one thing (a word in common before each) or compare with one named baseline, one or two sentences apart (a named
 * baseline ties them as far apart as contrary states of one subject). Two baselines with no word in common compare with
 * two things. Neither may be negated, a forecast or a hedge.
 */
function comparedWithSame(
  analysed: readonly Analysed[],
  sameSource: (a: number, b: number) => boolean,
  trace?: ConflictTrace,
): Disagreement[] {
  const usable = (a: Analysed) => !a.negated && !a.denialVerb && !a.hedged && !a.forecastOnly;
  const same: Array<{ a: Analysed; c: Comparison }> = [];
  for (const a of analysed) {
    if (!usable(a) || !a.states.some((s) => SAMENESS_STATES.get(s.state) === s.pole)) continue;
    for (const c of comparisonsOf(a.claim.words, true)) same.push({ a, c });
  }
  if (same.length === 0) return [];
  const found: Disagreement[] = [];
  for (const b of analysed) {
    if (!usable(b) || !b.claim.words.content.some((word) => word.lower === 'than')) continue;
    for (const y of comparisonsOf(b.claim.words, false)) {
      for (const { a, c: x } of same) {
        if (a === b) continue;
        const distance = Math.abs(a.claim.sentenceIndex - b.claim.sentenceIndex);
        const shared = x.of.filter((stem) => y.of.includes(stem));
        const names = x.names.filter((stem) => y.names.includes(stem));
        if (shared.length === 0 && names.length === 0) continue;
        if (distance > NEAR_SENTENCES && (names.length === 0 || distance > FAR_STATE_SENTENCES)) continue;
        if (sameSource(a.claim.index, b.claim.index)) continue;
        const [first, second] = a.claim.index < b.claim.index ? [a, b] : [b, a];
        const oneBaseline = x.baseline.some((stem) => y.baseline.includes(stem));
        if (x.baseline.length > 0 && !oneBaseline) {
          noteGate(trace, first.claim.index, second.claim.index, 'evt');
          continue;
        }
        // "longer than a year ago" / "the same as last year": a time both compare with sets neither apart.
        if (differentEvents(first, second, false, oneBaseline)) {
          noteGate(trace, first.claim.index, second.claim.index, 'evt');
          continue;
        }
        const score = MIN_DISAGREEMENT_SCORE + (shared.length + names.length > 1 ? 1 : 0);
        found.push({ ...denialOf(first, second, shared.length > 0 ? shared : names, score), key: `${CONTRARY_KEY}${second.claim.index}` });
      }
    }
  }
  return found;
}

/** How far before a claim saying something of every one of a thing the count of some of them it answers may stand. */
const UNIVERSAL_ANSWER_BEFORE = 16;
/** How far after it such a count may stand (a live blog's newest post first). */
const UNIVERSAL_ANSWER_AFTER = 2;
/**
 * Words saying a count's things lacked what was done ("paid without a purchase order", "had not been checked"); a
 * refusal in a clause about them ("nine stallholders who refused to move") says nothing of what was done to them.
 */
const COUNT_NEGATIONS = new Set(['without', 'not', 'never', 'no']);

/**
 * "14 invoices had been paid without a purchase order" / paragraphs on, another source: "every invoice had been signed
 * off by the finance director": a statement of fact of every one of a thing (`universal`; no negation, denial word,
 * forecast or hedge, given as no promise, check-worthy) answers another source's count of some of them (a count whose
 * noun is that thing, by topic key) when the count says what it says with a negation or "without" (`COUNT_NEGATIONS`).
 * Counts are looked up by their noun's topic key, never all claims against all. The nearest such count before the claim
 * (else just after it) is the one answered.
 */
function universalAnswers(
  analysed: readonly Analysed[],
  sameSource: (a: number, b: number) => boolean,
  trace?: ConflictTrace,
): Disagreement[] {
  const answering = analysed.filter(
    (u) =>
      u.universal.size > 0 &&
      !u.negated &&
      !u.denialVerb &&
      !u.hedged &&
      !u.future &&
      u.givenAs.size === 0 &&
      // A wish or a view ("We all want every pensioner to stay warm") says nothing of fact to set against a count.
      (u.claim.checkworthiness ?? 1) >= CHECKWORTHINESS_THRESHOLD &&
      !isQuestion(u.claim.words.text),
  );
  if (answering.length === 0) return [];
  // Claims counting some of a thing, by the topic key of the thing counted.
  const counting = new Map<string, Analysed[]>();
  for (const a of analysed) {
    // A denial or a figure pointing back is no count told: "the figures were misleading because only four …".
    if (a.future || a.hedged || a.denialVerb || a.anaphoric) continue;
    for (const m of a.measured) {
      if (m.noun === undefined || !m.key.startsWith('count:') || m.interval[0] <= 0) continue;
      // Keyed as `universal` is, by topic key: "invoices" and "every bill" are one thing.
      const stem = topicKeyOf(m.noun);
      const list = counting.get(stem);
      if (!list) counting.set(stem, [a]);
      else if (list[list.length - 1] !== a) list.push(a);
    }
  }
  const found: Disagreement[] = [];
  for (const u of answering) {
    let best: { a: Analysed; stems: string[]; distance: number } | null = null;
    for (const stem of u.universal) {
      for (const a of counting.get(stem) ?? []) {
        const distance = u.claim.sentenceIndex - a.claim.sentenceIndex;
        if (a === u || distance > UNIVERSAL_ANSWER_BEFORE || distance < -UNIVERSAL_ANSWER_AFTER || a.universal.has(stem)) continue;
        if (sameSource(a.claim.index, u.claim.index)) continue;
        const others = [...u.subject].filter((other) => other !== stem && a.subject.has(other));
        const negative = a.claim.words.content.some((word) => COUNT_NEGATIONS.has(word.lower) || word.lower.endsWith("n't"));
        const [first, second] = a.claim.index < u.claim.index ? [a, u] : [u, a];
        if (!negative) {
          noteGate(trace, first.claim.index, second.claim.index, 'ties');
          continue;
        }
        if (differentEvents(a, u)) {
          noteGate(trace, first.claim.index, second.claim.index, 'evt');
          continue;
        }
        const rank = distance >= 0 ? distance : UNIVERSAL_ANSWER_BEFORE - distance;
        if (best === null || rank < best.distance) best = { a, stems: [stem, ...others], distance: rank };
      }
    }
    if (best) found.push(denialOf(best.a, u, best.stems, MIN_DISAGREEMENT_SCORE));
  }
  return found;
}

/** Copulas telling a state now or before, not in a forecast: "is", "was" (not "will stay", nor "has been"). */
const TELLING_COPULAS = new Set(['is', 'are', 'was', 'were']);

/** The states a claim holds: all of them, or with a forecast in the claim those told by a present or past copula. */
function statesHeld(a: Analysed): Analysed['states'] {
  // A negated claim holds only the states it tells before its negation ("the barrier held, and no street flooded").
  const asserted = a.negated && !a.stateNegated ? a.states.slice(0, a.statesBeforeNegation) : a.states;
  return a.future ? asserted.filter((s) => s.told === true) : asserted;
}

/**
 * Two states of intent said of one act: each side names an event of one kind ("blaze" / "fire"), or one names the act
 * only as a happening ("the clash", "the incident") next to the other's act.
 */
function oneHappening(a: Analysed, b: Analysed, x: Analysed['states'][number], y: Analysed['states'][number]): boolean {
  if (x.happening !== true && y.happening !== true) return false;
  for (const kind of a.events) if (b.events.has(kind)) return true;
  return (x.happening === true) !== (y.happening === true) || (a.events.size === 0 && b.events.size === 0);
}

/** How far before a time of day what it is the time of may stand: "the first fire engine did not reach the site until". */
const CLOCK_SUBJECT_WINDOW = 8;
/** How far apart two times of day tied by a word of what they are the time of may stand ("music … until 2am" / "the music … at 11pm"). */
const FAR_CLOCK_SENTENCES = 4;
export const CLOCK_KEY = 'clock:';

/** The times of day of a claim's content with the subject words before each, back to the clause's start. */
function clocksOf(words: ClaimWords): Analysed['clocks'] {
  const ties = tieStems(words);
  return clockTimesOf(words).map((time) => {
    const of: string[] = [];
    for (let k = time.at - 1; k >= Math.max(0, time.at - CLOCK_SUBJECT_WINDOW); k--) {
      if (words.text.slice(words.content[k]!.end, words.content[k + 1]!.start).includes(',')) break;
      if (ties[k] !== '' && !words.content[k]!.capitalised) of.push(ties[k]!);
    }
    return { time, of };
  });
}

/** A time of day as a figure compared (`Measured` of key `clock`): its range in minutes after midnight. */
function clockFigure(time: ClockTime): Measured {
  return { key: CLOCK_KEY, interval: time.interval, figure: time.figure, words: new Map(), qualifiers: [], complement: [], at: time.at };
}

/**
 * Times of day given by two sources for one happening that cannot both be right: "received the first emergency call at
 * 9.14pm" / "dialled 999 at 8.35pm" (sentences next to each other), "the collision happened at 7.52am, eight minutes
 * after the ferry left" / "the ferry reached the pier shortly before 7.30am" (a word in common, two sentences apart),
 * "music had played until 2am" / "the music was switched off at 11pm" (a word of what stopped, four sentences apart).
 * Only times of one role (a happening, an end, a start) are compared; neither claim a forecast, a question or a negation
 * (but "did not reach the site until 9.50pm", which says when it did); different events (another day, another
 * place) and overlapping ranges never.
 */
function clockDisagreements(
  analysed: readonly Analysed[],
  sameSource: (a: number, b: number) => boolean,
  trace?: ConflictTrace,
): Disagreement[] {
  const timed = analysed
    .filter((a) => a.clocks.length > 0 && !a.future && !a.hedged)
    .sort((x, y) => x.claim.sentenceIndex - y.claim.sentenceIndex);
  const found: Disagreement[] = [];
  const inTurn = new Set<number>();
  for (let i = 0; i < timed.length; i++) {
    for (let j = i + 1; j < timed.length; j++) {
      const [a, b] = timed[i]!.claim.sentenceIndex <= timed[j]!.claim.sentenceIndex ? [timed[i]!, timed[j]!] : [timed[j]!, timed[i]!];
      const apart = b.claim.sentenceIndex - a.claim.sentenceIndex;
      if (apart === 0 || apart > FAR_CLOCK_SENTENCES || sameSource(a.claim.index, b.claim.index)) continue;
      let best: Disagreement | null = null;
      for (const x of a.clocks) {
        if (a.negated && x.time.notUntil !== true) continue;
        for (const y of b.clocks) {
          if (b.negated && y.time.notUntil !== true) continue;
          if (x.time.role !== y.time.role) continue;
          if (compatible(x.time.interval, y.time.interval)) {
            noteGate(trace, a.claim.index, b.claim.index, 'comp');
            continue;
          }
          const shared = x.of.filter((stem) => y.of.includes(stem));
          // Next to each other, two times of one role answer each other; farther, a word of what they are the time of ties them.
          if (shared.length === 0 && apart > 1) {
            noteGate(trace, a.claim.index, b.claim.index, 'ties');
            continue;
          }
          if (differentEvents(a, b) || (a.eventDay !== null && b.eventDay !== null && a.eventDay.day !== b.eventDay.day)) {
            noteGate(trace, a.claim.index, b.claim.index, 'evt');
            continue;
          }
          const score = MIN_DISAGREEMENT_SCORE + (shared.length > 0 ? 1 : 0) + (apart === 1 ? 1 : 0);
          if (best === null || score > best.score)
            best = {
              kind: 'figures',
              claims: [a.claim.index, b.claim.index],
              figures: [clockFigure(x.time), clockFigure(y.time)],
              shared,
              // Times of two happenings are two disputes ("the first call", "the first crew"): one per answering claim.
              key: `${CLOCK_KEY}${b.claim.index}`,
              score,
            };
        }
      }
      if (!best) continue;
      // Statements in turn ("the call came at 9.14pm" / "we dialled at 8.35pm" / "the crew arrived at 9.22pm"): an untied
      // answer answers the statement before it; a claim that answered or was answered so starts no second such dispute.
      if (best.shared.length === 0) {
        if (inTurn.has(a.claim.index) || inTurn.has(b.claim.index)) {
          noteGate(trace, a.claim.index, b.claim.index, 'ties');
          continue;
        }
        inTurn.add(a.claim.index).add(b.claim.index);
      }
      found.push(best);
    }
  }
  return found;
}

/** Prepositions after a statement's noun that open its topic: "the account of the semi-final", "the story about the kiosk". */
const TOPIC_PREPOSITIONS = new Set(['of', 'about', 'on', 'over', 'concerning', 'regarding']);
/** Words ending a statement's topic: "the account of the semi-final as fiction", "… of the kiosk, saying …". */
const TOPIC_ENDS = new Set(['as', 'and', 'but', 'saying', 'that', 'which', 'who', 'when', 'because', 'calling', 'adding', 'insisting']);
/** Words of a time after a statement's noun ("the memo on Thursday"): when it was made, not what it is about. */
const TOPIC_TIMES = WordClass.weekday | WordClass.month;
/** How many words after its preposition a statement's topic may run to. */
const TOPIC_WORDS = 5;
/** How many sentences back the statement a denial names by its topic may stand: as far as what a source was asked about. */
const TOPIC_SENTENCES = 12;

/** A word of a statement's topic: its topic key and its stem (a noun and a past form of one verb may have two keys and one stem). */
interface TopicWord {
  key: string;
  stem: string;
}

/**
 * The topic words of the statement a denial names by its noun and a topic ("rejected the league's account of the
 * semi-final", "there was no truth in the story about the kiosk"): the words after the preposition, names included, up to
 * a comma or a clause; empty when there is none or it opens on a figure ("the figure of 75", `repeatsFigure`'s case).
 */
function referentTopic(words: ClaimWords): TopicWord[] {
  const all = words.all;
  for (let i = 0; i + 2 < all.length; i++) {
    if (!REFERENTS.has(all[i]!.lower) || !TOPIC_PREPOSITIONS.has(all[i + 1]!.lower)) continue;
    if (words.text.slice(all[i]!.end, all[i + 2]!.start).trim() !== all[i + 1]!.lower) continue;
    const topic: TopicWord[] = [];
    for (let k = i + 2; k < Math.min(all.length, i + 2 + TOPIC_WORDS); k++) {
      const lower = all[k]!.lower;
      // "the figure of 75", "the memo on Thursday": a figure or a time, no topic.
      if (isNumberWord(lower) || NUMBER_WORDS.has(lower) || ((WORD_CLASSES.get(lower) ?? 0) & TOPIC_TIMES) !== 0) return [];
      // "the account of that meeting": right after the preposition, "that" is a determiner, no clause.
      // "called the account of the semi-final completely untrue": the topic ends where the statement is called untrue.
      if ((TOPIC_ENDS.has(lower) && !(k === i + 2 && ANAPHORS.has(lower))) || isDenialWord(lower)) break;
      if (UNTRUE_WORDS.has(lower) || UNTRUE_ADVERBS.has(lower)) break;
      const word = withoutPossessiveS(lower);
      const key = topicKeyOf(word);
      if (key !== '') topic.push({ key, stem: stemOfWord(word) });
      if (/[,;:—–(]/.test(words.text.slice(all[k]!.end, all[k + 1]?.start ?? all[k]!.end))) break;
    }
    return topic;
  }
  return [];
}

/**
 * The statement a denial names by its topic (`referentTopic`): the latest of another source up to `TOPIC_SENTENCES`
 * before it whose words (names included) hold every word of the topic, or one of them and another word the denial says;
 * the owner's the denial names ("the league's account") before any other source's. A forecast, a hedge or another denial
 * says nothing to answer; a statement of another event is none.
 */
function topicStatement(
  denial: Analysed,
  bySentence: ReadonlyMap<number, Analysed[]>,
  sameSource: (a: number, b: number) => boolean,
  trace: ConflictTrace | undefined,
): { statement: Analysed; keys: string[] } | null {
  const topic = referentTopic(denial.claim.words);
  if (topic.length === 0) return null;
  const owner = denial.pointsAtOwner;
  // The statements of the owner the denial names, as it goes by that noun or as the source of one that does.
  const owners: Analysed[] = [];
  const candidates: Array<{ statement: Analysed; keys: string[] }> = [];
  for (let back = 1; back <= TOPIC_SENTENCES; back++) {
    for (const a of bySentence.get(denial.claim.sentenceIndex - back) ?? []) {
      if (sameSource(a.claim.index, denial.claim.index)) continue;
      if (owner !== null && isOwnedBy(a, owner)) owners.push(a);
      if (a.denialVerb || a.forecastOnly || a.hedged || isQuestion(a.claim.words.text)) continue;
      const keys = new Set([...topicKeys(a.claim.words), ...a.claim.words.contentStems]);
      const named = topic.filter((word) => keys.has(word.key) || keys.has(word.stem)).map((word) => word.key);
      if (named.length === 0) continue;
      const also = [...denial.subject].filter((stem) => keys.has(stem) && !named.includes(stem));
      if (named.length < topic.length && also.length === 0) continue;
      candidates.push({ statement: a, keys: [...named, ...also] });
    }
  }
  // The latest, of the owner when the owner said one (the topic ties closer than an owner the attribution may have missed).
  const owned = (a: Analysed): boolean => owners.some((o) => o === a || sameSource(o.claim.index, a.claim.index));
  const statement = candidates.find((c) => owned(c.statement)) ?? candidates[0] ?? null;
  if (statement === null) return null;
  if (differentEvents(statement.statement, denial, true, true)) {
    noteGate(trace, statement.statement.claim.index, denial.claim.index, 'evt');
    return null;
  }
  return statement;
}

/** How many sentences back what a denial was "asked about" may have been said ("Asked about the bottles, …"). */
const ASKED_ABOUT_SENTENCES = 12;
/** How many words after "asked about" name what was asked, up to a comma or the speech verb. */
const ASKED_ABOUT_WORDS = 8;
const ASKED_WORDS = new Set(['asked', 'questioned', 'pressed']);

/** The topic keys of what the claim's source was "asked about" ("Asked about the bottles in residents' gardens, …"). */
function askedAbout(words: ClaimWords): string[] {
  const all = words.all;
  for (let i = 0; i + 1 < all.length; i++) {
    if (!ASKED_WORDS.has(all[i]!.lower) || all[i + 1]!.lower !== 'about') continue;
    const topic: string[] = [];
    for (let k = i + 2; k < Math.min(all.length, i + 2 + ASKED_ABOUT_WORDS); k++) {
      if (all[k]!.capitalised || isDenialWord(all[k]!.lower)) continue;
      const key = topicKeyOf(all[k]!.lower);
      if (key !== '') topic.push(key);
      if (words.text.slice(all[k]!.end, all[k + 1]?.start ?? all[k]!.end).includes(',')) break;
    }
    return topic;
  }
  return [];
}

/**
 * "Asked about the bottles in residents' gardens, Pryce said: "That is simply not the case."": a denial (a negation, a
 * denial verb, a statement called untrue) whose source was asked about something answers the latest assertion of another
 * source up to `ASKED_ABOUT_SENTENCES` before it that shares two words with what was asked and what the denial says, one
 * of them a word of what was asked. A forecast or a hedge asserts nothing to deny.
 */
function askedAboutDenials(
  analysed: readonly Analysed[],
  sameSource: (a: number, b: number) => boolean,
  trace?: ConflictTrace,
): Disagreement[] {
  const found: Disagreement[] = [];
  for (const b of analysed) {
    if (!(b.negated || b.denialVerb || b.pointsAtStatement) || b.future || b.hedged) continue;
    if (!b.claim.words.all.some((w) => ASKED_WORDS.has(w.lower))) continue;
    const topic = askedAbout(b.claim.words);
    if (topic.length === 0) continue;
    const answered = answerLatestSaying(analysed, b, new Set([...topic, ...b.subject]), ASKED_ABOUT_SENTENCES, sameSource, trace, {
      needs: (common) => common.some((key) => topic.includes(key)),
    });
    if (answered) found.push(answered);
  }
  return found;
}

/**
 * The denial `b` answering the latest statement of another source up to `sentences` before it that says two of `keys`
 * (not negated there; with `needs`, words it accepts; with `assertedOnly`, no negated statement): null when there is
 * none or it tells of another event. A forecast, a hedge or another denial says nothing to answer.
 */
function answerLatestSaying(
  analysed: readonly Analysed[],
  b: Analysed,
  keys: ReadonlySet<string>,
  sentences: number,
  sameSource: (a: number, b: number) => boolean,
  trace: ConflictTrace | undefined,
  { needs = () => true, assertedOnly = false }: { needs?: (common: string[]) => boolean; assertedOnly?: boolean },
): Disagreement | null {
  let best: Analysed | null = null;
  let shared: string[] = [];
  for (const a of analysed) {
    const apart = b.claim.sentenceIndex - a.claim.sentenceIndex;
    if (apart < 1 || apart > sentences || a.denialVerb || a.forecastOnly || a.hedged || (assertedOnly && a.negated)) continue;
    // "had 'no idea' the repair would take so long and had booked a contractor": what it negates is not what it asserts.
    const common = [...keys].filter((key) => a.subject.has(key) && !a.negatedStems.has(key));
    if (common.length < 2 || !needs(common) || sameSource(a.claim.index, b.claim.index)) continue;
    if (best === null || a.claim.sentenceIndex > best.claim.sentenceIndex) [best, shared] = [a, common];
  }
  if (best === null) return null;
  if (differentEvents(best, b, false, true)) {
    noteGate(trace, best.claim.index, b.claim.index, 'evt');
    return null;
  }
  return denialOf(best, b, shared, MIN_DISAGREEMENT_SCORE + (shared.length > 2 ? 1 : 0));
}

/** Words opening the question a doubted condition leads to: "…, why did …?", "…, where is …?". */
const DOUBTING_QUESTION_WORDS = new Set(['why', 'where', 'how', 'what', 'who']);
/** How many words a condition may run to before its comma. */
const CONDITION_WORDS = 12;
/** How far back what a rhetorical question doubts may have been said: as far as a plan denied (`PLAN_SENTENCES`). */
const DOUBTED_SENTENCES = 16;

/**
 * The topic keys of the condition of a question that opens on "if" (first in its quote or after a colon) and goes on,
 * past a comma, with a question word and a question mark: "If this field were full of sludge, why …?" gives field,
 * full, sludge.
 */
function conditionDoubted(words: ClaimWords): string[] {
  const content = words.content;
  for (let f = 0; f < content.length; f++) {
    if (content[f]!.lower !== 'if') continue;
    const gap = f === 0 ? '' : words.text.slice(content[f - 1]!.end, content[f]!.start);
    if (f > 0 && !/[:"“‘]/u.test(gap)) return [];
    const keys: string[] = [];
    for (let k = f + 1; k < Math.min(content.length - 1, f + 1 + CONDITION_WORDS); k++) {
      const word = content[k]!;
      const key = word.capitalised || isDenialWord(word.lower) ? '' : topicKeyOf(word.lower);
      if (key !== '') keys.push(key);
      if (!words.text.slice(word.end, content[k + 1]!.start).includes(',')) continue;
      // "…, why did twenty samples come back clean?" asked the councillor: the question may end before the attribution.
      return DOUBTING_QUESTION_WORDS.has(content[k + 1]!.lower) && words.text.includes('?', content[k + 1]!.end) ? keys : [];
    }
    return [];
  }
  return [];
}

/**
 * "If this field were full of sludge, why did twenty samples come back clean?": a question asking what would follow from
 * a condition says the condition is not so. It answers the latest assertion of another source up to `DOUBTED_SENTENCES`
 * before it that says two of the condition's words (not negated there); a forecast or a hedge asserts nothing to doubt.
 */
function doubtedConditions(
  analysed: readonly Analysed[],
  sameSource: (a: number, b: number) => boolean,
  trace?: ConflictTrace,
): Disagreement[] {
  const found: Disagreement[] = [];
  for (const b of analysed) {
    if (b.doubted.length < 2) continue;
    const answered = answerLatestSaying(analysed, b, new Set(b.doubted), DOUBTED_SENTENCES, sameSource, trace, { assertedOnly: true });
    if (answered) found.push(answered);
  }
  return found;
}

/** Words after "only" that make a part of a whole: "only some of them", "only part of the bonus", "only half". */
const PART_WORDS = new Set(['some', 'part', 'half', 'few', 'fraction', 'portion', 'share', 'partly', 'partially']);
/** Words after "not" that deny a whole: "not all", "not every", "not the full amount", "not in full", "not fully". */
const NOT_WHOLE_WORDS = new Set(['all', 'every', 'full', 'fully', 'whole', 'entire']);
/** Words saying something of all of a thing: "every worker", "all the invoices", "paid in full", "the entire sum". */
const WHOLE_WORDS_OF_EXTENT = new Set([...NOT_WHOLE_WORDS, 'each']);

/** Whether the content says something of all of a thing, of a part only, or neither (see `Analysed.extent`). */
function extentOf(content: ClaimWords['content']): 'whole' | 'part' | null {
  let whole = false;
  for (let i = 0; i < content.length; i++) {
    const lower = content[i]!.lower;
    if (lower === 'only' && (PART_WORDS.has(lowerAt(content, i + 1)) || PART_WORDS.has(lowerAt(content, i + 2)))) return 'part';
    if (lower === 'not' || lower.endsWith("n't") || lower.endsWith('n’t'))
      for (let k = i + 1; k <= i + 3; k++) if (NOT_WHOLE_WORDS.has(lowerAt(content, k))) return 'part';
    if (WHOLE_WORDS_OF_EXTENT.has(lower)) whole = true;
  }
  return whole ? 'whole' : null;
}

/** How far apart a part and the whole it denies may stand: as far as a negated reply paragraphs on (`FAR_KIND_SENTENCES`). */
const PART_SENTENCES = 8;

/**
 * "The bonus was paid in full to every worker" / "most workers received only part of the bonus", "the company did not
 * pay the full amount": a part said by one source of what another says of the whole denies it. Two sources up to
 * `PART_SENTENCES` apart, either first, sharing two subject words beside the words of extent; the nearest whole is
 * answered. The whole may not be negated, a forecast or a hedge.
 */
function partialDenials(
  analysed: readonly Analysed[],
  sameSource: (a: number, b: number) => boolean,
  trace?: ConflictTrace,
): Disagreement[] {
  const found: Disagreement[] = [];
  for (const part of analysed) {
    if (part.extent !== 'part' || part.hedged || part.future) continue;
    let best: Analysed | null = null;
    let shared: string[] = [];
    for (const whole of analysed) {
      const apart = Math.abs(part.claim.sentenceIndex - whole.claim.sentenceIndex);
      if (whole.extent !== 'whole' || apart < 1 || apart > PART_SENTENCES || whole.negated || whole.forecastOnly || whole.hedged) continue;
      const common = [...part.subject].filter(
        (stem) => whole.subject.has(stem) && !WHOLE_WORDS_OF_EXTENT.has(stem) && !PART_WORDS.has(stem),
      );
      if (common.length < 2 || sameSource(part.claim.index, whole.claim.index)) continue;
      const nearest = best === null || apart < Math.abs(part.claim.sentenceIndex - best.claim.sentenceIndex);
      if (nearest) [best, shared] = [whole, common];
    }
    if (best === null) continue;
    const [first, second] = best.claim.sentenceIndex < part.claim.sentenceIndex ? [best, part] : [part, best];
    if (differentEvents(first, second, false, true)) {
      noteGate(trace, first.claim.index, second.claim.index, 'evt');
      continue;
    }
    found.push(denialOf(first, second, shared, MIN_DISAGREEMENT_SCORE));
  }
  return found;
}

/** Words before a number of units of time that make a period running to now: "the past three years", "the last six months". */
const SMALL_NUMBERS = new Set('two three four five six seven eight nine ten eleven twelve'.split(' '));
const RUNNING_PERIOD_OPENERS = new Set(['past', 'last']);

/** A state said over a period running to now: "since 2022", "so far", "in each of the past three years". */
function spansPeriod(a: Analysed): boolean {
  if (a.cumulative) return true;
  const content = a.claim.words.content;
  for (let i = 2; i < content.length; i++) {
    const unit = content[i]!.lower;
    const count = content[i - 1]!.lower;
    if (
      unit.endsWith('s') &&
      (isTimeUnit(unit) || isTimeUnit(unit.slice(0, -1))) &&
      (isNumberWord(count) || SMALL_NUMBERS.has(count)) &&
      RUNNING_PERIOD_OPENERS.has(content[i - 2]!.lower)
    )
      return true;
  }
  return false;
}

/** A claim one or two sentences before `b` names `subject`: what a pronoun opening `b` stands for. */
function namedJustBefore(analysed: readonly Analysed[], b: Analysed, subject: string): boolean {
  const at = b.claim.sentenceIndex;
  return analysed.some((c) => c.claim.sentenceIndex < at && c.claim.sentenceIndex >= at - NEAR_SENTENCES && c.subject.has(subject));
}

/** How many sentences after a denial an assertion that the denier did it may stand: the denier's own quotes may come between. */
const DENIER_ANSWER_SENTENCES = 4;
/** How far after the denier's name the act denied may stand: "the front had fired". */
const DENIER_ACT_WINDOW = 4;

/**
 * "The front denied firing any shells." … "the army said the front had fired first": an
 * assertion after a denial that names the denier (its source's own name, not a word of the
 * denial) as doing what it denies (a word right after the denial verb, after the name) answers
 * it. The name must come first: "the army fired at the front" says nothing the front denied.
 */
function saysDenierDid(assertion: Analysed, denial: Analysed, stems: readonly string[]): number {
  const distance = assertion.claim.sentenceIndex - denial.claim.sentenceIndex;
  if (!denial.denialVerb || assertion.future || distance < 1 || distance > DENIER_ANSWER_SENTENCES) return 0;
  const names = stems.filter((stem) => !denial.subject.has(stem));
  const acts = stems.filter((stem) => denial.negatedStems.has(stem));
  if (names.length === 0 || acts.length === 0) return 0;
  const own = tieStems(assertion.claim.words);
  for (let i = 0; i < own.length; i++) {
    if (!names.includes(own[i]!)) continue;
    for (let k = i + 1; k <= Math.min(own.length - 1, i + DENIER_ACT_WINDOW); k++)
      if (acts.includes(own[k]!)) return MIN_DISAGREEMENT_SCORE;
  }
  return 0;
}

/**
 * "X has denied claims that it is planning to close the unit overnight." / two sentences on, "Cllr Y told the
 * committee that nurses at the unit had been warned their night shifts would end": news tells a denial first and
 * the accusation after it. A denial verb answers, on one subject word, the first statement of another source that
 * comes within four sentences after it, that source saying nothing before it and only the denier (or no source)
 * speaking between: the accuser introduced to explain what was denied. A denial with another source's statement
 * a sentence or two before it answers that ("The company rejected that, saying …"), not what follows.
 */
function accusationToldAfter(
  assertion: Analysed,
  denial: Analysed,
  tied: number,
  analysed: readonly Analysed[],
  sameSource: (a: number, b: number) => boolean,
): number {
  const distance = assertion.claim.sentenceIndex - denial.claim.sentenceIndex;
  if (!denial.denialVerb || tied === 0 || distance < 1 || distance > DENIER_ANSWER_SENTENCES) return 0;
  if (assertion.forecastOnly || assertion.hedged || denial.future) return 0;
  // ("the mill's story was contradicted by its own gauges": a passive names what it denies before the verb, no accuser to come)
  if (deniesInPassiveBy(denial.claim.words.all)) return 0;
  for (const other of analysed) {
    const at = other.claim.sentenceIndex;
    if (other === assertion || at >= assertion.claim.sentenceIndex) continue;
    // The accuser's first word in the article; between the two, only the denier speaks.
    if (sameSource(other.claim.index, assertion.claim.index)) return 0;
    const back = denial.claim.sentenceIndex - at;
    if ((back < 0 || back <= NEAR_SENTENCES) && !sameSource(other.claim.index, denial.claim.index)) return 0;
  }
  return MIN_DISAGREEMENT_SCORE;
}

/**
 * A denial pointing back answers a claim one or two sentences before it on the same subject
 * (a shared subject word at least): 2, plus one when it is the sentence right before, plus
 * each shared subject word. A negated restatement needs two
 * shared subject words, and counts them and nearness; one is enough for an assertion standing
 * right after it (a rebuttal).
 */
/** `asked`: questions right before the denial, not counted in the distance. */
function denialScore(assertion: Analysed, denial: Analysed, shared: number, stems: readonly string[] = [], asked = 0): number {
  const distance = denial.claim.sentenceIndex - assertion.claim.sentenceIndex - asked;
  const answers = denial.anaphoric && distance > 0 && distance <= NEAR_SENTENCES;
  // "The ministry denied that." answers the sentence right before it, whatever its words.
  if (answers && shared === 0) {
    // A promise or a forecast ("nobody will be left alone") is no statement of fact to deny; its figure is ("the cut will
    // cost 1,200 jobs" / "rejected that figure").
    const figures = denial.pointsAtFigures && assertion.measured.length > 0;
    const meant =
      denial.pointsAtStatement && distance === 1 && (!assertion.forecastOnly || figures) && (!denial.pointsAtFigures || figures);
    // "rejected that figure" right after a figure is tied to it more closely than to a word in common further back.
    return meant ? MIN_DISAGREEMENT_SCORE + (figures && denial.demonstrative ? 1 : 0) : 0;
  }
  if (answers) return 2 + (distance === 1 ? 1 : 0) + shared;
  // "the company had never dumped sludge at the site" / the next sentence, another source:
  // "inspectors had found sludge four metres deep": an assertion right after a negation answers it.
  // The shared word must be what is negated ("never dumped sludge"), not where ("no one was hurt in the valley").
  // Or what the assertion says of every one: "12 shipments had not been inspected" / "every shipment on the manifest was checked".
  if (
    shared === 1 &&
    distance === -1 &&
    !denial.denialVerb &&
    !assertion.future &&
    stems.some((stem) => denial.negatedStems.has(stem) || assertion.universal.has(stem))
  )
    return MIN_DISAGREEMENT_SCORE;
  // The mirror of the rebuttal: a negated claim of another source right after an assertion answers it
  // on one shared word when that word is what it negates: "40 homes had been flooded" / "there had been
  // no flooding", "had threatened to cut the wages" / "nobody had been threatened".
  if (
    shared === 1 &&
    distance === 1 &&
    !denial.denialVerb &&
    !assertion.forecastOnly &&
    !denial.future &&
    stems.some((stem) => denial.negatedStems.has(stem) && !denial.negatedSubject.has(stem))
  )
    return MIN_DISAGREEMENT_SCORE;
  if (shared < 2) return 0;
  return shared + near(assertion, denial);
}
