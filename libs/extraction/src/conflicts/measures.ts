import { boundedMemo } from '../bounded-memo';
import { BE_FORMS, IRREGULAR_PARTICIPLES, MONTHS, WEEKDAYS, WORD_CLASSES, WordClass } from '../lexicon';
import { endsWithPossessiveS, lowerCase, splitAtSpaces, withoutPossessiveS } from '../text-chars';
import { lowerAt } from '../tokenizer';
import personHypernymsJson from './person-hypernyms.json';
import { sameThingOf } from './same-thing';
import { isPersonPluralInMen } from '../quantities/counted-noun';
import type { Quantity } from '../quantities/quantity';
import { baseUnitOf } from '../quantities/unit-conversion';
import { UNIT_WORDS } from '../quantities/units';
import { stemOfWord, topicKeys, US_PLURAL, type ClaimWords, type ConflictWord } from './claim-words';
import {
  CASUALTY_NOUNS,
  casualtyClassOf,
  CHANGE_WORDS,
  countedCasualtyClassOf,
  CURRENCY_NOUNS,
  eventNounAt,
  JOB_LOSS_WORDS,
  MONEY_KINDS,
  ATTENDANCE_NOUNS,
  ATTENDANCE_WORDS,
  LEAVE_WORDS,
  LEFT_PLACES,
  PEOPLE_NOUNS,
  ZERO_WORDS,
  type CasualtyClass,
} from './disagreement-lexicon';

/** The values a statement allows, [low, high]. */
export type Interval = [number, number];

/**
 * One figure of a claim, with what it measures. The kinds of measure compared:
 * - `casualty`: people killed, hurt, driven from their homes or arrested ("12 people were killed",
 *   "no one was hurt", "the death toll rose to 14", "5,000 people fled", "23 arrests"), by class;
 * - `count:<noun>`: a number of things or people ("1,350 votes", "340 measles cases");
 * - `share`: a percentage or fraction ("25 percent", "a third", "a majority of voters");
 *   `share-change`: a change in percent ("grew by 2.4 percent", "growth of 0.8 percent"); `points`: percentage points;
 * - `money:<currency>`, `unit:<unit>`: an amount of money or a physical measure ("35 tonnes");
 * - `duration`: a span of time, in hours ("lasted 12 hours", "within two hours");
 * - `date`: a calendar day ("on May 4"), for disputes over when something happened.
 */
export interface Measured {
  /** The bucket compared: 'casualty', 'count:vote', 'share', 'money:EUR', 'unit:tonne'. */
  key: string;
  /** For casualties, what is counted. */
  casualty?: CasualtyClass;
  interval: Interval;
  /** The figure as written ("at least 20 people", "no one was hurt"). */
  figure: string;
  /** Measure words near the figure, each with the measure word written right before it ('' for none): "youth unemployment" → unemployment ← youth. */
  words: Map<string, string>;
  /**
   * What narrows what is counted: the words before the counted noun and the participle after it
   * ("new flats", "flats we approved", "empty flats"). Two figures with qualifiers, none shared,
   * count different things.
   */
  qualifiers: string[];
  /**
   * What a share says of what it counts ("half of the flats are holiday lets" → holiday, let); for a place in a ranking,
   * the noun phrase it heads ("the second-largest container terminal" → container, terminal). Empty when not said so.
   */
  complement: string[];
  /** Index of the figure's first content word. */
  at: number;
  /**
   * The figure's measure is only a definite noun that points back at a figure just given: "put
   * the loss at 18 percent", "the share is closer to 60 percent", "estimated it at 4,000".
   */
  refersBack?: boolean;
  /** What a sum of money is ("budget", "cost", "fine": `MONEY_KINDS`), when the claim says so. */
  moneyKind?: string;
  /** A count's noun as written, singular ("house" of a count of "home"): two nouns of one thing are two words for it. */
  noun?: string;
  /**
   * What happened to the things a count counts, as a casualty class: "150 dead fish", "killed about 2,000 fish"
   * (death). A count and a casualty figure of one class may count one thing (`figure-pairing.ts`).
   */
  happening?: CasualtyClass;
  /**
   * The verbs said of a count's things or of its occasions, right beside it, without their ending ("1,400 services were
   * cancelled" → cancell, "walked out on four occasions" → walkout, walk): what a count of the act's noun ("610 cancellations",
   * "two walkouts") counts too (`actOfCount` of `figure-pairing.ts`).
   */
  acts?: string[];
  /**
   * The acts of `acts` the count's things did themselves: a verb right after the count in the active voice ("1,900 cabin
   * crew walked out" → walkout, "380 residents had signed" → sign; not "40 people were moved"). What a count of the act's
   * doers ("1,300 strikers", "120 signers") counts too (`actOfCount` of `figure-pairing.ts`).
   */
  doers?: string[];
  /** Some verb is said of the count's things right beside it ("40 sheep were moved"), short ones too: they underwent an act. */
  acted?: boolean;
  /**
   * What befell the things a count counts, as a word of `FATES` ("destroyed 11 houses", "400 houses were swept away",
   * "2,900 homes had been damaged"): counts of one fate count one thing, counts of two fates two (`fateRelation`).
   */
  fate?: Fate;
  /** A count of a whole group ("a bus carrying 34 pupils", "12 of its 40 members"): a part of it is no other figure for it. */
  whole?: boolean;
  /**
   * Whose stock a count counts, by the possessive right before its figure: the stems of a named owner ("the Dunwick Water
   * Board's 60 tankers" → dunwick, water, board), or none for the claim's own source ("its 40 tankers", "their 12
   * depots"). Counts of two owners' stocks are two figures (`ownersApart`).
   */
  owner?: readonly string[];
  /** An amount each one of a group has ("40 percent of homes own two cars", "three doses each"): no tally of all. */
  each?: boolean;
  /**
   * An amount in a unit for each unit of another ("2.5 milligrams per litre", "300 grams per tonne"): a concentration,
   * of the substance its words name; two of them naming no substance in common are two measures.
   */
  perUnit?: boolean;
  /**
   * What a thing can hold or carry, not what it held or carried ("the lane can carry 600 vehicles an hour", "capacity for
   * 90 buses", "was designed to handle 3,200"): another measure than a count of what was there.
   */
  capacity?: boolean;
  /**
   * The grade a rating gave the things counted ("rated 14 beaches as poor" → poor): a count of what earned a grade is
   * another measure than a count of what something else befell, or of another grade.
   */
  grade?: string;
  /**
   * What a share says happened to what it counts, as stems: the verb right after the counted noun ("trains cancelled",
   * "trains now arrive within five minutes", "sailings were cancelled", "sailings left more than ten minutes late").
   * Shares of two outcomes of one service are two measures.
   */
  outcomes?: string[];
  /**
   * How many times a year the figure is had: 12 for a rate a month ("25 a month", "4 percent every month"), 1 for a
   * rate a year or a count over a year ("38 percent a year", "closed 8 outlets over the year"). Two figures whose
   * periods are both known are compared per year.
   */
  perYear?: number;
  /** The rate's words as written ("a month"), for the description. */
  rate?: string;
  /** The most any one reached ("up to nine hours", "as many as 40"): an upper bound of every one below it contradicts it. */
  maximum?: boolean;
  /**
   * One of counts the claim adds up ("71 people from the north block and 64 from the south block": 71), measured also as
   * their sum: a part of another source's total, which only a part larger than the total contradicts.
   */
  part?: boolean;
  /**
   * How much a direction moved, in what (`count` or a `money:` key), when the claim says so: "2,000 fewer season
   * tickets" (2,000), "£9 higher than last year" (£14), "fallen by 4 percent, to 7,450" (what 4 percent of the level
   * before 7,450 is, about 310). Two sizes in one unit are compared as figures are.
   */
  size?: { unit: string; interval: Interval };
  /**
   * A share of things past or within a span of time ("one in three trains arrived more than five minutes late": over, 5
   * minutes; "88 per cent arrived within five minutes": within): the share past a span and the share within it add up
   * to the whole.
   */
  threshold?: { side: 'over' | 'within'; value: number; unit: string };
  /**
   * A sum that is what one side offers ("had offered the trust £12,000", "an offer of £25,000"): a bargaining position,
   * not a figure of what is owed, claimed, withheld or spent; compared with another offer only.
   */
  offer?: boolean;
  /**
   * A span of time that dates something by another event ("two days before the meeting", "eight minutes after the ferry
   * left"): how long before or after, not how long something lasted; compared with a span of the same direction only.
   */
  offset?: 'before' | 'after';
}

const WINDOW_BEFORE = 8;
const WINDOW_AFTER = 4;
/** How far from a figure a casualty word still says what it counts: "12 people were reportedly killed". */
const CASUALTY_AFTER = 6;
const CASUALTY_BEFORE = 10;
/** How far before a bare count its noun may stand: "measles cases in the province rose to 1,180". */
const NOUN_BEFORE = 6;

/**
 * The figures of a claim that can be compared with another source's: counts, shares, money
 * and measures in its content, and zero expressions ("no one was hurt"). `offset` is where the
 * claim starts in the text the quantities' offsets point into.
 */
/** Nouns of people an age after "under" or "over" bounds: "girls under 14", "drivers over 70". */
const AGE_HOLDERS = new Set([
  'children',
  'kids',
  'pupils',
  'people',
  'adults',
  'men',
  'women',
  'boys',
  'girls',
  'babies',
  'infants',
  'patients',
  'residents',
  'drivers',
  'those',
  'anyone',
  'everyone',
]);

/** The figure at content word `first` is an age: "aged 11", or "under"/"over" it right after a noun of people. */
function isAgeBound(content: ClaimWords['content'], first: number): boolean {
  const before = content[first - 1]?.lower ?? '';
  if (before === 'aged') return true;
  const bound = content[first]!.lower;
  return (bound === 'under' || bound === 'over') && AGE_HOLDERS.has(before);
}

export function measuresOf(
  words: ClaimWords,
  quantities: readonly Quantity[],
  offset: number,
): { measured: Measured[]; inFigure: Uint8Array } {
  const { content } = words;
  if (content.length === 0) return { measured: [], inFigure: new Uint8Array(0) };
  // Content words covered by each quantity: the figures' own words say nothing of what is measured.
  const spans: Array<[number, number, Quantity]> = [];
  let w = 0;
  for (const q of quantities) {
    const start = q.start - offset;
    const end = q.end - offset;
    while (w < content.length && content[w]!.end <= start) w++;
    let last = w;
    while (last < content.length && content[last]!.start < end) last++;
    if (last > w && content[w]!.start >= start - 1) spans.push([w, last, q]);
  }
  const inFigure = new Uint8Array(content.length);
  for (const [first, last] of spans) inFigure.fill(1, first, last);

  const measured: Measured[] = [];
  // The measure read from each span (none for a span read as none), for a share and the whole it is of.
  const bySpan: Array<Measured | undefined> = [];
  spans.forEach(([first, last, q], s) => {
    // "girls under 14", "drivers over 70", "pupils aged 11": an age bounding who is counted, no count of its own.
    if (isAgeBound(content, first)) return;
    const m = measureOf(words, q, first, last, inFigure);
    if (!m) return;
    bySpan[s] = m;
    // "had lost 72 lifeguards in two years", "52,000 people came in its first two weeks": a span after "in", "over" or
    // "during" following another figure of the claim is the period that figure is counted over, no span of time of its own.
    if (m.key.endsWith('duration') && periodOfFigure(content, first, measured)) return;
    if (m.key.startsWith('money:') && (m.moneyKind === 'offer' || offeredBefore(words, first, inFigure))) m.offer = true;
    if (m.key.endsWith('duration')) {
      const offset = offsetAfter(words, first, last);
      if (offset) m.offset = offset;
    }
    if (m.key.endsWith('share') && !q.counted) ofCountedWords(words, last, spans[s + 1], m.words);
    // "less than a third of the 15 million pounds pledged": the sum is a whole the claim gives a part of.
    if (m.key.startsWith('money:') && isWholeOfShare(words, first, spans[s - 1])) m.whole = true;
    // "70 percent of the 16 kilometres of fencing": a physical amount after a share is the whole the share is of.
    if (m.key.startsWith('unit:') && shareBeforeWhole(words, spans[s - 1], first, bySpan[s - 1])) m.whole = true;
    if (m.key.includes('count:')) {
      if (isCapacity(words.content, first, inFigure)) m.capacity = true;
      const grade = gradeOf(words.content, last, inFigure);
      if (grade) m.grade = grade;
      if (isWhole(words, first, last, inFigure)) m.whole = true;
      const owner = ownerBefore(words, first);
      if (owner) m.owner = owner;
      if (isEach(words, first, last) || afterShareOfGroup(words, spans.slice(0, s), first)) m.each = true;
      if (perUnitAfter(words, last)) m.perUnit = true;
    }
    measured.push(m);
    // "71 people from the north block and 64 from the south block": the two counts are parts of their sum, 135 people.
    const sum = m.whole ? null : sumOfParts(words, m, spans, s, inFigure);
    if (sum) {
      m.part = true;
      measured.push(sum);
    }
    // "close 30 of its 210 stores": the part counts the whole's noun too.
    const part = m.whole ? partBefore(words, spans[s - 1], first) : null;
    const interval = part ? intervalOf(part) : null;
    if (part && interval) measured.push({ ...m, whole: false, interval, figure: part.text, at: spans[s - 1]![0] });
  });
  measured.push(...sharesOfCountedWholes(words, spans, bySpan));
  wholesOfParts(measured, null);
  // "the fuel duty rise alone would raise £7.2bn", "6m of our reserves on children's placements alone": a part of a larger
  // whole, which only a part larger than another source's whole contradicts.
  if (measured.length > 0 && saysAlone(content)) for (const m of measured) if (!m.whole && PARTS_BY_ALONE.test(m.key)) m.part = true;
  for (const m of measured) {
    // "2,100 callers had waited longer than an hour" / "9,000 callers had waited over ten minutes": a count of
    // what passed a span of time counts another thing for another span.
    if (m.key.startsWith('count:') || m.key.startsWith('future:count:')) {
      const threshold = thresholdOf(words, m, spans) ?? oneUnitThreshold(words.content, m.at, inFigure);
      if (threshold) m.threshold = threshold;
    }
    if (m.key !== 'share' && m.key !== 'future:share') continue;
    m.threshold = thresholdOf(words, m, spans);
    const outcomes = outcomesOf(words, m, inFigure);
    if (outcomes.length > 0) m.outcomes = outcomes;
  }
  measured.push(
    ...zeroCasualties(words, inFigure),
    ...majorityShares(words, inFigure),
    ...directionsOf(words, spans, inFigure),
    ...howOften(words, inFigure),
    ...ranksOf(words, spans, inFigure),
    ...spansOfOneUnit(words, inFigure),
  );
  return { measured, inFigure };
}

function measureOf(words: ClaimWords, q: Quantity, first: number, last: number, inFigure: Uint8Array): Measured | null {
  // A part of a figure given before it ("65,000 people, including 960 children") is no measure of the whole's: a count of
  // it is a part of that whole (`PENDING_PART`, keyed by the whole once it is found: `wholesOfParts`).
  if (isPart(words, first, last)) {
    // "examined every balcony and found corrosion on only four of them": with no figure before, "them" is the noun named before.
    const antecedent =
      q.kind === 'count' && !q.counted && !figureBefore(words, first, inFigure) ? antecedentOfThem(words, first, last) : null;
    if (!antecedent) return q.kind === 'count' ? partOfWhole(words, q, first, last, inFigure) : null;
    const m = withInterval(words, q, first, last, inFigure, `count:${countedNoun(antecedent)}`);
    if (m) m.noun = singular(antecedent);
    return m;
  }
  if (q.unit === 'percentage-point') return withInterval(words, q, first, last, inFigure, 'points');
  const share = q.kind === 'percent' || q.kind === 'fraction' || (q.kind === 'range' && q.unit === 'percent');
  // "rose by 9 percent", "up 3 percent": a change, not a level.
  // A forecast or a target ("would fall below 3 percent") is compared with forecasts only.
  const tense = isFuture(words, first) || modalAfter(words, last) ? 'future:' : '';
  // "over half a year", "half an hour": a fraction of a unit of time is a span of time, not a share.
  const ofTime = q.kind === 'fraction' && !q.counted ? timeUnitAfterArticle(words, last) : undefined;
  if (ofTime !== undefined) return withInterval(words, q, first, last, inFigure, `${tense}duration`, undefined, ofTime);
  if (share) {
    // "was 7 percent higher than in 2030": a comparison with an earlier time is a change too.
    const against = changeOf(words, q, first, last, inFigure) === null ? changeAgainstEarlier(words, last, inFigure) : null;
    const change = against?.change ?? changeOf(words, q, first, last, inFigure);
    const m = withInterval(words, q, first, last, inFigure, `${tense}${change ? 'share-change' : 'share'}`);
    // The direction is the measure: "grew by 2.4 percent" and "growth was 0.8 percent" are both an increase.
    if (m && change && change !== 'change') {
      for (const word of m.words.keys()) if (CHANGE_WORDS.has(word)) m.words.delete(word);
      if (against) m.words.delete(against.word);
      m.words.set(change, '');
    }
    return m;
  }
  // "between 10 and 15 cubic metres", "5 to 7 million euros", "two to three hours": a range is read as its unit's kind.
  const kind = q.kind === 'range' && q.unit ? rangeKind(q.unit) : q.kind;
  // A sum of money is an estimate whatever the tense: "will cost 1.2 billion" answers "put the cost at €2.1bn".
  if (kind === 'money' && q.unit)
    return withMoneyKind(withInterval(words, q, first, last, inFigure, `money:${q.unit}`), words, first, last, inFigure);
  if (kind === 'measure' && q.unit) {
    // "four metres" and "80 centimetres" are one measure on one scale; a unit of conventional size ("ton", "gallon") keeps its own.
    const base = baseUnitOf(q.unit);
    if (base && !base.approximate)
      return withInterval(words, q, first, last, inFigure, `${tense}unit:${base.dimension}`, undefined, base.factor);
    return withInterval(words, q, first, last, inFigure, `${tense}unit:${q.unit}`);
  }
  // "diversions had happened on 19 days": days something happened on are occasions, no span.
  if (kind === 'duration' && q.unit === 'day' && words.content[first - 1]?.lower === 'on')
    return occasions(withInterval(words, q, first, last, inFigure, `${tense}${OCCASION_KEY}`));
  if (kind === 'duration') return durationOf(words, q, first, last, inFigure, tense);
  if (q.kind === 'date') return dateOf(words, q, first, last, inFigure, tense !== '');
  if (q.kind !== 'count' && !(q.kind === 'range' && !q.unit)) return null;
  // "night trams on line 3", "the ward 7 nurses": a bare number naming one thing of its kind is a label, no count.
  if (q.kind === 'count' && !q.counted && isLabelNumber(words, first, last, inFigure)) return null;
  // "took on 2,000 fewer apprentices than last year": a difference is a change of the count, no count of its own.
  const difference = q.counted ? differenceOf(words, q, first, last, inFigure) : null;
  if (difference) return difference;
  let head = nounAfter(words, last, inFigure) ?? (q.counted ? headOf(q.counted) : listItemNoun(words, first, last, inFigure));
  // "The death toll from Tuesday's collapse stood at 31": a bare figure after a verb of level is the value of its clause's
  // subject, however far back that subject's head stands; before a noun nearer the figure when that noun stands in an
  // aside between commas ("The attendance, announced by the organisers, was 4,350").
  const subject = head === null && q.kind === 'count' ? clauseSubjectOf(words, first, inFigure) : null;
  if (head === null && !q.counted && !subject?.aside) head = nounBefore(words, first, inFigure) ?? numberOfBefore(words, first, inFigure);
  if (head === null && subject) head = subject.head;
  const casualty =
    headCasualty(head) ??
    countedCasualty(q) ??
    nearCasualty(words, first, last, inFigure) ??
    subject?.cls ??
    (head && ATTENDANCE_NOUNS.has(head) ? 'attended' : null);
  // "the official attendance … was 9,412": a subject that names the class counts people, as "the crowd" does.
  if (casualty && subject?.cls && !isPeople(head!, null)) head = null;
  if (casualty && (!head || isPeople(head, q.counted) || CASUALTY_NOUNS.has(head) || ATTENDANCE_NOUNS.has(head))) {
    const m = withInterval(words, q, first, last, inFigure, 'casualty', casualty);
    // "12 soldiers" and "3 civilians" killed are two counts; "12 people" is any of them.
    if (m && head && !GENERIC_PEOPLE.has(head) && !CASUALTY_NOUNS.has(head) && !ATTENDANCE_NOUNS.has(head))
      m.qualifiers.push(singular(head));
    return m;
  }
  // "retreating by 5m a year" / "moving back by about 1.5m a year": a bare "5m" with no noun and no currency is metres or
  // millions of something unsaid, the same for both such figures: one measure, compared when a word ties them.
  if (!head && q.kind === 'count' && BARE_M.test(q.text)) return withInterval(words, q, first, last, inFigure, `${tense}${BARE_M_KEY}`);
  if (!head) {
    // "the true figure was a few hundred": no noun, the figure answers the count just given by another source.
    return refersBack(words, first) ? withInterval(words, q, first, last, inFigure, `${tense}${ANY_COUNT}`) : null;
  }
  // "87 times", "on 31 occasions": how often something happened; "three times the budget" is a multiple, no count.
  if (OCCASION_NOUNS.has(head)) {
    const after = words.content[last]?.lower === head ? last + 1 : last;
    const next = words.content[after]?.lower ?? '';
    // "four times faster", "three times higher": a comparative after it makes a multiple too. "On four occasions over pay"
    // is no multiple: only "times" makes one.
    const multiple = MULTIPLE_AFTER.has(next) || (next.endsWith('er') && next.length > 4) || next === 'worse' || next === 'better';
    if (multiple && head === 'times') return null;
    return withActs(
      occasions(withInterval(words, q, first, last, inFigure, `${tense}${OCCASION_KEY}`)),
      words,
      first,
      last,
      inFigure,
      true,
    );
  }
  // "850 job losses", "300 job cuts": the posts are what is counted, their loss what happened to them ("cut 200 jobs").
  const lost = postsLost(q, head);
  if (lost) head = lost;
  const noun = unfilled(words, first, last, singular(head)) ? VACANCY : singular(head);
  const m = withInterval(words, q, first, last, inFigure, `${tense}count:${noun === VACANCY ? VACANCY : countedNoun(head)}`);
  if (m) m.noun = noun;
  if (m && lost) m.qualifiers = m.qualifiers.filter((word) => word !== noun);
  const happening = m ? happeningNextTo(words, q, first, last, inFigure) : null;
  if (m && happening) m.happening = happening;
  withActs(m, words, first, last, inFigure, false);
  const fate = m ? fateNextTo(words.content, first, last, inFigure) : null;
  if (m && fate) m.fate = fate;
  // "700 million crowns": a currency the quantities stage reads as a counted noun is still money.
  return CURRENCY_NOUNS.has(head) ? withMoneyKind(m, words, first, last, inFigure) : m;
}

