import { stemOfWord, topicKeyOf, type ClaimWords, type ConflictWord } from './claim-words';
import { isDenialWord, REFERENTS } from './disagreement-lexicon';
import { AUXILIARIES, BE_FORMS } from '../lexicon';

/** Auxiliaries and modals between the subject of a denied clause and its act ("had been", "would"). */
function isClauseAuxiliary(lower: string): boolean {
  return AUXILIARIES.has(lower) || BE_FORMS.has(lower);
}

/** Adverbs that may stand between the auxiliaries and the act ("had ever avoided", "had deliberately withheld"). */
const CLAUSE_ADVERBS: ReadonlySet<string> = new Set(['ever', 'never', 'not', 'also', 'already', 'knowingly', 'once', 'then']);

/** How many words after "that" the act of the denied clause may stand: a subject of a few words and its auxiliaries. */
const ACT_WINDOW = 8;

/** Shortest stem read as one act in other forms ("clos" of "closed" / "closure"). */
const MIN_ACT_STEM = 4;

/**
 * The act a denial spells out after "denied that", "rejected claims that", "denied reports that": the word after the
 * auxiliaries of its clause ("that the ship had sailed with …" → sailed, "that library hours had been shortened" →
 * shortened), or a past in -ed right after its subject ("that the firm dumped …"). Null when the denial spells out
 * nothing, or its clause's verb is a copula before a noun or a figure ("that it was a lie"): no act to meet.
 */
export function deniedAct(denial: ClaimWords): ConflictWord | null {
  return deniedClause(denial)?.act ?? null;
}

/** What a denial spells out after "denied that": its act, and the word right before the act's verb (its subject's head). */
export interface DeniedClause {
  act: ConflictWord;
  /** "lorries" of "that Quillane lorries had ever dodged …", "it" of "that it had reduced …". */
  subject: ConflictWord | null;
  /** "that the kiosk was solvent": a state after a copula, not an act ("was closed", a participle, is one). */
  state: boolean;
  /** "that any ledger had been shredded": a subject after "any" or "no" speaks of every one, told in other words. */
  quantified: boolean;
}

/** Forms of "be" after which a word that is no participle is a state. */
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Whether a word reads as a participle (an act done): "closed", "withheld", "driven", "cut". */
function participle(lower: string): boolean {
  return lower.endsWith('ed') || lower.endsWith('en') || lower.endsWith('wn') || lower.endsWith('ing') || IRREGULAR_PARTICIPLES.has(lower);
}

const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'cut',
  'shut',
  'put',
  'set',
  'let',
  'hit',
  'paid',
  'laid',
  'sold',
  'told',
  'held',
  'kept',
  'left',
  'lost',
  'sent',
  'spent',
  'built',
  'made',
  'found',
  'bought',
  'brought',
  'caught',
  'taught',
  'fought',
  'thought',
  'met',
  'run',
  'won',
  'done',
  'gone',
]);

/** Quantifiers of every one or none before a clause's subject. */
const EVERY_ONE: ReadonlySet<string> = new Set(['any', 'no', 'every', 'all']);

/** The clause a denial spells out (`deniedAct`), null when it spells out none. */
export function deniedClause(denial: ClaimWords): DeniedClause | null {
  const all = denial.all;
  let from = -1;
  for (let i = 0; i + 1 < all.length; i++) {
    const lower = all[i]!.lower;
    if (all[i + 1]!.lower === 'that' && (isDenialWord(lower) || REFERENTS.has(lower))) {
      // "disputed that, saying …", "denied that.": "that" points back and spells out nothing.
      if (!opensClause(denial.text, all[i + 1]!.end)) return null;
      from = i + 2;
      break;
    }
  }
  if (from < 0) return null;
  const end = Math.min(all.length, from + ACT_WINDOW);
  for (let i = from; i < end; i++) {
    const lower = all[i]!.lower;
    if (isClauseAuxiliary(lower)) {
      let k = i + 1;
      while (k < all.length && (isClauseAuxiliary(all[k]!.lower) || CLAUSE_ADVERBS.has(all[k]!.lower) || all[k]!.lower.endsWith('ly'))) k++;
      const act = all[k];
      if (!act || act.capitalised || actStem(act.lower) === '') return null;
      const state = COPULAS.has(all[k - 1]!.lower) && !participle(act.lower);
      return { act, subject: i > from ? all[i - 1]! : null, state, quantified: quantifiedFrom(all, from, i) };
    }
    // "that the company dumped sludge": a past right after the subject, no auxiliary.
    if (i > from && lower.length > 4 && lower.endsWith('ed') && !all[i]!.capitalised && actStem(lower) !== '')
      return { act: all[i]!, subject: all[i - 1]!, state: false, quantified: quantifiedFrom(all, from, i) };
  }
  return null;
}

/** Whether "any", "no", "every" or "all" opens the clause's subject (the words from `from` up to `verb`). */
function quantifiedFrom(all: readonly ConflictWord[], from: number, verb: number): boolean {
  for (let k = from; k < verb; k++) if (EVERY_ONE.has(all[k]!.lower)) return true;
  return false;
}

/** Whether a word, not punctuation, follows `at` in `text` (spaces passed over). */
function opensClause(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && text[k] === ' ') k++;
  return k < text.length && /\p{L}/u.test(text[k]!);
}

function actStem(lower: string): string {
  const stem = stemOfWord(lower);
  return stem.length >= MIN_ACT_STEM - 1 ? stem : '';
}

/**
 * "porters had been given ten minutes to turn each bed" / "The trust denied that it had cut the number of night
 * porters": a denial that spells out the act it denies answers no statement that tells no such act, whatever words of its
 * subject the two share. The act is met by its word in any form or a word of its synonym group (`topicKeyOf`: "cut" /
 * "reduced", "sacked" / "dismissed"), or by a noun of that act ("closure" / "closed").
 */
export function deniedActUnmet(denial: ClaimWords, assertion: ClaimWords): boolean {
  const act = deniedAct(denial);
  return act !== null && !actMet(act, assertion);
}

/**
 * "The regulator said the depot's gate camera had been off for a fortnight." / "Ms Dornay denied that its lorries had
 * ever dodged the gate camera.": one subject word ties the two (`tying`, topic keys), and it is not who or what the denied
 * clause is about; the act the denial spells out is told nowhere in the assertion. The denial answers another statement.
 * Two words in common, or the clause's own subject in common ("denied that the fees had been frozen" / "a fee that had
 * not changed"), leave it to the other gates: an act is often denied in other words.
 */
export function deniesOtherActOnOneWord(denial: ClaimWords, assertion: ClaimWords, tying: readonly string[]): boolean {
  if (tying.length !== 1) return false;
  const clause = deniedClause(denial);
  if (clause === null || clause.state || clause.quantified || actMet(clause.act, assertion)) return false;
  const subject = clause.subject;
  if (subject !== null && (tying[0] === topicKeyOf(subject.lower) || tying[0] === stemOfWord(subject.lower))) return false;
  return true;
}

/** Whether the assertion tells the act: its word in any form, a word of its synonym group, or a noun of it. */
export function actMet(act: ConflictWord, assertion: ClaimWords): boolean {
  const stem = actStem(act.lower);
  const key = topicKeyOf(act.lower);
  for (const word of assertion.content) {
    if (word.lower === act.lower) return true;
    const other = stemOfWord(word.lower);
    if (other === '') continue;
    if (other === stem || topicKeyOf(word.lower) === key) return true;
    if (other.length >= MIN_ACT_STEM && stem.length >= MIN_ACT_STEM && (other.startsWith(stem) || stem.startsWith(other))) return true;
  }
  return false;
}
