import { AUXILIARIES } from '../lexicon';
import type { MatchWord } from './match-word';
import { ATTRIBUTION_VERBS, MATCHING_STOP_WORDS, SOURCE_OPENERS, SPEAKER_PRONOUNS, TRAILING_ATTRIBUTION_VERBS } from './matching-lexicon';

/** "The Northern Relief Agency said 2,480 …": the verb comes early in its clause. */
const MAX_LEADING_VERB_INDEX = 7;
/** What follows a leading "X said" must be a claim of its own, not "X said so". */
const MIN_WORDS_AFTER_LEADING_VERB = 3;
/** "…, the regional monitoring centre also noted on Monday": a short clause … */
const MAX_ATTRIBUTION_CLAUSE_WORDS = 10;
/** … whose verb is followed by little more than a time, place or audience. */
const MAX_WORDS_AFTER_TRAILING_VERB = 6;
/** "Marlow said on Tuesday: “…”": an opening attribution clause has even less after its verb. */
const MAX_WORDS_AFTER_OPENING_VERB = 2;
/** "Colin Marlow, a spokesman for the Norwegian Defense Ministry, said": longer is not a speaker. */
const MAX_SPEAKER_WORDS = 16;
/** "the agency's chief economist": a speaker's role set off before their name is this short at most. */
const MAX_ROLE_WORDS = 6;
/** How a role set off before a speaker's name opens ("the ministry's spokesman", "its director", "a lawyer for …"). */
const ROLE_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);
/** "2,480 people left Eastbridge according to the center": a source phrase needs a claim before it. */
const MIN_WORDS_BEFORE_SOURCE_PHRASE = 2;

// Not folded into ../attribution: that module finds who said a sentence from the whole
// article (entities, quotes, earlier speakers) and marks the clause's span. Matching has
// only a claim's text, often from another article or a query, and must turn the same text
// into the same signature forever (any change means a new SIGNATURE_VERSION), so it strips
// attribution with word lists alone. Same aim, different inputs and contract.

/**
 * The words of a claim without who said it and when they said it, because the
 * same claim is attributed differently in every article: "…, the ministry said
 * on Monday", "The ministry said …", "According to the ministry, …". A claim
 * made only of attribution is returned whole.
 */
export function stripAttribution(words: readonly MatchWord[]): MatchWord[] {
  const clauses = dropSpeakerClauses(splitClauses(words));
  const dropped = clauses.map((clause, i) => isAttributionClause(clause, i === 0));
  markTrailingSpeaker(clauses, dropped);
  markRoleAfterSpeaker(clauses, dropped);
  const content = clauses.filter((_, i) => !dropped[i]).map((clause) => dropTrailingSourcePhrase(dropLeadingAttribution(clause)));
  return content.some((clause) => clause.length > 0) ? content.flat() : [...words];
}

function splitClauses(words: readonly MatchWord[]): MatchWord[][] {
  const clauses: MatchWord[][] = [];
  for (const word of words) {
    if (word.breakBefore || clauses.length === 0) clauses.push([]);
    (clauses[clauses.length - 1] as MatchWord[]).push(word);
  }
  return clauses;
}

/**
 * "Colin Marlow, a spokesman for the ministry, said 65,000 …": when a
 * clause opens with the verb and goes on with the claim, the clauses before
 * it name the speaker.
 */
function dropSpeakerClauses(clauses: MatchWord[][]): MatchWord[][] {
  const verbClause = clauses.findIndex((clause, i) => i > 0 && ATTRIBUTION_VERBS.has((clause[0] as MatchWord).text));
  // "…, said the ministry" is the attribution itself, not the claim after a speaker.
  if (verbClause < 0 || isAttributionClause(clauses[verbClause] as MatchWord[], false)) return clauses;
  const speaker = clauses.slice(0, verbClause);
  if (speaker.flat().length > MAX_SPEAKER_WORDS || speaker.some((clause) => clause.some((word) => word.isNumber))) return clauses;
  return clauses.slice(verbClause);
}

/** Verbs of naming that report a judgement when their object points back: "X called it a disaster", "described it as". */
const NAMING_VERBS: ReadonlySet<string> = new Set(['called', 'calls', 'described', 'describes', 'labelled', 'labeled', 'branded']);
const POINTING_OBJECTS: ReadonlySet<string> = new Set(['it', 'this', 'that', 'them']);