/** How often something happened, whatever the words: "87 times", "on 31 occasions", "on 19 days", "once", "twice". */
export const OCCASION_KEY = 'count:occasion';
const OCCASION_NOUNS = new Set(['times', 'occasions', 'occasion']);
/** Words after "N times" that make a multiple of it: "three times the budget", "four times as many", "twice more". */
const MULTIPLE_AFTER = new Set([
  'the',
  'as',
  'more',
  'less',
  'higher',
  'lower',
  'larger',
  'bigger',
  'greater',
  'over',
  'that',
  'what',
  'its',
  'their',
]);

function occasions(m: Measured | null): Measured | null {
  if (m) m.noun = 'occasion';
  return m;
}

/** Adverbs of how often: "inspected once in the past year", "had been inspected twice". */
const HOW_OFTEN: ReadonlyMap<string, number> = new Map([
  ['once', 1],
  ['twice', 2],
  ['thrice', 3],
]);
/** Words after "once" that make no count of it: "once again", "once more", "once the work is done", "at once". */
const NOT_HOW_OFTEN_AFTER = new Set([
  'again',
  'more',
  'the',
  'a',
  'an',
  'it',
  'they',
  'he',
  'she',
  'we',
  'you',
  'its',
  'their',
  'this',
  'that',
  'as',
  'upon',
]);
const NOT_HOW_OFTEN_BEFORE = new Set(['at', 'all', 'for', 'than', 'the', 'and', 'or', 'but']);

/** "was inspected once in the past year": an adverb of how often after a verb is a count of occasions. */
function howOften(words: ClaimWords, inFigure: Uint8Array): Measured[] {
  const { content } = words;
  const found: Measured[] = [];
  for (let i = 1; i < content.length; i++) {
    const value = HOW_OFTEN.get(content[i]!.lower);
    if (value === undefined || inFigure[i]) continue;
    if (NOT_HOW_OFTEN_BEFORE.has(content[i - 1]!.lower) || NOT_HOW_OFTEN_AFTER.has(content[i + 1]?.lower ?? '')) continue;
    const around = wordsAround(words, i, i + 1, inFigure);
    around.delete(content[i]!.lower);
    found.push({
      key: OCCASION_KEY,
      interval: [value, value],
      figure: content[i]!.lower,
      words: around,
      qualifiers: [],
      complement: [],
      at: i,
      noun: 'occasion',
    });
  }
  return found;
}

/** A figure read from words, with no qualifier: a place in a ranking, a direction, a span of one unit. */
function plainMeasure(
  key: string,
  interval: Interval,
  figure: string,
  words: Map<string, string>,
  at: number,
  complement: string[] = [],
): Measured {
  return { key, interval, figure, words, qualifiers: [], complement, at };
}

/** A place in a ranking: "the highest jobless rate" (1), "the second-highest attendance", "ranks third", "in fifth place". */
export const RANK_KEY = 'rank';
/**
 * Superlatives by the end of the ranking they count from: "second-highest" and "fifth-best" count from the top, "the
 * lowest" from the bottom. Others ("longest", "oldest") count from their own end, keyed by themselves.
 */
const RANK_POLES: ReadonlyMap<string, string> = new Map([
  ...'highest largest biggest greatest best top busiest'.split(' ').map((word): [string, string] => [word, 'top']),
  ...'lowest smallest worst fewest poorest bottom'.split(' ').map((word): [string, string] => [word, 'bottom']),
]);
/** Superlatives a rank is read from: `RANK_POLES` and a few that measure one thing each. */
const RANK_SUPERLATIVES = new Set([...RANK_POLES.keys(), 'longest', 'shortest', 'oldest', 'deadliest', 'fastest', 'slowest']);
/** Ordinal words before a hyphen and a superlative: "second-highest", "third-largest". */
const RANK_ORDINALS: ReadonlyMap<string, number> = new Map(
  'first second third fourth fifth sixth seventh eighth ninth tenth'.split(' ').map((word, i): [string, number] => [word, i + 1]),
);
/** Verbs placing a thing in a ranking by an ordinal after them: "ranks third", "came second", "finished fifth". */
const RANK_VERBS = new Set('rank ranks ranked came comes finished finishes placed sits sat lies lay'.split(' '));
/** Nouns after an ordinal that make it a place in a ranking: "in third place", "the fifth position". */
const RANK_NOUNS = new Set(['place', 'position', 'spot']);
/** "one of the highest", "among the largest": a superlative of a group places nothing at the top. */
const GROUP_OF_SUPERLATIVE = new Set(['of', 'among', 'amongst']);
/** How far after a place "of" may open the whole ranked: "the highest jobless rate of the nine regions". */
const RANK_OF_WITHIN = 4;

/** A superlative, or an ordinal joined to one ("fifth-best"): a word of a place in a ranking. */
function isRankWord(word: string): boolean {
  const dash = word.indexOf('-');
  return RANK_SUPERLATIVES.has(dash > 0 ? word.slice(dash + 1) : word);
}

/** Words of a ranking that say nothing of what is ranked. */
const RANK_FILLERS = new Set([...RANK_NOUNS, 'rank', 'ranking', 'behind', 'ahead']);

/**
 * Places in a ranking (`RANK_KEY`): a superlative after "the" or a possessive is first ("the highest jobless rate of the
 * nine regions"), an ordinal joined to one its place ("the second-highest average attendance", "the fifth-best"), an
 * ordinal after a verb of ranking or before "place" a place from the top ("ranks third of the nine", "in third place").
 * The key says which end the place counts from; what is ranked are the words around it, with the noun of the whole
 * ranked ("of the country's nine regions"). "one of the highest" places nothing.
 */
function ranksOf(words: ClaimWords, spans: ReadonlyArray<readonly [number, number, Quantity]>, inFigure: Uint8Array): Measured[] {
  const { content } = words;
  const found: Measured[] = [];
  const add = (at: number, last: number, place: number, pole: string): void => {
    const around = wordsAround(words, at, last, inFigure);
    // The place's own words rank, they narrow nothing: "the second-highest average attendance" is an average attendance.
    for (const [word, before] of [...around]) {
      if (RANK_FILLERS.has(word) || isRankWord(word)) around.delete(word);
      else if (isRankWord(before)) around.set(word, '');
    }
    // "of the country's nine regions": the whole ranked names what is ranked.
    let of = last;
    while (of < Math.min(content.length, last + RANK_OF_WITHIN) && content[of]!.lower !== 'of' && !inFigure[of]) of++;
    const whole = content[of]?.lower === 'of' ? spans.find(([first]) => first > of && first <= of + 3) : undefined;
    if (whole?.[2].counted) around.set(measureKey(headOf(whole[2].counted)), '');
    // "the second-largest container terminal" and "the fifth-largest employer" rank two things.
    const ranked: string[] = [];
    for (let i = last; i < Math.min(content.length, last + RANK_OF_WITHIN) && !inFigure[i] && !clauseBreakBefore(words, i); i++) {
      if (!isMeasureWord(content[i]!.lower) || RANK_FILLERS.has(content[i]!.lower)) break;
      ranked.push(measureKey(content[i]!.lower));
    }
    found.push(
      plainMeasure(`${RANK_KEY}:${pole}`, [place, place], words.text.slice(content[at]!.start, content[last - 1]!.end), around, at, ranked),
    );
  };
  for (let i = 0; i < content.length; i++) {
    const lower = content[i]!.lower;
    const dash = lower.indexOf('-');
    if (dash > 0) {
      const place = RANK_ORDINALS.get(lower.slice(0, dash));
      const superlative = lower.slice(dash + 1);
      if (place !== undefined && RANK_SUPERLATIVES.has(superlative)) add(i, i + 1, place, RANK_POLES.get(superlative) ?? superlative);
      continue;
    }
    if (RANK_SUPERLATIVES.has(lower) && !inFigure[i]) {
      const before = lowerAt(content, i - 1);
      const owner = before === 'the' || POSSESSIVES.has(before) || endsWithPossessiveS(before);
      if (owner && !GROUP_OF_SUPERLATIVE.has(lowerAt(content, i - 2))) add(i, i + 1, 1, RANK_POLES.get(lower) ?? lower);
      continue;
    }
    if (!inFigure[i]) continue;
    const span = spans.find(([first]) => first === i);
    if (!span || span[2].kind !== 'ordinal' || span[2].value === null) continue;
    const [, last, q] = span;
    if (RANK_VERBS.has(lowerAt(content, i - 1)) || RANK_NOUNS.has(lowerAt(content, last))) add(i, last, q.value!, 'top');
  }
  return found;
}

/** How far before a count of things (of occasions) and after it a verb said of them may stand: "cancelled 30 trains", "1,400 services were cancelled", "discharged untreated waste into the river 87 times". */
const ACT_BEFORE = 2;
const ACT_BEFORE_OCCASIONS = 8;
const ACT_AFTER = 4;
/** Words after a verb that make one verb with it, as its noun has them: "walked out" (walkout), "laid off" (layoff). */
const PARTICLES = new Set(['out', 'off', 'down', 'up']);
/** The shortest stem of a verb said of a count's things (`Measured.acted`): "moved" (mov), not "red" or "shed". */
const MIN_ACTED_STEM = 3;
/**
 * Verbs whose past is written as the verb itself, each a count's act as a past in -ed is ("let" of "lettings", "cut" of
 * "cuts"): nothing of their form says they are verbs, so only these are read.
 */
const UNINFLECTED_PASTS: ReadonlySet<string> = new Set(['let', 'sublet', 'cut', 'shut']);
/** Forms of "be" (and "get") before a participle: what follows was done to the count's things, not by them. */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'get', 'got', 'gotten']);
/** A verb's past form or -ing form, as a count's act is written ("cancelled", "signed", "walking"). */
const ACT_FORM = /(?:ed|ing)$/;

/**
 * The verbs said of a count's things or occasions, right beside the figure and not across another figure
 * (`Measured.acts`): each verb without its ending, and with a particle after it both joined ("walked out" → walkout).
 */
function withActs(
  m: Measured | null,
  words: ClaimWords,
  first: number,
  last: number,
  inFigure: Uint8Array,
  ofOccasions: boolean,
): Measured | null {
  if (!m) return m;
  const { content } = words;
  const acts: string[] = [];
  const doers: string[] = [];
  let acted = false;
  const read = (i: number, done = false): void => {
    const lower = content[i]!.lower;
    if (content[i]!.capitalised) return;
    // "had let 450 flats", "90 stalls were shut": a past written as the verb itself, the act a noun in -ing or -s counts.
    const stem = UNINFLECTED_PASTS.has(lower) ? lower : ACT_FORM.test(lower) ? lower.replace(ACT_FORM, '') : '';
    if (stem === '') return;
    if (stem.length >= MIN_ACTED_STEM) acted = true;
    if (stem.length < 4 && stem !== lower) return;
    const particle = content[i + 1]?.lower ?? '';
    const act = PARTICLES.has(particle) ? `${stem}${particle}` : stem;
    acts.push(act);
    if (done) doers.push(act);
  };
  for (let i = first - 1; i >= Math.max(0, first - (ofOccasions ? ACT_BEFORE_OCCASIONS : ACT_BEFORE)); i--) {
    if (inFigure[i]) break;
    read(i);
  }
  if (!ofOccasions) {
    // The first verb after the count, with no form of "be" before it, is what its things did: "2,400 crew walked out",
    // "had signed", "people sleeping rough"; "were moved", "had been evacuated" were done to them.
    let passive = false;
    let doneRead = false;
    for (let i = last; i < Math.min(content.length, last + ACT_AFTER); i++) {
      if (inFigure[i]) break;
      const lower = content[i]!.lower;
      if (PASSIVE_AUXILIARIES.has(lower)) passive = true;
      const verb = !doneRead && ACT_FORM.test(lower);
      read(i, verb && !passive);
      if (verb) doneRead = true;
    }
  }
  if (acts.length > 0) m.acts = acts;
  if (doers.length > 0) m.doers = doers;
  if (acted) m.acted = true;
  return m;
}

/**
 * What befell a counted thing, said beside the count: `destroyed` in general ("destroyed", "wrecked") or in one way
 * (`razed`: "burned down", "flattened", "swept away", "gutted", "demolished": a part of all destroyed), `damaged`,
 * `flooded`. Other words say nothing of a fate.
 */
export type Fate = 'destroyed' | 'razed' | 'damaged' | 'flooded';

/** One word of a fate. */
const FATE_WORDS: ReadonlyMap<string, Fate> = new Map([
  ['destroyed', 'destroyed'],
  ['wrecked', 'destroyed'],
  ['razed', 'razed'],
  ['flattened', 'razed'],
  ['levelled', 'razed'],
  ['leveled', 'razed'],
  ['gutted', 'razed'],
  ['demolished', 'razed'],
  ['obliterated', 'razed'],
  ['damaged', 'damaged'],
  ['flooded', 'flooded'],
  ['inundated', 'flooded'],
]);

/** A verb and the particle after it that make a fate together: "burned down", "burnt out", "swept away", "washed away". */
const FATE_PHRASES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['burned', new Set(['down', 'out'])],
  ['burnt', new Set(['down', 'out'])],
  ['swept', new Set(['away'])],
  ['washed', new Set(['away'])],
  ['carried', new Set(['away'])],
]);

/** How far before a count and after it a fate's word may stand: "burned down 14 houses", "five homes in the village were destroyed". */
const FATE_BEFORE = 2;
const FATE_AFTER = 6;
const FATE_CLAUSE_BREAKS = new Set(['and', 'or', 'but', 'while', 'whereas']);

/** The fate a word (with the word after it) says, or null. */
function fateAt(content: readonly { lower: string }[], i: number): Fate | null {
  const lower = content[i]!.lower;
  const fate = FATE_WORDS.get(lower);
  if (fate) return fate;
  return FATE_PHRASES.get(lower)?.has(content[i + 1]?.lower ?? '') ? 'razed' : null;
}

/**
 * The fate said of a count's things right beside it, not across another figure: "destroyed 1,340 homes", "more than 4,000
 * houses flattened", "140 homes had been destroyed", "burned down 14 houses".
 */
function fateNextTo(content: readonly { lower: string }[], first: number, last: number, inFigure: Uint8Array): Fate | null {
  // ("were damaged and 80 homes flooded": a word before a conjunction is said of another count)
  return besideCount(content, first, last, inFigure, FATE_BEFORE, FATE_AFTER, (i) => fateAt(content, i), FATE_CLAUSE_BREAKS);
}

/**
 * How the fates of two counts stand: `same` (one fate, or a way of destruction against another way), `part` when one
 * is destroyed in one way and the other destroyed in general (`partFirst` when the first is the part: "400 houses swept
 * away" of "140 homes destroyed": only a part larger than all destroyed contradicts them), `lesser` when one is destroyed
 * and the other only damaged or flooded (`lesserFirst` when the first is the lesser harm), `other` for two lesser harms
 * (damaged / flooded), null when either says none.
 */
export type FateRelation =
  { relation: 'same' | 'other' } | { relation: 'part'; partFirst: boolean } | { relation: 'lesser'; lesserFirst: boolean };

export function fateRelation(x: Measured, y: Measured): FateRelation | null {
  if (x.fate === undefined || y.fate === undefined) return null;
  if (x.fate === y.fate) return { relation: 'same' };
  const destroyed = (fate: Fate) => fate === 'destroyed' || fate === 'razed';
  if (destroyed(x.fate) && destroyed(y.fate)) return { relation: 'part', partFirst: x.fate === 'razed' };
  if (destroyed(x.fate) || destroyed(y.fate)) return { relation: 'lesser', lesserFirst: !destroyed(x.fate) };
  return { relation: 'other' };
}

/** A word of a fate (`FATE_WORDS`), as a qualifier ("houses flattened") says it: no narrower thing counted. */
export function isFateWord(word: string): boolean {
  return FATE_WORDS.has(word);
}

/** How far from a count of things the word saying what happened to them may stand: "killed about 2,000 fish", "fish had died". */
const HAPPENING_BEFORE = 2;
const HAPPENING_AFTER = 3;

/**
 * What happened to the things a count counts, said right beside it: in the counted phrase ("150 dead fish"), just
 * before ("had killed about 2,000 fish") or just after ("40 sheep had died"). A casualty word further off ("the death
 * toll from mudslides that buried three villages") says nothing of the villages.
 */
function happeningNextTo(words: ClaimWords, q: Quantity, first: number, last: number, inFigure: Uint8Array): CasualtyClass | null {
  const own = countedCasualty(q);
  if (own) return own;
  const { content } = words;
  return besideCount(content, first, last, inFigure, HAPPENING_BEFORE, HAPPENING_AFTER, (i) => countedCasualtyClassOf(content[i]!.lower));
}

/**
 * The first word beside a count, up to `before` words back and then `after` words on, not across another figure (nor, back,
 * across a word of `breaksBefore`), that `read` says something of: what happened to the count's things, or what befell them.
 */
function besideCount<T>(
  content: readonly { lower: string }[],
  first: number,
  last: number,
  inFigure: Uint8Array,
  before: number,
  after: number,
  read: (i: number) => T | null,
  breaksBefore?: ReadonlySet<string>,
): T | null {
  for (let i = first - 1; i >= Math.max(0, first - before); i--) {
    if (inFigure[i] || breaksBefore?.has(content[i]!.lower)) break;
    const found = read(i);
    if (found) return found;
  }
  for (let i = last; i < Math.min(content.length, last + after); i++) {
    if (inFigure[i]) break;
    const found = read(i);
    if (found) return found;
  }
  return null;
}

/**
 * The post noun of a count headed by a word of posts lost ("job" of "850 job losses", "post" of "120 post cuts"), as a
 * plural head ("jobs"); null for any other count ("850 losses", "budget cuts").
 */
function postsLost(q: Quantity, head: string): string | null {
  if (!q.counted || !JOB_LOSS_WORDS.has(head)) return null;
  const parts = lowerCase(q.counted).split(/\s+/);
  const post = parts[parts.length - 2];
  return post !== undefined && POST_NOUNS.has(post) ? `${post}s` : null;
}

