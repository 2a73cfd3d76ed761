import { boundedMemo } from '../bounded-memo';
import { countryPlace } from '../entities/gazetteer';
import type { Quantity } from '../quantities/quantity';
import { articleDateOf, type ArticleDate } from '../matching/article-date';
import { collapseSpaces, endsWithPossessiveS } from '../text-chars';
import { tokenize } from '../tokenizer';
import { claimWords, stemOfWord, surfaceOf, surfaceOfStem, topicKeys, type ClaimWords, type ConflictWord } from './claim-words';
import type { ConflictTrace } from './conflict-trace';
import type { CasualtyClass } from './disagreement-lexicon';
import { CLOCK_KEY, CONTRARY_KEY, dayOf, findDisagreements, pairKey, type Disagreement, type DisagreementClaim } from './disagreements';
import { ATTENDANCE_NOUNS, CASUALTY_NOUNS, casualtyClassOf, eventNounAt, REFERENTS } from './disagreement-lexicon';
import { compatible, countedNoun, isMeasureWord, measureKey, measuresOf, PART_PREFIX, type Measured } from './measures';
import { ACCUSATION_ROOTS, DEFENCE_ROOTS } from './stance-lexicon';
import { packedMap } from '../packed-map';

/** What conflict detection needs to know about one claim. */
export interface ConflictClaimInput {
  index: number;
  /** The claim's content: its text without the attribution ("…, the ministry said on Monday"). */
  text: string;
  /** Used to pick which claims to compare when there are very many. */
  checkworthiness?: number;
  /** The claim as written, quoted in the description; defaults to `text`. */
  fullText?: string;
  /**
   * The tokens of `fullText` (offsets into it), from the engine's token stream; tokenised here
   * only when absent (a caller without a token stream).
   */
  words?: readonly ConflictWord[];
  /**
   * Ranges of `fullText` that are the attribution clause, not content. When absent, everything
   * outside `text` (when `fullText` holds it) is.
   */
  attribution?: ReadonlyArray<readonly [number, number]>;
  /** Where `fullText` starts in the text the quantities' offsets point into (the article); 0 by default. */
  offset?: number;
  /** Shared by the sentences of one direct quote: they stand or fall together. */
  quoteId?: number;
  /** The normalised source the claim is attributed to. */
  source: { id: string; name: string; country: string | null } | null;
  /** Countries (ISO alpha-2) of the actors the claim is about: "Norway", "Norwegian airstrikes", "Oslo". */
  actorCountries: readonly string[];
  /** The speaker and organisation as written, for sources the registry does not know. */
  speaker?: string | null;
  organisation?: string | null;
  /** People named only by what they are ("Rescuers", "Witnesses"): a source when nothing else names one. */
  role?: string | null;
  /** The medium a report came through ("the Velmont Herald reported"): the source when nothing else names one. */
  outlet?: string | null;
  /** An interviewer's question restating someone ("Q: The federation says …"): no side, whoever it names. */
  asked?: boolean;
  /** Where the claim stands in the article: claims a sentence or two apart answer each other. */
  sentenceIndex?: number;
  /** The claim's quantities (figures, dates), compared for incompatible figures. */
  quantities?: readonly Quantity[];
  /**
   * The claim's sentence has no closing punctuation: a headline or a label ("Agency says plant
   * breached limits; company disputes readings"). It sums up the sentences below it and names
   * their sources loosely: no side of a conflict.
   */
  headline?: boolean;
  /**
   * The claim says only that its source did not answer ("X declined to comment", "did not respond to requests for
   * comment"): it asserts and denies nothing, so it is no side of a conflict.
   */
  noComment?: boolean;
  /** Places the claim names: two claims about different places are about different events. */
  places?: readonly string[];
}

export interface ConflictSideCandidate {
  sourceId: string;
  /** The source as a reader knows it: "Ida Brandt (Civic League)", "Norwegian Ministry of Defence". */
  sourceName: string;
  claimIndexes: number[];
  /** What the side says, in plain words: "accuses Norway", "says 250 tonnes", "denies". */
  position: string;
}

export interface ConflictCandidate {
  /** `stance`: an accusation and a defence of an actor; `figures`: incompatible figures; `denial`: an assertion and its denial. */
  kind: 'stance' | 'figures' | 'denial';
  sides: [ConflictSideCandidate, ConflictSideCandidate];
  /** The actor whose conduct the two sides disagree about (ISO alpha-2), or the measure or subject they disagree on. */
  about: string;
  /** The shared subject words that tie the two claims together, as the article writes them. */
  sharedSubject: string[];
  /** Plain publishable English: who says what, each statement quoted in full with its figures. */
  reason: string;
  score: number;
}

/** One claim with a source, its words analysed once for every rule. */
interface Prepared {
  claim: ConflictClaimInput;
  source: SourceOf;
  words: ClaimWords;
}

/**
 * Proposes pairs of claims from different sources that a fact-checker would put side by side:
 * an accusation and a defence of one actor on one subject (`stance`), incompatible figures
 * for one measure (`figures`), an assertion and its denial (`denial`). A person confirms or
 * dismisses every candidate.
 */
