import { IRREGULAR_PARTICIPLES } from '../lexicon';
import { HARM_VERBS, type CasualtyClass } from './disagreement-lexicon';
import { isPeopleNoun, isPersonNoun, peopleAndKindOfPeople, sameGroup, type Measured } from './measures';
import { kindOfOneAnother, sameThingOf } from './same-thing';

/**
 * Which figures of two different buckets are compared at all: the pairing stage for figures that one
 * bucket key does not bring together ("48 supermarkets" / "31 stores", "killed about 2,000 fish" /
 * "put the number of dead fish at fewer than 300", "1,900 jobs" / "1,100 workers"). Instead of one
 * rule per pair of nouns, a score over what each figure counts and what happened to it, and what ties
 * the two claims:
 *
 * - `thing`: what is counted, 2 for one thing (one noun, or WordNet synonyms through `sameThingOf`),
 *   1 for a kind of one another (`kindOfOneAnother`, people by `sameGroup`, "people" and a kind of
 *   people, posts and the people who hold them, offences and the people caught for them), 0 for two things (never
 *   compared);
 * - `happening`: what happened to it, 1 when both figures say the same (killed / dead, injured,
 *   displaced, detained, taking part: the casualty class, read for a count of things too, "150 dead
 *   fish") or neither says anything (two tallies), 0 when only one says (a casualty figure against a
 *   plain tally: not comparable); two different happenings are never compared;
 * - `near`: the claims stand at most two sentences apart; `context`: they share a subject word outside
 *   their figures, or one is a kind of the other's.
 *
 * A pair whose score reaches `MIN_PAIRING_SCORE` goes on to the gates every pair of figures meets
 * (compatible figures, other events, ties): pairing says only that the two may count one thing.
 */
export interface PairingEvidence {
  thing: number;
  happening: number;
  near: boolean;
  context: boolean;
}

/**
 * Chosen on the tune half (branch conflicts12): 2 and 3 find the same conflicts, 4 loses three (kinds of one another
 * tied only by a shared measure word) and 5 seven; 3 compares the fewest pairs for them. Each figure must be of a
 * kind of the other's thing and of its happening, and one more tie (the same thing, nearness, a subject word) is needed.
 */
export const MIN_PAIRING_SCORE = 3;

export function pairingScore({ thing, happening, near, context }: PairingEvidence): number {
  if (thing === 0) return 0;
  return thing + happening + (near ? 1 : 0) + (context ? 1 : 0);
}

/** Nouns of posts: "1,900 jobs", "400 posts", "296 positions", "140 roles": one thing, whichever of them a source counts. */
export const JOB_NOUNS: ReadonlySet<string> = new Set(['job', 'post', 'position', 'role']);

/**
 * Nouns of a body's workforce counted by head, whatever the trade: "95 kitchen staff" / "80 employees" / "190 workers",
 * "personnel". One thing, as the nouns of posts are: WordNet has "staff" only as a body of people and "employee" as a kind
 * of "worker"; a narrower trade ("nurses", "drivers") stays a kind of them.
 */
export const WORKFORCE_NOUNS: ReadonlySet<string> = new Set(['worker', 'employee', 'staff', 'personnel']);

/** Nouns of people who work: a worker, an employee, staff counted by head ("620 staff"), and every person noun WordNet puts under them ("miner", "docker"). */
export function isWorkerNoun(noun: string): boolean {
  return noun === 'worker' || noun === 'employee' || noun === 'staff' || sameGroup('worker', noun) || sameGroup('employee', noun);
}

/** "1,900 jobs" / "1,100 workers": one post per worker, compared only when both lose them. */
export function jobsAndWorkers(x: string, y: string): boolean {
  return (JOB_NOUNS.has(x) && isWorkerNoun(y)) || (JOB_NOUNS.has(y) && isWorkerNoun(x));
}

/**
 * "laid off 27 people" / "19 positions had been eliminated": people counted as such and the posts they lost, one post per
 * person, compared only when the people are said, right beside their figure, to lose their jobs (`peopleLoseJobs` of
 * disagreements.ts): "1,200 people live in the town" is no workforce.
 */
export function jobsAndPeople(x: string, y: string): boolean {
  return (JOB_NOUNS.has(x) && isPeopleNoun(y)) || (JOB_NOUNS.has(y) && isPeopleNoun(x));
}