const VACANCY = 'vacancy';
/** Nouns of posts, which can stand empty: "23 deckhand positions were vacant". */
const POST_NOUNS = new Set(['post', 'position', 'job', 'place', 'vacancy']);
/** Words saying posts stand empty, right after the count ("were vacant", "remain unfilled"). */
const EMPTY_WORDS = new Set(['vacant', 'unfilled', 'empty', 'open']);
const EMPTY_AFTER = 3;

/**
 * Posts no one fills, counted as vacancies: "short of 210 nurses", "90 nurses short", people the count
 * names short of what is needed; "23 deckhand positions were vacant", posts said to stand empty.
 */
function unfilled(words: ClaimWords, first: number, last: number, head: string): boolean {
  const { content } = words;
  if (PERSON_NOUNS.has(head))
    return (content[first - 1]?.lower === 'of' && content[first - 2]?.lower === 'short') || content[last]?.lower === 'short';
  if (!POST_NOUNS.has(head)) return false;
  for (let i = last; i < Math.min(content.length, last + EMPTY_AFTER); i++) {
    if (EMPTY_WORDS.has(content[i]!.lower)) return true;
    // "400 posts without a permanent nurse": a post without the person who holds it stands empty.
    if (content[i]!.lower === 'without' && withoutHolder(content, i + 1)) return true;
  }
  return false;
}

/** A person noun within a few words after "without": "without a permanent nurse", "without a teacher". */
function withoutHolder(content: ClaimWords['content'], from: number): boolean {
  for (let k = from; k < Math.min(content.length, from + EMPTY_AFTER); k++) {
    const noun = singular(content[k]!.lower);
    if (PERSON_NOUNS.has(noun) || isPeopleNoun(noun)) return true;
  }
  return false;
}

/** How far before a sum the noun or verb saying what it is may stand: "the budget for next year is 700 million". */
const MONEY_KIND_BEFORE = 6;

/**
 * What a sum of money is: the noun it is the value of ("a budget of 700 million", "a 2 million
 * euro fine"), else the nearest noun or verb of money before it in its clause ("fined 2
 * million", "the budget for next year is 700 million", "cost the treasury 2.4 billion").
 */
function withMoneyKind(m: Measured | null, words: ClaimWords, first: number, last: number, inFigure: Uint8Array): Measured | null {
  if (!m) return m;
  const { content } = words;
  const kindAt = (i: number): string | undefined =>
    i >= 0 && i < content.length && !inFigure[i] ? MONEY_KINDS.get(content[i]!.lower) : undefined;
  let kind = content[first - 1]?.lower === 'of' ? kindAt(first - 2) : undefined;
  if (!kind && !(last < content.length && clauseBreakBefore(words, last))) kind = kindAt(last);
  // "£4.2 million of savings", "6m of our reserves": the sum is of what the phrase after it names.
  if (!kind && content[last]?.lower === 'of')
    kind = kindAt(last + 1) ?? (OF_DETERMINERS.has(content[last + 1]?.lower ?? '') ? kindAt(last + 2) : undefined);
  for (let i = first - 1; !kind && i >= Math.max(0, first - MONEY_KIND_BEFORE); i--) {
    if (inFigure[i]) break;
    kind = kindAt(i);
    if (i > 0 && clauseBreakBefore(words, i)) break;
  }
  if (kind) m.moneyKind = kind;
  return m;
}

/** Keys of figures that add up to a whole ("alone" makes one a part): counts, casualties, sums, physical amounts. */
const PARTS_BY_ALONE = /^(?:future:)?(?:casualty|count:|money:|unit:)/;

/** Words before "alone" that make it no part: "left alone", "not alone", "let alone" (a comparison). */
const NOT_A_PART_BEFORE_ALONE = new Set([
  'left',
  'leave',
  'leaves',
  'leaving',
  'let',
  'not',
  'be',
  'was',
  'were',
  'is',
  'are',
  'been',
  'lived',
  'live',
  'lives',
  'living',
]);

/** "X alone", "in March alone": the claim tells a part of something larger. */
function saysAlone(content: ClaimWords['content']): boolean {
  for (let i = 1; i < content.length; i++)
    if (content[i]!.lower === 'alone' && !NOT_A_PART_BEFORE_ALONE.has(content[i - 1]!.lower)) return true;
  return false;
}

/** How far before a figure, within its clause, a verb or noun of offering may stand: "offered the company a rates holiday worth". */
const OFFER_BEFORE = 10;
const OFFER_WORDS = new Set(['offer', 'offers', 'offered', 'offering']);

/** "had offered the trust £12,000", "offered to pay £600,000 of the disputed sum", "the offer was 3 per cent": a figure offered. */
function offeredBefore(words: ClaimWords, first: number, inFigure: Uint8Array): boolean {
  const { content } = words;
  for (let i = first - 1; i >= Math.max(0, first - OFFER_BEFORE); i--) {
    if (inFigure[i]) return false;
    if (OFFER_WORDS.has(content[i]!.lower)) return true;
    if (i > 0 && clauseBreakBefore(words, i)) return false;
  }
  return false;
}

/** Words right after a span of time that make it a distance from another event: "two days before the meeting". */
const OFFSET_WORDS: ReadonlyMap<string, 'before' | 'after'> = new Map([
  ['before', 'before'],
  ['beforehand', 'before'],
  ['earlier', 'before'],
  ['ahead', 'before'],
  ['after', 'after'],
  ['afterwards', 'after'],
  ['later', 'after'],
]);

/** Words right before a span (or before its hedge) that make it a length whatever follows: "burned for nearly two hours before it was out". */
const LENGTH_OPENERS = new Set(['for', 'lasted', 'lasting', 'spent', 'took', 'taking']);

/**
 * "only two days before the meeting", "eight minutes after the ferry left", "at four days' notice": the direction of a span
 * that dates an event by another; "for nearly two hours before it was out" is how long something lasted.
 */
function offsetAfter(words: ClaimWords, first: number, last: number): 'before' | 'after' | undefined {
  const { content } = words;
  if (LENGTH_OPENERS.has(content[first - 1]?.lower ?? '') || LENGTH_OPENERS.has(content[first - 2]?.lower ?? '')) return undefined;
  const after = content[last]?.lower ?? '';
  return after === 'notice' ? 'before' : OFFSET_WORDS.get(after);
}

/** Prepositions opening the period a figure is counted over: "in two years", "over five years", "during its first week". */
const PERIOD_PREPOSITIONS = new Set(['in', 'over', 'during']);
/** Words between such a preposition and the span: "in its first two weeks", "over the past three years". */
const PERIOD_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'first', 'last', 'past', 'previous', 'next']);

/**
 * The span of time at `first` is the period of a figure given before it in the claim ("lost 72 lifeguards in two years"):
 * a preposition of a period opens it, past at most a determiner and an ordinal, and a figure that is neither a span nor a
 * date stands before it.
 */
function periodOfFigure(content: ClaimWords['content'], first: number, before: readonly Measured[]): boolean {
  let i = first - 1;
  while (i >= 0 && first - i <= 3 && PERIOD_DETERMINERS.has(content[i]!.lower)) i--;
  if (i < 0 || !PERIOD_PREPOSITIONS.has(content[i]!.lower)) return false;
  return before.some((m) => !m.key.endsWith('duration') && !m.key.endsWith('date'));
}

/** Hours in a unit of time: durations are compared in hours. */
const DURATION_HOURS: Readonly<Record<string, number>> = {
  minute: 1 / 60,
  hour: 1,
  day: 24,
  week: 24 * 7,
  month: 24 * 30,
  year: 24 * 365,
};

/** "lasted 12 hours", "cleared within two hours" (at most two), "a three-week strike": a span of time in hours. */
function durationOf(words: ClaimWords, q: Quantity, first: number, last: number, inFigure: Uint8Array, tense: string): Measured | null {
  const hours = q.unit ? DURATION_HOURS[q.unit] : undefined;
  if (hours === undefined) return null;
  const m = withInterval(words, q, first, last, inFigure, `${tense}duration`, undefined, hours);
  if (m && WITHIN.has(words.content[first - 1]?.lower ?? '')) m.interval = [0, m.interval[1]];
  return m;
}

const WITHIN = new Set(['within', 'inside', 'under']);

/** Openers of a span the words give as its near most ("nearly"); its most ("within a day") is `WITHIN`'s. */
const ONE_UNIT_NEARLY = new Set(['nearly', 'almost', 'barely']);
/** Words before "a day", "an hour" that make it a span of time: "within a day", "for an hour", "nearly a day after". */
const ONE_UNIT_OPENERS = new Set([...WITHIN, ...ONE_UNIT_NEARLY, 'for', 'than', 'over', 'about', 'around', 'after']);
/** Openers of a span the words give as its least ("longer than a day", "less than a day"). */
const ONE_UNIT_LESS = new Set(['less', 'fewer', 'shorter']);
/** Hours of units a span of one is written in, beside `DURATION_HOURS`. */
const ONE_UNIT_HOURS: Readonly<Record<string, number>> = { ...DURATION_HOURS, fortnight: 24 * 14 };

/**
 * "within a day", "for an hour and a half", "longer than a week", "nearly a day after": a span of one unit of time (or
 * one and a half) written with an article, which the quantities stage reads as no figure; after a figure or a sum it is a
 * rate ("£5 a day", "twice a week"), so only after a preposition or a hedge of time. "a year ago" is a time, no span.
 */
function spansOfOneUnit(words: ClaimWords, inFigure: Uint8Array): Measured[] {
  const { content } = words;
  const found: Measured[] = [];
  for (let i = 1; i + 1 < content.length; i++) {
    const article = content[i]!.lower;
    if ((article !== 'a' && article !== 'an') || inFigure[i] || inFigure[i + 1]) continue;
    const hours = ONE_UNIT_HOURS[content[i + 1]!.lower];
    const opener = content[i - 1]!.lower;
    if (hours === undefined || !ONE_UNIT_OPENERS.has(opener) || lowerAt(content, i + 2) === 'ago') continue;
    let end = i + 2;
    let value = hours;
    if (lowerAt(content, end) === 'and' && lowerAt(content, end + 1) === 'a' && lowerAt(content, end + 2) === 'half') {
      value *= 1.5;
      end += 3;
    }
    const less = opener === 'than' && ONE_UNIT_LESS.has(lowerAt(content, i - 2));
    const interval: Interval =
      WITHIN.has(opener) || less
        ? [0, value]
        : opener === 'than' || opener === 'over'
          ? [value, Infinity]
          : ONE_UNIT_NEARLY.has(opener)
            ? [value * 0.8, value]
            : [value * 0.75, value * 1.25];
    // The span's own words ("within", "longer than", "and a half") say how long, not of what.
    const around = wordsAround(words, i, end, inFigure);
    for (const word of [opener, opener === 'than' ? lowerAt(content, i - 2) : '', 'half']) around.delete(measureKey(word));
    found.push(
      plainMeasure(
        `${isFuture(words, i) ? 'future:' : ''}duration`,
        interval,
        words.text.slice(content[i]!.start, content[end - 1]!.end),
        around,
        i,
      ),
    );
    i = end - 1;
  }
  return found;
}

/** The kind of quantity a range's unit makes it: hours a span of time, a currency money, any other unit a measure. */
function rangeKind(unit: string): 'duration' | 'money' | 'measure' {
  if (DURATION_HOURS[unit] !== undefined) return 'duration';
  // (every currency code, CURRENCY_CODES's included, is three capitals)
  return /^[A-Z]{3}$/.test(unit) ? 'money' : 'measure';
}

/** Hours in the unit of time right after "a" or "an" at content word `at` ("half a year": 8,760); undefined when none. */
function timeUnitAfterArticle(words: ClaimWords, at: number): number | undefined {
  const article = words.content[at]?.lower;
  if (article !== 'a' && article !== 'an') return undefined;
  const unit = words.content[at + 1]?.lower;
  return unit === undefined ? undefined : DURATION_HOURS[singular(unit)];
}

/**
 * "collapsed on May 4": a calendar day, compared with another source's day for the same thing
 * ("on May 9"). Only a full day (month and day) is precise enough to disagree.
 */
function dateOf(words: ClaimWords, q: Quantity, first: number, last: number, inFigure: Uint8Array, future: boolean): Measured | null {
  const date = q.date;
  if (!date?.month || date.part) return null;
  // "reported the cracks in March" / "the first report was dated July": a month without a day is any day of it, when it
  // dates what happened: not a plan ("will meet in February"), nor a bound of a period ("since August", "between May and"),
  // nor a month of a written year ("in March 2021"), which mostly tells one happening from another rather than disputing one,
  // nor the month a thing was promised ("the bonus it promised in March"), which dates the promise.
  if (
    !date.day &&
    (date.year !== undefined || future || MONTH_PERIOD_WORDS.has(lowerAt(words.content, first - 1)) || promisedBefore(words, first))
  )
    return null;
  const day = date.month * 31 + (date.day ?? 1);
  return plainMeasure('date', [day, date.day ? day : day + 30], q.text, wordsAround(words, first, last, inFigure), first);
}

/** Verbs by which a thing came to be owed: "the bonus it promised in March", "the rise they agreed in 2022". */
const PROMISING_VERBS = new Set(['promised', 'pledged', 'agreed', 'offered', 'announced', 'signed', 'owed']);
/** Subjects of a relative clause with no "that" after a noun: "the bonus it promised", "the rise they agreed". */
const CLAUSE_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i']);
/** How many words before a date the verb of promising may stand: "promised every worker in March". */
const PROMISED_DATE_WORDS = 4;

/**
 * A date in a clause telling when a thing was promised ("did not pay the full bonus it promised every worker in March"):
 * it dates the promise, not what the claim tells of it (the payment), and sets no other event apart.
 */
export function datesWhatWasPromised(words: ClaimWords, start: number): boolean {
  return promisedBefore(
    words,
    words.content.findIndex((word) => word.start >= start),
  );
}

/** The same, for the date whose first word is the content's word `at`. */
function promisedBefore(words: ClaimWords, at: number): boolean {
  const content = words.content;
  if (at < 0) return false;
  for (let k = at - 1; k >= Math.max(1, at - PROMISED_DATE_WORDS); k--)
    if (PROMISING_VERBS.has(content[k]!.lower) && CLAUSE_PRONOUNS.has(content[k - 1]!.lower) && k >= 2 && topicKeys(words)[k - 2] !== '')
      return true;
  return false;
}

/** Words before a month that make it a bound of a period, not the date of what happened. */
const MONTH_PERIOD_WORDS = new Set(['since', 'from', 'until', 'till', 'between', 'by', 'before', 'after', 'through', 'to', 'and']);

function withInterval(
  words: ClaimWords,
  q: Quantity,
  first: number,
  last: number,
  inFigure: Uint8Array,
  key: string,
  casualty?: CasualtyClass,
  scale = q.kind === 'fraction' ? 100 : 1,
): Measured | null {
  const interval = intervalOf(q, scale);
  if (!interval) return null;
  const measureWords = wordsAround(words, first, last, inFigure);
  // "40 percent contained", "70 percent vaccinated": the participle after a share is what it measures.
  const participle = key.endsWith('share') ? words.content[last]?.lower : undefined;
  if (participle && !inFigure[last] && participle.length > 5 && participle.endsWith('ed') && !casualtyClassOf(participle)) {
    measureWords.set(measureKey(participle.slice(0, -2)), '');
  }
  // What is counted is the key itself, written before the figure or in it: "cases rose to 1,180", "2,750 measles cases".
  const counted = key.indexOf('count:');
  if (counted >= 0) measureWords.delete(measureKey(key.slice(counted + 'count:'.length)));
  // "12% of the voters": what follows "of" is the measure.
  if (q.counted && (key === 'share' || key === 'points')) {
    for (const word of lowerCase(q.counted).split(/\s+/)) if (isMeasureWord(word)) measureWords.set(measureKey(word), '');
  }
  let figure = q.text;
  // "30 injured": the casualty word right after a bare number belongs to the figure.
  if (casualty && !q.counted && last < words.content.length && casualtyClassOf(words.content[last]!.lower)) {
    figure = words.text.slice(words.content[first]!.start, words.content[last]!.end);
  }
  const qualifiers = modifiersOf(q);
  const after = qualifierAfter(words, last, inFigure);
  if (after) qualifiers.push(after);
  const m: Measured = {
    key,
    casualty,
    interval,
    figure,
    words: measureWords,
    qualifiers,
    complement: complementAfter(words, last, inFigure),
    at: first,
    refersBack: refersBack(words, first),
  };
  // A span of time a week ("open for 22 hours a week") is a rate too, but compared with spans of the same period only.
  // "no ambulance had waited longer than three hours": a negated lower bound is an upper bound of every one.
  if (q.value !== null && negatedLowerBound(words, first)) m.interval = [0, q.value * scale];
  // "waited for up to nine hours", "as many as 40": the most any one reached, not a bound.
  if (MAXIMUM_REACHED.test(q.text)) m.maximum = true;
  const rate = rateOfTime(words, last, inFigure);
  if (rate) {
    m.perYear = rate.perYear;
    m.rate = rate.text;
  } else if (!key.endsWith('duration') && key !== 'date' && overAYear(words.content)) m.perYear = 1;
  return m;
}

/** Figures saying the most any one reached: "up to nine hours", "as many as 40 people". */
const MAXIMUM_REACHED = /^(?:up to|as many as|as much as|as long as)\b/i;
/** Words of a lower bound before "than": "longer than", "more than". */
const LOWER_BOUND_WORDS = new Set(['longer', 'more', 'later', 'over', 'above', 'beyond']);
/** Words negating the clause a lower bound stands in: "no ambulance had waited longer than", "nobody waited more than". */
const BOUND_NEGATIONS = new Set(['no', 'none', 'nobody', 'never', 'not']);
/** How far before the bound its negation may stand: "no ambulance had waited outside longer than". */
const BOUND_NEGATION_WINDOW = 12;

/**
 * The figure at `first` is a lower bound ("longer than three hours", "more than 12 hours", the words before it or
 * its own first words) in a negated clause: "no ambulance had waited longer than three hours" says every wait was at
 * most three hours.
 */
function negatedLowerBound(words: ClaimWords, first: number): boolean {
  const { content, text } = words;
  const bound =
    (content[first - 1]?.lower === 'than' && LOWER_BOUND_WORDS.has(content[first - 2]?.lower ?? '')) ||
    (LOWER_BOUND_WORDS.has(content[first]?.lower ?? '') && content[first + 1]?.lower === 'than');
  if (!bound) return false;
  for (let k = first - 1; k >= Math.max(0, first - BOUND_NEGATION_WINDOW); k--) {
    if (text.slice(content[k]!.end, content[k + 1]!.start).includes(',')) return false;
    const lower = content[k]!.lower;
    if (BOUND_NEGATIONS.has(lower) || lower.endsWith("n't") || lower.endsWith('n’t')) return true;
  }
  return false;
}

/**
 * The intervals compared for two figures: a most reached ("up to nine hours") against an upper bound of every one ("no
 * longer than three hours") is its top alone; otherwise as written.
 */
export function comparedIntervals(x: Measured, y: Measured): [Interval, Interval] {
  const [xi, yi] = intervalsPerYear(x, y);
  const bounded = (m: Measured, i: Interval) => i[0] === 0 && Number.isFinite(i[1]) && !m.maximum;
  if (x.maximum && bounded(y, yi)) return [[xi[1], xi[1]], yi];
  if (y.maximum && bounded(x, xi)) return [xi, [yi[1], yi[1]]];
  return [xi, yi];
}

/** How far a year of a rate may stray from its average times the periods, as "about" does. */
const RATE_TOLERANCE = 0.15;

/** How many times a year a rate of time recurs: "a month" 12, "per week" 52, "monthly" 12. */
const TIMES_A_YEAR: Readonly<Record<string, number>> = { day: 365, week: 52, fortnight: 26, month: 12, quarter: 4, year: 1 };
const RATE_ADVERBS: Readonly<Record<string, number>> = { daily: 365, weekly: 52, monthly: 12, quarterly: 4, yearly: 1, annually: 1 };
/** Words before a unit of time that make a rate of it: "25 a month", "two per week", "every month", "each year". */
const RATE_DETERMINERS = new Set(['a', 'an', 'per', 'every', 'each']);
/** Words before "a month" that make it a span, not a rate: "in a month", "within a week", "more than a year", "half a year". */
const SPAN_BEFORE = new Set(['in', 'within', 'for', 'over', 'after', 'than', 'under', 'of', 'half', 'about', 'nearly', 'almost', 'by']);
/** Words after a unit of time that make it a point or a span: "a year ago", "a month earlier", "a week long". */
const SPAN_AFTER = new Set(['ago', 'earlier', 'later', 'before', 'after', 'long', 'old', 'on']);
/** How far after a figure its rate of time may stand: "4 percent of staff were leaving every month". */
const RATE_WINDOW = 6;

