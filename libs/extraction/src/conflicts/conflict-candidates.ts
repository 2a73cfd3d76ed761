import { countryPlace } from '../entities/gazetteer';
import type { Quantity } from '../quantities/quantity';
import { forEachWord, letterLengthAt } from '../text-chars';
import { findDisagreements, surfaceWords, type Disagreement } from './disagreements';
import { ACCUSATION_ROOTS, DEFENCE_ROOTS, STOP_WORDS } from './stance-lexicon';

/** What conflict detection needs to know about one claim. */
export interface ConflictClaimInput {
  index: number;
  /** The claim's content: its text without the attribution ("…, the ministry said on Monday"). */
  text: string;
  /** Used to pick which claims to compare when there are very many. */
  checkworthiness?: number;
  /** The claim as written, for the reason a person reads; defaults to `text`. */
  fullText?: string;
  /** Shared by the sentences of one direct quote: they stand or fall together. */
  quoteId?: number;
  /** The normalised source the claim is attributed to; unattributed claims never conflict. */
  source: { id: string; name: string; country: string | null } | null;
  /** Countries (ISO alpha-2) of the actors the claim is about: "Russia", "Russian airstrikes", "Moscow". */
  actorCountries: readonly string[];
  /** The speaker and organisation as written, for sources the registry does not know. */
  speaker?: string | null;
  organisation?: string | null;
  /** Where the claim stands in the article: claims a sentence or two apart answer each other. */
  sentenceIndex?: number;
  /** The claim's quantities (figures, dates), compared for incompatible figures. */
  quantities?: readonly Quantity[];
  /** Places the claim names: two claims about different places are about different events. */
  places?: readonly string[];
}

export interface ConflictSideCandidate {
  sourceId: string;
  sourceName: string;
  claimIndexes: number[];
  /** "accuses" or "defends", in plain words for the reason. */
  position: string;
}

export interface ConflictCandidate {
  /** `stance`: an accusation and a defence of an actor; `figures`: incompatible figures; `denial`: an assertion and its denial. */
  kind: 'stance' | 'figures' | 'denial';
  sides: [ConflictSideCandidate, ConflictSideCandidate];
  /** The actor whose conduct the two sides disagree about (ISO alpha-2), or the measure or subject they disagree on. */
  about: string;
  /** The shared subject words that tie the two claims together. */
  sharedSubject: string[];
  /** A sentence a person can read. */
  reason: string;
  score: number;
}

type Stance = 'accuses' | 'defends';

interface Analysed {
  claim: ConflictClaimInput;
  stance: Stance;
  /** Content stems; true for names (capitalised words), which tie two claims less than subject words. */
  stems: Map<string, boolean>;
  /** The stems that are stance words, found once per claim rather than once per pair. */
  stanceStems: Set<string>;
  /** The stems of five letters or more, in `stems` order: only these can name the same thing by suffix. */
  longStems: string[];
  /** The last five letters of each long stem: two stems of which one ends the other share them. */
  longStemEndings: string[];
  /** The long stems by those letters, in `stems` order. */
  longStemsByEnding: Map<string, string[]>;
}

/**
 * Pairs are compared all against all, so a pathological text (thousands of stance-taking
 * claims) is cut to its most check-worthy ones: a news article has a few dozen.
 */
export const MAX_CONFLICT_CLAIMS = 300;

/** Subject words weigh 1, names 0.5: "civilians" ties two claims closer than "Aleppo" does. */
const NAME_WEIGHT = 0.5;
const MIN_SCORE = 1;

/**
 * Proposes pairs of claims from different sources that point in opposite directions
 * about the same actor and subject: one accuses the actor (responsibility, damage,
 * strikes), the other defends it (freed, humanitarian, paused). For each pair of
 * sources the best-tied pair of claims is proposed, with the other sentences of
 * their quotes. A person confirms or dismisses every candidate.
 */
export function findConflictCandidates(claims: readonly ConflictClaimInput[]): ConflictCandidate[] {
  const stances = findStanceConflicts(claims);
  const covered = new Set(
    stances.flatMap((c) => c.sides[0].claimIndexes.flatMap((x) => c.sides[1].claimIndexes.map((y) => pairKey(x, y)))),
  );
  return [...stances, ...disagreementCandidates(claims, covered)];
}

function pairKey(x: number, y: number): string {
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}