/**
 * "The union's director called it an extremely difficult decision" → "an extremely difficult decision":
 * a verb of naming with a pointing object early in the clause frames what its speaker said, as "said"
 * does; with a noun for object ("called the decision a blow") the object is part of the claim.
 */
function dropNamingFrame(clause: MatchWord[]): MatchWord[] {
  const verb = clause.findIndex(
    (word, i) => i > 0 && i <= MAX_LEADING_VERB_INDEX && NAMING_VERBS.has(word.text) && POINTING_OBJECTS.has(clause[i + 1]?.text ?? ''),
  );
  if (verb < 0 || clause.slice(0, verb).some((word) => word.isNumber)) return clause;
  const rest = clause.slice(verb + (clause[verb + 2]?.text === 'as' ? 3 : 2));
  return rest.length < MIN_WORDS_AFTER_LEADING_VERB ? clause : rest;
}

/** "The ministry said (on Monday) (that) 2,480 people left" → "(on Monday) (that) 2,480 people left". */
function dropLeadingAttribution(clause: MatchWord[]): MatchWord[] {
  const verb = clause.findIndex(
    (word, i) => ATTRIBUTION_VERBS.has(word.text) && (i <= MAX_LEADING_VERB_INDEX || isTitledSpeaker(clause.slice(0, i))),
  );
  if (verb < 0) return dropNamingFrame(clause);
  if (clause.slice(0, verb).some((word) => word.isNumber)) return clause; // "2,480 people said they …": the subject is the claim
  const rest = withoutAudience(clause[verb] as MatchWord, clause.slice(verb + 1));
  if (rest.length < MIN_WORDS_AFTER_LEADING_VERB || speakerPronounFollows(rest) || speakerPronounAfterThat(rest)) return clause;
  return rest;
}

/** How far a "that" may open the reported clause after the verb ("told the union on 3 March that it …"). */
const MAX_WORDS_BEFORE_THAT = 8;

/**
 * "X told the union on 3 March that it intends …", "X said in a statement to investors that it will …": the
 * pronoun after the "that" stands for the speaker as in "X said it …", whoever and whenever it was told.
 */
function speakerPronounAfterThat(rest: MatchWord[]): boolean {
  const that = rest.findIndex((word, i) => i <= MAX_WORDS_BEFORE_THAT && word.text === 'that');
  return that > 0 && speakerPronounFollows(rest.slice(that + 1));
}

/** "told our reporter that", "told a news conference that": who was told, up to the "that" opening the reported clause. */
const MAX_AUDIENCE_WORDS = 4;

/**
 * "Group Manager Jo Bloggs of Eastshire Fire and Rescue Service said …", "Chief Superintendent Ann Lee of the
 * County Police said …": a speaker's title, name and body in capitals, with the small words a title leaves in
 * lower case, however long (at most MAX_SPEAKER_WORDS), is who said it, not what was said.
 */
function isTitledSpeaker(words: MatchWord[]): boolean {
  return words.length > 0 && words.length <= MAX_SPEAKER_WORDS && (words[0] as MatchWord).capitalised && isTitleClause(words);
}

/**
 * What a "told" says without whom it was told to ("has told our reporter that part of the
 * structure may collapse" → "part of the structure may collapse"): the words before a "that" at
 * most MAX_AUDIENCE_WORDS on, none of them a number. Other verbs, and a "told" with no such
 * "that", keep what follows them.
 */
function withoutAudience(verb: MatchWord, rest: MatchWord[]): MatchWord[] {
  if (verb.text !== 'told' && verb.text !== 'tells') return rest;
  const that = rest.findIndex((word, i) => i <= MAX_AUDIENCE_WORDS && word.text === 'that');
  if (that < 1 || rest.slice(0, that).some((word) => word.isNumber)) return rest;
  return rest.slice(that + 1);
}

/** "… left eastern Eastbridge according to the center" → "… left eastern Eastbridge". */
function dropTrailingSourcePhrase(clause: MatchWord[]): MatchWord[] {
  const opener = clause.findIndex((word, i) => i >= MIN_WORDS_BEFORE_SOURCE_PHRASE && SOURCE_OPENERS.has(word.text));
  return opener < 0 ? clause : clause.slice(0, opener);
}

/**
 * A whole clause that only says who said it: ", the ministry said on Monday",
 * "According to Reuters,", ", as quoted by Kestrel", "Marlow said:". Numbers
 * make it content ("2,480 people, officials said" keeps "2,480 people").
 */