/**
 * The rate of time a figure is given at ("cancelled at a rate of about 25 a month", "38 percent a year", "4 percent
 * of staff were leaving every month"): the first unit of time after the figure, in its clause (no comma, no other
 * figure between), after "a", "per", "every" or "each", or an adverb ("annually"). Null for a span ("in a month",
 * "a year ago") and for none.
 */
function rateOfTime(words: ClaimWords, last: number, inFigure: Uint8Array): { perYear: number; text: string } | null {
  const { content, text } = words;
  for (let k = last; k < Math.min(content.length, last + RATE_WINDOW); k++) {
    if (k > last && text.slice(content[k - 1]!.end, content[k]!.start).includes(',')) return null;
    const lower = content[k]!.lower;
    const adverb = RATE_ADVERBS[lower];
    if (adverb !== undefined) return { perYear: adverb, text: lower };
    // "a month" is read as a span of its own by the quantities stage: a figure, but the rate's.
    const times = RATE_DETERMINERS.has(lower) ? TIMES_A_YEAR[content[k + 1]?.lower ?? ''] : undefined;
    if (times === undefined) {
      if (inFigure[k]) return null;
      continue;
    }
    if (SPAN_BEFORE.has(content[k - 1]?.lower ?? '') || SPAN_AFTER.has(content[k + 2]?.lower ?? '')) return null;
    return { perYear: times, text: text.slice(content[k]!.start, content[k + 1]!.end) };
  }
  return null;
}

/** Words opening a phrase of the past year: "last year", "over the past year", "in the year to October", "the previous 12 months". */
const YEAR_OPENERS = new Set(['last', 'past', 'previous', 'whole', 'full']);
const YEAR_PREPOSITIONS = new Set(['over', 'during', 'in', 'throughout']);

/**
 * The claim counts over one year: "last year", "over the past year", "in the year to October", "over the year", "the
 * last 12 months", "in 2023". A rate given a month is compared with it per year.
 */
function overAYear(content: ClaimWords['content']): boolean {
  // Asked once per figure: read once per claim.
  let known = overAYearOf.get(content);
  if (known === undefined) overAYearOf.set(content, (known = readsOverAYear(content)));
  return known;
}

const overAYearOf = new WeakMap<ClaimWords['content'], boolean>();

function readsOverAYear(content: ClaimWords['content']): boolean {
  for (let i = 0; i < content.length; i++) {
    const lower = content[i]!.lower;
    const before = lowerAt(content, i - 1);
    if (
      lower === 'year' &&
      (YEAR_OPENERS.has(before) || (before === 'the' && (YEAR_PREPOSITIONS.has(lowerAt(content, i - 2)) || content[i + 1]?.lower === 'to')))
    )
      return true;
    if (lower === 'months' && (before === '12' || before === 'twelve') && YEAR_OPENERS.has(lowerAt(content, i - 2))) return true;
    // (A year has four characters: the pattern is not run on every word.)
    if (lower.length === 4 && /^(19|20)\d\d$/.test(lower) && (before === 'in' || before === 'during')) return true;
  }
  return false;
}

/**
 * The two figures' intervals, per year when each says its period and the periods differ ("25 a month" against "96 in
 * the year to October"): as written otherwise.
 */
export function intervalsPerYear(x: Measured, y: Measured): [Interval, Interval] {
  if (x.perYear === undefined || y.perYear === undefined || x.perYear === y.perYear) return [x.interval, y.interval];
  // A rate is an average ("12 a month"): a year of it is about twelve times it.
  const scale = (m: Measured): Interval =>
    m.rate === undefined
      ? [m.interval[0] * m.perYear!, m.interval[1] * m.perYear!]
      : [m.interval[0] * m.perYear! * (1 - RATE_TOLERANCE), m.interval[1] * m.perYear! * (1 + RATE_TOLERANCE)];
  return [scale(x), scale(y)];
}

/** Verbs of an estimate: "put the toll at", "estimated the crowd at", "placed the damage at". */
const ESTIMATE_VERBS = new Set(
  'put puts putting estimated estimates estimate estimating placed places place set sets pegged pegs valued values'.split(' '),
);
/** Words that open a noun phrase pointing back: "the loss", "its estimate", "it". */
const POINTING_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);
const POINTING_PRONOUNS = new Set(['it', 'this', 'that', 'them']);
/** Hedges between a copula and its figure: "the share is closer to 60 percent", "was only 12". */
const COPULA_HEDGES = new Set(['closer', 'nearer', 'close', 'near', 'to', 'only', 'just', 'actually', 'really', 'barely', 'fact', 'in']);
const FIGURE_COPULAS = new Set(['is', 'was', 'are', 'were', 'stood', 'stands', 'stand', 'been']);
const PERFECT_AUXILIARIES = new Set(['had', 'has', 'have']);
const FIGURE_HEDGES = new Set(['barely', 'only', 'just', 'roughly', 'around', 'nearly', 'almost', 'merely', 'perhaps', 'possibly']);
/** How many words the noun phrase of an estimate may run to: "put the sum spent by the province at". */
const ESTIMATE_PHRASE = 7;

/**
 * "put the loss at 18 percent", "estimated it at about 4,000", "the share is closer to 60
 * percent": the figure's measure is a definite noun (or "it") and nothing says of what, so it
 * answers the figure given just before. A phrase with "of" names its measure ("put the number
 * of marchers at 18,000") and is compared by its words.
 */
function refersBack(words: ClaimWords, first: number): boolean {
  const { content } = words;
  // "put the spending at barely 30 million": a hedge the figure's own words left out.
  while (first > 0 && FIGURE_HEDGES.has(content[first - 1]!.lower)) first--;
  const before = content[first - 1]?.lower;
  if (before === 'at') {
    const opens = (opener: string) => POINTING_DETERMINERS.has(opener) || POINTING_PRONOUNS.has(opener) || endsWithPossessiveS(opener);
    for (let k = first - 2; k >= Math.max(0, first - 2 - ESTIMATE_PHRASE); k--) {
      const lower = content[k]!.lower;
      if (lower === 'of') return false;
      if (ESTIMATE_VERBS.has(lower)) return k + 1 < first - 1 && opens(content[k + 1]!.lower);
      // "The ministry put | the loss at 18 percent": the verb stayed with the attribution.
      if (k === 0) {
        const at = words.all.indexOf(content[0]!);
        return at > 0 && ESTIMATE_VERBS.has(words.all[at - 1]!.lower) && opens(lower);
      }
    }
    return false;
  }
  let k = first - 1;
  while (k >= 0 && COPULA_HEDGES.has(content[k]!.lower)) k--;
  if (k === first - 1 && before !== undefined && !FIGURE_COPULAS.has(before)) return false;
  if (!FIGURE_COPULAS.has(content[k]?.lower ?? '')) return false;
  // "the average rise had been 4 percent": the auxiliaries before "been" belong to the copula.
  if (content[k]!.lower === 'been') while (k > 0 && PERFECT_AUXILIARIES.has(content[k - 1]!.lower)) k--;
  // "the share is", "the real figure was", "the cost was": a determiner, at most one word, the noun
  // (a measure word, a change or what a sum of money is).
  const noun = content[k - 1];
  if (!noun || !(isMeasureWord(noun.lower) || CHANGE_WORDS.has(noun.lower) || MONEY_KINDS.has(noun.lower)))
    return countNounWithPhrase(content, k);
  return POINTING_DETERMINERS.has(content[k - 2]?.lower ?? '') || POINTING_DETERMINERS.has(content[k - 3]?.lower ?? '');
}

/** How many words such a phrase may run to before the copula. */
const PHRASE_WORDS = 6;

/**
 * "the highest number on any day that month was 17", "the total across the region is 40": a count's noun
 * ("number", "total"), pointed at, with a phrase of time or place (`PHRASE_PREPOSITIONS`; no "of": "the number of
 * beds" names its measure) between it and the copula at `copula`.
 */
function countNounWithPhrase(content: ClaimWords['content'], copula: number): boolean {
  for (let j = copula - 2; j >= Math.max(1, copula - 1 - PHRASE_WORDS); j--) {
    const lower = content[j]!.lower;
    if (lower === 'of') return false;
    if (!PHRASE_PREPOSITIONS.has(lower) || !COUNT_NOUNS.has(content[j - 1]!.lower)) continue;
    return POINTING_DETERMINERS.has(content[j - 2]?.lower ?? '') || POINTING_DETERMINERS.has(content[j - 3]?.lower ?? '');
  }
  return false;
}

/** "doubled", "halved": a change by a multiple, and its direction. */
const MULTIPLIERS: ReadonlyMap<string, Direction> = new Map([
  ['doubled', 'increase'],
  ['doubling', 'increase'],
  ['tripled', 'increase'],
  ['trebled', 'increase'],
  ['quadrupled', 'increase'],
  ['halved', 'decrease'],
  ['halving', 'decrease'],
]);
/** Fractions written as words: "fell by a third", "grew by a fifth". */
const FRACTION_WORDS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths']);
/** Hedges before a multiple that belong to the figure: "nearly doubled", "more than halved". */
const MULTIPLIER_HEDGES = new Set(['nearly', 'almost', 'roughly', 'more', 'than']);
/**
 * The change in percent a multiple says: "doubled" is a rise of 100 percent, "tripled" of 200, "halved" a fall of 50.
 * A measure said to have doubled cannot also have risen by 14 percent, nor one said to have halved have fallen by 18.
 */
const MULTIPLE_PERCENT: ReadonlyMap<string, number> = new Map([
  ['doubled', 100],
  ['doubling', 100],
  ['tripled', 200],
  ['trebled', 200],
  ['quadrupled', 300],
  ['halved', 50],
  ['halving', 50],
]);
/** How loosely a multiple is said: "doubled" of a rise of 90 percent is fair, of one of 14 percent it is not. */
const MULTIPLE_TOLERANCE = 0.15;

/**
 * The change in percent of the multiple at `i` (`MULTIPLE_PERCENT`), read with the hedges before it (from `from`):
 * "nearly doubled" up to 100, "more than doubled" 100 and over, "more than halved" a fall of 50 to 100; a plain or
 * "roughly" multiple within `MULTIPLE_TOLERANCE` of its value.
 */
function multipleInterval(content: readonly ConflictWord[], from: number, i: number, direction: Direction): Interval {
  const v = MULTIPLE_PERCENT.get(content[i]!.lower)!;
  const hedges = content.slice(from, i).map((word) => word.lower);
  if (hedges.includes('nearly') || hedges.includes('almost')) return [v * (1 - 2 * MULTIPLE_TOLERANCE), v];
  if (hedges.includes('more') && hedges.includes('than')) return direction === 'decrease' ? [v, PERCENT_BASE] : [v, Infinity];
  return [v * (1 - MULTIPLE_TOLERANCE), v * (1 + MULTIPLE_TOLERANCE)];
}

/** 'level': neither way ("numbers were broadly level", "has remained unchanged"), against which either direction is wrong. */
type Direction = 'increase' | 'decrease' | 'level';

/** Words saying a measure did not move, after a copula or a verb of staying: "were broadly level", "has held steady". */
const LEVEL_WORDS = new Set(['level', 'unchanged', 'flat', 'steady', 'stable']);
/** Verbs before such a word that make it said of the subject: "were level", "remained flat", "held steady". */
const LEVEL_COPULAS = new Set('is are was were been be remain remains remained stay stays stayed hold holds held holding kept'.split(' '));
/** Adverbs between the copula and the word: "broadly level", "essentially unchanged", "still flat". */
const LEVEL_ADVERBS = new Set(
  'broadly largely roughly essentially virtually almost basically relatively fairly pretty still more or less'.split(' '),
);

/** "sales were broadly level", "the rate has remained unchanged": a level word said of the subject, not negated ("were not level"). */
function saidLevel(content: readonly ConflictWord[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && LEVEL_ADVERBS.has(content[k]!.lower)) k--;
  return k >= 0 && LEVEL_COPULAS.has(content[k]!.lower) && !NEGATING_BEFORE_LEVEL.has(content[k - 1]?.lower ?? '');
}
/** "had not remained level", "never stayed flat": a negated copula says the measure moved, which way unsaid. */
const NEGATING_BEFORE_LEVEL = new Set(['not', 'never', "n't"]);
/** How far before a change verb its subject may start. */
const SUBJECT_WINDOW = 12;

/**
 * Which way a measure moved, when the claim says it with a figure: "had fallen by half", "grew
 * by a fifth", "rose 9 percent", "nearly doubled", "was halved". Two sources saying opposite
 * directions for one measure cannot both be right, whatever the sizes ("new cases fell by half"
 * against "new admissions doubled"). A level reached ("fell to 6 percent") says no direction.
 */
function directionsOf(words: ClaimWords, spans: ReadonlyArray<readonly [number, number, Quantity]>, inFigure: Uint8Array): Measured[] {
  const { content } = words;
  const found: Measured[] = [];
  for (let i = 0; i < content.length; i++) {
    const lower = content[i]!.lower;
    let direction: Direction | undefined = MULTIPLIERS.get(lower);
    let from = i;
    let end = i + 1;
    // How much it moved, when the claim says so.
    let level: Measured['size'];
    // "rents were £9 higher than last year": a sum or a bare count before a comparative is how much the measure moved.
    const compared = comparedAmount(content, spans, i);
    if (compared) {
      const [span, way, unit] = compared;
      const interval = intervalOf(span[2]);
      if (!interval) continue;
      const measureWords = wordsAround(words, span[0], i + 1, inFigure, SUBJECT_WINDOW);
      measureWords.delete(lower);
      const m = plainMeasure(
        `${isFuture(words, span[0]) ? 'future:' : ''}direction`,
        way === 'increase' ? [1, Infinity] : [-Infinity, -1],
        `${span[2].text} ${content[i]!.lower}`,
        measureWords,
        span[0],
      );
      m.size = { unit, interval };
      found.push(m);
      continue;
    }
    if (lower === 'same' && SAME_AMOUNT_NOUNS.has(lowerAt(content, i + 1)) && lowerAt(content, i + 2) === 'as') {
      // "about 3,100 apprentices this year, the same number as in 2025": the count did not move; it counts what the
      // figure before it counts.
      const before = [...spans].reverse().find(([f, l]) => l <= i && f >= i - SUBJECT_WINDOW);
      if (!before?.[2].counted) continue;
      const measureWords = wordsAround(words, i, i + 3, inFigure, SUBJECT_WINDOW);
      measureWords.set(measureKey(headOf(before[2].counted)), '');
      found.push(
        plainMeasure(
          `${isFuture(words, i) ? 'future:' : ''}direction`,
          [0, 0],
          words.text.slice(content[i - (lowerAt(content, i - 1) === 'the' ? 1 : 0)]!.start, content[i + 2]!.end),
          measureWords,
          i,
        ),
      );
      i += 2;
      continue;
    }
    if (LEVEL_WORDS.has(lower)) {
      if (!saidLevel(content, i)) continue;
      direction = 'level';
      // "broadly level": the adverb is part of what the description quotes.
      while (from > 0 && LEVEL_ADVERBS.has(content[from - 1]!.lower)) from--;
    } else if (direction) {
      while (from > 0 && MULTIPLIER_HEDGES.has(content[from - 1]!.lower)) from--;
    } else {
      direction = CHANGE_WORDS.get(lower);
      if (!direction || inFigure[i]) continue;
      let j = i + 1;
      if (content[j]?.lower === 'by') j++;
      const span = spans.find(([f]) => f === j);
      const share = span && (span[2].kind === 'percent' || span[2].kind === 'fraction' || span[2].unit === 'percent');
      // "fell below 5 percent": a bound reached is a level.
      if (span && share && span[2].bound) continue;
      if (span && share) {
        end = span[1];
        level = levelAfterChange(content, spans, span, direction);
      } else if (span && j > i + 1 && amountUnit(span[2])) {
        // "fell by 4,500", "rose by £12": the figure after "by" is how much the measure moved.
        const interval = intervalOf(span[2]);
        if (!interval) continue;
        end = span[1];
        level = { unit: amountUnit(span[2])!, interval };
      } else if (j > i + 1 && FRACTION_WORDS.has(content[j]?.lower ?? '')) end = j + 1;
      else if (j > i + 1 && content[j]?.lower === 'a' && FRACTION_WORDS.has(content[j + 1]?.lower ?? '')) end = j + 2;
      else if (content[i + 1]?.lower.endsWith('fold')) end = i + 2;
      else if (!figurelessChange(content, i, inFigure, spans)) continue;
    }
    // What moved is the subject of the verb, often a long noun phrase: "waiting times for hip and knee operations in the region have".
    const measureWords = wordsAround(words, from, end, inFigure, SUBJECT_WINDOW);
    for (const word of measureWords.keys())
      if (CHANGE_WORDS.has(word) || MULTIPLIERS.has(word) || LEVEL_WORDS.has(word) || LEVEL_ADVERBS.has(word)) measureWords.delete(word);
    const figure = words.text.slice(content[from]!.start, content[end - 1]!.end);
    const tense = isFuture(words, from) ? 'future:' : '';
    // "had doubled", "was halved": a change in percent too, compared with "rose by 14 percent" as changes in percent are,
    // its direction a measure word as theirs is.
    if (direction !== 'level' && MULTIPLE_PERCENT.has(lower)) {
      const changeWords = new Map(measureWords);
      changeWords.set(direction, '');
      found.push(plainMeasure(`${tense}share-change`, multipleInterval(content, from, i, direction), figure, changeWords, from));
    }
    const m = plainMeasure(
      `${tense}direction`,
      direction === 'increase' ? [1, Infinity] : direction === 'level' ? [0, 0] : [-Infinity, -1],
      figure,
      measureWords,
      from,
    );
    if (level) m.size = level;
    found.push(m);
    i = end - 1;
  }
  return found;
}

/** Comparatives after a sum or a bare count that say which way it moved: "£14 higher than", "300 fewer than". */
const COMPARATIVE_DIRECTIONS: ReadonlyMap<string, Direction> = new Map([
  ['higher', 'increase'],
  ['more', 'increase'],
  ['lower', 'decrease'],
  ['less', 'decrease'],
  ['fewer', 'decrease'],
]);
/** How far after the comparative its "than" may stand: "£14 higher than", "£14 a week higher than". */
const THAN_WINDOW = 3;

/**
 * A sum or a bare count right before a comparative with "than" after it ("were £9 higher than last year", "was 300
 * lower than"): the figure, which way, and its unit (`money:<currency>` or `count`). Null for anything else: "300 more
 * nurses" is a difference of what it counts (`differenceOf`).
 */
function comparedAmount(
  content: readonly ConflictWord[],
  spans: ReadonlyArray<readonly [number, number, Quantity]>,
  i: number,
): [readonly [number, number, Quantity], Direction, string] | null {
  const way = COMPARATIVE_DIRECTIONS.get(content[i]!.lower);
  if (!way || i === 0) return null;
  let than = false;
  for (let k = i + 1; k <= Math.min(content.length - 1, i + THAN_WINDOW); k++) if (content[k]!.lower === 'than') than = true;
  if (!than) return null;
  const span = spans.find(([, last]) => last === i);
  if (!span) return null;
  const unit = span[2].counted ? null : amountUnit(span[2]);
  return unit ? [span, way, unit] : null;
}

/** What a move's size is counted in: a sum's currency (`money:<currency>`) or `count`; null for other figures. */
function amountUnit(q: Quantity): string | null {
  if (q.kind === 'money' && q.unit) return `money:${q.unit}`;
  return q.kind === 'count' ? 'count' : null;
}

const PERCENT_BASE = 100;
/** How many words may stand between a change in percent and the "to" of its level: "fell 20 percent over the week, to 9,600". */
const LEVEL_WINDOW = 4;

/**
 * "had fallen by 4 percent, to 7,450", "risen by 6 percent this year, to £182 a week": a change in percent with the level
 * it reached (after "to", at most four words and no figure between) says how much the measure moved: p percent of the level before,
 * L·p/(100 − p) for a fall, L·p/(100 + p) for a rise. Null when no level follows.
 */
