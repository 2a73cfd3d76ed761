import { stripAttribution } from './attribution';
import { JOB_LOSS_WORDS } from '../conflicts/disagreement-lexicon';
import { JOB_NOUNS } from '../conflicts/figure-pairing';
import { singular } from '../conflicts/measures';
import { subjectNoun } from './counted-things';
import type { MatchWord } from './match-word';
import { datelineLength } from '../claims/dateline';
import { idiomAt } from './idioms';
import { MONTHS, WEEKDAYS } from '../lexicon';
import {
  ADMISSION_CONTEXT,
  ADMIT_WORDS,
  CARE_PLACES,
  CARRY_WORDS,
  CHANGE_NOUNS,
  HOME_NOUNS,
  JOB_CONTEXT,
  LET_WORDS,
  CURRENCIES,
  MATCHING_STOP_WORDS,
  NEGATIONS,
  PHRASE_ALIASES,
  TRAILING_ATTRIBUTION_VERBS,
  WORD_ALIASES,
} from './matching-lexicon';
import {
  bareNumberFigure,
  changeVerbDirection,
  dateDayFigure,
  readFigures,
  relativeYearFigure,
  statedDifferences,
  type ClaimFigure,
} from './figures';
import { spellOutDecades, spellOutNumbers } from './numbers';
import { scanWords } from './scan-words';
import { stemWord } from './stem';
import { findTimeFrames, isComparison, yearEndingPeriods, type YearEndingPeriod } from './when';
import {
  collocationOf,
  isCommonWord,
  isInflectedCommonWord,
  isOnlyCommonWord,
  isNamesake,
  phrasalVerbOf,
  placeOfDemonym,
  synonymOf,
} from './synonyms';

/** The token of a verb or noun of change, by its direction (changeVerbDirection): a word no stem spells. */
const CHANGE_TOKENS = { 1: 'change+', [-1]: 'change-' } as const;

/** What a claim says, reduced to the words that rewordings keep. */
export interface NormalisedClaim {
  /** Content words in order: lower case, stemmed, numbers as canonical digits; no stop words, no attribution. */
  tokens: string[];
  /** The numbers among `tokens`, in order. */
  numbers: string[];
  /** Tokens written with a capital letter (people, places, organisations), once each. */
  names: string[];
  /** Those of `names` written as a common word of English ("Police", "Workers", "Defence", "Road"; isCommonWord): no name of a story. */
  commonWordNames?: string[];
  /** A negation ("not", "never", "no", "n't", "without") is among `tokens`. */
  negated: boolean;
  /** The figures it states (amounts in one scale per measure, and bare numbers), outside attribution. */
  figures: ClaimFigure[];
  /** The time frames it places what it reports in ("in March", "last year", "two years ago"; when.ts), as keys. */
  timeFrames: string[];
  /** The initials of its names of three words or more ("Parks and Wildlife Service" → pws), among `names` but no name of its story. */
  initials?: string[];
  /**
   * The initials of its names of three words or more made only of common words ("National Health Protection Agency" → nhpa),
   * attribution included: the story's names that no word of them is (storyNames).
   */
  bodyNames?: string[];
  /** The names its attribution states, which matching leaves out of its words ("…, said Dr Helen Ingleby": ingleby), last of each run: for its story only. */
  sourceNames?: string[];
  /** Its subject noun, when it opens with one ("the boiler had passed …": boiler; counted-things.ts subjectNoun). */
  subject?: string;
  /** How many words of dates ("3 March", "June 1") it states, which are figures but no tokens: they count as words it says (checkable-content.ts). */
  dateWords?: number;
}

/**
 * Reduces a claim to the words two rewordings of it share: lower case, no
 * punctuation or quote marks, numbers in one spelling ("2,480", "one percent",
 * "1.6bn"), attribution removed ("…, X said on Monday"), stop words dropped,
 * light stemming. Never throws; a string without words gives no tokens.
 */