function findStanceConflicts(claims: readonly ConflictClaimInput[]): ConflictCandidate[] {
  const analysed = claims.flatMap((claim): Analysed[] => {
    if (!claim.source) return [];
    const stems = contentStems(claim.text);
    const stanceStems = new Set<string>();
    const stance = stanceOf(stems, stanceStems);
    if (!stance) return [];
    const longStems = [...stems.keys()].filter((stem) => stem.length >= 5);
    const longStemEndings = longStems.map((stem) => stem.slice(-SUFFIX_KEY_LENGTH));
    return [{ claim, stance, stems, stanceStems, longStems, longStemEndings, longStemsByEnding: byEnding(longStems, longStemEndings) }];
  });
  if (analysed.length > MAX_CONFLICT_CLAIMS) {
    analysed.sort((x, y) => (y.claim.checkworthiness ?? 0) - (x.claim.checkworthiness ?? 0) || x.claim.index - y.claim.index);
    analysed.length = MAX_CONFLICT_CLAIMS;
  }

  // The best pair per pair of sources and actor; its candidate (the reason a person reads) is written once, at the end.
  const best = new Map<string, { accuser: Analysed; defender: Analysed; about: string; shared: SharedSubject }>();
  for (let i = 0; i < analysed.length; i += 1) {
    for (let j = i + 1; j < analysed.length; j += 1) {
      const a = analysed[i]!;
      const b = analysed[j]!;
      if (a.stance === b.stance || a.claim.source!.id === b.claim.source!.id) continue;
      const accuser = a.stance === 'accuses' ? a : b;
      const defender = a.stance === 'accuses' ? b : a;
      // The defence is about an actor the accusation names; a source defending its own country comes first.
      const defenderCountry = defender.claim.source!.country;
      const about =
        defenderCountry && accuser.claim.actorCountries.includes(defenderCountry)
          ? defenderCountry
          : accuser.claim.actorCountries.find((country) => defender.claim.actorCountries.includes(country));
      if (!about || accuser.claim.source!.country === about) continue;
      const shared = sharedSubject(accuser, defender);
      // Names alone ("Aleppo", "Monday") place two claims, they do not make them about the same thing.
      if (shared.score < MIN_SCORE || !shared.hasSubjectWord) continue;
      const key = `${accuser.claim.source!.id}|${defender.claim.source!.id}|${about}`;
      const previous = best.get(key);
      if (previous && previous.shared.score >= shared.score) continue;
      best.set(key, { accuser, defender, about, shared });
    }
  }
  return [...best.values()]
    .map((pair) => {
      const words = new Set<string>();
      sharedSubject(pair.accuser, pair.defender, words);
      return candidate(pair.accuser, pair.defender, pair.about, { words: [...words], score: pair.shared.score }, claims);
    })
    .sort((x, y) => y.score - x.score);
}

/** Roots by their first letter, in list order: a stem is compared with the few roots it can start with. */
function byFirstLetter<T>(entries: readonly T[], root: (entry: T) => string): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const entry of entries) {
    const first = root(entry)[0]!;
    const list = index.get(first);
    if (list) list.push(entry);
    else index.set(first, [entry]);
  }
  return index;
}

const ACCUSATION_INDEX = byFirstLetter(ACCUSATION_ROOTS, (root) => root);
const DEFENCE_INDEX = byFirstLetter(DEFENCE_ROOTS, ([root]) => root);

function accusationWeight(stem: string): number {
  return ACCUSATION_INDEX.get(stem[0]!)?.some((root) => stem.startsWith(root)) ? 1 : 0;
}

function defenceWeight(stem: string): number {
  return DEFENCE_INDEX.get(stem[0]!)?.find(([root]) => stem.startsWith(root))?.[1] ?? 0;
}

/** Also collects the stance words among `stems` into `stanceStems`. */
function stanceOf(stems: Map<string, boolean>, stanceStems: Set<string>): Stance | null {
  let accusation = 0;
  let defence = 0;
  for (const stem of stems.keys()) {
    const accuses = accusationWeight(stem);
    const defends = defenceWeight(stem);
    if (accuses > 0 || defends > 0) stanceStems.add(stem);
    accusation += accuses;
    defence += defends;
  }
  if (accusation === defence) return null;
  return accusation > defence ? 'accuses' : 'defends';
}

const SUFFIX_KEY_LENGTH = 5;