function levelAfterChange(
  content: readonly ConflictWord[],
  spans: ReadonlyArray<readonly [number, number, Quantity]>,
  percent: readonly [number, number, Quantity],
  direction: Direction,
): Measured['size'] {
  if (direction !== 'increase' && direction !== 'decrease') return undefined;
  for (let k = percent[1]; k <= Math.min(content.length - 2, percent[1] + LEVEL_WINDOW); k++) {
    // ("rose 6 percent on 2024 to …": a figure between is another's)
    if (spans.some(([first]) => first === k)) return undefined;
    if (content[k]!.lower !== 'to') continue;
    const level = spans.find(([first]) => first === k + 1);
    if (!level) return undefined;
    const q = level[2];
    const unit = q.counted ? null : amountUnit(q);
    const [l, p] = [intervalOf(q), intervalOf(percent[2])];
    if (!unit || !l || !p || !Number.isFinite(l[1]) || p[1] >= PERCENT_BASE) return undefined;
    const before = (share: number) => (direction === 'increase' ? PERCENT_BASE + share : PERCENT_BASE - share);
    return { unit, interval: [(l[0] * p[0]) / before(p[0]), (l[1] * p[1]) / before(p[1])] };
  }
  return undefined;
}

/** Words opening a counted phrase that make the count a difference: "2,000 fewer apprentices", "300 more nurses". */
const DIFFERENCE_WORDS: ReadonlyMap<string, Direction> = new Map([
  ['fewer', 'decrease'],
  ['less', 'decrease'],
  ['more', 'increase'],
  ['extra', 'increase'],
  ['additional', 'increase'],
]);

/**
 * "sold 2,000 fewer season tickets than last season", "hired 300 more nurses": a count that is a difference says which
 * way the count moved, not how many there are; it is read as a direction of what it counts (a level of it is no
 * figure of the same measure), its noun among the measure words.
 */
function differenceOf(words: ClaimWords, q: Quantity, first: number, last: number, inFigure: Uint8Array): Measured | null {
  const parts = splitAtSpaces(lowerCase(q.counted!));
  const direction = DIFFERENCE_WORDS.get(parts[0]!);
  if (!direction || parts.length < 2) return null;
  const measureWords = wordsAround(words, first, last, inFigure, SUBJECT_WINDOW);
  // (the head as `headOf` reads it, from the one split), with the word before it as its modifier: "fewer season tickets".
  const modifier = parts.length > 2 ? parts[parts.length - 2]! : '';
  measureWords.set(
    measureKey(withoutPossessiveS(parts[parts.length - 1]!)),
    isMeasureWord(modifier) ? measureKey(withoutPossessiveS(modifier)) : '',
  );
  const m = plainMeasure(
    `${isFuture(words, first) ? 'future:' : ''}direction`,
    direction === 'increase' ? [1, Infinity] : [-Infinity, -1],
    q.text,
    measureWords,
    first,
  );
  const size = intervalOf(q);
  if (size) m.size = { unit: 'count', interval: size };
  return m;
}

/** Nouns after "the same" that say a count did not move: "3,100 apprentices, the same number as in 2025". */
const SAME_AMOUNT_NOUNS = new Set(['number', 'level', 'amount', 'total', 'figure']);

/** Verbs of change said with no figure: a finite form, or a participle after "has", "had", "have". */
const FIGURELESS_CHANGE_VERBS = new Set(
  'rose fell grew shrank climbed jumped dropped declined increased decreased eased slumped risen fallen grown shrunk cut'.split(' '),
);
/** Participles that are a change only after an auxiliary ("had cut opening hours"; "the cut" and "risen dough" are not). */
const PARTICIPLES_AFTER_AUXILIARY = new Set(['risen', 'fallen', 'grown', 'shrunk', 'cut']);
const AUXILIARIES = new Set(['has', 'have', 'had']);
/** How many words after a change verb a figure makes it a level or a count, no bare direction: "fell to 6 percent", "cut 300 jobs". */
const FIGURE_AFTER_CHANGE = 3;

/**
 * A change said with no figure: "seepage had eased", "visitor numbers had fallen every year", "had cut
 * opening hours", "the average wait went up". Opposite directions of one measure disagree whatever the
 * sizes, so a direction needs no size. Not a form negated or read as a modifier ("the increased
 * demand", "Increased charges"), nor one with a figure just after it (a level or a count).
 */
function figurelessChange(
  content: readonly ConflictWord[],
  i: number,
  inFigure: Uint8Array,
  spans: ReadonlyArray<readonly [number, number, Quantity]>,
): boolean {
  const lower = content[i]!.lower;
  if (!FIGURELESS_CHANGE_VERBS.has(lower)) return false;
  for (let k = i + 1; k <= Math.min(content.length - 1, i + FIGURE_AFTER_CHANGE); k++) {
    // "had fallen sharply since January": a time after its preposition is when, no figure the change reached.
    if (TIME_PREPOSITIONS.has(content[k]!.lower)) break;
    // "slumped in April", "rose on 3 May": a date after "in" or "on" is when it moved, no level it reached.
    if (DATE_PREPOSITIONS.has(content[k]!.lower) && spans.some(([first, , q]) => first === k + 1 && q.kind === 'date')) break;
    // "rose over the three years", "fell over the past decade": "over the" opens the span the change took.
    if (content[k]!.lower === 'over' && content[k + 1]?.lower === 'the') break;
    if (inFigure[k]) return false;
  }
  const before = content[i - 1]?.lower ?? '';
  if (AUXILIARIES.has(before)) return true;
  if (PARTICIPLES_AFTER_AUXILIARY.has(lower)) return false;
  // "Increased charges", "the increased spending", "of reduced fares": a modifier, no verb.
  return i > 0 && !WORDS_BEFORE_MODIFIER.has(before);
}
/** Prepositions opening a phrase of time after a change verb: "since January", "until March", "during the strike". */
const TIME_PREPOSITIONS = new Set(['since', 'until', 'during']);
/** Prepositions that open a phrase of time only when a date follows them: "in February", "on 3 May" ("in 14 districts" is where). */
const DATE_PREPOSITIONS = new Set(['in', 'on']);
const WORDS_BEFORE_MODIFIER = new Set('the a an its their his her our this that any no of to for with by in on at and or'.split(' '));

/**
 * The broader nouns of each noun for people, from WordNet (built by `npm run
 * build:person-hypernyms`): "miner" → worker, employee; "soldier" → serviceman, worker.
 */
const PERSON_HYPERNYMS: Readonly<Record<string, string>> = personHypernymsJson;

/**
 * Two words saying which people (or things) are counted name one group: the same word, or one
 * a broader noun for the other ("nine miners" / "seven workers"). "soldiers" and "civilians",
 * neither broader than the other, are two groups.
 */
export function sameGroup(x: string, y: string): boolean {
  if (x === y) return true;
  return broaderPeople(y).includes(x) || broaderPeople(x).includes(y);
}

/**
 * Two qualifiers of one count agree when they name one group (`sameGroup`) or are forms of one verb: "one in four
 * employers said they planned to hire" / "9 percent of employers planning to hire" qualify the employers alike.
 */
export function sameQualifier(x: string, y: string): boolean {
  return sameGroup(x, y) || stemOfWord(x) === stemOfWord(y);
}

/**
 * The broader nouns for people above `word` ("miner" → worker, employee); none for a word that names no people. Kept by
 * word (callers only read the list): figures are paired with each other's nouns, and each pairing split the entry again.
 */
export function broaderPeople(word: string): readonly string[] {
  return broaderPeopleMemo(word);
}

const broaderPeopleMemo = boundedMemo((word: string): readonly string[] =>
  Object.hasOwn(PERSON_HYPERNYMS, word) ? PERSON_HYPERNYMS[word]!.split(' ') : NO_WORDS,
);

const NO_WORDS: readonly string[] = [];

/** A noun for people of some kind that the table knows ("miner", "pupil", "worker"). */
export function isPersonNoun(noun: string): boolean {
  return PERSON_NOUNS.has(noun);
}

/** Every noun for people the table knows: those WordNet puts under person, and the broader ones named for them ("worker"). */
const PERSON_NOUNS = new Set([
  ...Object.keys(PERSON_HYPERNYMS),
  ...Object.values(PERSON_HYPERNYMS).flatMap((broader) => broader.split(' ')),
]);

/** The broadest noun for people, whatever they are. */
export function isPeopleNoun(noun: string): boolean {
  return noun === 'people' || noun === 'person';
}

/** "19 people" and "41 patients": people counted under the broadest noun and under a noun for one kind of them. */
export function peopleAndKindOfPeople(x: string, y: string): boolean {
  return (isPeopleNoun(x) && isPersonNoun(y)) || (isPeopleNoun(y) && isPersonNoun(x));
}

/** People named by where they live say nothing of which people: "residents" are "people". */
const GENERIC_PEOPLE = new Set(['people', 'person', 'persons', 'others', 'residents', 'inhabitants', 'villagers', 'locals', 'citizens']);

/** Pronouns after "of" that stand for the whole just counted: "12 of them", ", 95 of whom", "three of which". */
const PART_PRONOUNS = new Set(['them', 'whom', 'which']);
/** Forms of "include" a part follows: "They included 260 pensioners". */
const INCLUDE_FORMS = new Set(['include', 'includes', 'included']);
/** Pronoun subjects standing for a figure just given: "They included …", "Those included …". */
const BACK_PRONOUNS = new Set(['they', 'these', 'those']);

/**
 * The key of a part whose whole is not yet known: a count after "including", "among them", "of whom", ", N of whom",
 * "N of them", "Of those, N" (`isPart`). The whole is the last figure before it in its claim, or the last figure of the
 * same source's claim right before (`wholesOfParts`); a part none is found for is no measure.
 */
export const PENDING_PART = 'part>?';
/** Parts are keyed by their whole's measure: `part>` and the whole's key ("part>count:patient", "part>casualty:death"). */
export const PART_PREFIX = 'part>';

/** How far from a part's figure the words saying what part it is may stand, within its clause. */
const PART_WORDS_WINDOW = 8;

/**
 * A count that is a part of a figure given before, keyed `PENDING_PART` until its whole is found. What part it is, are the
 * measure words of its own clause, not the whole's: "23 of whom were on ventilators" → ventilator, "among them 690 children
 * under five" → children, five, "Car parts plants accounted for 6,200 of them" → car, part, plant.
 */
function partOfWhole(words: ClaimWords, q: Quantity, first: number, last: number, inFigure: Uint8Array): Measured | null {
  const m = withInterval(words, q, first, last, inFigure, PENDING_PART);
  if (!m) return null;
  const { content } = words;
  let from = first;
  while (from > 0 && first - from < PART_WORDS_WINDOW && !inFigure[from - 1] && !clauseBreakBefore(words, from)) from--;
  let to = last;
  while (to < content.length && to - last < PART_WORDS_WINDOW && !inFigure[to] && !clauseBreakBefore(words, to)) to++;
  const own = new Map<string, string>();
  for (let i = from; i < to; i++) {
    const lower = content[i]!.lower;
    if (inFigure[i] || PART_PRONOUNS.has(lower) || BACK_PRONOUNS.has(lower) || !isMeasureWord(lower)) continue;
    own.set(measureKey(lower), '');
  }
  // "among them 7 pillion riders": the noun the figure counts says what part it is.
  if (q.counted) own.set(measureKey(headOf(q.counted)), '');
  m.words = own;
  return m;
}

/** The key of the parts of `whole`: its own key, with its casualty class. */
function partKeyOf(whole: Measured): string {
  return `${PART_PREFIX}${whole.key}${whole.casualty ? `:${whole.casualty}` : ''}`;
}

/** A figure that may be the whole of a part counted after it: a count or a casualty figure, itself no part. */
function canBeWhole(m: Measured): boolean {
  const kind = m.key.replace(/^future:/, '');
  return (kind.startsWith('count:') || kind === 'casualty') && m.part !== true && !m.each;
}

/**
 * Keys each pending part of `measured` by its whole: the last count or casualty figure before it in the claim, else the
 * last such figure of `before` (the same source's claim right before: "… 870 porters left. Of those, 145 …"). Pending
 * parts none is found for are dropped when `before` was looked at (null: only the claim's own figures were).
 */
export function wholesOfParts(measured: Measured[], before: readonly Measured[] | null, final = before !== null): void {
  let whole: Measured | null = null;
  if (before) for (const m of before) if (canBeWhole(m)) whole = m;
  let pending = false;
  for (const m of measured) {
    if (m.key !== PENDING_PART) {
      if (canBeWhole(m)) whole = m;
      continue;
    }
    if (whole) m.key = partKeyOf(whole);
    else pending = true;
  }
  if (pending && final) {
    const kept = measured.filter((m) => m.key !== PENDING_PART);
    measured.splice(0, measured.length, ...kept);
  }
}

/**
 * Words that open a part of a figure given before: "including", "among them", "of whom", "of which";
 * or a figure of the people a toll counts ("nine of the wounded were children", "two of the dead").
 */
function isPart(words: ClaimWords, first: number, last: number): boolean {
  const { content } = words;
  const before = content[first - 1]?.lower;
  if (before === 'including' || before === 'incl') return true;
  // `last` is the first word after the figure.
  if (content[last]?.lower === 'of' && content[last + 1]?.lower === 'the' && CASUALTY_NOUNS.has(content[last + 2]?.lower ?? ''))
    return true;
  // "treating 14 of the injured, five of them infants": a part of the figure just given; ", 95 of whom had …" too.
  if (content[last]?.lower === 'of' && PART_PRONOUNS.has(content[last + 1]?.lower ?? '')) return true;
  // "They included 260 pensioners": a pronoun for the figure given before, and a verb of including.
  if (INCLUDE_FORMS.has(before ?? '') && first === 2 && BACK_PRONOUNS.has(content[0]!.lower)) return true;
  const two = content[first - 2]?.lower;
  // "Of those, 85 found posts overseas": a part of the figure the sentence before gave, not a count of the noun after it.
  if (first === 2 && two === 'of' && (before === 'those' || before === 'these')) return true;
  return (two === 'among' && before === 'them') || (two === 'of' && (before === 'whom' || before === 'which' || before === 'them'));
}

/** Words naming every one of a group: "every balcony", "all the pumps", "each of the valves". */
const EVERY_WORDS = new Set(['every', 'all', 'each']);

/**
 * The noun "them" of "four of them" stands for when the claim names a group before the figure and gives no figure
 * before it: "every balcony" (singular after "every" or "each"), "all the pumps", "the balconies". Null for none.
 */
function antecedentOfThem(words: ClaimWords, first: number, last: number): string | null {
  const { content } = words;
  if (content[last]?.lower !== 'of' || content[last + 1]?.lower !== 'them') return null;
  for (let i = first - 1; i > 0; i--) {
    const word = content[i]!;
    if (word.capitalised || !isMeasureWord(word.lower)) continue;
    const before = content[i - 1]!.lower;
    if (EVERY_WORDS.has(before) || (isPluralNoun(word.lower) && (before === 'the' || EVERY_WORDS.has(content[i - 2]?.lower ?? '')))) {
      // "every lamp post": the head of the compound is the group.
      let head = i;
      while (head + 1 < first && isMeasureWord(content[head + 1]!.lower) && !content[head + 1]!.capitalised) head++;
      return content[head]!.lower;
    }
  }
  return null;
}

/** A figure before content word `first` other than a date's month ("in October"): "them" may be a part of it. */
function figureBefore(words: ClaimWords, first: number, inFigure: Uint8Array): boolean {
  for (let i = 0; i < first; i++) if (inFigure[i] && !words.content[i]!.capitalised) return true;
  return false;
}

/** How far before a count the words saying it is a capacity may stand: "can carry up to 1,400", "has capacity for 90". */
const CAPACITY_WINDOW = 4;
/** Nouns of what a thing can hold: "capacity for 90 buses", "a capacity of 220". */
const CAPACITY_NOUNS = new Set(['capacity', 'capacities']);
/** Verbs of holding or carrying, in the form a modal or "to" takes: "can carry", "designed to handle". */
const HOLDING_VERBS = new Set([
  'carry',
  'hold',
  'take',
  'handle',
  'accommodate',
  'seat',
  'sleep',
  'house',
  'fit',
  'process',
  'treat',
  'serve',
]);
/** Words before a holding verb saying what could be, not what was: "can carry", "designed to handle", "able to take". */
const ABILITY_WORDS = new Set(['can', 'could', 'cannot']);
const ABILITY_BEFORE_TO = new Set(['designed', 'built', 'able', 'intended', 'meant', 'planned']);

/**
 * A count given as what a thing can hold or carry (`Measured.capacity`): a capacity noun just before it ("capacity for 90
 * buses"), or a holding verb after a modal or "designed to" ("can carry up to 1,400 vehicles", "was designed to handle
 * 3,200"); not a count of what it held ("carried 58 cars", "a bus carrying 34 pupils").
 */
function isCapacity(content: ClaimWords['content'], first: number, inFigure: Uint8Array): boolean {
  for (let i = first - 1; i >= Math.max(0, first - CAPACITY_WINDOW); i--) {
    if (inFigure[i]) return false;
    const lower = content[i]!.lower;
    if (CAPACITY_NOUNS.has(lower)) return true;
    if (!HOLDING_VERBS.has(lower)) continue;
    const before = lowerAt(content, i - 1);
    return ABILITY_WORDS.has(before) || (before === 'to' && ABILITY_BEFORE_TO.has(lowerAt(content, i - 2)));
  }
  return false;
}

/** Words after "as" that open another phrase than a grade: "as well as", "as many as", "as a result", "as part of". */
const NOT_GRADES = new Set([
  'well',
  'many',
  'much',
  'part',
  'far',
  'long',
  'soon',
  'such',
  'a',
  'an',
  'the',
  'of',
  'if',
  'though',
  'it',
  'they',
  'we',
  'he',
  'she',
]);
/** How far after a count the "as" of its grade may stand: "14 beaches as poor", "40 of the homes as unfit". */
const GRADE_WINDOW = 3;

/**
 * The grade a count's things were given, read from "as" right after the counted noun: "rated only 14 beaches as poor" →
 * "poor", "listed 40 homes as unfit" (`Measured.grade`; the verb may be cut away as the attribution's); '' when none.
 */
function gradeOf(content: ClaimWords['content'], last: number, inFigure: Uint8Array): string {
  for (let i = last; i < Math.min(content.length, last + GRADE_WINDOW); i++) {
    if (inFigure[i] || CLAUSE_VERBS.has(content[i]!.lower)) return '';
    if (content[i]!.lower !== 'as') continue;
    const grade = lowerAt(content, i + 1);
    return NOT_GRADES.has(grade) || inFigure[i + 1] ? '' : grade;
  }
  return '';
}

/** "per litre", "per tonne" right after a figure (`last` is the first word after it): the unit of a concentration. */
function perUnitAfter(words: ClaimWords, last: number): boolean {
  return words.content[last]?.lower === 'per' && UNIT_WORDS.get(words.content[last + 1]?.lower ?? '')?.kind === 'measure';
}

/** Words before a singular noun that a number after it names ("on line 3", "at gate 4", "the platform 2 lift"). */
const LABEL_OPENERS = new Set(['on', 'at', 'from', 'via', 'along', 'the']);

/**
 * A bare number right after a singular noun that a preposition or "the" opens names one thing of that kind, as a
 * name does ("trial of night trams on line 3", "at gate 4", "the ward 7 nurses"): it counts nothing. A plural
 * ("tram journeys reached 4,100"), a verb ("stood at 31") or a noun of time ("on day 3") before the number is not one.
 */
function isLabelNumber(words: ClaimWords, first: number, last: number, inFigure: Uint8Array): boolean {
  return !inFigure[first - 1] && labelledNoun(words, first - 1) && nounAfter(words, last, inFigure) === null;
}

/** Content word `i` is a singular noun a preposition or "the" opens and the number right after it names: "on line 3". */
export function labelledNoun(words: ClaimWords, i: number): boolean {
  const { content } = words;
  const noun = content[i];
  const number = content[i + 1];
  if (!noun || !number || i < 1 || !LABEL_OPENERS.has(content[i - 1]!.lower)) return false;
  const lower = noun.lower;
  if (lower.endsWith('s') || lower.endsWith('ed') || !isMeasureWord(lower)) return false;
  // A number joined by a single space.
  const c = number.lower.charCodeAt(0);
  return c >= 48 && c <= 57 && words.text.slice(noun.end, number.start) === ' ';
}

/** Words before a count saying it is all a vehicle or vessel holds: "a bus carrying 34 pupils". */
const CARRYING_WORDS = new Set(['carrying', 'carried', 'carries', 'ferrying', 'transporting', 'aboard']);
/** Determiners of the whole after a part: "12 of its 40 members", "three of the 30 boats". */
const WHOLE_DETERMINERS = new Set(['its', 'the', 'their', 'our']);

/**
 * A count of a whole group: what a vehicle carries ("carrying 34 pupils", "58 passengers on
 * board", "aboard") or the whole after a part ("12 of its 40 member clubs"). `last` is the first word after the figure.
 */