export function normaliseClaim(text: string): NormalisedClaim {
  const source = typeof text === 'string' ? text : '';
  // A wire's dateline ("KORVEL, May 3 (Reuters) -"), which extraction leaves out of claims but a stored or queried text may hold.
  const bodyStart = datelineLength(source) || threadPostNumberLength(source);
  const read = readFigures(source);
  // "clause 4.1", "Article 5", "section D.4": the number names a part of a text, no figure nor number of the claim.
  const labels = referenceLabels(source);
  const found = read.figures.filter((figure) => figure.start >= bodyStart && !labels.some((label) => overlaps(label, figure)));
  const scanned = withReferenceLabels(
    scanWords(source).filter((word) => word.start >= bodyStart),
    labels,
  );
  const unstripped = spellOutNumbers(spellOutDecades(replaceFigures(joinPhrases(scanned), found)), source);
  const words = stripAttribution(unstripped);
  const tokens: string[] = [];
  const numbers: string[] = [];
  const figures: ClaimFigure[] = [];
  const names = new Set<string>();
  const commonWordNames = new Set<string>();
  let negated = false;
  let dateWords = 0;
  let currencyBeforeAmount: string | null = null;
  const opening = firstWordStart(source, bodyStart);
  const scoped = negationsScopedByUntil(words);
  const changeWords = new Set(found.map((figure) => figure.changeWordStart).filter((start) => start !== undefined));
  const periods = yearEndingPeriods(source);
  for (const [at, raw] of words.entries()) {
    if (scoped.has(at) || (!raw.isNumber && changeWords.has(raw.start))) continue;
    // "Engineers found …", "Nobody asked …", "Rescue helicopters …": capitalised by its place, a common word all the same;
    // not a rare animal or plant word before another capitalised word ("Kestrel Airport has said …"), which is a name.
    const named = isNamesake(raw.text) && words[at + 1]?.capitalised === true && words[at + 1]?.breakBefore === false;
    const word =
      raw.capitalised &&
      raw.start === opening &&
      (isInflectedCommonWord(raw.text) || NEGATIONS.has(raw.text) || (isOnlyCommonWord(raw.text) && !named))
        ? { ...raw, capitalised: false }
        : raw;
    // "on 3 March", "June 1": a day of the year is a figure (two dates conflict) but no words, as a weekday is none
    // ("on Tuesday" / "on 3 March"; version 17).
    const date =
      word.figure || /^\d{4}$/.test(word.text) // "31 March 2027": the year is a year still
        ? undefined
        : read.dateDays.find((day) => word.start >= day.dateStart && word.start < day.dateEnd);
    if (date) {
      dateWords++;
      if (word.isNumber && word.start >= date.start && word.start < date.end) figures.push(dateDayFigure(date, word.text));
      continue;
    }
    if (word.isNumber) {
      // "the year to August 2031" is the year "2030-31" names, dated by its first year (when.ts yearEndingPeriods).
      const period = word.figure ? undefined : periods.find((p) => p.yearStart === word.start);
      const number = period ? String(period.firstYear) : word.text;
      tokens.push(number);
      if (isSeasonSecondYear(source, words, at)) continue; // a word of the period's name, no figure nor number of its own
      numbers.push(number);
      const figure = word.figure
        ? (found.find((found) => found.token === word.text) as ClaimFigure)
        : period
          ? periodYearFigure(source, period)
          : (baselineYearFigure(source, word) ?? bareNumberFigure(word.text));
      figures.push(figure);
      // "£9.5m ($12m)": the conversion is a number the claim says, though no figure of its own.
      if (figure.conversionToken !== undefined && figure.conversionToken !== word.text) {
        tokens.push(figure.conversionToken);
        numbers.push(figure.conversionToken);
      }
      if (currencyBeforeAmount) tokens.push(currencyBeforeAmount); // "€1.6bn" as "1.6bn euros"
      currencyBeforeAmount = null;
      continue;
    }
    if (currencyBeforeAmount) tokens.push(currencyBeforeAmount);
    currencyBeforeAmount = null;
    // "Maltese" and "Malta", "Norwegian" and "Norway": one place.
    const written =
      WORD_ALIASES.get(word.text) ??
      (word.capitalised ? placeOfDemonym(word.text) : undefined) ??
      (isFirmNoun(words, at) ? 'company' : word.text);
    // "600 administrative roles", "40 posts": a counted post is a job (WordNet groups none of them with "job").
    // "61,500 homes", "some 140 households", "1,900 houses": a counted home is a household (isCountedHome).
    const alias =
      word.capitalised || !countedAt(words, at) ? written : isJobNoun(written) ? 'job' : isCountedHome(written) ? 'household' : written;
    if (MATCHING_STOP_WORDS.has(alias)) continue;
    // "admitted that", "revealed that": a speech verb before its reported clause, as "acknowledged" is; "was admitted to
    // hospital", "revealed cracks" keep the word (branch matching22).
    if (TRAILING_ATTRIBUTION_VERBS.has(alias) && words[at + 1]?.text === 'that' && words[at + 1]?.breakBefore === false) continue;
    // "No 10", "No. 3 Court": a capitalised "No" before a number numbers a thing; it negates nothing.
    if (alias === 'no' && raw.capitalised && words[at + 1]?.isNumber === true && words[at + 1]?.breakBefore === false) continue;
    if (NEGATIONS.has(alias)) negated = true;
    if (CURRENCIES.has(alias)) {
      currencyBeforeAmount = alias;
      continue;
    }
    // "fall" / "drop", "rise" / "climb" / "soar": one word per direction, as WordNet groups none of them (version 15).
    const direction = word.capitalised ? 0 : changeVerbDirection(alias) || (losesJob(words, at, alias) ? -1 : 0);
    if (direction !== 0) {
      tokens.push(CHANGE_TOKENS[direction]);
      continue;
    }
    // Names and words already folded by an alias ("US" → usa, "Greek" → greece) keep their spelling; a lower-case word's
    // alias ("won" → win, "began" → begin) is a word like another, in its group as the word written so is.
    const admission = (ADMIT_WORDS.has(alias) || CARRY_WORDS.has(alias)) && intoCarePlace(words, at) ? 'hospitalise' : alias;
    const grouped = !word.capitalised && !modifiesChangeNoun(words, at);
    const token = stemWord((grouped ? synonymOf(admission, true, isNounByContext(words, at)) : undefined) ?? admission);
    tokens.push(token);
    if (word.capitalised) names.add(token);
    // A rare animal or plant word ("Kestrel Airport") names the story as a proper name would.
    if (word.capitalised && ((alias === word.text && synonymOf(alias) !== undefined) || (isCommonWord(alias) && !isNamesake(alias))))
      commonWordNames.add(token);
  }
  if (currencyBeforeAmount) tokens.push(currencyBeforeAmount);
  // "a quarter of its 400 staff" also states the 100 staff another outlet counts; only where the share itself was kept.
  for (const implied of read.impliedCounts) if (figures.some((figure) => figure.start === implied.start)) figures.push(implied);
  figures.push(...statedDifferences(source, figures));
  const relativeYear = relativeYearFigure(source.slice(bodyStart));
  if (relativeYear) figures.push(relativeYear);
  // "Calder Harbour Holdings" is also its initials, the acronym another outlet writes it by ("CHH"); no name of the story.
  const initials = nameRuns(words, opening)
    .map((run) => run.initials)
    .filter((acronym) => !names.has(acronym));
  // "the National Health Protection Agency said": a body named only in common words, often only in the attribution, names
  // the story by its initials (version 22), as no word of its name can.
  const bodyNames = [
    ...new Set(
      nameRuns(unstripped, opening)
        .filter((run) => run.commonWords)
        .map((run) => run.initials),
    ),
  ];
  const sourceNames = namesOfAttribution(unstripped, words, opening).filter((name) => !names.has(name));
  for (const acronym of initials) {
    tokens.push(acronym);
    names.add(acronym);
  }
  return {
    tokens,
    numbers,
    names: [...names],
    commonWordNames: [...commonWordNames],
    negated,
    figures,
    timeFrames: findTimeFrames(source.slice(bodyStart)),
    ...withSubject(subjectNoun(words)),
    ...(initials.length > 0 ? { initials } : {}),
    ...(bodyNames.length > 0 ? { bodyNames } : {}),
    ...(sourceNames.length > 0 ? { sourceNames } : {}),
    ...(dateWords > 0 ? { dateWords } : {}),
  };
}

