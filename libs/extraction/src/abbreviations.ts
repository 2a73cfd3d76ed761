// Word lists the sentence splitter consults when a period is followed by a
// capitalised word. Keys are lower case and carry no final period; inner
// periods stay ("e.g", "a.m").

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Titles and honorifics: always followed by a name, so they never end a sentence. Must be written capitalised. */
export const TITLE_ABBREVIATIONS = set(`
  mr mrs ms mx messrs mmes mme mlle dr prof gen lt col capt cpt maj sgt cpl pvt adm cmdr cdr brig
  sen sens rep reps gov govs pres rev hon fr amb atty supt insp det gens st mt ft
`);

/**
 * Abbreviations that are never the last word of a sentence in practice. "hon" is also a parliament's
 * lower-case "the hon. Member", "my right hon. Friend", always followed by a noun.
 */
export const INLINE_ABBREVIATIONS = set(`
  e.g i.e cf vs v viz approx ca incl esp excl resp vol vols hon
`);

/** Abbreviations that introduce a number: "No. 5", "pp. 12". Only then are they not a sentence end. */
export const NUMBER_ABBREVIATIONS = set(`no nos nr art p pp fig figs ch sec para op tel`);

/** Month abbreviations: "Jan. 5" continues; "in Jan. The next…" ends. Must be written capitalised. */
export const MONTH_ABBREVIATIONS = set(`jan feb mar apr jun jul aug sep sept oct nov dec`);

/**
 * Abbreviations that often do end a sentence ("… Apple Inc. The company …",
 * "… and so on etc. We …"). Treated like initialisms: a boundary only when the
 * next word is a likely sentence starter.
 */
export const TRAILING_ABBREVIATIONS = set(`
  etc inc ltd corp co bros plc llc llp esq jr sr ph.d a.m p.m al ave blvd rd dept univ assn
`);

/**
 * Words that commonly open an English sentence. After an ambiguous period
 * (initialism such as "U.S.", an initial, "Inc.") a capitalised word from this
 * list is taken as a new sentence; any other capitalised word ("U.S. President",
 * "George W. Bush") continues the current one.
 */
export const SENTENCE_STARTERS = set(`
  a an the this that these those it its he she they we i you there here his her their our my your
  in on at by for from with without within into under over after before during since until once
  but and or nor so yet however meanwhile moreover furthermore therefore thus also still then
  when while if as although though because despite instead even only not now today yesterday
  tomorrow earlier later last next previously recently eventually finally overall indeed
  according what why how who whom whose where which such both each every all any some many most
  several few no none other another one two three four five six seven eight nine ten
  following asked among officials authorities police witnesses critics analysts residents
`);
