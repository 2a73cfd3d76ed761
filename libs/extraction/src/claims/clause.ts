import { WORD_CLASSES, WordClass } from '../lexicon';
import type { Token } from '../tokenizer';

/** Auxiliaries and copulas: a finite verb whatever follows. */
const FINITE_AUXILIARIES = new Set(
  'is are was were has have had will would can could did does do may might must shall should am'.split(' '),
);

/** Irregular past forms not in the lexicon's event verbs. */
const IRREGULAR_PASTS = new Set(
  `became began broke brought built came cut did drove fell felt fought found flew fled gave went grew hit held kept knew
   led left lost made meant met paid put ran rose said sank saw sent set shot showed spoke spent stood stole struck
   swore told took thought threw understood woke won wrote`.split(/\s+/),
);

/** Words that cannot begin an independent clause after a conjunction: infinitives, prepositions, subordinators, adverbs. */
const NON_SUBJECT_STARTS = new Set(
  `to which who whom whose that as when if because although though since until unless whether in on at for with by
   from of into onto after before during including among such then also not so thus therefore hence even only just
   still again later there here how why what where`.split(/\s+/),
);

/** Function words that cannot be a clause's whole subject. */
const FUNCTION_WORDS = WordClass.notName | WordClass.hedge | WordClass.future;

/** Fewest words in a clause that stands as a claim of its own. */
export const MIN_CLAUSE_WORDS = 4;

/**
 * Whether `tokens` form an independently checkable clause: a subject (a word
 * that is not a function word) before a finite verb, and something to check
 * (a number, a name, or an event verb). `afterConjunction`: the clause follows
 * "and"/"but"/"while"/";" and must itself start like a clause ("to open an
 * airlift", "freed 300 people", "then it was quiet" do not).
 *
 * A clause whose verb is a reporting verb counts only when what follows the
 * verb is a clause too ("the opposition said fighting continued"), so an
 * attribution tail ("the ministry said on Monday") never stands alone.
 */
export function isIndependentClause(tokens: readonly Token[], afterConjunction: boolean): boolean {
  if (tokens.length < MIN_CLAUSE_WORDS) return false;
  const first = tokens[0] as Token;
  if (afterConjunction && (NON_SUBJECT_STARTS.has(first.lower) || (!first.capitalised && looksLikeVerb(first.lower)))) return false;
  const verb = findFiniteVerb(tokens);
  if (verb < 1 || !hasSubject(tokens, verb)) return false;
  if ((WORD_CLASSES.get((tokens[verb] as Token).lower) ?? 0) & WordClass.reporting) {
    let rest = verb + 1;
    if (tokens[rest]?.lower === 'that') rest++;
    const reported = tokens.slice(rest);
    if (reported.length < 3 || findFiniteVerb(reported) < 1) return false;
  }
  return isCheckable(tokens);
}

/** Index of the first finite verb after the first word, or -1. */
export function findFiniteVerb(tokens: readonly Token[]): number {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!token.capitalised && isFiniteVerb(token.lower)) return i;
  }
  return -1;
}

function isFiniteVerb(word: string): boolean {
  if (FINITE_AUXILIARIES.has(word) || IRREGULAR_PASTS.has(word)) return true;
  const classes = WORD_CLASSES.get(word) ?? 0;
  if (classes & WordClass.notPast) return false;
  if (classes & WordClass.reporting && !word.endsWith('s')) return true;
  return word.length >= 4 && word.endsWith('ed') && !word.includes('-');
}

function looksLikeVerb(word: string): boolean {
  return isFiniteVerb(word) || (word.length > 4 && word.endsWith('ing')) || ((WORD_CLASSES.get(word) ?? 0) & WordClass.eventVerb) !== 0;
}

function hasSubject(tokens: readonly Token[], verb: number): boolean {
  for (let i = 0; i < verb; i++) {
    const token = tokens[i] as Token;
    if (token.numeric || !((WORD_CLASSES.get(token.lower) ?? 0) & FUNCTION_WORDS)) return true;
    // Pronouns are subjects too ("it", "they", "we"), though they are function words.
    if ((WORD_CLASSES.get(token.lower) ?? 0) & WordClass.pronoun || PRONOUN_SUBJECTS.has(token.lower)) return true;
  }
  return false;
}

const PRONOUN_SUBJECTS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

/** A number, a name (a capitalised word that is not a function word) or an event verb. */
function isCheckable(tokens: readonly Token[]): boolean {
  for (const token of tokens) {
    if (token.numeric) return true;
    const classes = WORD_CLASSES.get(token.lower) ?? 0;
    if (classes & (WordClass.numberWord | WordClass.magnitude | WordClass.eventVerb)) return true;
    if (token.capitalised && !(classes & (WordClass.notName | WordClass.weekday | WordClass.month))) return true;
  }
  return false;
}