/**
 * "5,200 properties" / "2,150 households" / "70 homes": a property counted where people live is a home counted as a
 * building, and a household the people of one home, one to a home. WordNet has "property" only as a possession or an
 * attribute, and a household as a family: neither is linked to a home. A kind of one another, compared only when
 * something else ties the claims and both say the same befell them or neither does ("7,000 homes lost power" / "350
 * properties were flooded" are two tallies).
 */
export function propertiesAndHomes(x: string, y: string): boolean {
  return (x === PROPERTY && isHomeOrHousehold(y)) || (y === PROPERTY && isHomeOrHousehold(x));
}

const PROPERTY = 'property';
/** The words homes and households are counted by ("home", "house", "dwelling", "flat", "apartment", "household"), as one group each. */
const HOMES_AND_HOUSEHOLDS: ReadonlySet<string> = new Set(['home', 'flat', 'household']);

function isHomeOrHousehold(noun: string): boolean {
  return HOMES_AND_HOUSEHOLDS.has(noun) || HOMES_AND_HOUSEHOLDS.has(sameThingOf(noun) ?? noun);
}

/** Nouns of an offence recorded against someone: "1,320 speeding offences", "1,150 contraventions". */
export const OFFENCE_NOUNS: ReadonlySet<string> = new Set(['offence', 'offense', 'contravention', 'violation', 'infringement']);

/**
 * "caught 4,180 drivers speeding" / "recorded 1,320 speeding offences": one offence for each person caught, compared
 * only when the people are said to be caught (`CATCHING_WORDS` of disagreements.ts).
 */
export function offencesAndOffenders(x: string, y: string): boolean {
  const person = (noun: string) => isPersonNoun(noun) || isPeopleNoun(noun);
  return (OFFENCE_NOUNS.has(x) && person(y)) || (OFFENCE_NOUNS.has(y) && person(x));
}

/** The key's counted noun ("count:store" → store, "future:count:store" → store), or null when the key counts no noun. */
function keyNoun(key: string): string | null {
  const at = key.indexOf('count:');
  return at < 0 ? null : key.slice(at + 'count:'.length);
}

/**
 * What a figure counts: a count's noun (as written and as its key has it); for a casualty figure the
 * nouns beside it ("12 soldiers killed", "more than 900 dead trout") and people, whom a casualty counts
 * when it names nothing else.
 */
export function countedNouns(m: Measured): string[] {
  if (m.key === 'casualty') return [...m.qualifiers, ...m.words.keys(), 'people'];
  const nouns = [m.noun, keyNoun(m.key)].filter((noun): noun is string => noun !== undefined && noun !== null && noun !== '*');
  return [...new Set(nouns)];
}

/**
 * Endings that make a noun of a verb without its ending: "cancell" + ation, "sign" + ature, "walkout", "clos" + ure, "arriv" +
 * al, "postpon" + ement, "stopp" + age, "complain" + t, "deliver" + y.
 */
const ACT_NOUN_ENDINGS = new Set([
  '',
  'e',
  'al',
  'ation',
  'ition',
  'ion',
  'ment',
  'ement',
  'ance',
  'ence',
  'ure',
  'ature',
  'age',
  't',
  'y',
]);

/**
 * A count of an act's noun counts what a count the act is said of counts: "610 cancellations" / "1,400 services were
 * cancelled", "two walkouts" / "walked out on four occasions", "210 signatures" / "380 people had signed". True when the
 * noun of one figure is the noun of a verb said of the other (`Measured.acts`).
 */
export function actOfCount(x: Measured, y: Measured): boolean {
  return namesAnAct(x.noun, actsOf(y)) || namesAnAct(y.noun, actsOf(x));
}

/**
 * A count of the doers of an act counts what a count said to do that act counts: "1,300 strikers" / "2,400 cabin crew
 * walked out" (a walkout is a strike, `sameThingOf`), "510 rough sleepers" / "230 people sleeping rough", "2,300 marchers"
 * / "5,000 people marched". Only acts the count's things did (`Measured.doers`): "20 employers" counts no "300 people
 * employed". The caller pairs such counts only in claims near each other: a count of one group and the doers of its act
 * elsewhere in the article are often of another year or place ("the 2021 count found 300 people sleeping rough").
 */
export function doerOfCount(x: Measured, y: Measured): boolean {
  return namesADoer(x.noun, y.doers) || namesADoer(y.noun, x.doers);
}