/** Small words an organisation's name holds that its acronym leaves out ("Parks and Wildlife Service", PWS). */
const ACRONYM_CONNECTORS: ReadonlySet<string> = new Set(['and', 'of', 'for', 'the']);
/** How many capitalised words a name needs before its initials are read as an acronym: two ("New Town") say too little. */
const ACRONYM_MIN_WORDS = 3;

/**
 * The capitalised words of `all` that `kept` (its attribution stripped) left out, but first names and common words, as
 * names are tokens: who said it ("said Dr Helen Ingleby, the agency's head" → ingleby), which names the story as a name
 * of its content does.
 */
function namesOfAttribution(all: readonly MatchWord[], kept: readonly MatchWord[], opening: number): string[] {
  if (kept.length === all.length) return [];
  const keptStarts = new Set(kept.map((word) => word.start));
  const out = new Set<string>();
  for (const [at, word] of all.entries()) {
    if (!word.capitalised || word.isNumber || word.start === opening || keptStarts.has(word.start)) continue;
    // "Dr Helen Ingleby": a first name, followed by another name (not by a common word: "the Ambleford Insect Office").
    const next = all[at + 1];
    if (next?.capitalised === true && !next.breakBefore && !isNameOfCommonWord(next.text)) continue;
    const alias = WORD_ALIASES.get(word.text) ?? placeOfDemonym(word.text) ?? word.text;
    // "Castle Security", "the Regional Haulage Association": a common word is no name of a story (commonWordNames).
    if (!MATCHING_STOP_WORDS.has(alias) && !isNameOfCommonWord(alias)) out.add(stemWord(alias));
  }
  return [...out];
}