function byEnding(stems: readonly string[], endings: readonly string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  stems.forEach((stem, i) => {
    const list = index.get(endings[i]!);
    if (list) list.push(stem);
    else index.set(endings[i]!, [stem]);
  });
  return index;
}

interface SharedSubject {
  score: number;
  hasSubjectWord: boolean;
}

/** How closely the two claims' subjects tie; the tying words go into `words` when it is given (only for the pairs kept). */
function sharedSubject(a: Analysed, b: Analysed, words?: Set<string>): SharedSubject {
  let score = 0;
  let hasSubjectWord = false;
  a.stems.forEach((isName, stem) => {
    if (b.stems.has(stem) && !a.stanceStems.has(stem)) {
      words?.add(stem);
      const name = isName || b.stems.get(stem) === true;
      score += name ? NAME_WEIGHT : 1;
      hasSubjectWord ||= !name;
    }
  });
  // "airstrikes" and "strikes" name the same thing, though the words are stance words too.
  for (let i = 0; i < a.longStems.length; i++) {
    const stem = a.longStems[i]!;
    for (const other of b.longStemsByEnding.get(a.longStemEndings[i]!) ?? []) {
      if (other !== stem && (stem.endsWith(other) || other.endsWith(stem))) {
        words?.add(other.length < stem.length ? other : stem);
        score += 1;
        hasSubjectWord = true;
      }
    }
  }
  return { score, hasSubjectWord };
}

function candidate(
  accuser: Analysed,
  defender: Analysed,
  about: string,
  shared: { words: string[]; score: number },
  claims: readonly ConflictClaimInput[],
): ConflictCandidate {
  const side = (analysed: Analysed, position: string): ConflictSideCandidate => ({
    sourceId: analysed.claim.source!.id,
    sourceName: analysed.claim.source!.name,
    claimIndexes: quoteMates(analysed.claim, claims),
    position,
  });
  const accuserName = accuser.claim.source!.name;
  const defenderName = defender.claim.source!.name;
  const country = countryPlace(about)?.name ?? about;
  const subject = surfaceWords(accuser.claim.fullText ?? accuser.claim.text, shared.words);
  const reason =
    `${accuserName} accuses ${country}: "${excerpt(accuser.claim.fullText ?? accuser.claim.text)}", while ${defenderName} says otherwise: ` +
    `"${excerpt(defender.claim.fullText ?? defender.claim.text)}". Both are about ${listOf(subject)}.`;
  return {
    kind: 'stance',
    sides: [side(accuser, `accuses ${country}`), side(defender, `defends ${country}`)],
    about,
    sharedSubject: shared.words,
    reason,
    score: shared.score,
  };
}

function quoteMates(claim: ConflictClaimInput, claims: readonly ConflictClaimInput[]): number[] {
  if (claim.quoteId === undefined) return [claim.index];
  return claims.filter((other) => other.quoteId === claim.quoteId).map((other) => other.index);
}