function isWhole(words: ClaimWords, first: number, last: number, inFigure: Uint8Array): boolean {
  const { content } = words;
  if (CARRYING_WORDS.has(content[first - 1]?.lower ?? '')) return true;
  const after = (k: number) => content[last + k]?.lower;
  for (let k = 0; k <= 1; k++) if (after(k) === 'aboard' || (after(k) === 'on' && after(k + 1) === 'board')) return true;
  const of = ofBeforeWhole(content, first);
  return of >= 0 && inFigure[of - 1] === 1;
}

/**
 * The index of the "of" opening the whole at `first` after a part: "12 of its 40 members", "23 of the block's 34
 * balconies" (an owner's possessive after "the"); -1 when none.
 */
function ofBeforeWhole(content: ClaimWords['content'], first: number): number {
  const before = content[first - 1]?.lower ?? '';
  if (WHOLE_DETERMINERS.has(before)) return content[first - 2]?.lower === 'of' ? first - 2 : -1;
  const owned = endsWithPossessiveS(before) && !content[first - 1]!.capitalised && content[first - 2]?.lower === 'the';
  return owned && content[first - 3]?.lower === 'of' ? first - 3 : -1;
}

/** Possessive pronouns of a body speaking of its own stock: "its 40 firemen", "their 12 depots", "our 300 members". */
const OWN_POSSESSIVES = new Set(['its', 'their', 'our']);

/**
 * The owner of the stock the count at `first` counts (`Measured.owner`): the stems of a name ending in a possessive right
 * before the figure ("the Dunwick Water Board's 60 tankers"), an empty list for "its", "their" or "our" (the claim's own
 * source), null when no possessive stands there ("the board's 60 tankers" names no one: a common noun points back).
 */
function ownerBefore(words: ClaimWords, first: number): string[] | null {
  const { content } = words;
  const before = content[first - 1];
  if (!before) return null;
  if (OWN_POSSESSIVES.has(before.lower)) return [];
  if (!before.capitalised || !endsWithPossessiveS(before.lower)) return null;
  const stems: string[] = [];
  for (let k = first - 1; k >= 0 && content[k]!.capitalised; k--) {
    const stem = stemOfWord(withoutPossessiveS(content[k]!.lower));
    if (stem !== '') stems.push(stem);
  }
  return stems.length > 0 ? stems : null;
}

/** A share right before "of the" and the figure at `first`: "a third of the 15 million pounds", "40 percent of its budget of 2 million". */
function isWholeOfShare(words: ClaimWords, first: number, before: readonly [number, number, Quantity] | undefined): boolean {
  if (!before) return false;
  const [, end, q] = before;
  const share = q.kind === 'percent' || q.kind === 'fraction';
  return share && end === first - 2 && words.content[first - 2]?.lower === 'of' && OF_DETERMINERS.has(words.content[first - 1]!.lower);
}

/** A share right before "of" and the whole at `first` ("70 percent of the 16 kilometres", "a quarter of the town's 900 flats"), read as a share. */
function shareBeforeWhole(
  words: ClaimWords,
  before: readonly [number, number, Quantity] | undefined,
  first: number,
  share: Measured | undefined,
): boolean {
  return before !== undefined && share !== undefined && isLevelShare(share) && before[1] === ofBeforeWhole(words.content, first);
}

/** A share as a level ("40 percent", "one in four"), not a change nor a forecast of one. */
function isLevelShare(m: Measured): boolean {
  return m.key === 'share' || m.key === 'future:share';
}

/**
 * "35 percent of the district's 3,100 barns were damaged", "Of the town's 900 flats, one in three stands empty",
 * "two in five of the 1,800 wagons": a share of a whole the claim counts is also a count of the whole's things (or an
 * amount of its unit), the share of the whole's figure (about 1,085 barns), which another source may give as a
 * count ("about 1,900 barns"). The whole itself is no such count: only a part larger than it contradicts it. The
 * count is of the share's own words and period ("every day"), with the whole's words; a participle after the whole's noun
 * ("the 870 flights booked") says what the whole is, not the part.
 */
function sharesOfCountedWholes(
  words: ClaimWords,
  spans: ReadonlyArray<readonly [number, number, Quantity]>,
  bySpan: ReadonlyArray<Measured | undefined>,
): Measured[] {
  const { content } = words;
  const found: Measured[] = [];
  for (let s = 0; s < spans.length; s++) {
    const whole = bySpan[s];
    if (!whole || !(whole.key.startsWith('count:') || whole.key.startsWith('unit:'))) continue;
    const [first, last] = spans[s]!;
    let share: Measured | undefined;
    if (whole.whole && shareBeforeWhole(words, spans[s - 1], first, bySpan[s - 1])) share = bySpan[s - 1];
    else if (ofBeforeWhole(content, first) === 0 && spans[s + 1]?.[0] === last && commaBetween(words, last - 1, last)) {
      // "Of the town's 900 flats, one in three …": the whole opens the claim and the share follows its comma.
      share = bySpan[s + 1];
      if (share && isLevelShare(share)) whole.whole = true;
    }
    if (!share || !isLevelShare(share)) continue;
    const [low, high] = share.interval;
    const wordsOfBoth = new Map(whole.words);
    for (const [word, before] of share.words) if (!wordsOfBoth.has(word)) wordsOfBoth.set(word, before);
    found.push({
      ...whole,
      key: share.key === 'future:share' && !whole.key.startsWith('future:') ? `future:${whole.key}` : whole.key,
      interval: [(Math.max(0, low) / 100) * whole.interval[0], (Math.min(100, high) / 100) * whole.interval[1]],
      figure: `${share.figure} of ${whole.figure}`,
      words: wordsOfBoth,
      qualifiers: whole.qualifiers.filter((word) => !isParticipleAfterNoun(word)),
      at: share.at,
      whole: false,
      each: false,
      ...(share.rate !== undefined ? { rate: share.rate } : {}),
      ...(share.perYear !== undefined ? { perYear: share.perYear } : {}),
    });
  }
  return found;
}

/** Only a comma stands between content words `k` and `next`. */
function commaBetween(words: ClaimWords, k: number, next: number): boolean {
  const { content } = words;
  return words.text.slice(content[k]!.end, content[next]!.start).trim() === ',';
}

/** A participle ("scheduled", "assigned", "built"): after a whole's noun it says what the whole is. */
function isParticipleAfterNoun(word: string): boolean {
  return (word.endsWith('ed') && word.length > 4) || IRREGULAR_PARTICIPLES.has(word);
}

/** The bare count of a part right before "of its" and the whole at `first`: "30" of "30 of its 210 stores". */
function partBefore(words: ClaimWords, span: readonly [number, number, Quantity] | undefined, first: number): Quantity | null {
  if (!span) return null;
  const [, end, q] = span;
  return end === ofBeforeWhole(words.content, first) && q.kind === 'count' && q.counted === null ? q : null;
}

/** Words saying a count is had by each one: "three doses each", "each patient was given …" ("per" is a rate: "9 milligrams per litre"). */
const EACH_WORDS = new Set(['each', 'apiece']);
/** How far before a figure "each" still says the count is for each one: "each patient was given three doses". */
const EACH_BEFORE = 5;

function isEach(words: ClaimWords, first: number, last: number): boolean {
  const { content } = words;
  // "each day", "each week" make a rate of time, not an amount for each one.
  const each = (i: number) =>
    EACH_WORDS.has(content[i]?.lower ?? '') && ((WORD_CLASSES.get(content[i + 1]?.lower ?? '') ?? 0) & TIME_CLASSES) === 0;
  for (let i = Math.max(0, first - EACH_BEFORE); i < first; i++) if (each(i)) return true;
  return each(last) || each(last + 1);
}

/**
 * "81 percent of the people infected had not had two doses": a count after a share of a group,
 * not the share's whole ("of the 400 flats"), is what each one of that share has.
 */
function afterShareOfGroup(words: ClaimWords, before: ReadonlyArray<readonly [number, number, Quantity]>, first: number): boolean {
  const { content } = words;
  if (content[first - 1]?.lower === 'of' || content[first - 2]?.lower === 'of' || ofBeforeWhole(content, first) >= 0) return false;
  return before.some(
    ([, end, q]) => (q.kind === 'percent' || q.kind === 'fraction') && (q.counted !== null || content[end]?.lower === 'of'),
  );
}

/** "will", "would", "expects", "forecast" before the figure, in the claim. */
function isFuture(words: ClaimWords, first: number): boolean {
  for (let i = first - 1; i >= 0; i--) {
    const lower = words.content[i]!.lower;
    if (((WORD_CLASSES.get(lower) ?? 0) & WordClass.future) !== 0 || FUTURE_MARKERS.has(lower)) return true;
    // "is to cut 140 roles", "are to close": a plan told by "be to" and a verb before the figure, as "will" tells one.
    if (lower === 'to' && i + 1 < first && COPULAS.has(words.content[i - 1]?.lower ?? '')) return true;
  }
  return forecastAttribution(words);
}

/** Verbs of an attribution that make what it reports a forecast: "The bakery's owner forecast sales growth of 4 per cent". */
const FORECAST_VERBS = new Set(['forecast', 'forecasts', 'predicted', 'predicts', 'projected', 'projects']);

/**
 * "Its finance chief forecast revenue growth of 3 to 5 per cent next year.": the attribution's verb, which the content
 * leaves out, says the figures are forecasts, as "will" in the content would.
 */
function forecastAttribution(words: ClaimWords): boolean {
  const { all, content } = words;
  if (content === all || content.length === 0) return false;
  const start = content[0]!.start;
  const end = content[content.length - 1]!.end;
  for (const word of all) if ((word.start < start || word.start >= end) && FORECAST_VERBS.has(word.lower)) return true;
  return false;
}

/** How many words after a figure its modal may stand: "nine stores would shut", "60,000 shoppers a week would be left". */
const MODAL_AFTER_WINDOW = 4;
const MODALS_OF_FUTURE = new Set(['will', 'would', 'shall']);

/** How many words after a figure "at risk" may stand: "about 250 jobs in the valley were at risk". */
const PROSPECT_AFTER_WINDOW = 6;
/** Words after a figure saying what it counts may yet be lost: "300 jobs were at risk", "400 posts are under threat". */
const PROSPECTS = new Map([
  ['at', 'risk'],
  ['under', 'threat'],
]);

/** A figure that is the subject of a forecast: "nine stores would shut", "1,900 jobs will go", "about 300 jobs were at risk". */
function modalAfter(words: ClaimWords, last: number): boolean {
  const end = words.content[last - 1];
  if (!end) return false;
  const { all } = words;
  const at = all.indexOf(end);
  for (let i = at + 1; at >= 0 && i <= at + PROSPECT_AFTER_WINDOW && i < all.length; i++) {
    const lower = all[i]!.lower;
    if (i <= at + MODAL_AFTER_WINDOW && MODALS_OF_FUTURE.has(lower)) return true;
    if (PROSPECTS.has(lower) && PROSPECTS.get(lower) === all[i + 1]?.lower) return true;
  }
  return false;
}

const FUTURE_MARKERS = new Set([
  'would',
  'expects',
  'expected',
  'expect',
  'target',
  'targets',
  'aims',
  'plans',
  'planned',
  'goal',
  'faces',
  'facing',
]);

/**
 * Whether a share is a change, and which way: "rose by 9 percent", "up 3 percent", "had risen 40
 * percent", "growth of 2.4 percent", "the rise was nearer 22 percent"; `change` when only "by",
 * "up" or "down" says so. "fell to 6.1 percent", "fell below 5 percent" are levels.
 */
function changeOf(
  words: ClaimWords,
  q: Quantity,
  first: number,
  last: number,
  inFigure: Uint8Array,
): 'increase' | 'decrease' | 'change' | null {
  const { content } = words;
  const before = content[first - 1]?.lower;
  if (before === 'at') return estimatedChange(words, first);
  if (before === 'to') return null;
  if (before === 'by' || before === 'up' || before === 'down') {
    const verb = CHANGE_WORDS.get(content[first - 2]?.lower ?? '');
    // "was seen by fewer than one in nine listeners": "by" after a passive, before a share naming whom it counts, names
    // who did it, no change ("was raised by 5 percent" stays one).
    if (before === 'by' && verb === undefined && q.counted && passiveBefore(content, first - 2)) return null;
    return verb ?? (before === 'up' ? 'increase' : before === 'down' ? 'decrease' : 'change');
  }
  // "fell below 5 percent", "rose above 9 percent": a bound reached is a level.
  if (q.bound) return null;
  // "a 40 percent rise"
  const after = content[last] && !inFigure[last] ? CHANGE_WORDS.get(content[last]!.lower) : undefined;
  if (after) return after;
  for (let i = first - 1; i >= Math.max(0, first - CHANGE_BEFORE); i--) {
    if (inFigure[i]) break;
    const change = CHANGE_WORDS.get(content[i]!.lower);
    // A verb counts right before the figure only ("had risen 40 percent"); a noun a few words before ("growth last year was 0.8 percent").
    if (change && (i === first - 1 || isChangeNoun(content[i]!.lower))) return change;
  }
  return null;
}

/** A passive participle at content word `k`, a form of "be" right before it or an adverb between: "was watched", "were also seen". */
function passiveBefore(content: ClaimWords['content'], k: number): boolean {
  const word = content[k]?.lower ?? '';
  if (!isParticipleAfterNoun(word)) return false;
  return (
    BE_FORMS.has(content[k - 1]?.lower ?? '') ||
    (BE_FORMS.has(content[k - 2]?.lower ?? '') && (content[k - 1]?.lower.endsWith('ly') ?? false))
  );
}

/** How many words may stand between the comparative and its "than": "3.1 percent lower in April than a year earlier". */
const COMPARATIVE_THAN_WORDS = 4;
/** How many words after "than" may hold the earlier time: "than in the same month of 2030". */
const EARLIER_TIME_WORDS = 6;
/** Words naming an earlier time after "than" (a year or a month as well): "than a year earlier", "than last year". */
const EARLIER_TIMES = new Set(['year', 'years', 'month', 'months', 'quarter', 'week', 'earlier', 'before', 'ago', 'previously', 'last']);

/**
 * "ferry crossings in 2031 were 6 percent lower than in 2030", "freight was 3.1 percent lower in April than a year
 * earlier": a share followed by a comparative whose "than" names an earlier time is a change of the measure in that
 * direction, as "fell 6 percent" is; "6 percent higher than the regional average" compares two things, no change. Null
 * when it is no such share.
 */
function changeAgainstEarlier(
  words: ClaimWords,
  last: number,
  inFigure: Uint8Array,
): { change: 'increase' | 'decrease'; word: string } | null {
  const { content } = words;
  const comparative = content[last];
  // The comparatives a sum or a count moves by ("£9 higher than last year", `comparedAmount`).
  const change = comparative && !inFigure[last] ? COMPARATIVE_DIRECTIONS.get(comparative.lower) : undefined;
  if (change !== 'increase' && change !== 'decrease') return null;
  const broken = (k: number): boolean => /[,;:.!?()]/.test(words.text.slice(content[k - 1]!.end, content[k]!.start));
  for (let k = last + 1; k < Math.min(content.length, last + 2 + COMPARATIVE_THAN_WORDS); k++) {
    if (broken(k)) return null;
    if (content[k]!.lower !== 'than') continue;
    for (let t = k + 1; t < Math.min(content.length, k + 1 + EARLIER_TIME_WORDS); t++) {
      if (broken(t)) return null;
      const lower = content[t]!.lower;
      if (EARLIER_TIMES.has(lower) || MONTHS.has(lower) || (inFigure[t] && YEAR_OR_SPAN.test(lower)))
        return { change, word: comparative.lower };
    }
    return null;
  }
  return null;
}

/** The marks between a list item's figure and the noun phrase saying what it counts: "Forty – the moorings …", "1,200: Bicycle racks …". */
const LIST_ITEM_MARK = /^\s*[–—:-]\s*$/;
/** How many words of that noun phrase may stand before its head: "the lifeboat moorings", "Bicycle racks". */
const LIST_ITEM_WORDS = 4;

/**
 * "Forty – the lifeboat moorings the marina says it rents out", "1,200: Bicycle racks the council says it fitted": a claim
 * opening on a bare figure, a dash or a colon and a noun phrase (an "in numbers" or "by the numbers" list's item) counts
 * that phrase's head, the first plural measure noun (a determiner and modifiers before it, the word after the mark
 * capitalised by position); null for any other figure.
 */
function listItemNoun(words: ClaimWords, first: number, last: number, inFigure: Uint8Array): string | null {
  const { content, all } = words;
  if (first !== 0 || content[0]!.start !== 0 || inFigure[last]) return null;
  // The phrase may be cut out as attribution ("– the moorings the marina says …"): it is read among all the claim's words.
  const end = content[last - 1]!.end;
  let after = 0;
  while (after < all.length && all[after]!.start < end) after++;
  if (after >= all.length || !LIST_ITEM_MARK.test(words.text.slice(end, all[after]!.start))) return null;
  const start = all[after]!.lower === 'the' ? after + 1 : after;
  for (let i = start; i < Math.min(all.length, start + LIST_ITEM_WORDS); i++) {
    const word = all[i]!;
    if (word.capitalised && i !== after) return null;
    if (isPluralNoun(word.lower) && isMeasureWord(word.lower)) return word.lower;
  }
  return null;
}

/** How far before a share its change noun may stand: "growth last year was only 0.8 percent". */
const CHANGE_BEFORE = 5;

/**
 * "Unions put the real rise at 3 percent", "estimated the fall at 12 percent": the change noun
 * of an estimate's phrase, before the figure's "at"; a level ("put the rate at 6 percent") says none.
 */
function estimatedChange(words: ClaimWords, first: number): Exclude<Direction, 'level'> | null {
  const { content } = words;
  for (let k = first - 2; k >= Math.max(0, first - 2 - ESTIMATE_PHRASE); k--) {
    const lower = content[k]!.lower;
    if (lower === 'of' || ESTIMATE_VERBS.has(lower)) return null;
    const change = CHANGE_WORDS.get(lower);
    if (change && isChangeNoun(lower)) return change;
  }
  return null;
}

function isChangeNoun(lower: string): boolean {
  return !lower.endsWith('ed') && !lower.endsWith('en') && lower !== 'rose' && lower !== 'fell' && lower !== 'grew';
}

/** The words of the counted phrase before its head: "new" of "2,750 new flats", "young" of "45,000 young people". */
function modifiersOf(q: Quantity): string[] {
  if (!q.counted) return [];
  const parts = splitAtSpaces(lowerCase(q.counted));
  // "41 wounded people": the casualty word says what happened to them (the class), not which people.
  return parts.slice(0, -1).filter((word) => !NOT_MODIFIERS.has(word) && !casualtyClassOf(word));
}

/** Words before a counted noun that do not narrow what is counted. */
const NOT_MODIFIERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'that',
  'these',
  'those',
  'other',
  'more',
  'all',
]);