/** A run of capitalised words that an acronym may stand for. */
interface NameRun {
  /** Its initials, lower case ("Parks and Wildlife Service" → pws). */
  initials: string;
  /** Every word of it is a common word of English, none a date word ("National Health Protection Agency"; not "Calder Harbour Holdings"). */
  commonWords: boolean;
}

/** Each run of ACRONYM_MIN_WORDS capitalised words or more in `words` (small words between them allowed). */
function nameRuns(words: readonly MatchWord[], opening: number): NameRun[] {
  const out: NameRun[] = [];
  let initials = '';
  let commonWords = true;
  const flush = (): void => {
    if (initials.length >= ACRONYM_MIN_WORDS) out.push({ initials, commonWords });
    initials = '';
    commonWords = true;
  };
  for (const [at, word] of words.entries()) {
    const name = word.capitalised && !word.isNumber && word.start !== opening && word.text.length > 1;
    const joins = initials !== '' && !word.breakBefore;
    if (name && (joins || initials === '')) {
      initials += word.text[0] as string;
      commonWords &&= isNameOfCommonWord(word.text);
    } else if (!(joins && ACRONYM_CONNECTORS.has(word.text) && words[at + 1]?.capitalised === true)) {
      flush();
      if (name) {
        initials = word.text[0] as string;
        commonWords = isNameOfCommonWord(word.text);
      }
    }
  }
  flush();
  return out;
}

/** A capitalised word that is a common word all the same ("Health", "Agency"), as commonWordNames holds them; no date word. */
function isNameOfCommonWord(word: string): boolean {
  if (MONTHS.has(word) || WEEKDAYS.has(word)) return false;
  return synonymOf(word) !== undefined || (isCommonWord(word) && !isNamesake(word));
}

/**
 * "two roofing firms" / "two roofing companies", "a removals firm" / "a removals company": the noun "firm" is the company
 * (WordNet puts the two in sibling senses under "business"), but not the adjective before a noun it qualifies ("a firm
 * offer", "firm evidence") nor after a verb it completes ("held firm", "stood firm"). Lower case only.
 */
function isFirmNoun(words: readonly MatchWord[], at: number): boolean {
  const word = words[at] as MatchWord;
  if (word.capitalised) return false;
  if (word.text === 'firms') return true;
  if (word.text !== 'firm') return false;
  const previous = words[at - 1];
  if (previous !== undefined && !word.breakBefore && FIRM_VERBS.has(previous.text)) return false;
  const next = words[at + 1];
  const qualifies = next !== undefined && !next.breakBefore && !next.isNumber && !next.capitalised && !MATCHING_STOP_WORDS.has(next.text);
  return !(qualifies && previous !== undefined && !word.breakBefore && NOUN_OPENERS.has(previous.text));
}
/** Verbs that "firm" completes as an adjective ("prices held firm"). */
const FIRM_VERBS: ReadonlySet<string> = new Set(
  'stand stands stood standing hold holds held holding remain remains remained remaining stay stays stayed staying'.split(' '),
);