export function findConflictCandidates(claims: readonly ConflictClaimInput[], trace?: ConflictTrace): ConflictCandidate[] {
  const prepared: Prepared[] = [];
  // An article's claims come from a handful of sources: each is named once.
  const sources = new Map<string, SourceOf | null>();
  // Sentences someone speaks in whom the attribution stage could not name ("Billet families said …").
  const voiced = new Set<number>();
  for (const claim of claims) {
    if (claim.headline || claim.noComment) {
      trace?.unsourced.add(claim.index);
      continue;
    }
    const key = `${claim.source?.id ?? ''}|${claim.organisation ?? ''}|${claim.speaker ?? ''}|${claim.role ?? ''}|${claim.outlet ?? ''}`;
    let source = sources.get(key);
    if (source === undefined) sources.set(key, (source = sourceOf(claim)));
    if (source) prepared.push({ claim, source, words: wordsOf(claim) });
    else {
      trace?.unsourced.add(claim.index);
      if (claim.sentenceIndex !== undefined && SPOKEN.test(claim.fullText ?? claim.text)) voiced.add(claim.sentenceIndex);
    }
  }
  const byIndex = new Map(prepared.map((p) => [p.claim.index, p]));
  const stances = findStanceConflicts(
    prepared.filter((p) => !p.source.unnamed && !p.claim.asked),
    claims,
  );
  const covered = new Set(
    stances.flatMap((c) => c.sides[0].claimIndexes.flatMap((x) => c.sides[1].claimIndexes.map((y) => pairKey(x, y)))),
  );
  // The article's own date (its byline or date line among the first claims) names the times its claims tell back from it.
  const date = articleDateOf(claims.map((claim) => claim.fullText ?? claim.text));
  return [...stances, ...disagreementCandidates(prepared, byIndex, covered, claims, voiced, trace, date)];
}

function wordsOf(claim: ConflictClaimInput): ClaimWords {
  const full = claim.fullText ?? claim.text;
  const words = claim.words ?? tokenize(full);
  let attribution = claim.attribution;
  if (!attribution) {
    const at = full === claim.text ? -1 : full.indexOf(claim.text);
    attribution =
      at < 0
        ? []
        : [
            [0, at],
            [at + claim.text.length, full.length],
          ];
  }
  return claimWords(full, words, attribution);
}

// ---------------------------------------------------------------- sources

interface SourceOf {
  id: string;
  /** Named only by a role ("Rescuers", "Witnesses"): such a side gives figures, asserts and denies, but accuses no country. */
  unnamed: boolean;
  /** The full name a reader knows: "Ida Brandt (Civic League)", never a registry code. */
  name: string;
  /** Claims whose keys meet are of one source. */
  keys: string[];
  /** Content stems of the source's name ("army" of "Varnish Army"). */
  stems: string[];
}

/**
 * Who a claim is from: the registry's source, else the organisation and speaker as written; null when
 * unattributed, and for an interview's questions (role `interviewer`, no one named): what a question
 * takes as given is asked about, not asserted.
 */
function sourceOf(claim: ConflictClaimInput): SourceOf | null {
  const organisation = claim.organisation?.trim() || null;
  const role = claim.source || organisation || claim.speaker?.trim() ? null : claim.role?.trim() || null;
  if (role === INTERVIEWER_ROLE || role === UNNAMED_VOICE_ROLE) return null;
  // A newspaper's own report ("the Herald reported that …") is its statement.
  const outlet = claim.source || organisation || claim.speaker?.trim() || role ? null : claim.outlet?.trim() || null;
  const speaker = claim.speaker?.trim() || role || outlet;
  if (!claim.source && !organisation && !speaker) return null;
  const keys = packedMap(
    [claim.source?.id, organisation, speaker].filter((k): k is string => !!k),
    (key) => slug(key),
  );
  // A registry name that is an acronym ("UNHCR") reads less plainly than the organisation as the article names it.
  const registryName = claim.source && claim.source.name !== speaker ? claim.source.name : null;
  const orgName =
    registryName && organisation && ACRONYM.test(registryName) && organisation.length > registryName.length
      ? organisation
      : (registryName ?? organisation);
  const name = speaker && orgName ? `${speaker} (${orgName})` : (speaker ?? orgName ?? claim.source!.name);
  return {
    id: claim.source?.id ?? slug(organisation ?? speaker!),
    unnamed: role !== null,
    name: withoutLeadingThe(name),
    keys,
    stems: stemsOfName(name),
  };
}

/** The content stems of a source's name; memoised: a source is named again in article after article (never mutated). */
const stemsOfName = boundedMemo((name: string): string[] =>
  unique(
    name
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .map(stemOfWord)
      .filter((stem) => stem !== ''),
  ),
);

const ACRONYM = /^\p{Lu}{2,6}$/u;

/** The role attribution gives a "Q:" turn's sentences (`attribute-sentences`). */
const INTERVIEWER_ROLE = 'interviewer';

/**
 * A transcript's voice that nobody names ("Speaker 2", bare caption chevrons, a chat sender shown by her number): the
 * turn is someone's, but no one a reader could be told of, and two such voices need not be one person. No source.
 */
const UNNAMED_VOICE_ROLE = 'speaker';

function withoutLeadingThe(name: string): string {
  return name.replace(/^the\s+/i, '');
}

const slug = boundedMemo((name: string): string => {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
});

// ---------------------------------------------------------------- stance

type Stance = 'accuses' | 'defends';

interface StanceClaim {
  p: Prepared;
  stance: Stance;
  /** The stems that are stance words, found once per claim rather than once per pair. */
  stanceStems: Set<string>;
  /** The long stems (five letters or more) by their last five letters: only these can name the same thing by suffix. */
  longStemsByEnding: Map<string, string[]>;
}

/**
 * Stance-taking claims compared: pairs are formed per actor country only, so a pathological
 * text (thousands of stance-taking claims) is also cut to its most check-worthy ones.
 */
export const MAX_CONFLICT_CLAIMS = 300;

