import { boundedMemo } from '../bounded-memo';
import { DETACHMENTS } from '../matching/detachments';
import { synonymOf } from '../matching/synonyms';
import animalKindsFarJson from './animal-kinds-far.json';
import nounHypernymsJson from './noun-hypernyms.json';

/**
 * One word for one thing, the only synonym lookup of conflict detection: what ties two claims
 * (subject words of denials, measure words of figures), what a count counts and which happening a
 * noun names all go through `sameThingOf`. It asks WordNet's synonym groups, the ones claim
 * matching uses (`matching/synonyms.ts`, built by `npm run build:synonyms`): "shut" and "closed"
 * are one word, "dwelling" is "home", "shelling" and "bombardment" are one.
 *
 * `NOT_IN_WORDNET_GROUPS` holds only what those groups lack, each word with the group it joins
 * (a WordNet group's first word where there is one, so both meet): WordNet has these pairs as a
 * kind of the other (a house is a dwelling, a ship a vessel, a patient a case, a walkout a strike,
 * a lorry a truck in its second sense, to raid is to attack), in a late sense (flat = apartment
 * is "flat"'s seventh), or not at all (an infection counted as a case, a spill as a leak, an air
 * strike, a stoppage of work). A kind-of link is not a synonym in general ("a house is a
 * building" would make 40 houses and 12 buildings one count), so these few are listed by hand.
 * `same-thing.spec.ts` checks that each is still missing from the WordNet groups.
 */
export const NOT_IN_WORDNET_GROUPS: ReadonlyMap<string, string> = groups({
  // One happening in other words (`HAPPENINGS`).
  attack: 'raid raids raided airstrike airstrikes air-strike air-strikes shelled barrage',
  strike: 'strike strikes walkout walkouts stoppage stoppages',
  leak: 'spill spills spilled spilt spillage leakage',
  // One counted thing in other words.
  home: 'house houses',
  flat: 'apartment apartments flats',
  vessel: 'ship ships',
  truck: 'lorry lorries',
  case: 'infection infections patient patients',
  // A crash is a collision (WordNet has both only as kinds of accident, siblings); a driver "sacked" is dismissed
  // ("sack" is a bag or a plunder in its first senses, "dismiss" from a job in its fourth).
  crash: 'collision collisions',
  // A trader's place at a market is a stall or a pitch ("pitch" is a throw or a playing field in WordNet's first senses).
  stall: 'pitch pitches',
  dismiss: 'sacked',
  confiscate: 'seized',
  collapse: 'fallen',
});

/** Plural nouns of people not made with an ending, each with its singular, the form WordNet's groups list ("feet" left out: a unit). */
const POSSESSIVE_END = /['’]s$/;
const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['children', 'child'],
  ['men', 'man'],
  ['women', 'woman'],
  ['policemen', 'policeman'],
  ['policewomen', 'policewoman'],
  ['firemen', 'fireman'],
]);

/** The happenings `NOT_IN_WORDNET_GROUPS` joins words into: "the raid" / "the attack", "the walkout" / "the strike", "the spill" / "the leak". */
export const HAPPENINGS: ReadonlySet<string> = new Set(['attack', 'strike', 'leak']);

/**
 * The word that stands for `lower` (a lower-case word as written) and every word of one meaning
 * with it, or undefined when it has none: the hand list's group, else its WordNet group's first
 * word (itself joined to a hand-listed group when it is one: "bombardment" → barrage → attack). A
 * past form is looked up by its verb first ("closed" → close, as "shut").
 */
export const sameThingOf = boundedMemo((lower: string): string | undefined => {
  // "children" is "child", "men" a "man" (WordNet's groups hold the singular; "men" alone is a crew's "hands").
  const singular = IRREGULAR_PLURALS.get(lower.replace(POSSESSIVE_END, ''));
  if (singular !== undefined) return sameThingOf(singular) ?? singular;
  const own = NOT_IN_WORDNET_GROUPS.get(lower);
  if (own !== undefined) return own;
  const canonical = wordnetGroupOf(lower);
  if (canonical === undefined) return undefined;
  return NOT_IN_WORDNET_GROUPS.get(canonical) ?? canonical;
});

const PAST_ENDINGS = new Set(['ed', 'ied']);

function wordnetGroupOf(lower: string): string | undefined {
  // A past form is its verb ("closed" → close, "fired" → fire), whatever group the form has of its own.
  if (lower.endsWith('ed')) {
    for (const [suffix, replacement] of DETACHMENTS) {
      if (!PAST_ENDINGS.has(suffix) || !lower.endsWith(suffix) || lower.length - suffix.length < 3) continue;
      const canonical = synonymOf(lower.slice(0, lower.length - suffix.length) + replacement);
      if (canonical !== undefined) return canonical;
    }
  }
  // A form in -ing is often a noun of its own ("dwelling", "building"): its own group first. But when its verb has no
  // group ("leave"), the -ing form's group ("leaving" → departure) would part "is to leave" from "about him leaving":
  // it is read as its verb, unless its group is a happening listed by hand ("shelling" → barrage → attack).
  // Past forms aside, what conflict detection looks up names a thing or a happening: a noun ("a single notice" is no finding).
  const own = synonymOf(lower, false, true);
  if (own !== undefined && lower.endsWith('ing') && !NOT_IN_WORDNET_GROUPS.has(own) && !verbHasGroup(lower)) return undefined;
  return own;
}