/** Words after which, in the same clause, a word is a noun: articles, determiners, possessives ("its", "the trust's"). */
const NOUN_OPENERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  'each',
  'every',
  'another',
  's',
]);

/** Whether words[at] is a noun by the word before it ("a notice", "the trust's account"), as far as one word tells. */
/**
 * Whether words[at], an admit-word, admits into a place of care (ADMIT_WORDS): one of CARE_PLACES right before it ("hospital
 * admissions"), or "to", "into" or "at" right after it and one of CARE_PLACES within ADMISSION_CONTEXT words on, no clause
 * break between ("admitted to its 74 hospitals"; not "admitted the hospital was short of staff").
 */
function intoCarePlace(words: readonly MatchWord[], at: number): boolean {
  const word = words[at] as MatchWord;
  const admits = ADMIT_WORDS.has(word.text);
  const before = words[at - 1];
  if (admits && before && !word.breakBefore && CARE_PLACES.has(before.text)) return true;
  // An admit-word takes its preposition right after it; a verb of carrying after its object ("put 14 employees in hospital").
  const into = admits ? ADMITTED_INTO : CARRIED_INTO;
  const last = admits ? at + 1 : Math.min(words.length - 1, at + ADMISSION_CONTEXT);
  for (let k = at + 1; k <= last; k++) {
    const next = words[k];
    if (!next || next.breakBefore) return false;
    if (!into.has(next.text)) continue;
    for (let m = k + 1; m < Math.min(words.length, k + 1 + ADMISSION_CONTEXT); m++) {
      if ((words[m] as MatchWord).breakBefore) return false;
      if (CARE_PLACES.has((words[m] as MatchWord).text)) return true;
    }
    return false;
  }
  return false;
}

const ADMITTED_INTO: ReadonlySet<string> = new Set(['to', 'into', 'at']);
const CARRIED_INTO: ReadonlySet<string> = new Set(['to', 'into', 'at', 'in']);

/** Whether a number stands within JOB_CONTEXT words before words[at], no clause break between ("600 administrative roles"). */
function countedAt(words: readonly MatchWord[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - JOB_CONTEXT); k--) {
    if ((words[k + 1] as MatchWord).breakBefore) return false;
    if ((words[k] as MatchWord).isNumber) return true;
  }
  return false;
}

/**
 * One of HOME_NOUNS, singular or plural: counted, a utility's, a census's or an evacuation's unit, which outlets write as
 * homes, houses or households ("supplies about 52,300 homes" / "serves roughly 52,300 households"; WordNet groups a
 * household with a family and a home with a dwelling, apart).
 */
function isCountedHome(word: string): boolean {
  return HOME_NOUNS.has(singular(word));
}

/** One of conflict detection's JOB_NOUNS, singular or plural ("roles", "posts"). */
function isJobNoun(word: string): boolean {
  return JOB_NOUNS.has(singular(word));
}

/**
 * Whether words[at], read as `alias`, is one of conflict detection's JOB_LOSS_WORDS losing a job: a job noun within JOB_CONTEXT
 * words of it ("jobs to go", "roles would go", "lose 600 jobs", "job losses"), or, for "go", a form of "let" within JOB_CONTEXT
 * words before it ("letting 40 temps go"); no clause break between. Its direction is a cut's, as "cut" and "axe" have.
 */