/** Long claims are cut at a clause boundary (never inside a word or number); quotes inside become single quotes. */
export function excerpt(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim().replace(/["“”]/g, "'");
  if (clean.length <= MAX_QUOTED) return clean;
  const cut = clean.slice(0, MAX_QUOTED);
  const clause = Math.max(cut.lastIndexOf(', '), cut.lastIndexOf('; '), cut.lastIndexOf(' – '));
  const end = clause > MAX_QUOTED / 2 ? clause : cut.lastIndexOf(' ');
  return `${clean.slice(0, end)} …`;
}

const MAX_QUOTED = 240;

function listOf(words: readonly string[]): string {
  const unique = [...new Set(words)];
  if (unique.length <= 1) return unique.join('');
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

interface SourceOf {
  id: string;
  name: string;
  keys: string[];
}

/** Who a claim is from: the registry's source, else the organisation and speaker as written; null when unattributed. */
function sourceOf(claim: ConflictClaimInput): SourceOf | null {
  const organisation = claim.organisation?.trim() || null;
  const speaker = claim.speaker?.trim() || null;
  if (!claim.source && !organisation && !speaker) return null;
  const keys = [claim.source?.id, organisation, speaker].filter((k): k is string => !!k).map(slug);
  const orgName = claim.source && claim.source.name !== speaker ? claim.source.name : organisation;
  const name = speaker && orgName ? `${speaker} (${orgName})` : (speaker ?? orgName ?? claim.source!.name);
  return { id: claim.source?.id ?? slug(organisation ?? speaker!), name, keys };
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

function disagreementCandidates(claims: readonly ConflictClaimInput[], covered: ReadonlySet<string>): ConflictCandidate[] {
  const sources = new Map<number, SourceOf>();
  const inputs = claims.flatMap((claim) => {
    const source = sourceOf(claim);
    if (!source || claim.sentenceIndex === undefined) return [];
    sources.set(claim.index, source);
    return [
      {
        index: claim.index,
        text: claim.text,
        fullText: claim.fullText,
        sentenceIndex: claim.sentenceIndex,
        quantities: claim.quantities ?? [],
        places: claim.places ?? [],
      },
    ];
  });
  const sameSource = (a: number, b: number) => sources.get(a)!.keys.some((key) => sources.get(b)!.keys.includes(key));
  const byIndex = new Map(claims.map((claim) => [claim.index, claim]));
  // The best-tied disagreement per pair of sources.
  const best = new Map<string, Disagreement>();
  for (const found of findDisagreements(inputs, sameSource)) {
    if (covered.has(pairKey(...found.claims))) continue;
    const key = [sources.get(found.claims[0])!.id, sources.get(found.claims[1])!.id].sort().join('|');
    if (!best.has(key)) best.set(key, found);
  }
  return [...best.values()].map((found) => disagreementCandidate(found, byIndex, sources, claims));
}

function disagreementCandidate(
  found: Disagreement,
  byIndex: ReadonlyMap<number, ConflictClaimInput>,
  sources: ReadonlyMap<number, SourceOf>,
  claims: readonly ConflictClaimInput[],
): ConflictCandidate {
  const [first, second] = found.claims.map((index) => byIndex.get(index)!) as [ConflictClaimInput, ConflictClaimInput];
  const [a, b] = [sources.get(first.index)!, sources.get(second.index)!];
  const said = (claim: ConflictClaimInput) => `"${excerpt(claim.fullText ?? claim.text)}"`;
  const side = (claim: ConflictClaimInput, source: SourceOf, position: string): ConflictSideCandidate => ({
    sourceId: source.id,
    sourceName: source.name,
    claimIndexes: quoteMates(claim, claims),
    position,
  });
  if (found.kind === 'figures') {
    const [x, y] = found.figures!;
    return {
      kind: 'figures',
      sides: [side(first, a, `says ${x}`), side(second, b, `says ${y}`)],
      about: found.measure,
      sharedSubject: found.measure.split(/,?\s+/),
      reason:
        `${a.name} and ${b.name} give figures for ${found.measure} that cannot both be right (${x} against ${y}). ` +
        `${a.name}: ${said(first)} ${b.name}: ${said(second)}`,
      score: found.score,
    };
  }
  return {
    kind: 'denial',
    sides: [side(first, a, 'asserts'), side(second, b, 'denies')],
    about: found.measure,
    sharedSubject: found.measure.split(/,\s+/),
    reason: `${b.name} denies what ${a.name} says. ${a.name}: ${said(first)} ${b.name}: ${said(second)}`,
    score: found.score,
  };
}

/**
 * Content words, lower-cased and crudely stemmed so "strikes"/"strike" and
 * "civilians"/"civilian" meet; each marked true when written as a name.
 */
export function contentStems(text: string): Map<string, boolean> {
  const stems = new Map<string, boolean>();
  forEachWord(text, letterLengthAt, 0, (start, end) => {
    const word = text.slice(start, end - possessiveLength(text, start, end));
    const lower = word.toLowerCase();
    if (lower.length < 3 || STOP_WORDS.has(lower)) return;
    const isName = word[0] !== lower[0];
    const key = stem(lower);
    stems.set(key, (stems.get(key) ?? true) && isName);
  });
  return stems;
}

/** A trailing 's or ’s (the possessive the stems leave out). */
function possessiveLength(text: string, start: number, end: number): number {
  if (end - start < 2 || text.charCodeAt(end - 1) !== 0x73) return 0;
  const apostrophe = text.charCodeAt(end - 2);
  return apostrophe === 0x27 || apostrophe === 0x2019 ? 2 : 0;
}

const SUFFIXES = ['ities', 'ility', 'ings', 'ing', 'ies', 'ied', 'ed', 'es', 's', 'e', 'y'];

function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}