/** Measure words in a window around the figure, each with the measure word right before it. */
function wordsAround(words: ClaimWords, first: number, last: number, inFigure: Uint8Array, before = WINDOW_BEFORE): Map<string, string> {
  const { content } = words;
  const found = new Map<string, string>();
  let previous = '';
  // "hip and knee operations": the first of two coordinated modifiers, waiting for the noun they both modify.
  let coordinated = '';
  let carried = '';
  const to = Math.min(content.length, last + WINDOW_AFTER);
  for (let i = Math.max(0, first - before); i < to; i++) {
    const lower = content[i]!.lower;
    // "… 22 percent and blamed world markets": the next clause says something else.
    if (i >= last && CLAUSE_VERBS.has(lower)) break;
    // "the same survey", "its own survey": words pointing at a thing named before, no modifier of it.
    if (!inFigure[i] && REFERRING_ADJECTIVES.has(lower)) continue;
    // "2.5 milligrams per litre": the unit after "per" right after the figure is the figure's own, no word of what it measures
    // (nitrate and dissolved oxygen are both read per litre).
    if (i === last + 1 && perUnitAfter(words, last)) {
      previous = coordinated = carried = '';
      continue;
    }
    const gerund = !inFigure[i] && gerundModifier(content, i);
    if (inFigure[i]) previous = coordinated = carried = '';
    else if (gerund || isMeasureWord(lower) || eventNounAt(content, i) !== undefined) {
      // "the walkout" and "the strike", "had leaked" and "the spill" measure one thing.
      // "opening hours" are the hours the library is open: the gerund is keyed by its verb.
      const stem = gerund ? stemOfWord(lower) : (eventNounAt(content, i) ?? measureKey(lower));
      // "the railway" as a whole noun phrase refers to one named before, whatever modified it there ("the coastal railway");
      // so does a noun owned by the one speaking ("its inspectors", "its staff of inspectors" answer "safety inspectors").
      let openerAt = i - 1;
      while (openerAt > 0 && REFERRING_ADJECTIVES.has(content[openerAt]!.lower)) openerAt--;
      const opener = content[openerAt]?.lower ?? '';
      const owned = opener === 'of' && POSSESSIVES.has(content[i - 3]?.lower ?? '') && isMeasureWord(content[i - 2]?.lower ?? '');
      // ("the price of a loaf" names what it is the price of: no reference back)
      // "the club's average crowd": a common noun owning the measure word points at one thing as "the" does; it narrows
      // nothing. A name owning it ("Corran's pre-tax profit") says whose, which another's may not be.
      const possessed = endsWithPossessiveS(opener) && content[openerAt]?.capitalised === false;
      const definite =
        (previous === '' || possessed) &&
        (opener === 'the' || POSSESSIVES.has(opener) || owned || possessed) &&
        !isMeasureWord(content[i + 1]?.lower ?? '') &&
        content[i + 1]?.lower !== 'of';
      const modifier = possessed ? '' : previous !== '' && carried !== '' ? `${previous}${MODIFIER_OR}${carried}` : previous;
      if (!found.has(stem)) found.set(stem, definite ? ANY_MODIFIER : modifier);
      // "season-ticket sales" names season tickets: the compound's words measure as "season tickets" does.
      compoundParts(lower, definite ? ANY_MODIFIER : modifier, found);
      carried = previous === '' ? coordinated : '';
      coordinated = '';
      previous = stem;
    } else if ((lower === 'and' || lower === 'or') && previous !== '') {
      coordinated = previous;
      previous = carried = '';
    } else previous = coordinated = carried = '';
  }
  return found;
}

/**
 * The words of a hyphenated compound of two measure words ("season-ticket", "car-park"), each with what modifies it:
 * the first with the compound's modifier, the second with the first. A part that is no measure word adds nothing
 * ("long-term", "year-on-year").
 */
function compoundParts(lower: string, modifier: string, found: Map<string, string>): void {
  const hyphen = lower.indexOf('-');
  if (hyphen < 0 || lower.indexOf('-', hyphen + 1) >= 0) return;
  const [head, tail] = [lower.slice(0, hyphen), lower.slice(hyphen + 1)];
  if (!isMeasureWord(head) || !isMeasureWord(tail)) return;
  const [first, second] = [measureKey(head), measureKey(tail)];
  if (!found.has(first)) found.set(first, modifier);
  if (!found.has(second)) found.set(second, first);
}

/** How far after a share the span of time it is past or within may stand: "one in four patients … had waited longer than". */
const THRESHOLD_WINDOW = 16;
/** Words before "than" that put a share past a span: "more than five minutes late", "longer than the two-week target". */
const PAST_WORDS = new Set(['more', 'longer', 'later']);
/** Words right before a span that put a share within it or past it. */
const SIDE_WORDS: ReadonlyMap<string, 'over' | 'within'> = new Map([
  ['within', 'within'],
  ['under', 'within'],
  ['over', 'over'],
  ['beyond', 'over'],
]);

/**
 * The span of time a share is past or within (`Measured.threshold`): the first span of time after the share in its
 * claim, no other share between, after "more than", "longer than", "later than", "over" (a "the" between allowed) or
 * "within", "under", "less than". Undefined for none.
 */
function thresholdOf(words: ClaimWords, m: Measured, spans: ReadonlyArray<readonly [number, number, Quantity]>): Measured['threshold'] {
  const { content } = words;
  for (const [first, , q] of spans) {
    if (first <= m.at) continue;
    if (first > m.at + THRESHOLD_WINDOW) return undefined;
    if (q.kind === 'percent' || q.kind === 'fraction') return undefined;
    if (q.kind !== 'duration' || !q.unit || q.value === null) continue;
    let k = first - 1;
    if (content[k]?.lower === 'the') k--;
    const before = content[k]?.lower ?? '';
    let side: 'over' | 'within' | undefined = SIDE_WORDS.get(before);
    if (before === 'than')
      side = PAST_WORDS.has(lowerAt(content, k - 1)) ? 'over' : lowerAt(content, k - 1) === 'less' ? 'within' : undefined;
    if (!side && q.bound === 'at-least') side = 'over';
    return side ? { side, value: q.value, unit: q.unit } : undefined;
  }
  return undefined;
}

/** Units of time "more than a/an" puts a count past: "waited more than an hour", "longer than a week". */
const ONE_UNITS = new Set(['minute', 'hour', 'day', 'week', 'month', 'year']);

/**
 * "had waited more than an hour", "for longer than a day": a span of one unit after a past word and "than" (no figure of
 * the quantities stage), within `THRESHOLD_WINDOW` words after the count at `at`, no other figure between.
 */
function oneUnitThreshold(content: ClaimWords['content'], at: number, inFigure: Uint8Array): Measured['threshold'] {
  let k = at;
  while (k < content.length && inFigure[k]) k++;
  for (; k + 3 < content.length && k <= at + THRESHOLD_WINDOW; k++) {
    if (inFigure[k]) return undefined;
    if (!PAST_WORDS.has(content[k]!.lower) || content[k + 1]!.lower !== 'than') continue;
    const article = content[k + 2]!.lower;
    const unit = content[k + 3]!.lower;
    if ((article === 'a' || article === 'an') && ONE_UNITS.has(unit)) return { side: 'over', value: 1, unit };
  }
  return undefined;
}

/** Words between a counted noun and the verb of what happened to it: "trains now arrive", "sailings were cancelled". */
const OUTCOME_FILLERS = new Set([...BE_FORMS, 'now', 'still', 'had', 'have', 'has', 'all', 'then']);
const OUTCOME_FILLER_WORDS = 2;
/** Words after a verb in its present form that make it an outcome: "arrive within", "leave more than", "run late", "run on time". */
const OUTCOME_FOLLOWERS = new Set(['within', 'more', 'less', 'late', 'early', 'on']);

/**
 * The stems of the verbs a share says of what it counts (`Measured.outcomes`): a past or -ing form right after one of the
 * share's measure words ("trains cancelled", "sailings were cancelled", "trains arriving"), or any form followed by a
 * span or time ("trains now arrive within five minutes", "left more than ten minutes late").
 */
function outcomesOf(words: ClaimWords, m: Measured, inFigure: Uint8Array): string[] {
  const { content, contentStems } = words;
  const outcomes: string[] = [];
  for (let i = 0; i < content.length; i++) {
    if (inFigure[i] || !m.words.has(contentStems[i]!)) continue;
    let j = i + 1;
    while (j < content.length && j - i <= OUTCOME_FILLER_WORDS && OUTCOME_FILLERS.has(content[j]!.lower)) j++;
    const verb = content[j];
    if (!verb || verb.capitalised || inFigure[j] || !contentStems[j]) continue;
    const followed = OUTCOME_FOLLOWERS.has(content[j + 1]?.lower ?? '');
    // ("council housing", "Westline trains": a measure word after the noun is more of the noun, unless a span follows it)
    if (m.words.has(contentStems[j]!) && !followed) continue;
    // "a survey of its members, published last week": a comma ends what is said of the noun.
    if (/[,;:()]/.test(words.text.slice(content[j - 1]!.end, verb.start))) continue;
    if (ACT_FORM.test(verb.lower) || followed) outcomes.push(contentStems[j]!);
  }
  return outcomes;
}

/** How many words may stand between the first of two counts added up and the "and" before the second. */
const PARTS_WINDOW = 8;

/**
 * "71 people from the north block and 64 from the south block", "312 residents at one hall and 188 at the other": a count
 * of a noun with no qualifier, then, after "and" in its clause, a bare count whose noun is left out (a preposition or
 * the clause's end after it): one count of that noun, their sum. Null for anything else ("8 killed and 40 injured" are
 * two classes; "1,150 houses destroyed and 2,300 damaged" two qualifiers).
 */
function sumOfParts(
  words: ClaimWords,
  m: Measured,
  spans: ReadonlyArray<readonly [number, number, Quantity]>,
  s: number,
  inFigure: Uint8Array,
): Measured | null {
  if (!(m.key.startsWith('count:') || m.key === 'casualty') || m.qualifiers.length > 0 || m.each) return null;
  const { content } = words;
  const [, last] = spans[s]!;
  const next = spans[s + 1];
  if (!next || next[2].kind !== 'count' || next[2].counted || next[0] - last > PARTS_WINDOW) return null;
  // (", and four of them were charged": another clause, of a part of the group)
  const and = content[next[0] - 1];
  if (and?.lower !== 'and' || words.text.slice(content[next[0] - 2]!.end, and.start).trim() !== '') return null;
  for (let k = last; k < next[0] - 1; k++) if (inFigure[k] || CLAUSE_VERBS.has(content[k]!.lower)) return null;
  // The noun is left out: a preposition, a comma or the end after the second figure ("64 from the south block").
  const after = content[next[1]];
  if (after && !PARTS_PREPOSITIONS.has(after.lower) && words.text.slice(content[next[1] - 1]!.end, after.start).trim() === '') return null;
  const [first, second] = [intervalOf(spans[s]![2]), intervalOf(next[2])];
  if (!first || !second) return null;
  const figure = words.text.slice(content[spans[s]![0]]!.start, content[next[1] - 1]!.end);
  // What sets one part apart ("from the north block") is no word of the sum.
  const sumWords = new Map(m.words);
  for (let k = last; k < Math.min(content.length, next[1] + WINDOW_AFTER); k++) sumWords.delete(measureKey(content[k]!.lower));
  return { ...m, interval: [first[0] + second[0], first[1] + second[1]], figure, words: sumWords };
}

/** Prepositions after a count whose noun is left out: "64 from the south block", "188 at Weir Court". */
const PARTS_PREPOSITIONS = new Set(['from', 'at', 'in', 'on', 'across', 'for']);

/** Adjectives that point at a thing already named rather than narrow it: "the same survey", "its own figures". */
const REFERRING_ADJECTIVES = new Set(['same', 'own']);
/** Adjectives of a statistic of a measure: "the average waiting time", "median rents". */
export const STATISTIC_ADJECTIVES = new Set(['average', 'mean', 'median']);

/** Words before an -ing form that make a verb of it: "were leaving", "is waiting", "had been opening". */
const VERB_BEFORE_GERUND = new Set([...BE_FORMS, 'am', "'s", 'keep', 'kept', 'start', 'started', 'stop', 'stopped']);

/**
 * An -ing form modifying the noun after it ("opening hours", "waiting list", "parking spaces", "waiting times"): a
 * measure word, though -ing forms are mostly verbs ("were leaving", "rising prices" modify nothing measured).
 */
function gerundModifier(content: ClaimWords['content'], i: number): boolean {
  const word = content[i]!;
  // (capitalised as the claim's first word only: "Queueing times for ferries had tripled")
  if (!word.lower.endsWith('ing') || word.lower.length < 6 || (word.capitalised && i > 0)) return false;
  if (VERB_BEFORE_GERUND.has(content[i - 1]?.lower ?? '') || CHANGE_GERUNDS.has(word.lower)) return false;
  const next = content[i + 1]?.lower ?? '';
  return next !== '' && (isMeasureWord(next) || ((WORD_CLASSES.get(next) ?? 0) & TIME_CLASSES) !== 0);
}

/** -ing forms of change that modify a measure rather than name one: "rising prices", "falling numbers". */
const CHANGE_GERUNDS = new Set([
  'rising',
  'falling',
  'growing',
  'increasing',
  'decreasing',
  'declining',
  'soaring',
  'mounting',
  'dwindling',
  'shrinking',
]);

/** Determiners of a noun owned by the one speaking: "its inspectors", "our nurses". */
const POSSESSIVES = new Set(['its', 'their', 'our']);

/** Separates coordinated modifiers of one measure word ("hip|knee" of "hip and knee operations"). */
export const MODIFIER_OR = '|';

/** Two modifiers of one measure word agree when they share one of their coordinated words. */
export function sameModifier(x: string, y: string): boolean {
  if (x === y || x === ANY_MODIFIER || y === ANY_MODIFIER) return true;
  if (!x.includes(MODIFIER_OR) && !y.includes(MODIFIER_OR)) return false;
  const ys = y.split(MODIFIER_OR);
  return x.split(MODIFIER_OR).some((word) => ys.includes(word));
}

/**
 * "flats we approved", "the flats finished so far", "jobs created": the first verb form after
 * the figure and what it counts, before the clause's own verb ("are", "have been").
 */
function qualifierAfter(words: ClaimWords, last: number, inFigure: Uint8Array): string {
  const { content } = words;
  for (let i = last; i < Math.min(content.length, last + QUALIFIER_WINDOW); i++) {
    const lower = content[i]!.lower;
    // "23 people after clashes near the parliament building": a phrase of place or time ends what is counted.
    if (inFigure[i] || CLAUSE_VERBS.has(lower) || PHRASE_PREPOSITIONS.has(lower)) return '';
    // "put the attendance at 30,000, citing counts": a comma closes the noun phrase; what follows is another clause.
    if (i > 0 && clauseBreakBefore(words, i)) return '';
    // The class word ("killed", "joined") says what happened to those counted, not which of them.
    if (
      lower.length > 4 &&
      (lower.endsWith('ed') || lower.endsWith('ing')) &&
      !casualtyClassOf(lower) &&
      !ATTENDANCE_WORDS.has(lower) &&
      !opensClassPhrase(lower, lowerAt(content, i + 1)) &&
      lower !== 'according'
    )
      return lower;
  }
  return '';
}

/** A comma, semicolon or dash between content word `i` and the one before it. */
function clauseBreakBefore(words: ClaimWords, i: number): boolean {
  return /[,;:–—]/.test(words.text.slice(words.content[i - 1]!.end, words.content[i]!.start));
}

/** "… of the new flats are holiday lets": the measure words after the clause's copula. */
function complementAfter(words: ClaimWords, last: number, inFigure: Uint8Array): string[] {
  const { content } = words;
  let i = last;
  while (i < Math.min(content.length, last + QUALIFIER_WINDOW) && !inFigure[i] && !COPULAS.has(content[i]!.lower)) i++;
  if (!COPULAS.has(content[i]?.lower ?? '')) return [];
  const found: string[] = [];
  for (let k = i + 1; k < Math.min(content.length, i + 4) && !inFigure[k] && isMeasureWord(content[k]!.lower); k++) {
    found.push(singular(content[k]!.lower));
  }
  return found;
}

/** Prepositions opening a phrase of place or time after what is counted. */
const PHRASE_PREPOSITIONS = new Set(['after', 'before', 'during', 'near', 'outside', 'inside', 'around', 'across', 'at', 'in', 'on']);

const COPULAS = new Set(['is', 'are', 'was', 'were']);
const QUALIFIER_WINDOW = 6;
/** Words that end the counted phrase: the clause's auxiliary or a conjunction. */
const CLAUSE_VERBS = new Set(
  'is are was were be been has have had will would could can may might must should did does do and but or'.split(' '),
);

/** The modifier of a definite measure word ("the railway"): it matches any other. */
export const ANY_MODIFIER = '*';

/** The class a counted noun names itself: "deaths", "injuries", "bodies". */
function headCasualty(head: string | null): CasualtyClass | null {
  return head && CASUALTY_NOUNS.has(head) ? casualtyClassOf(head) : null;
}

const TAKE = new Set(['took', 'take', 'taking', 'taken', 'takes']);
const TURNED = new Set(['turned', 'turn', 'turning']);
/** Verbs before "up" that count people coming: "showed up", "turned up". */
const SHOWED = new Set(['showed', 'show', 'shown', 'turned', 'turn']);
const STREETS = new Set(['streets', 'street']);
/** Verbs before "out" that make people leave their homes: "forced out", "driven out". */
const DRIVEN = new Set(['forced', 'driven', 'drove', 'forcing', 'chased', 'burned', 'burnt', 'flooded']);

/** "41 wounded people", "12 dead civilians": a casualty word within the counted phrase. */
function countedCasualty(q: Quantity): CasualtyClass | null {
  if (!q.counted) return null;
  for (const word of splitAtSpaces(lowerCase(q.counted))) {
    const cls = countedCasualtyClassOf(word);
    if (cls) return cls;
  }
  return null;
}

/** The casualty word nearest the figure: after it first ("12 people were killed"), else before ("killed 12 people"). */
function nearCasualty(words: ClaimWords, first: number, last: number, inFigure: Uint8Array): CasualtyClass | null {
  const { content } = words;
  for (let i = last; i < Math.min(content.length, last + CASUALTY_AFTER); i++) {
    if (inFigure[i]) break;
    const cls = casualtyAt(words, i, first);
    if (cls) return cls;
  }
  for (let i = first - 1; i >= Math.max(0, first - CASUALTY_BEFORE); i--) {
    if (inFigure[i]) break;
    const cls = casualtyAt(words, i, first);
    if (cls) return cls;
  }
  return null;
}

/** Verbs of caring for the hurt with the word after them that makes them so: "attended to", "treated for". */
const CARE_WORDS: ReadonlyMap<string, string> = new Map([
  ['attended', 'to'],
  ['attending', 'to'],
  ['treated', 'for'],
]);

/** A verb that says a class with the word after it ("turned out", "showed up", "treated for"), not which of those counted. */
function opensClassPhrase(lower: string, next: string): boolean {
  return (TURNED.has(lower) && next === 'out') || (SHOWED.has(lower) && next === 'up') || CARE_WORDS.get(lower) === next;
}

/** Nouns of hurt after "with": "with burns", "with injuries", "with stab wounds". */
const HURT_WITH = new Set(['burns', 'injuries', 'wounds', 'fractures']);

/** The class word i says of the people counted at `first`: a casualty word, or leaving a place ("had left the town", "forced … to leave"). */
function casualtyAt(words: ClaimWords, i: number, first: number): CasualtyClass | null {
  const { content } = words;
  const lower = content[i]!.lower;
  const cls = countedCasualtyClassOf(lower);
  if (cls) return cls;
  const previous = lowerAt(content, i - 1);
  // "paramedics attended to five people", "were treated for heat exhaustion": people cared for are hurt or ill, not taking part.
  if (CARE_WORDS.has(lower) && lowerAt(content, i + 1) === CARE_WORDS.get(lower)) return 'injury';
  // "took part", "turned out", "showed up", "took to the streets".
  if (
    ATTENDANCE_WORDS.has(lower) ||
    (lower === 'part' && TAKE.has(previous)) ||
    (lower === 'out' && TURNED.has(previous)) ||
    (lower === 'up' && SHOWED.has(previous)) ||
    (STREETS.has(lower) && previous === 'the' && lowerAt(content, i - 2) === 'to' && TAKE.has(lowerAt(content, i - 3)))
  )
    return 'attended';
  // "came in with burns", "came in with injuries": what people were hurt with, not what a fire does.
  if (HURT_WITH.has(lower) && previous === 'with') return 'injury';
  // "had been forced out by the mud", "driven out of their homes".
  if (lower === 'out' && DRIVEN.has(previous)) return 'displaced';
  if (!LEAVE_WORDS.has(lower)) return null;
  for (let k = i + 1; k < Math.min(content.length, i + 4); k++) if (LEFT_PLACES.has(content[k]!.lower)) return 'displaced';
  for (let k = Math.min(first, i) - 1; k >= Math.max(0, first - 3); k--) {
    const before = content[k]!.lower;
    if (before === 'forced' || before === 'ordered' || before === 'forcing') return 'displaced';
  }
  return null;
}

/** "2,750 measles cases": a plural noun right after the counted phrase is the head it modifies. */
function nounAfter(words: ClaimWords, last: number, inFigure: Uint8Array): string | null {
  // "58 such reports": "such" says the noun is the one just named, and the noun is still the count's.
  if (words.content[last]?.lower === 'such' && !inFigure[last]) last++;
  const word = words.content[last];
  if (!word || inFigure[last] || word.capitalised || !isPluralNoun(word.lower) || !isMeasureWord(word.lower)) return null;
  return last > 0 && words.text.slice(words.content[last - 1]!.end, word.start) === ' ' ? word.lower : null;
}

/** Prepositions that open a phrase dating what a clause tells: "in 2024", "during March", "for 2023-24". */
const DATING_PREPOSITIONS = new Set(['in', 'during', 'for', 'over']);

/**
 * Where a phrase dating the clause ends at content word `i` ("in 2024-25", "in March 2024", "during May"): the index of
 * its preposition, or -1 when the figure words there are no such phrase. A year or a month is all it may hold: "the
 * number of evictions in 2024-25 was 310" still counts evictions across it.
 */