function losesJob(words: readonly MatchWord[], at: number, alias: string): boolean {
  if (!JOB_LOSS_WORDS.has(alias)) return false;
  for (let k = at - 1; k >= Math.max(0, at - JOB_CONTEXT); k--) {
    if ((words[k + 1] as MatchWord).breakBefore) break;
    const text = (words[k] as MatchWord).text;
    if (isJobNoun(text) || (alias === 'go' && LET_WORDS.has(text))) return true;
  }
  // "the loss of 14 ranger jobs": the count and the "of" before it are the job noun's own, past JOB_CONTEXT words.
  for (let k = at + 1, seen = 0; k < words.length && seen < JOB_CONTEXT; k++) {
    const word = words[k] as MatchWord;
    if (word.breakBefore) break;
    if (isJobNoun(word.text)) return true;
    if (!word.isNumber && !(k === at + 1 && word.text === 'of')) seen++;
  }
  return false;
}

function isNounByContext(words: readonly MatchWord[], at: number): boolean {
  const previous = words[at - 1];
  return previous !== undefined && !words[at]?.breakBefore && !previous.isNumber && NOUN_OPENERS.has(previous.text);
}

/**
 * Whether words[at] stands right before a noun of change it says what of ("cost reductions", "price rises"; CHANGE_NOUNS):
 * the measure that changed, which keeps its own word, as its plural after a verb of change does ("cut costs": WordNet
 * groups the plural with nothing, the singular noun with "price").
 */
function modifiesChangeNoun(words: readonly MatchWord[], at: number): boolean {
  const next = words[at + 1];
  return next !== undefined && !next.breakBefore && !next.isNumber && CHANGE_NOUNS.has(next.text);
}

function withSubject(subject: string | undefined): { subject?: string } {
  return subject === undefined ? {} : { subject };
}

/**
 * Negations that "until" later in their clause turns into a time ("will not reopen until it is
 * safe" is "stays closed until it is safe", not a denial): their indexes in `words`, left out.
 */
function negationsScopedByUntil(words: readonly MatchWord[]): Set<number> {
  const scoped = new Set<number>();
  let negation = -1;
  for (const [at, word] of words.entries()) {
    if (word.breakBefore) negation = -1;
    if (NEGATIONS.has(word.text)) negation = at;
    else if (negation >= 0 && (word.text === 'until' || word.text === 'till')) {
      scoped.add(negation);
      negation = -1;
    }
  }
  return scoped;
}

/**
 * The second year of a season or financial year ("2025-26", "2024/25", "2025–26": the year after the first, in two digits
 * glued to it): the period is dated by its first year, as "in the 2025-26 season" is (when.ts); "26" is no figure of its own.
 */
function isSeasonSecondYear(source: string, words: readonly MatchWord[], at: number): boolean {
  const word = words[at] as MatchWord;
  const first = words[at - 1];
  if (!first?.isNumber || word.text.length !== 2 || !/^(?:19|20)\d\d$/.test(first.text) || word.start !== first.start + 5) return false;
  return '-–/'.includes(source.charAt(first.start + 4)) && Number(word.text) === (Number(first.text) + 1) % 100;
}

/** The year figure of a year named by the month it ends in: its first year, a baseline's when a figure is compared with it ("up from £17m in the year to August 2030"). */
function periodYearFigure(source: string, period: YearEndingPeriod): ClaimFigure {
  const figure = bareNumberFigure(String(period.firstYear));
  return isComparison(source, period.start, period.yearStart + 4 - period.start) ? { ...figure, measure: 'baseline:year' } : figure;
}