const ING_ENDING = 'ing';

/** The verb of a form in -ing ("leaving" → leave, "building" → build) has a WordNet group of its own. */
function verbHasGroup(lower: string): boolean {
  for (const [suffix, replacement] of DETACHMENTS) {
    if (suffix !== ING_ENDING || lower.length - suffix.length < 3) continue;
    if (synonymOf(lower.slice(0, lower.length - suffix.length) + replacement) !== undefined) return true;
  }
  return false;
}

/** A map from each word of a group to the group's name. */
function groups(lists: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [name, list] of Object.entries(lists)) for (const word of list.split(/\s+/)) if (word) map.set(word, name);
  return map;
}

/**
 * The broader nouns of each common noun, from WordNet (built by `npm run build:noun-hypernyms`): at
 * most two kind-of links above its first two senses ("supermarket" → store, "warehouse" → depot,
 * "shopper" → customer, "midwife" → nurse).
 */
const NOUN_HYPERNYMS: Readonly<Record<string, string>> = nounHypernymsJson;

/**
 * One noun is a kind of the other, within two WordNet links ("supermarkets" / "stores", "the
 * warehouse" / "depots"), or an animal under any broader noun (`animalKindsFar`: "ponies" / "animals"): `x` and `y` are singular nouns, each looked up as written and by the word
 * of its synonyms (`sameThingOf`). A kind-of link is no synonym: it says two counts may count one
 * thing, and only claims tied otherwise (a subject word in common, one event) are compared so.
 */
export const kindOfOneAnother = (x: string, y: string): boolean => kindOfPair(x < y ? `${x} ${y}` : `${y} ${x}`);

const kindOfPair = boundedMemo((pair: string): boolean => {
  const [x, y] = pair.split(' ') as [string, string];
  const above = (word: string, than: string) =>
    broaderNouns(than).some((b) => nounForms(word).includes(b)) || animalKindsFar(than).some((b) => nounForms(word).includes(b));
  return x !== y && (above(x, y) || above(y, x));
});

/**
 * Animals are counted under many names far below "animal" ("deer" is seven links under it): for a noun whose first sense
 * is an animal, the broader nouns beyond the two links of `NOUN_HYPERNYMS` (`animal-kinds-far.json`, built with it by
 * `npm run build:noun-hypernyms`): "more than 60 ponies" / "11 animals". Read by `kindOfOneAnother` only; what matching
 * and attribution read of kinds (`broaderNouns`) stays within two links.
 */
const ANIMAL_KINDS_FAR: Readonly<Record<string, string>> = animalKindsFarJson;

const animalKindsFar = boundedMemo((word: string): readonly string[] =>
  nounForms(word).flatMap((form) => (Object.hasOwn(ANIMAL_KINDS_FAR, form) ? ANIMAL_KINDS_FAR[form]!.split(' ') : [])),
);

/** A singular noun as written and by the word of its synonyms; a crude singular ("midwive", "wive") also in -fe. */
export const nounForms = boundedMemo((word: string): readonly string[] => {
  const own = word.endsWith('ve') ? [word, `${word.slice(0, -2)}fe`] : [word];
  return [...own, ...own.map((form) => sameThingOf(form) ?? form)];
});

/** The nouns WordNet puts above any of `nounForms(word)` (NOUN_HYPERNYMS): `x` is a kind of `y` when one of these is a form of `y`. */
export const broaderNouns = boundedMemo((word: string): readonly string[] =>
  nounForms(word).flatMap((form) => (Object.hasOwn(NOUN_HYPERNYMS, form) ? NOUN_HYPERNYMS[form]!.split(' ') : [])),
);

/** What an index of many words' kinds keeps of one word (`kindKeys`). */
export interface KindKeys {
  /** The word's `nounForms` that are a broader noun of some noun (each once, in their order): the only ones looked up. */
  forms: readonly string[];
  /** `broaderNouns(word)`, as it is. */
  above: readonly string[];
}

const NO_KIND_KEYS: KindKeys = { forms: [], above: [] };

/** Every noun `NOUN_HYPERNYMS` puts above another: all a `broaderNouns` list can hold. Made when first asked for. */
let nounsAboveSome: ReadonlySet<string> | undefined;

/**
 * A word's keys in an index of kinds (which nouns are above which, as `kindOfOneAnother` reads them by its two links):
 * an index by forms is only ever asked for a broader noun, so a form no noun has above it ("the", "said", "yesterday",
 * most words of a claim) is no key, and a word with neither is left out at one lookup.
 */
export const kindKeys = boundedMemo((word: string): KindKeys => {
  nounsAboveSome ??= new Set(Object.values(NOUN_HYPERNYMS).flatMap((list) => list.split(' ')));
  const aboveSome = nounsAboveSome;
  const forms = nounForms(word).filter((form, k, all) => aboveSome.has(form) && all.indexOf(form) === k);
  const above = broaderNouns(word);
  return forms.length === 0 && above.length === 0 ? NO_KIND_KEYS : { forms, above };
});