function datePhraseStart(content: ClaimWords['content'], i: number, inFigure: Uint8Array): number {
  let k = i;
  while (k >= 0 && inFigure[k] && (YEAR_OR_SPAN.test(content[k]!.lower) || MONTHS.has(content[k]!.lower))) k--;
  if (k === i || k < 0 || inFigure[k]) return -1;
  return DATING_PREPOSITIONS.has(content[k]!.lower) ? k : -1;
}

/** A year or a span of years as one word: "2024", "2024-25", "2024/25". */
const YEAR_OR_SPAN = /^(?:19|20)\d{2}(?:[-/–](?:\d{2}|\d{4}))?$/;

/** "measles cases in the province rose to 1,180", "the death toll reached 14": the plural or casualty noun before a bare count. */
function nounBefore(words: ClaimWords, first: number, inFigure: Uint8Array): string | null {
  const { content } = words;
  let skipped = 0;
  for (let i = first - 1; i >= Math.max(0, first - NOUN_BEFORE - skipped); i--) {
    if (inFigure[i]) {
      // "lettings in 2024-25 were 310": a dating phrase right after the counted noun; "up from 4,310" after "… on the
      // register in 2024-25" reads no noun across it.
      const opening = datePhraseStart(content, i, inFigure);
      const noun = content[opening - 1]?.lower ?? '';
      if (opening < 0 || inFigure[opening - 1] || !isPluralNoun(noun) || !isMeasureWord(noun)) return null;
      skipped += i - opening + 1;
      i = opening;
      continue;
    }
    const lower = content[i]!.lower;
    // "the crowd was 20,000": a noun of people taking part counts them, plural or not.
    if (CASUALTY_NOUNS.has(lower) || ATTENDANCE_NOUNS.has(lower)) return lower;
    if (isPluralNoun(lower) && isMeasureWord(lower)) return headBeforePhrase(content, i, inFigure) ?? lower;
  }
  return null;
}

/** Prepositions of a phrase after a subject's head noun: "spills from the works", "complaints about the buses". */
const SUBJECT_PHRASE_PREPOSITIONS = new Set(['from', 'at', 'in', 'on', 'of', 'about', 'by', 'near', 'across', 'along']);

/**
 * The head noun a prepositional phrase ending at content word `i` modifies: "spills" of "spills from the works had
 * fallen to 41" (the works are where the spills came from, not what is counted); null when `i` heads no such phrase.
 */
function headBeforePhrase(content: ClaimWords['content'], i: number, inFigure: Uint8Array): string | null {
  let k = i - 1;
  if (WHOLE_DETERMINERS.has(content[k]?.lower ?? '')) k--;
  if (!SUBJECT_PHRASE_PREPOSITIONS.has(content[k]?.lower ?? '')) return null;
  const head = content[k - 1];
  // A capital opening the sentence is no name: "Complaints from the estates …".
  const named = head !== undefined && head.capitalised && k - 1 > 0;
  return head && !inFigure[k - 1] && !named && isPluralNoun(head.lower) && isMeasureWord(head.lower) ? head.lower : null;
}

/** Words between "of" and a figure: "two-thirds of the 2,400 workers", "half of all its 300 staff". */
const OF_DETERMINERS = new Set(['the', 'all', 'its', 'their', 'our', 'his', 'her', 'those', 'these']);

/**
 * "nearly two-thirds of the 2,400 production workers": a share of a counted whole measures what
 * the whole counts ("production workers"), words the count's figure took as its own.
 */
function ofCountedWords(
  words: ClaimWords,
  last: number,
  next: readonly [number, number, Quantity] | undefined,
  into: Map<string, string>,
): void {
  if (!next?.[2].counted || words.content[last]?.lower !== 'of') return;
  let k = last + 1;
  while (k < next[0] && OF_DETERMINERS.has(words.content[k]!.lower)) k++;
  if (k !== next[0]) return;
  // As for "12% of the voters": each word of what is counted, with no word before it.
  for (const word of lowerCase(next[2].counted).split(/\s+/)) if (isMeasureWord(word)) into.set(measureKey(word), '');
}

/** A figure written with a bare "m" and nothing saying of what ("5m", "1.5m"): metres or millions, one unknown unit. */
export const BARE_M_KEY = 'amount:m';
const BARE_M = /(?:^|\s)\d+(?:\.\d+)?m$/i;

/** The key of a bare count that only points back ("the real figure was a few hundred"): compared with the counts just before it. */
export const ANY_COUNT = 'count:*';

/** Nouns of a count whose "of" phrase names what is counted: "the number of people crossing the river has risen to 3,000". */
const COUNT_NOUNS = new Set(['number', 'numbers', 'count', 'total', 'tally']);
/** How far before a bare count the subject "the number of …" may start: "the number of people crossing the river from A into B has risen to". */
const NUMBER_OF_BEFORE = 16;

/** "The number of people crossing … has risen to more than 3,000": the noun after "the number of", with no figure between. */
function numberOfBefore(words: ClaimWords, first: number, inFigure: Uint8Array): string | null {
  const { content } = words;
  for (let i = first - 2; i >= Math.max(0, first - NUMBER_OF_BEFORE); i--) {
    if (inFigure[i]) {
      const opening = datePhraseStart(content, i, inFigure);
      if (opening < 0) return null;
      i = opening;
      continue;
    }
    if (!COUNT_NOUNS.has(content[i]!.lower) || content[i + 1]?.lower !== 'of') continue;
    const noun = content[i + 2];
    return noun && !inFigure[i + 2] && isMeasureWord(noun.lower) ? noun.lower : null;
  }
  return null;
}

/**
 * Words between a clause's subject and a bare figure that make the figure the subject's value: "was 9,412", "stood at
 * 31", "has risen to nine", "had reached more than 40".
 */
const LEVEL_VERB_WORDS = new Set(
  'was is were are stood stands stand at to has have had risen rose reached climbed totalled totaled came now been grown grew jumped remained remains'.split(
    ' ',
  ),
);
/** Of `LEVEL_VERB_WORDS`, those that are a verb: "at" and "to" alone ("at 31", "to nine") say no level. */
const LEVEL_VERB_PARTICLES = new Set(['at', 'to', 'now']);
/** How many such words may stand between the subject phrase and the figure. */
const LEVEL_VERB_WORDS_MAX = 4;
/** Words that end a subject's head phrase: a preposition, a relative word, a participle's start. */
const SUBJECT_HEAD_ENDS = new Set([
  'of',
  'for',
  'from',
  'at',
  'in',
  'on',
  'during',
  'after',
  'since',
  'when',
  'who',
  'which',
  'that',
  'across',
  'among',
]);
/** Words opening a subject before its head: determiners, a possessive is skipped by its ending. */
const SUBJECT_OPENERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'this',
  'that',
  'our',
  'his',
  'her',
  'official',
  'overall',
  'final',
  'total',
]);
/** Subject heads that are a count of people whatever stands between them and the figure: "the death toll", "the attendance". */
const STRONG_SUBJECT = new Set(['toll', 'attendance', 'turnout', 'crowd', 'casualties', 'deaths', 'fatalities']);
/** How far into the clause the subject's head may stand. */
const SUBJECT_HEAD_WITHIN = 4;

/**
 * The head of the subject of the clause whose value a bare count is ("The death toll from Tuesday's collapse stood at
 * 31" → toll; "The official attendance for the match, read out …, was 9,412" → attendance, people taking part; "The
 * number of people hurt when … has risen to nine" → people, hurt), and the class its words say. Only when the count
 * follows a verb of level (`LEVEL_VERB_WORDS`) and the clause opens the claim's content, with no other figure between:
 * the short windows of `nounBefore` and `numberOfBefore` cover a subject near its figure.
 */
function clauseSubjectOf(
  words: ClaimWords,
  first: number,
  inFigure: Uint8Array,
): { head: string; cls: CasualtyClass | null; aside: boolean } | null {
  const { content } = words;
  let verbAt = first;
  let verb = false;
  while (verbAt > 0 && first - verbAt < LEVEL_VERB_WORDS_MAX && LEVEL_VERB_WORDS.has(content[verbAt - 1]!.lower)) {
    verbAt--;
    if (!LEVEL_VERB_PARTICLES.has(content[verbAt]!.lower)) verb = true;
  }
  if (!verb || verbAt === 0) return null;
  // Another figure between may count what the subject's phrase is of ("the death toll from mudslides that buried three
  // villages … stood at 31"): only a head naming a count of people (`STRONG_SUBJECT`) is read across it.
  let across = false;
  for (let k = 0; k < verbAt; k++) if (inFigure[k] && !isDateWord(content[k]!.lower)) across = true;
  let k = 0;
  while (k < verbAt && (SUBJECT_OPENERS.has(content[k]!.lower) || endsWithPossessiveS(content[k]!.lower))) k++;
  let end = k;
  while (end + 1 < verbAt && !SUBJECT_HEAD_ENDS.has(content[end + 1]!.lower) && !clauseBreakBefore(words, end + 1)) end++;
  if (end >= SUBJECT_HEAD_WITHIN || end >= verbAt || inFigure[end]) return null;
  const found = subjectHeadOf(content, k, end, verbAt, inFigure);
  if (!found || (across && !(found.cls && STRONG_SUBJECT.has(content[end]!.lower)))) return null;
  let aside = false;
  for (let i = end + 1; i < verbAt && !aside; i++) aside = clauseBreakBefore(words, i);
  return { ...found, aside };
}

/** What the subject head at `end` counts, and the class its words say (`clauseSubjectOf`). */
function subjectHeadOf(
  content: ClaimWords['content'],
  k: number,
  end: number,
  verbAt: number,
  inFigure: Uint8Array,
): { head: string; cls: CasualtyClass | null } | null {
  const head = content[end]!.lower;
  if (COUNT_NOUNS.has(head)) {
    // "the casualty count after the storm": the noun before the count is what it counts.
    const before = end > k ? content[end - 1]!.lower : '';
    if (CASUALTY_NOUNS.has(before)) return { head: before, cls: casualtyClassOf(before) };
    // "the number of people hurt …": the noun after "of", and what happened to it right after it.
    if (content[end + 1]?.lower !== 'of' || end + 2 >= verbAt) return null;
    const noun = content[end + 2]!.lower;
    if (inFigure[end + 2] || !isMeasureWord(noun)) return null;
    const participle = end + 3 < verbAt ? content[end + 3]!.lower : '';
    return { head: noun, cls: countedCasualtyClassOf(participle) };
  }
  if (ATTENDANCE_WORDS.has(head) || ATTENDANCE_NOUNS.has(head)) return { head, cls: 'attended' };
  if (CASUALTY_NOUNS.has(head)) return { head, cls: casualtyClassOf(head) };
  return isPluralNoun(head) && isMeasureWord(head) ? { head, cls: null } : null;
}

/** A figure word the quantities stage reads that dates a clause rather than counting ("on Tuesday", "in March"): no figure of a count. */
function isDateWord(lower: string): boolean {
  const word = withoutPossessiveS(lower);
  return WEEKDAYS.has(word) || MONTHS.has(word);
}

function headOf(counted: string): string {
  const parts = splitAtSpaces(lowerCase(counted));
  return withoutPossessiveS(parts[parts.length - 1]!);
}

/**
 * People counted: "civilians", "traders", demonyms ("Chileans", written as names), and plural
 * nouns of agents ("activists", "supporters", "participants"): beside a casualty word
 * ("40 activists were detained") a plural of these endings counts people.
 */
function isPeople(head: string, counted: string | null): boolean {
  if (PEOPLE_NOUNS.has(head) || PEOPLE_NOUNS.has(singular(head))) return true;
  if (head.length > 6 && AGENT_ENDINGS.some((ending) => head.endsWith(ending))) return true;
  const written = counted?.split(/\s+/).pop() ?? '';
  return written.length > 0 && written[0] !== written[0]!.toLowerCase();
}

/** Endings of plural nouns for people by what they do or are: activists, supporters, participants, residents, civilians, detainees. */
const AGENT_ENDINGS = ['ists', 'ters', 'ners', 'kers', 'vers', 'ants', 'ents', 'ians', 'ees'];

function isPluralNoun(word: string): boolean {
  // "40 linesmen", "12 aldermen": a person noun's plural in -men has no -s.
  if (isPersonPluralInMen(word)) return true;
  // "Tuesday's", "the club's": a possessive is no plural.
  return (
    !endsWithPossessiveS(word) &&
    word.length > 3 &&
    word.endsWith('s') &&
    !word.endsWith('ss') &&
    !word.endsWith('us') &&
    !word.endsWith('is')
  );
}

/**
 * "no one was hurt", "nobody died", "none of the workers were injured", "no casualties": a
 * count of zero people killed or hurt.
 */
function zeroCasualties(words: ClaimWords, inFigure: Uint8Array): Measured[] {
  const { content } = words;
  const found: Measured[] = [];
  for (let i = 0; i < content.length; i++) {
    const lower = content[i]!.lower;
    let from = -1;
    if (ZERO_WORDS.has(lower)) from = i + 1;
    else if (lower === 'no' || lower === 'not') {
      const next = content[i + 1]?.lower ?? '';
      if (next === 'one' || next === 'single' || (next === 'a' && content[i + 2]?.lower === 'single')) from = i + 2;
      else if (CASUALTY_NOUNS.has(next)) from = i + 1;
      else if (PEOPLE_NOUNS.has(next)) from = i + 2;
    }
    if (from < 0) continue;
    for (let k = from - 1; k < Math.min(content.length, from + ZERO_WINDOW); k++) {
      if (k < i + 1 || inFigure[k]) continue;
      const cls = casualtyClassOf(content[k]!.lower);
      if (!cls) continue;
      found.push({
        key: 'casualty',
        casualty: cls,
        interval: [0, 0],
        figure: words.text.slice(content[i]!.start, content[k]!.end),
        words: new Map(),
        qualifiers: ownGroup(words, i),
        complement: [],
        at: i,
      });
      i = k;
      break;
    }
  }
  return found;
}

/**
 * "none of its members", "none of our pupils": a zero of the speaker's own people, a group
 * (a part of all the people counted by others), not of everyone. "none of the workers" is
 * everyone there.
 */
function ownGroup(words: ClaimWords, i: number): string[] {
  const { content } = words;
  if (content[i]!.lower !== 'none' || content[i + 1]?.lower !== 'of' || !POSSESSIVES.has(content[i + 2]?.lower ?? '')) return [];
  const head = content[i + 3]?.lower;
  return head && !GENERIC_PEOPLE.has(head) ? [singular(head)] : [];
}

/** How far after "no one", "none" the casualty word may come: "none of the workers at the depot were killed". */
const ZERO_WINDOW = 8;

/**
 * "a majority of voters supported", "only a minority of the flats": a share above or below half,
 * compared with percentages of the same thing ("approval at 38 percent").
 */
function majorityShares(words: ClaimWords, inFigure: Uint8Array): Measured[] {
  const { content } = words;
  const found: Measured[] = [];
  for (let i = 0; i < content.length; i++) {
    const lower = content[i]!.lower;
    if ((lower !== 'majority' && lower !== 'minority') || inFigure[i]) continue;
    // "the majority party", "a majority government" are no share.
    if (content[i + 1]?.lower !== 'of') continue;
    const article = content[i - 1]?.lower === 'a' || content[i - 1]?.lower === 'the' ? i - 1 : i;
    const end = Math.min(content.length - 1, i + 2);
    // The window runs on from what the majority is of: "a majority of voters supported her government".
    const measureWords = wordsAround(words, i, end + 1, inFigure);
    measureWords.delete('majority');
    measureWords.delete('minority');
    // What the majority is of is no modifier of the verb after it: "a majority of residents support the dam".
    const of = content[i + 2] ? measureKey(content[i + 2]!.lower) : '';
    for (const [word, before] of measureWords) if (before === of && word !== of) measureWords.set(word, '');
    found.push(
      plainMeasure(
        'share',
        lower === 'majority' ? [MAJORITY, 100] : [0, 100 - MAJORITY],
        words.text.slice(content[article]!.start, content[end]!.end),
        measureWords,
        article,
      ),
    );
  }
  return found;
}

/** More than half, in percent: 50 itself is no majority. */
const MAJORITY = 50.01;

/** True when both statements can hold: their ranges overlap. */
export function compatible(x: Interval, y: Interval): boolean {
  return x[0] <= y[1] && y[0] <= x[1];
}

/**
 * The values a stated quantity allows: "at least 20" → [20, ∞), "up to 15" → [0, 15],
 * "about 45,000" → ±15%, "a third" → ±5% (a fraction is a rounding), "22" → 22 give or take
 * half a unit of its last digit or 0.5%, whichever is more.
 */
export function intervalOf(q: Quantity, scale = 1): Interval | null {
  if (q.value === null) {
    if (q.low === undefined && q.high === undefined) return null;
    return [(q.low ?? 0) * scale, (q.high ?? Infinity) * scale];
  }
  const v = q.value * scale;
  if (q.bound === 'at-least') return [v, Infinity];
  if (q.bound === 'at-most') return [0, v];
  if (q.approximate || q.bound === 'about') return [v * 0.85, v * 1.15];
  const tolerance = q.kind === 'fraction' ? v * 0.05 : v * Math.max(0.005, halfUnit(q.text));
  return [v - tolerance, v + tolerance];
}

/** Half a unit of the last digit written, relative to the number: "4.2%" → 0.05 / 4.2, "2.4 billion" → 0.05 / 2.4. */
function halfUnit(text: string): number {
  const m = /\d(?:[\d,]*\d)?(?:\.(\d+))?/.exec(text);
  if (!m || !/^[\d,.]+$/.test(m[0])) return 0;
  const written = Number(m[0].replace(/,/g, ''));
  if (!written) return 0;
  return 0.5 * 10 ** -(m[1]?.length ?? 0) * (1 / written);
}

const STOP = new Set(
  `a an the and or but of in on at to for from by with as is are was were be been being has have had do does did that this these those it its
   their they them he she his her we our us i you your not no than then there here which who what when where while also said says say told
   reported according put puts putting stood stands reached rose risen fell fallen dropped grew climbed only just about around nearly almost
   more less over under least some fact per cent percent percentage point points up down since until into out will would could
   nearer closer close roughly approximately barely
   can may might must should shall now still even already yet both each all any whose cost costs rise rises fall falls show shows
   showed see sees get gets got make makes made take takes took give gives gave far so
   real true actual official current latest
   spent paid sold bought built lost won sent kept held brought found taken given`.split(/\s+/),
);

/** Words of time say when, not what is measured ("a year earlier", "this year"). */
const TIME_CLASSES = WordClass.timeUnit | WordClass.timeWord | WordClass.timeModifier | WordClass.month | WordClass.weekday;

export const isMeasureWord = boundedMemo((word: string): boolean => {
  const c = word.charCodeAt(0);
  if (word.length < 3 || (c >= 48 && c <= 57) || STOP.has(word) || ((WORD_CLASSES.get(word) ?? 0) & TIME_CLASSES) !== 0) return false;
  return !word.endsWith('ed') && !word.endsWith('ing') && !casualtyClassOf(word);
});

/** A measure word's key: singular, and a noun of action as its verb ("containment" → "contain", as "contained" is). */
export function measureKey(word: string): string {
  const one = singular(word);
  return one.length >= 9 && one.endsWith('ment') ? one.slice(0, -4) : one;
}

/** What a counted noun counts: its singular, or the word of its synonyms (`sameThingOf`: "houses" → "home", "ships" → "vessel", "shops" → "store"). */
export function countedNoun(word: string): string {
  const one = singular(word);
  return COUNTED_AS.get(one) ?? sameThingOf(one) ?? one;
}

/**
 * Nouns that count one thing in other words only where they are counted: "40 coaches" are vehicles (WordNet's bus is
 * "coach"'s third sense, after a trainer and a tutor), while "the coach said" is a trainer, so "coach" is no synonym of
 * "bus" for the words that tie claims (`sameThingOf`), only for what a count counts.
 */
const COUNTED_AS: ReadonlyMap<string, string> = new Map([['coach', 'bus']]);

const SIBILANT_PLURAL = /(?:sh|ch|x|ss|zz)es$/;
/** Plural to singular, enough for a key: "cases" → "case", "vacancies" → "vacancy". */
export const singular = boundedMemo((word: string): string => {
  const w = withoutPossessiveS(word);
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  // "crashes", "churches", "boxes", "losses": a sibilant's plural adds "es".
  if (SIBILANT_PLURAL.test(w) && w.length > 4) return w.slice(0, -2);
  if (US_PLURAL.test(w) && w.length > 4) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) return w.slice(0, -1);
  return w;
});
