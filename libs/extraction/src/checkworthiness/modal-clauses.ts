import { HEDGES, PRESENT_COPULAS } from '../lexicon';
import { lowerAt, type Token } from '../tokenizer';

/**
 * Modal words that the check-worthiness features read as a hedge or a forecast for the whole claim, when they only stand in a
 * part of it: a "could" that is the past of "can" in a claim told in the past, and a forecast in a clause joined after a
 * past one. `checkworthinessRule` asks these when no rule has decided the claim; the rules then judge what is left.
 */

/** Forms of "could" that, in a claim told in the past, say what someone was or was not able to do. */
const COULD_FORMS: ReadonlySet<string> = new Set(['could', "couldn't"]);
/** Words after "could" (maybe past "not") that make it a hedge on a past that did not happen: "could have been foreseen". */
const COUNTERFACTUAL: ReadonlySet<string> = new Set(['have', "'ve"]);
/** Words that put the claim under a condition, where "could" is a hedge: "could be delayed for days if the ballot passes". */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless']);

/**
 * Every hedge word of the claim is a "could" or "couldn't" that tells an ability, not a possibility: not before "have"
 * ("could (not) have been foreseen", a counterfactual), and not in a claim with "if" or "unless" or a present "is"/"are". The caller asks for a claim
 * told in the past, where "could" is the past of "can" ("said the divers could not reach the wreck", "said the pumps could
 * not keep up with the rain"): what could or could not be done then is a fact, as "was able to" would be. In the
 * present ("the spores could travel five miles", "two of the chapters could be cut") it stays a hedge.
 */
export function couldTellsPastAbility(tokens: readonly Token[]): boolean {
  let found = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const w = token.lower;
    // A present "is"/"are" makes the claim's time the present, where "could" is a possibility ("it is vital that no grant is
    // made that could be put to better use").
    if (CONDITIONS.has(w) || PRESENT_COPULAS.has(w)) return false;
    if (COULD_FORMS.has(w)) {
      const next = lowerAt(tokens, i + 1) === 'not' ? i + 2 : i + 1;
      if (COUNTERFACTUAL.has(lowerAt(tokens, next))) return false;
      found = true;
      continue;
    }
    // A lower-case "may" is the modal; a capitalised one is as often the month, which the features do not count as a hedge.
    if (HEDGES.has(w) && !(w === 'may' && token.text !== 'may')) return false;
  }
  return found;
}

/** Words that join a second clause to the first: "said it had cleared the culvert but that the lane would stay closed". */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but']);

/**
 * Where the clause that holds the claim's first forecast word (at `intention`) is joined to a clause before it by "and" or
 * "but" ("The bakery confirmed that it had closed two ovens but would not name the supplier.", "A spokesman said the trust had
 * not been told and would write to the minister."): the index of the last such coordinator before the forecast word,
 * -1 when there is none, or when it opens the claim. The clause before it is the caller's to judge on its own: a past event
 * stated there is a fact whatever the second clause promises.
 */
export function clauseJoinedBeforeForecast(tokens: readonly Token[], intention: number): number {
  for (let k = intention - 1; k > 0; k--) {
    if (COORDINATORS.has((tokens[k] as Token).lower)) return k;
  }
  return -1;
}

/** Subjects of a reported clause that point back to what was said before: "said that was still being weighed". */
const POINTING_SUBJECTS: ReadonlySet<string> = new Set(['that', 'this']);
/** Pronouns that, right after the reporting verb, are most often the speaker itself: "Fairview said it …". */
const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['it', 'he', 'she', 'they']);
/** Auxiliaries and negations after such a pronoun: with one, the clause's past is its own ("said it had repaired …"). */
const AUXILIARIES: ReadonlySet<string> = new Set(
  `had has have was were is are would could will did not never hadn't hasn't wasn't weren't didn't`.split(' '),
);
/** Past forms of "be" before an indefinite noun phrase: "said the refunds were a gesture of goodwill". */
const BE_PASTS: ReadonlySet<string> = new Set(['was', 'were']);

/**
 * A reported clause that states no past event of its own, though the features read a past in it (the caller's clause
 * before a forecast, `clauseJoinedBeforeForecast`): a subject that points back ("said that was still open and a ruling would follow"), the
 * speaker's own stance put back a tense with no date ("Harbury Mills said it stood by its survey and …", "said it accepted
 * the fine and …": its present "we stand by", "we accept"), or a name put on something ("said the refund was a gesture of
 * goodwill and …"). `reportingVerb` says which words report.
 */
export function reportsNoEventOfItsOwn(tokens: readonly Token[], dated: boolean, reportingVerb: (lower: string) => boolean): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).lower;
    if (BE_PASTS.has(w) && (lowerAt(tokens, i + 1) === 'a' || lowerAt(tokens, i + 1) === 'an')) return true;
  }
  let r = 0;
  while (r < tokens.length && !reportingVerb((tokens[r] as Token).lower)) r++;
  if (r >= tokens.length) return false;
  let subject = r + 1;
  if (lowerAt(tokens, subject) === 'that' && !AUXILIARIES.has(lowerAt(tokens, subject + 1))) subject++;
  const who = lowerAt(tokens, subject);
  const verb = lowerAt(tokens, subject + 1);
  if (POINTING_SUBJECTS.has(who) && AUXILIARIES.has(verb)) return true;
  return !dated && SPEAKER_PRONOUNS.has(who) && verb !== '' && !AUXILIARIES.has(verb);
}