/** "(2023-24: £5.1m)", "(2023: 36%)": a year opening brackets, a colon and the figure of that year. */
const PRIOR_YEAR_IN_BRACKETS = /^\((?:19|20)\d\d(?:[-–/]\d\d)?\s*:\s*\S*\d/;

/** "in 2024", "on 2024-25" after "in"/"on" (and "the"), the year's own preposition, for isComparison. */
const YEAR_PREPOSITION = /\b(?:in|on|during)\s+(?:the\s+)?$/i;

/**
 * A year a change or a figure is measured against ("a 26% rise on 2024-25", "up from £41m in 2024", "compared with 2019";
 * when.ts isComparison): the baseline's year, which another claim's own year ("in 2025-26") does not contradict, so a
 * measure of its own; two baselines of other years still do.
 */
function baselineYearFigure(source: string, word: MatchWord): ClaimFigure | null {
  if (!/^(?:19|20)\d\d$/.test(word.text)) return null;
  // "Operating loss £2.4m (2023-24: £5.1m)": accounts' figure of an earlier year in brackets, as "against £5.1m in 2023-24".
  if (PRIOR_YEAR_IN_BRACKETS.test(source.slice(Math.max(0, word.start - 1), word.start + 12))) {
    return { ...bareNumberFigure(word.text), measure: 'baseline:year' };
  }
  const preposition = YEAR_PREPOSITION.exec(source.slice(Math.max(0, word.start - 16), word.start));
  if (!preposition) return null;
  // isComparison reads what stands before a time frame: "in 2024" is one ("from £41m in 2024"), "2024" after "on" another.
  const start = word.start - preposition[0].length;
  const baseline = isComparison(source, start, word.start + 4 - start) || isComparison(source, word.start, 4);
  return baseline ? { ...bareNumberFigure(word.text), measure: 'baseline:year' } : null;
}

/**
 * A social-media thread's post number opening a post ("3/ Turnover …", "12/ Full story …"): the post's place in its
 * thread, no figure of the claim, as a dateline is none. Bare, spaces after the slash: "1/3 of staff", "24/7" stay.
 */
const THREAD_POST_NUMBER = /^[ \t]*\d{1,3}\/[ \t]+(?=\S)/;

function threadPostNumberLength(text: string): number {
  return THREAD_POST_NUMBER.exec(text)?.[0].length ?? 0;
}

/** Where the text's first word from `from` on starts (after any opening quote mark or bracket); -1 for none. */
function firstWordStart(text: string, from: number): number {
  const at = text.slice(from).search(/[\p{L}\p{N}]/u);
  return at < 0 ? -1 : from + at;
}

/** Nouns of the parts of a text that a number after them names: "section 12 of the Act", "paragraph 6.2", "Article 5". */
const REFERENCE_NOUNS = 'sections?|subsections?|clauses?|articles?|paragraphs?|paras?|chapters?|schedules?|annex|appendix';
/** A reference noun and its label: digits with dotted parts ("4.1", "3.14"), after a letter of a lettered part ("C.2", "B 4"). */
const REFERENCE_LABEL = new RegExp(`\\b(?:${REFERENCE_NOUNS})\\s+\\(?((?:[A-Z][.\\s]?)?\\d+(?:\\.\\d+)*)(?![\\d%,]|\\.\\d)`, 'gi');

/** Where a text's part is named by a number ("see section D.4"): the label's start and end, and the label as one word. */
interface ReferenceLabel {
  start: number;
  end: number;
  word: string;
}

/** Every reference label in `text` ("clause 4.1", "section D.4"), in order. */
function referenceLabels(text: string): ReferenceLabel[] {
  const labels: ReferenceLabel[] = [];
  for (const match of text.matchAll(REFERENCE_LABEL)) {
    const label = match[1] as string;
    const end = (match.index as number) + match[0].length;
    labels.push({ start: end - label.length, end, word: `§${label.toLowerCase().replace(/[.\s]/g, '')}` });
  }
  return labels;
}

function overlaps(label: ReferenceLabel, span: { start: number; end: number }): boolean {
  return span.start < label.end && span.end > label.start;
}

/**
 * `words` with each reference label's words as one word of no number ("clause 4.1" → clause §41): two claims citing the
 * same clause share it as any word; it states no count, so "Section 5" neither meets nor contradicts "five milestones".
 */
function withReferenceLabels(words: MatchWord[], labels: readonly ReferenceLabel[]): MatchWord[] {
  if (labels.length === 0) return words;
  const out: MatchWord[] = [];
  for (const word of words) {
    const label = labels.find((label) => word.start >= label.start && word.start < label.end);
    if (!label) out.push(word);
    else if (out[out.length - 1]?.start !== label.start)
      out.push({ text: label.word, isNumber: false, capitalised: false, breakBefore: word.breakBefore, start: label.start });
  }
  return out;
}

/** The words of each figure's number and unit ("about a third", "five-week", "12") as the figure's one token. */
function replaceFigures(words: MatchWord[], figures: readonly ClaimFigure[]): MatchWord[] {
  if (figures.length === 0) return words;
  const out: MatchWord[] = [];
  let f = 0;
  for (const word of words) {
    while (f < figures.length && (figures[f] as ClaimFigure).end <= word.start) f++;
    const figure = figures[f];
    if (!figure || word.start < figure.start) {
      out.push(word);
      continue;
    }
    const previous = out[out.length - 1];
    if (previous?.figure && previous.start === figure.start) continue; // the figure's later words
    out.push({ text: figure.token, isNumber: true, capitalised: false, breakBefore: word.breakBefore, start: figure.start, figure: true });
  }
  return out;
}

/**
 * "United States" → usa, "per cent" → percent, "air strikes" → strike: two words that are
 * one word elsewhere; a verb and its particle that WordNet lists as one verb ("called off"
 * → call_off, which cancel's group holds), before the particle goes as a stop word; a
 * two-word WordNet lemma as the single word it restates ("crew member" → crewman).
 */
function joinPhrases(words: MatchWord[]): MatchWord[] {
  const out: MatchWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as MatchWord;
    const next = words[i + 1];
    // "lost her life" / "died": the idiom of dying WordNet lists under no lemma.
    if (losesLife(words, i)) {
      out.push({ text: 'die', isNumber: false, capitalised: false, breakBefore: word.breakBefore, start: word.start });
      i += 2;
      continue;
    }
    // "has gone bust", "stands down", "was ditched": news idioms as the word of their act (idioms.ts).
    const idiom = word.capitalised ? undefined : idiomAt(words, i);
    if (idiom) {
      out.push({ text: idiom.text, isNumber: false, capitalised: false, breakBefore: word.breakBefore, start: word.start });
      i += idiom.length - 1;
      continue;
    }
    const phrase = next && !next.breakBefore ? PHRASE_ALIASES.find(([a, b]) => a === word.text && b === next.text) : undefined;
    const plain = !phrase && next && !next.breakBefore && !word.capitalised && !word.isNumber;
    const phrasal = plain ? phrasalVerbOf(word.text, next.text) : undefined;
    // "crew members" / crewman, "gave way" / collapsed: a two-word lemma as the word it restates.
    // Not before a job noun: "coaching jobs" are jobs, which WordNet's "coaching_job" (coaching) loses.
    // Nor before a preposition that opens a time or a place ("closed in May", "opened on 3 June", "docked at Leith"): "close
    // in" (to surround) and "open on" are WordNet's lemmas, not what the verb and its adverbial say.
    const collocation =
      plain && !phrasal && !next.capitalised && !next.isNumber && !isJobNoun(next.text) && !opensTimeOrPlace(words, i + 1)
        ? collocationOf(word.text, next.text)
        : undefined;
    if (phrase || phrasal || collocation) {
      const text = phrase ? phrase[2] : ((phrasal ?? collocation) as string);
      out.push({ text, isNumber: false, capitalised: word.capitalised, breakBefore: word.breakBefore, start: word.start });
      i++;
    } else {
      out.push(word);
    }
  }
  return out;
}