/** Subject words weigh 1, names 0.5: "civilians" ties two claims closer than "Eastbridge" does. */
const NAME_WEIGHT = 0.5;
const MIN_SCORE = 1;
const SUFFIX_KEY_LENGTH = 5;

/**
 * Pairs of claims from different registry sources that point in opposite directions about the
 * same actor and subject: one accuses the actor (responsibility, damage, strikes), the other
 * defends it (freed, humanitarian, paused). For each pair of sources and actor the best-tied
 * pair of claims is proposed, with the other sentences of their quotes.
 */
function findStanceConflicts(prepared: readonly Prepared[], claims: readonly ConflictClaimInput[]): ConflictCandidate[] {
  const analysed = prepared.flatMap((p): StanceClaim[] => {
    if (!p.claim.source) return [];
    const stanceStems = new Set<string>();
    const stance = stanceOf(p.words.stems, stanceStems);
    if (!stance) return [];
    const longStemsByEnding = new Map<string, string[]>();
    for (const stem of p.words.stems.keys()) {
      if (stem.length < SUFFIX_KEY_LENGTH) continue;
      const ending = stem.slice(-SUFFIX_KEY_LENGTH);
      const list = longStemsByEnding.get(ending);
      if (list) list.push(stem);
      else longStemsByEnding.set(ending, [stem]);
    }
    return [{ p, stance, stanceStems, longStemsByEnding }];
  });
  if (analysed.length > MAX_CONFLICT_CLAIMS) {
    analysed.sort((x, y) => (y.p.claim.checkworthiness ?? 0) - (x.p.claim.checkworthiness ?? 0) || x.p.claim.index - y.p.claim.index);
    analysed.length = MAX_CONFLICT_CLAIMS;
  }
  // Defenders by the countries they can defend: those they speak of, and their own.
  const defenders = new Map<string, StanceClaim[]>();
  for (const d of analysed) {
    if (d.stance !== 'defends') continue;
    const countries = new Set(d.p.claim.actorCountries);
    if (d.p.claim.source!.country) countries.add(d.p.claim.source!.country);
    for (const country of countries) {
      const list = defenders.get(country);
      if (list) list.push(d);
      else defenders.set(country, [d]);
    }
  }

  // The best pair per pair of sources and actor; its candidate (the reason a person reads) is written once, at the end.
  const best = new Map<string, { accuser: StanceClaim; defender: StanceClaim; about: string; score: number }>();
  for (const accuser of analysed) {
    if (accuser.stance !== 'accuses') continue;
    const seen = new Set<StanceClaim>();
    for (const country of accuser.p.claim.actorCountries) {
      for (const defender of defenders.get(country) ?? []) {
        if (seen.has(defender)) continue;
        seen.add(defender);
        if (accuser.p.claim.source!.id === defender.p.claim.source!.id) continue;
        // The defence is about an actor the accusation names; a source defending its own country comes first.
        const defenderCountry = defender.p.claim.source!.country;
        const about =
          defenderCountry && accuser.p.claim.actorCountries.includes(defenderCountry)
            ? defenderCountry
            : accuser.p.claim.actorCountries.find((c) => defender.p.claim.actorCountries.includes(c));
        if (!about || accuser.p.claim.source!.country === about || !countryPlace(about)) continue;
        const shared = sharedSubject(accuser, defender);
        // Names alone ("Eastbridge", "Monday") place two claims, they do not make them about the same thing.
        if (shared.score < MIN_SCORE || !shared.hasSubjectWord) continue;
        const key = `${accuser.p.claim.source!.id}|${defender.p.claim.source!.id}|${about}`;
        const previous = best.get(key);
        if (previous && previous.score >= shared.score) continue;
        best.set(key, { accuser, defender, about, score: shared.score });
      }
    }
  }
  return [...best.values()]
    .sort((x, y) => y.score - x.score || x.accuser.p.claim.index - y.accuser.p.claim.index)
    .map((pair) => stanceCandidate(pair.accuser, pair.defender, pair.about, pair.score, claims));
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

/** Also collects the stance words among `stems` into `stanceStems`. */
function stanceOf(stems: ReadonlyMap<string, boolean>, stanceStems: Set<string>): Stance | null {
  let accusation = 0;
  let defence = 0;
  for (const stem of stems.keys()) {
    const accuses = ACCUSATION_INDEX.get(stem[0]!)?.some((root) => stem.startsWith(root)) ? 1 : 0;
    const defends = DEFENCE_INDEX.get(stem[0]!)?.find(([root]) => stem.startsWith(root))?.[1] ?? 0;
    if (accuses > 0 || defends > 0) stanceStems.add(stem);
    accusation += accuses;
    defence += defends;
  }
  if (accusation === defence) return null;
  return accusation > defence ? 'accuses' : 'defends';
}

interface SharedSubject {
  score: number;
  hasSubjectWord: boolean;
}

/** How closely the two claims' subjects tie; the tying stems go into `words` when it is given (only for the pairs kept). */
function sharedSubject(a: StanceClaim, b: StanceClaim, words?: Set<string>): SharedSubject {
  let score = 0;
  let hasSubjectWord = false;
  const bStems = b.p.words.stems;
  a.p.words.stems.forEach((isName, stem) => {
    if (bStems.has(stem) && !a.stanceStems.has(stem)) {
      words?.add(stem);
      const name = isName || bStems.get(stem) === true;
      score += name ? NAME_WEIGHT : 1;
      hasSubjectWord ||= !name;
    }
  });
  // "airstrikes" and "strikes" name the same thing, though the words are stance words too.
  for (const [ending, stems] of a.longStemsByEnding) {
    for (const stem of stems) {
      for (const other of b.longStemsByEnding.get(ending) ?? []) {
        if (other !== stem && (stem.endsWith(other) || other.endsWith(stem))) {
          words?.add(other.length < stem.length ? other : stem);
          score += 1;
          hasSubjectWord = true;
        }
      }
    }
  }
  return { score, hasSubjectWord };
}

function stanceCandidate(
  accuser: StanceClaim,
  defender: StanceClaim,
  about: string,
  score: number,
  claims: readonly ConflictClaimInput[],
): ConflictCandidate {
  const stems = new Set<string>();
  sharedSubject(accuser, defender, stems);
  // The shared words as the defender writes them ("strikes"), else as the accuser does.
  const subject = unique([...stems].map((stem) => surfaceOfStem(defender.p.words, stem)));
  const country = countryPlace(about)!.name;
  const side = (s: StanceClaim, position: string): ConflictSideCandidate => ({
    sourceId: s.p.claim.source!.id,
    sourceName: s.p.source.name,
    claimIndexes: quoteMates(s.p.claim, claims),
    position,
  });
  const reason =
    `${accuser.p.source.name} accuses ${country}: ${quoted(accuser.p)}, while ${defender.p.source.name} says otherwise: ${quoted(defender.p)}. ` +
    `Both statements are about ${listOf(subject)}.`;
  return {
    kind: 'stance',
    sides: [side(accuser, `accuses ${country}`), side(defender, `defends ${country}`)],
    about,
    sharedSubject: subject,
    reason,
    score,
  };
}

// ---------------------------------------------------------------- figures and denials

function disagreementCandidates(
  prepared: readonly Prepared[],
  byIndex: ReadonlyMap<number, Prepared>,
  covered: ReadonlySet<string>,
  claims: readonly ConflictClaimInput[],
  voiced: ReadonlySet<number>,
  trace?: ConflictTrace,
  date?: ArticleDate,
): ConflictCandidate[] {
  // Only a claim dismissing "the society's numbers" needs the nouns sources go by.
  const nouns = prepared.some((p) => namesAnOwner(p.words)) ? sourceNouns(prepared, claims) : new Map<SourceOf, string[]>();
  const inputs = prepared.flatMap((p): DisagreementClaim[] =>
    p.claim.sentenceIndex === undefined
      ? []
      : [
          {
            index: p.claim.index,
            sentenceIndex: p.claim.sentenceIndex,
            words: p.words,
            quantities: p.claim.quantities ?? [],
            offset: p.claim.offset ?? 0,
            places: p.claim.places ?? [],
            checkworthiness: p.claim.checkworthiness,
            sourceStems: p.source.stems,
            sourceNouns: nouns.get(p.source) ?? [],
          },
        ],
  );
  const sameSource = (a: number, b: number) => byIndex.get(a)!.source.keys.some((key) => byIndex.get(b)!.source.keys.includes(key));
  // The best-tied disagreement per pair of sources and measure; denials per pair of sources and passage.
  const best = new Map<string, Disagreement[]>();
  const denials = new Map<string, Disagreement[]>();
  for (const disagreement of findDisagreements(inputs, sameSource, trace, voiced, date)) {
    const found = withOwnStatements(disagreement, prepared, byIndex, sameSource);
    if (!found || covered.has(pairKey(...found.claims))) continue;
    const sources = [byIndex.get(found.claims[0])!.source.id, byIndex.get(found.claims[1])!.source.id].sort().join('|');
    if (found.kind === 'denial') {
      // Two sources may dispute several things ("the flooded cellars", "the missing permits"): a
      // further denial counts when neither of its claims stands within a sentence of an earlier one's.
      const earlier = denials.get(sources);
      if (!earlier) denials.set(sources, [found]);
      else if (!earlier.some((other) => samePassage(found, other, byIndex))) earlier.push(found);
      continue;
    }
    // Tolls one pair of sources gave on two days ("on Tuesday", "on Friday") are two disputes.
    const days = found.key.startsWith('casualty') ? found.claims.map((index) => dayOf(byIndex.get(index)!.words.all)) : [];
    // Shares of two things one pair of sources gave ("a turnout of 57 per cent" / "43 per cent"; "40 per cent of lectures" /
    // "9 per cent") are two disputes: a share's measure is the words it shares, not its key.
    const of =
      (SHARE_KEYS.has(found.key) || found.key.startsWith(PART_PREFIX)) && found.shared.length > 0
        ? `|${[...found.shared].sort().join(',')}`
        : '';
    const key = `${sources}|${found.key}${of}${days.every((day) => day !== null) ? days.join(',') : ''}`;
    const earlier = best.get(key);
    if (!earlier) best.set(key, [found]);
    else if (!earlier.some((other) => sameDispute(found, other, byIndex))) earlier.push(found);
  }
  return [...[...best.values()].flat(), ...[...denials.values()].flat()]
    .sort((x, y) => y.score - x.score)
    .map((found) => disagreementCandidate(found, byIndex, claims));
}

/**
 * A verb of saying in a claim left without a source: someone speaks in that sentence ("Billet families said the club had
 * been slow to pay"), so it is no reporter's background a denial pointing back passes over ("Team officials disputed
 * that" answers the families, not the union's claim before them).
 */
const SPOKEN = /\b(?:said|says|told|tells|according to|claimed|claims|alleged|alleges|insisted|insists|complained|complain)\b/i;

/** Keys of figures whose kind says nothing of what they measure: shares, measured by the words they share. */
const SHARE_KEYS: ReadonlySet<string> = new Set(['share', 'future:share']);

/**
 * An interviewer's question restating a source ("Q: The federation says the ward is closed.") stands for that
 * source only where the article has no statement of its own on the matter: a denial answering the question
 * answers the source's own statement sharing two subject words with it ("said the children's ward had been
 * shut"); a figure compared through the question is the source's own where it gave it ("We have 64 nursing
 * vacancies" for "He also says there are 64 vacancies"), and dropped when the source speaks of what it measures
 * (a subject word in common) without that figure: its own figures are compared on their own. Null when dropped.
 */
function withOwnStatements(
  found: Disagreement,
  prepared: readonly Prepared[],
  byIndex: ReadonlyMap<number, Prepared>,
  sameSource: (a: number, b: number) => boolean,
): Disagreement | null {
  const claims: [number, number] = [...found.claims];
  const figures = found.figures ? ([...found.figures] as [Measured, Measured]) : undefined;
  for (let side = 0; side < 2; side++) {
    const question = byIndex.get(claims[side]!)!;
    if (!question.claim.asked) continue;
    const own = ownStatement(question, prepared, sameSource, figures ? 1 : OWN_STATEMENT_WORDS);
    if (!own) continue;
    claims[side] = own.claim.index;
    if (!figures) continue;
    // The figure the question restates, as the source gave it ("64 vacancies" / "We have 64 nursing vacancies"), else none.
    const asked = figures[side]!;
    const given = measuresOf(own.words, own.claim.quantities ?? [], own.claim.offset ?? 0).measured.find(
      (m) => m.key === asked.key && compatible(m.interval, asked.interval),
    );
    if (!given) return null;
    figures[side] = given;
  }
  if (claims[0] === found.claims[0] && claims[1] === found.claims[1]) return found;
  if (claims[0] === claims[1] || sameSource(claims[0], claims[1])) return null;
  const kept = new Set(claims.flatMap((index) => topicKeys(byIndex.get(index)!.words)));
  const shared = found.shared.filter((stem) => kept.has(stem));
  // Figures stand in text order.
  if (figures && claims[0] > claims[1]) return { ...found, claims: [claims[1], claims[0]], figures: [figures[1], figures[0]], shared };
  return { ...found, claims, figures, shared };
}

/** Subject words a source's own statement shares with a question restating it: one ("flats") is another matter. */
const OWN_STATEMENT_WORDS = 2;

/** The source's own statement (no question) sharing the most subject words with the question, at least `least`; the nearest of equals. */
function ownStatement(
  question: Prepared,
  prepared: readonly Prepared[],
  sameSource: (a: number, b: number) => boolean,
  least: number,
): Prepared | null {
  const keys = new Set(topicKeys(question.words).filter((key) => key !== '' && !question.source.stems.includes(key)));
  const at = question.claim.sentenceIndex ?? 0;
  let best: Prepared | null = null;
  let bestShared = least - 1;
  for (const p of prepared) {
    if (p.claim.asked || !sameSource(p.claim.index, question.claim.index)) continue;
    const shared = new Set(topicKeys(p.words).filter((key) => keys.has(key))).size;
    const nearer = best !== null && Math.abs((p.claim.sentenceIndex ?? 0) - at) < Math.abs((best.claim.sentenceIndex ?? 0) - at);
    if (shared > bestShared || (shared === bestShared && nearer)) {
      best = p;
      bestShared = shared;
    }
  }
  return best;
}

/** Sources whose common nouns are looked for: an article has a handful. */
const MAX_NOUN_SOURCES = 40;
/** Words ending an appositive's head noun: "a farmworkers' union based in …", "a society which …". */
const APPOSITIVE_ENDS = new Set(['based', 'which', 'who', 'that', 'in', 'of', 'at', 'from', 'for', 'with', 'on', 'and', 'whose']);
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * The common nouns an article calls each source by, as stems: "the society Blue Harbour" (the
 * noun right before the name, after an article), "Korrel, a farmworkers' union based in …"
 * (the head of an appositive after the name). A denial naming its owner ("the society's
 * numbers") points at that source's statement.
 */
function sourceNouns(prepared: readonly Prepared[], claims: readonly ConflictClaimInput[]): Map<SourceOf, string[]> {
  const names = new Map<SourceOf, string>();
  for (const p of prepared) {
    if (names.size >= MAX_NOUN_SOURCES) break;
    const name = p.claim.organisation?.trim() || p.claim.speaker?.trim();
    if (name && !names.has(p.source)) names.set(p.source, name);
  }
  const found = new Map<SourceOf, string[]>();
  for (const [source, name] of names) {
    const stems = new Set<string>();
    for (const claim of claims) {
      const text = claim.fullText ?? claim.text;
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        const before = tokenize(text.slice(Math.max(0, at - 60), at)).map((w) => w.lower);
        const noun = before[before.length - 1];
        if (noun && ARTICLES.has(before[before.length - 2] ?? '') && !/[A-Z]/.test(noun)) addStem(stems, noun);
        if (text.charAt(at + name.length) !== ',') continue;
        const after = tokenize(text.slice(at + name.length + 1, at + name.length + 80));
        if (!ARTICLES.has(after[0]?.lower ?? '')) continue;
        let head: string | null = null;
        for (let k = 1; k < Math.min(after.length, 6); k++) {
          const word = after[k]!;
          if (APPOSITIVE_ENDS.has(word.lower) || text.charAt(at + name.length + 1 + word.end) === ',') {
            head = APPOSITIVE_ENDS.has(word.lower) ? (after[k - 1]?.lower ?? null) : word.lower;
            break;
          }
        }
        if (head && head !== after[0]!.lower) addStem(stems, head);
      }
    }
    found.set(source, [...stems]);
  }
  return found;
}

/** A possessive right before a referent, or one word before it: "the society's numbers", "the union's own account". */
function namesAnOwner(words: ClaimWords): boolean {
  const all = words.all;
  for (let i = 0; i + 1 < all.length; i++) {
    const lower = all[i]!.lower;
    if (!endsWithPossessiveS(lower)) continue;
    if (REFERENTS.has(all[i + 1]!.lower) || REFERENTS.has(all[i + 2]?.lower ?? '')) return true;
  }
  return false;
}

function addStem(stems: Set<string>, word: string): void {
  const stem = stemOfWord(word);
  if (stem !== '') stems.add(stem);
}

/**
 * Two disagreements with a claim each within one sentence of the other's: one passage, one dispute;
 * unless each is tied by its own words, none shared ("no illness linked to the cheese" and "the
 * listeria came from a supplier" are two disputes of one dairy and one office).
 */
/**
 * Two figure disputes of one measure between one pair of sources are one unless each source's figure in the later is
 * another than in the earlier, given in another passage: "35 anglers banned" against "12", paragraphs after "420 held a
 * permit" against "910", is a second dispute; a figure restated, or a claim of the earlier's passage, is the same one.
 */
function sameDispute(x: Disagreement, y: Disagreement, byIndex: ReadonlyMap<number, Prepared>): boolean {
  if (!x.figures || !y.figures) return true;
  // What the later one is of: two subject words both its claims say that the earlier's claims do not both say.
  const keys = (index: number) => new Set(topicKeys(byIndex.get(index)!.words));
  const [x0, x1, y0, y1] = [keys(x.claims[0]), keys(x.claims[1]), keys(y.claims[0]), keys(y.claims[1])];
  let own = 0;
  for (const key of x0) if (key !== '' && x1.has(key) && !(y0.has(key) && y1.has(key))) own++;
  if (own < 2) return true;
  // Figures of two things: each with a measure word of its own ("spent £3m on repairs" / "earned £5m in fees"), or an act
  // said of one count's things and none or another of the other's ("ferries sailed" / "ferries were cancelled").
  const [p, q] = x.figures;
  // (a word the other claim says elsewhere is no word of its own: "mills had shed 1,450 jobs in the third quarter" /
  // "6,200 mill jobs went in the third quarter")
  const said = (index: number) => new Set(byIndex.get(index)!.words.content.map((word) => measureKey(word.lower)));
  const [saidP, saidQ] = [said(x.claims[0]), said(x.claims[1])];
  const ownWord = (m: Measured, other: Measured, otherSaid: ReadonlySet<string>) =>
    [...m.words.keys()].some((word) => !other.words.has(word) && !otherSaid.has(word));
  if (ownWord(p, q, saidQ) && ownWord(q, p, saidP)) return true;
  if ((p.acts === undefined) !== (q.acts === undefined)) return true;
  if (p.acts && q.acts && !p.acts.some((act) => q.acts!.includes(act))) return true;
  const at = (index: number) => byIndex.get(index)!.claim.sentenceIndex ?? 0;
  const source = (index: number) => byIndex.get(index)!.source.id;
  for (let i = 0; i < 2; i++) {
    for (let j = 0; j < 2; j++) {
      if (source(x.claims[i]!) !== source(y.claims[j]!)) continue;
      if (Math.abs(at(x.claims[i]!) - at(y.claims[j]!)) <= 1) return true;
      if (compatible(x.figures[i]!.interval, y.figures[j]!.interval)) return true;
    }
  }
  return false;
}

function samePassage(x: Disagreement, y: Disagreement, byIndex: ReadonlyMap<number, Prepared>): boolean {
  const at = (index: number) => byIndex.get(index)!.claim.sentenceIndex ?? 0;
  const source = (index: number) => byIndex.get(index)!.source.id;
  // Each source's claim near its claim in the other: "nurses told their night shifts would end" and "left without a
  // doctor at weekends", one councillor's two sentences, answered by two statements paragraphs apart, are two disputes.
  const near = (a: number) => y.claims.some((b) => source(a) === source(b) && Math.abs(at(a) - at(b)) <= 1);
  if (!x.claims.every(near)) return false;
  return x.shared.length === 0 || y.shared.length === 0 || x.shared.some((stem) => y.shared.includes(stem));
}

function disagreementCandidate(
  found: Disagreement,
  byIndex: ReadonlyMap<number, Prepared>,
  claims: readonly ConflictClaimInput[],
): ConflictCandidate {
  const [first, second] = found.claims.map((index) => byIndex.get(index)!) as [Prepared, Prepared];
  const side = (p: Prepared, position: string): ConflictSideCandidate => ({
    sourceId: p.source.id,
    sourceName: p.source.name,
    claimIndexes: quoteMates(p.claim, claims),
    position,
  });
  const a = first.source.name;
  const b = second.source.name;
  if (found.kind === 'figures') {
    const [x, y] = found.figures!;
    const measure = x.key.endsWith('direction') ? directionPhrase(first.words, x) : measurePhrase(first.words, x, found.shared);
    const [fx, fy] = [figureText(first.words, x), figureText(second.words, y)];
    return {
      kind: 'figures',
      sides: [side(first, `says ${fx}`), side(second, `says ${fy}`)],
      about: measure.about,
      sharedSubject: measure.words,
      reason:
        (x.key === 'date'
          ? `${capitalise(a)} and ${b} give different dates${measure.phrase}: ${fx} against ${fy}. `
          : x.key.startsWith(CLOCK_KEY)
            ? `${capitalise(a)} and ${b} give different times of day${measure.phrase}: ${fx} against ${fy}. `
            : x.key.endsWith('direction')
              ? x.interval[1] === 0 || y.interval[1] === 0
                ? `${capitalise(a)} and ${b} disagree on whether ${measure.about} changed: ${fx} against ${fy}. `
                : `${capitalise(a)} and ${b} say ${measure.about} went in opposite directions: ${fx} against ${fy}. `
              : `${capitalise(a)} and ${b} give figures${measure.phrase} that cannot both be right: ${fx} against ${fy}. `) +
        `${capitalise(a)}: ${quoted(first)} ${capitalise(b)}: ${quoted(second)}`,
      score: found.score,
    };
  }
  const subject = unique(found.shared.map((stem) => surfaceOfStem(first.words, stem)));
  return {
    kind: 'denial',
    sides: [side(first, 'asserts'), side(second, 'denies')],
    about: subject.join(', '),
    sharedSubject: subject,
    // Contrary states ("open" / "closed") contradict each other; neither side denies in words.
    reason: `${capitalise(b)} ${found.key.startsWith(CONTRARY_KEY) ? 'contradicts' : 'denies'} what ${a} says. ${capitalise(a)}: ${quoted(first)} ${capitalise(b)}: ${quoted(second)}`,
    score: found.score,
  };
}

/** The figure as written with its rate of time ("about 25 operations a month"); a capital it has only for opening the sentence is dropped. */
function figureText(words: ClaimWords, x: Measured): string {
  const figure = figureWithNoun(words, x);
  return x.rate && !figure.endsWith(x.rate) ? `${figure} ${x.rate}` : figure;
}

/** The figure as written; a capital it has only for opening the sentence ("No one", "Twelve people") is dropped. */
function figureWithNoun(words: ClaimWords, x: Measured): string {
  const first = words.content[x.at];
  const opensSentence = first !== undefined && words.all[0] === first && !/^\p{Lu}{2}/u.test(x.figure);
  const figure = opensSentence ? x.figure.charAt(0).toLowerCase() + x.figure.slice(1) : x.figure;
  // A bare count takes its noun from the claim: "1,180" of "cases rose to 1,180" is "1,180 cases".
  if (x.key.replace(/^future:/, '').startsWith('count:') && /\d$/.test(figure)) {
    const noun = countedNounAfter(words, x);
    if (noun) return `${figure} ${noun}`;
  }
  // People counted say what happened to them: "at least 14 people killed", "3,000 evacuees".
  if (x.key === 'casualty' && x.casualty && !tokenize(figure).some((w) => casualtyClassOf(w.lower))) {
    const noun = /\d$/.test(figure) ? casualtyNounBefore(words, x) : null;
    return `${figure} ${noun ?? CASUALTY_PARTICIPLES[x.casualty]}`;
  }
  return figure;
}

const CASUALTY_PARTICIPLES: Record<CasualtyClass, string> = {
  death: 'killed',
  injury: 'injured',
  any: 'hurt',
  displaced: 'displaced',
  detained: 'detained',
  attended: 'taking part',
};

/** "put the number of evacuees at 3,000": the casualty noun written before a bare figure. */
function casualtyNounBefore(words: ClaimWords, x: Measured): string | null {
  for (let i = x.at - 1; i >= Math.max(0, x.at - 6); i--) {
    const word = words.content[i]!;
    // Plural nouns only: "20,000 marchers", not "20,000 crowd".
    if ((CASUALTY_NOUNS.has(word.lower) || ATTENDANCE_NOUNS.has(word.lower)) && word.lower.endsWith('s')) return surfaceOf(words, word);
  }
  return null;
}

const CASUALTY_MEASURES: Record<CasualtyClass, string> = {
  death: 'the number of dead',
  injury: 'the number of injured',
  any: 'the number of casualties',
  displaced: 'the number of people who left their homes',
  detained: 'the number of people detained',
  attended: 'the number of people who took part',
};

/**
 * What the figures measure, in the article's words: "youth unemployment", "the harbour
 * tunnel", "the number of dead", "the number of votes"; nothing when the words would not read.
 */
function measurePhrase(words: ClaimWords, x: Measured, shared: readonly string[]): { phrase: string; about: string; words: string[] } {
  // A count is of its noun ("the number of measles cases"), whatever else the claims share.
  if (x.key.replace(/^future:/, '').startsWith('count:')) {
    const noun = countedNounAfter(words, x) ?? (x.noun === 'vacancy' ? 'vacancies' : null);
    if (noun) return { phrase: ` for the number of ${noun}`, about: noun, words: [noun] };
  }
  // A change is named by its direction and what changed: "the increase in the price of diesel".
  const direction = shared.find((word) => word === 'increase' || word === 'decrease');
  const measured = direction ? shared.filter((word) => word !== direction) : shared;
  const surface = sharedRun(words, measured);
  if (direction) {
    const what = surface ? `the ${direction} in ${surface.replace(/^the\s+/i, '')}` : `the ${direction}`;
    return { phrase: ` for ${what}`, about: what, words: unique(measured.map((stem) => surfaceOfStem(words, stem))) };
  }
  // A part of each side's total ("23 of whom were on ventilators" / "31 of them were on ventilators"): what part, in brackets.
  if (surface && x.key.startsWith(PART_PREFIX)) {
    const about = `a part of the totals they gave (${surface})`;
    return { phrase: ` for ${about}`, about, words: unique(shared.map((stem) => surfaceOfStem(words, stem))) };
  }
  if (surface) return { phrase: ` for ${surface}`, about: surface, words: unique(shared.map((stem) => surfaceOfStem(words, stem))) };
  if (x.key === 'casualty') {
    const what = CASUALTY_MEASURES[x.casualty ?? 'any'];
    return { phrase: ` for ${what}`, about: what, words: [] };
  }
  return { phrase: '', about: x.figure, words: [] };
}

/**
 * What moved, for two opposite directions: the plural noun nearest before the change with the
 * measure words written before it ("new cases", "hip and knee operations"); "the figures" when none.
 */
function directionPhrase(words: ClaimWords, x: Measured): { phrase: string; about: string; words: string[] } {
  const { content } = words;
  // "2,000 fewer apprentices": a difference names what it counts itself.
  const counted = /\s([a-z-]+s)$/.exec(x.figure)?.[1];
  if (counted && isMeasureWord(counted) && x.words.has(measureKey(counted))) {
    const about = `the number of ${counted}`;
    return { phrase: ` for ${about}`, about, words: [counted] };
  }
  for (let i = x.at - 1; i >= Math.max(0, x.at - DIRECTION_NOUN_BEFORE); i--) {
    const lower = content[i]!.lower;
    if (!lower.endsWith('s') || !isMeasureWord(lower) || !x.words.has(measureKey(lower))) continue;
    let from = i;
    while (from > 0) {
      const before = content[from - 1]!.lower;
      const coordinated = (before === 'and' || before === 'or') && from > 1 && x.words.has(measureKey(content[from - 2]!.lower));
      if (coordinated) from -= 2;
      else if (isMeasureWord(before) && x.words.has(measureKey(before)) && !content[from - 1]!.capitalised) from--;
      else break;
    }
    const about = words.text.slice(content[from]!.start, content[i]!.end);
    return { phrase: ` for ${about}`, about, words: [about] };
  }
  return { phrase: '', about: 'the figures', words: [] };
}

const DIRECTION_NOUN_BEFORE = 12;

/** The shared measure words as one run of the article's text ("youth unemployment", with "the" before it when written so). */
function sharedRun(words: ClaimWords, shared: readonly string[]): string | null {
  if (shared.length === 0) return null;
  const { content } = words;
  const at = content.findIndex((w, i) => shared.includes(stemOrSingular(words, i)));
  if (at < 0) return null;
  let end = at;
  while (end + 1 < content.length && shared.includes(stemOrSingular(words, end + 1))) end++;
  // Only a run of all the shared words, in a row, reads as one measure.
  if (end - at + 1 < shared.length || end - at + 1 > 4) return null;
  const first = content[at - 1]?.lower === 'the' ? content[at - 1]! : content[at]!;
  // "The province" opening the sentence is "the province" inside the description.
  return words.text
    .slice(first.start, content[end]!.end)
    .replace(/['’]s$/, '')
    .replace(/^The\b/, 'the');
}

/** A word as measures key it ("unemployment" → "unemploy", "cases" → "case"). */
function stemOrSingular(words: ClaimWords, i: number): string {
  // "the walkout" is measured as "strike" (`HAPPENINGS`, same-thing.ts), as measures read it.
  return eventNounAt(words.content, i) ?? measureKey(words.content[i]!.lower);
}

/** Content word i names what a count of `head` counts: "cases" of case, "houses" of home. */
function countsAs(words: ClaimWords, i: number, head: string): boolean {
  return stemOrSingular(words, i) === head || countedNoun(words.content[i]!.lower) === head;
}

/** The plural noun a count names, as written ("votes", "measles cases"). */
function countedNounAfter(words: ClaimWords, x: Measured): string | null {
  const head = x.key.slice(x.key.indexOf('count:') + 'count:'.length);
  for (let i = x.at; i < Math.min(words.content.length, x.at + 6); i++) {
    if (countsAs(words, i, head)) return surfaceOf(words, words.content[i]!);
  }
  for (let i = x.at - 1; i >= Math.max(0, x.at - 6); i--) {
    if (countsAs(words, i, head)) return surfaceOf(words, words.content[i]!);
  }
  return null;
}

// ---------------------------------------------------------------- description text

function quoteMates(claim: ConflictClaimInput, claims: readonly ConflictClaimInput[]): number[] {
  if (claim.quoteId === undefined) return [claim.index];
  return claims.filter((other) => other.quoteId === claim.quoteId).map((other) => other.index);
}

/** The claim as written, in double quotes: whole, so its figures stand as written; quotes inside become single quotes. */
function quoted(p: Prepared): string {
  return `"${excerpt(p.words.text)}"`;
}

/**
 * A claim's text for a description: whitespace collapsed, double quotes made single. A claim
 * longer than `MAX_QUOTED` is cut at a clause boundary (never inside a word or a number).
 */
export function excerpt(text: string): string {
  const clean = collapseSpaces(text).trim().replace(/["“”]/g, "'");
  if (clean.length <= MAX_QUOTED) return clean;
  const cut = clean.slice(0, MAX_QUOTED);
  const clause = Math.max(cut.lastIndexOf(', '), cut.lastIndexOf('; '), cut.lastIndexOf(' – '));
  const end = clause > MAX_QUOTED / 2 ? clause : cut.lastIndexOf(' ');
  return `${clean.slice(0, end)} …`;
}

/** Claims are sentences: nearly all are quoted whole. */
const MAX_QUOTED = 600;

function capitalise(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function unique(words: readonly string[]): string[] {
  return [...new Set(words)];
}

function listOf(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