/** Endings that make a noun of who does an act: "march" + er, "strike" + r, "visit" + or, "attend" + ee, "resid" + ent. */
const DOER_ENDINGS = ['er', 'r', 'or', 'ee', 'ant', 'ent'];
/** The shortest verb a doer's noun is read from ("vot" of "voter"): "user" or "eater" are no doers of "us" or "eat". */
const MIN_DOER_STEM = 3;

/** A noun that is one of `doers` with a doer's ending ("striker" of strike or walkout, "sleeper" of sleep). */
function namesADoer(noun: string | undefined, doers: readonly string[] | undefined): boolean {
  if (noun === undefined || doers === undefined) return false;
  return DOER_ENDINGS.some((ending) => {
    if (!noun.endsWith(ending) || noun.length - ending.length < MIN_DOER_STEM) return false;
    const stem = noun.slice(0, -ending.length);
    return doers.some((act) => act === stem || (sameThingOf(act) !== undefined && sameThingOf(act) === sameThingOf(stem)));
  });
}

/**
 * The acts said of a count's things: the verbs beside it and a participle among its qualifiers, without its ending ("300
 * cancelled flights" → cancell, "nine closed branches" → clos; "14 burst pipes" → burst, a past form without an ending):
 * "70 cancellations" and "22 bursts" count what those counts count.
 */
function actsOf(m: Measured): readonly string[] | undefined {
  const participles = m.qualifiers.flatMap(participleAct);
  if (participles.length === 0) return m.acts;
  return [...(m.acts ?? []), ...participles];
}

/** A participle's verb without its ending ("cancelled" → cancell, "burst" → burst), or none for another word. */
function participleAct(word: string): string[] {
  if (word.endsWith('ed') && word.length > 4) return [word.slice(0, -2)];
  return IRREGULAR_PARTICIPLES.has(word) || HARM_VERBS.has(word) ? [word] : [];
}

/**
 * A qualifier of one count that is the act the other count's noun names ("cancelled" of "300 cancelled flights" against
 * "70 cancellations"): it narrows nothing the other side does not say, and is no qualifier of one side alone.
 */
export function qualifierNamesActOf(word: string, other: Measured): boolean {
  return namesAnAct(other.noun, participleAct(word)) || namesADoer(other.noun, doneAct(word));
}

/** A participle's verb without its ending, in -ed or -ing ("walked" → walk, "sleeping" → sleep), or none for another word. */
function doneAct(word: string): string[] {
  const ending = word.endsWith('ed') ? 2 : word.endsWith(ING) ? ING.length : 0;
  return ending > 0 && word.length - ending >= MIN_DOER_STEM ? [word.slice(0, -ending)] : [];
}

function namesAnAct(noun: string | undefined, acts: readonly string[] | undefined): boolean {
  if (noun === undefined || acts === undefined) return false;
  return acts.some((act) => noun.startsWith(act) && (ACT_NOUN_ENDINGS.has(noun.slice(act.length)) || gerundOf(act, noun)));
}

/** The noun of an act in -ing, its last consonant doubled or not: "let" / "letting", "book" / "booking". */
function gerundOf(act: string, noun: string): boolean {
  const rest = noun.slice(act.length);
  return rest === ING || (act.length >= 3 && rest === `${act.at(-1)!}${ING}`);
}
const ING = 'ing';

/**
 * Nouns of what one holder holds, one each: an account, a subscription, a membership, an application, a tenancy; and
 * the nouns of the people or households that hold them. "64,000 registered riders" / "27,500 accounts", "9,300
 * households on the list" / "12,800 applicants": a kind of one another, compared only when something else ties them.
 */
const HOLDINGS: ReadonlySet<string> = new Set(['account', 'subscription', 'membership', 'application', 'registration', 'tenancy']);
const HOLDERS: ReadonlySet<string> = new Set([
  'user',
  'subscriber',
  'member',
  'customer',
  'applicant',
  'tenant',
  'claimant',
  'registrant',
  'holder',
]);
const HOUSEHOLD = 'household';

/** A holding and its holder ("accounts" / "users"), or a household and a holder it is one of ("households" / "applicants"). */
export function holdingsAndHolders(x: string, y: string): boolean {
  const pair = (p: string, q: string) => (HOLDINGS.has(p) || p === HOUSEHOLD) && HOLDERS.has(q);
  return pair(x, y) || pair(y, x);
}