/** Prepositions that open a time or a place before a number or a name: "in May", "on 3 June", "at Leith". */
const TIME_OR_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at']);

/** Whether words[at] is "in", "on" or "at" with a number or a capitalised word right after it, unbroken. */
function opensTimeOrPlace(words: readonly MatchWord[], at: number): boolean {
  const preposition = words[at];
  const after = words[at + 1];
  if (!preposition || !after || after.breakBefore || !TIME_OR_PLACE_PREPOSITIONS.has(preposition.text)) return false;
  return after.isNumber || after.capitalised;
}

/** "lost his life", "losing her life": a form of "lose", a possessive pronoun and "life" or "lives", unbroken. */
function losesLife(words: readonly MatchWord[], at: number): boolean {
  const [lose, owner, life] = [words[at], words[at + 1], words[at + 2]];
  if (!lose || !owner || !life || owner.breakBefore || life.breakBefore) return false;
  return LOSE_FORMS.has(lose.text) && LIFE_OWNERS.has(owner.text) && (life.text === 'lives' || life.text === 'life');
}
const LOSE_FORMS: ReadonlySet<string> = new Set(['lose', 'loses', 'losing', 'lost']);
const LIFE_OWNERS: ReadonlySet<string> = new Set(['their', 'his', 'her', 'its', 'our', 'my', 'your']);