function isAttributionClause(clause: MatchWord[], first: boolean): boolean {
  if (clause.length > MAX_ATTRIBUTION_CLAUSE_WORDS || clause.some((word, i) => word.isNumber && !isNumbering(clause, i))) return false;
  if (SOURCE_OPENERS.has((clause[0] as MatchWord).text)) return true;
  const verb = clause.findIndex((word) => ATTRIBUTION_VERBS.has(word.text) || (!first && TRAILING_ATTRIBUTION_VERBS.has(word.text)));
  if (verb < 0) return false;
  const after = clause.slice(verb + 1);
  const maxAfter = first ? MAX_WORDS_AFTER_OPENING_VERB : MAX_WORDS_AFTER_TRAILING_VERB;
  // "…, said his client would appeal": a reported clause with a verb of its own is the claim.
  return after.length <= maxAfter && !speakerPronounFollows(after) && !after.some((word) => AUXILIARIES.has(word.text));
}

/** "No 10", "No. 3": a number a capitalised "No" numbers is part of a name, not a figure (version 17). */
function isNumbering(clause: readonly MatchWord[], at: number): boolean {
  const before = clause[at - 1];
  return before !== undefined && before.capitalised && before.text === 'no' && !(clause[at] as MatchWord).breakBefore;
}

/**
 * "…, the agency's chief economist, Vera Lund, said" and "…, Vera Lund, the agency's chief
 * economist, said": when a trailing attribution clause is the verb alone, the one or two
 * short clauses right before it (a name, a role opening with a determiner) are its speaker.
 * Never the claim's first clause, never a clause with a number.
 */
function markTrailingSpeaker(clauses: readonly MatchWord[][], dropped: boolean[]): void {
  const last = clauses.length - 1;
  if (last < 2 || !dropped[last] || !ATTRIBUTION_VERBS.has((clauses[last]![0] as MatchWord).text)) return;
  for (let i = last - 1; i >= Math.max(1, last - 2); i--) {
    if (!isSpeakerClause(clauses[i] as MatchWord[])) return;
    dropped[i] = true;
  }
}

function isSpeakerClause(clause: MatchWord[]): boolean {
  if (clause.length > MAX_ROLE_WORDS || clause.some((word) => word.isNumber)) return false;
  return clause.every((word) => word.capitalised) || ROLE_OPENERS.has((clause[0] as MatchWord).text);
}

/** Small words a title in capitals leaves in lower case: "Director of Water Resources at Ardmoor Water". */
const TITLE_WORDS: ReadonlySet<string> = new Set(['of', 'at', 'for', 'the', 'and', 'in', 'on']);

/**
 * "…,” said Ana Ruiz, a spokeswoman for the city police.", "…,” said Dr Ana Ruiz, Director of
 * Water Resources at Ardmoor Water." and "…, according to the port's operator, Ardmoor Docks.": after a
 * trailing attribution clause that opens with its verb or a source phrase's word and names the speaker, the one or two clauses that end the claim and give their role (opening
 * with a determiner, or a title in capitals) are the speaker's too. Never a clause with a number.
 */
function markRoleAfterSpeaker(clauses: readonly MatchWord[][], dropped: boolean[]): void {
  const last = clauses.length - 1;
  for (let i = Math.max(1, last - 2); i < last; i++) {
    const opener = (clauses[i]![0] as MatchWord).text;
    if (!dropped[i] || !(ATTRIBUTION_VERBS.has(opener) || SOURCE_OPENERS.has(opener))) continue;
    const after = clauses.slice(i + 1);
    if (!after.every((clause) => isSpeakerClause(clause) || isTitleClause(clause))) return;
    for (let k = i + 1; k <= last; k++) dropped[k] = true;
    return;
  }
}

/** "Director of Water Resources at Ardmoor Water": capitalised words and the small words between them. */
function isTitleClause(clause: MatchWord[]): boolean {
  if (clause.length > MAX_SPEAKER_WORDS || clause.some((word) => word.isNumber) || !(clause[0] as MatchWord).capitalised) return false;
  return clause.every((word) => word.capitalised || TITLE_WORDS.has(word.text));
}

/**
 * "Turkey said it shot down the jet": the pronoun stands for the speaker, so
 * the speaker is part of the claim. Skips "on Monday that" and the like.
 */
function speakerPronounFollows(words: MatchWord[]): boolean {
  for (const word of words) {
    if (SPEAKER_PRONOUNS.has(word.text)) return true;
    if (!MATCHING_STOP_WORDS.has(word.text)) return false;
  }
  return false;
}