/** One thing (2), a kind of one another (1), or two things (0). */
export function thingSimilarity(x: Measured, y: Measured): number {
  return similarityOfNouns(x, countedNouns(x), y, countedNouns(y), nounRelation);
}

/** `thingSimilarity` from the figures' counted nouns and a test of two nouns (`nounRelation`, or a cache of it). */
function similarityOfNouns(
  x: Measured,
  xs: readonly string[],
  y: Measured,
  ys: readonly string[],
  relation: (p: string, q: string) => NounRelation,
): number {
  if (actOfCount(x, y)) return 2;
  let best = 0;
  for (const p of xs) {
    for (const q of ys) {
      const found = relation(p, q);
      if (found === SAME_THING) return 2;
      if (found === KIND_OF || (found === HOMES_AND_PROPERTIES && x.fate === y.fate)) best = 1;
    }
  }
  return best;
}

/** How two counted nouns relate: one thing, a kind of one another, properties and homes (a kind of one another when of one fate), none. */
type NounRelation = 0 | 1 | 2 | 3;
const UNRELATED = 0;
const KIND_OF = 1;
const SAME_THING = 2;
const HOMES_AND_PROPERTIES = 3;

function nounRelation(p: string, q: string): NounRelation {
  if (
    p === q ||
    (sameThingOf(p) ?? p) === (sameThingOf(q) ?? q) ||
    (JOB_NOUNS.has(p) && JOB_NOUNS.has(q)) ||
    (WORKFORCE_NOUNS.has(p) && WORKFORCE_NOUNS.has(q))
  )
    return SAME_THING;
  if (
    kindOfOneAnother(p, q) ||
    sameGroup(p, q) ||
    peopleAndKindOfPeople(p, q) ||
    jobsAndWorkers(p, q) ||
    jobsAndPeople(p, q) ||
    offencesAndOffenders(p, q) ||
    holdingsAndHolders(p, q)
  )
    return KIND_OF;
  return propertiesAndHomes(p, q) ? HOMES_AND_PROPERTIES : UNRELATED;
}

/**
 * `thingSimilarity` for many pairs of one article's figures, with the same answers. Why: the figures of two kin buckets
 * are compared pair by pair, and on a long text (hundreds of counts) the WordNet tests of every pair of their nouns made
 * that loop the engine's costliest, while its figures count a few hundred things in a few hundred nouns. So each figure's
 * nouns are read once, and each pair of nouns is tested once. It lives for one article, so it never outgrows its pairs.
 */
export function thingSimilarityCache(): (x: Measured, y: Measured) => number {
  const nouns = new Map<Measured, readonly string[]>();
  const relations = new Map<string, Map<string, NounRelation>>();
  const nounsOf = (m: Measured): readonly string[] => {
    let found = nouns.get(m);
    if (found === undefined) nouns.set(m, (found = countedNouns(m)));
    return found;
  };
  const relation = (p: string, q: string): NounRelation => {
    let row = relations.get(p);
    if (row === undefined) relations.set(p, (row = new Map()));
    let found = row.get(q);
    if (found === undefined) row.set(q, (found = nounRelation(p, q)));
    return found;
  };
  return (x, y) => similarityOfNouns(x, nounsOf(x), y, nounsOf(y), relation);
}

/** What happened to what a figure counts: a casualty figure's class, a count's happening ("150 dead fish"). */
export function happeningOf(m: Measured): CasualtyClass | undefined {
  return m.key === 'casualty' ? m.casualty : m.happening;
}

/**
 * 1 when both figures say the same happened to what they count, or neither says anything; 0 when only
 * a count says (it is still a tally of its noun); null when the two cannot be one measure: two
 * happenings, or a casualty figure against a count that says none ("58 bodies" / "three villages").
 */
export function happeningAgreement(x: Measured, y: Measured): number | null {
  const [hx, hy] = [happeningOf(x), happeningOf(y)];
  if (hx !== undefined && hy !== undefined) return hx === hy ? 1 : null;
  if (hx === undefined && hy === undefined) return 1;
  if (x.key === 'casualty' || y.key === 'casualty') return null;
  // A count said to undergo another act than the other's happening counts another thing: "11 animals were killed" /
  // "40 sheep were moved off the common".
  if ((hx === undefined ? x : y).acted === true) return null;
  return 0;
}
