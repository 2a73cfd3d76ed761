import type { Entity } from './entity';

/** Lower-case words a name's acronym skips: "Office of the Provincial Ombudsman" is OPO. */
const SKIPPED_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'de', 'du', 'des', 'la', 'le', 'und', 'der', 'für', '&']);

/** "(WPLHD)", "( NNF )": an acronym in brackets right after a name. */
const BRACKETED = /^\s*\(\s*([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\s*\)/u;

/** The initials of a name's words, skipping linking words: "Western Plains Local Health District" → "WPLHD". */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter((word) => word.length > 0 && !SKIPPED_WORDS.has(word.toLowerCase()))
    .map((word) =>
      word
        .replace(/^[^\p{L}]+/u, '')
        .charAt(0)
        .toUpperCase(),
    )
    .join('');
}

/** A word written in capitals only, at least two of them: "UN", "EU". */
const CAPITALS_WORD = /^[A-Z]{2,}$/u;

/**
 * Whether `capitals` are the initials of `name`, also when the name opens with an acronym of its parent that the
 * acronym spells out or leaves out: "UN Development Programme" is UNDP, "UN Food Security Agency" FSA.
 */
export function isInitialsOf(capitals: string, name: string): boolean {
  if (capitals === initialsOf(name)) return true;
  const space = name.indexOf(' ');
  if (space < 0 || !CAPITALS_WORD.test(name.slice(0, space))) return false;
  const rest = initialsOf(name.slice(space + 1));
  // (an acronym of two letters that leaves the parent out is too short to tell: "UN Food Agency" is no "FA")
  return (capitals === rest && capitals.length >= 3) || capitals === name.slice(0, space) + rest;
}

/**
 * The acronym the text introduces in brackets right after the name at [start, end) when its capitals are the
 * name's initials ("Northern Nursing Federation (NNF)"), else null. "(UK)" after "Kestrel Foods" is no acronym of it.
 */
export function introducedAcronym(text: string, end: number, name: string): string | null {
  const match = BRACKETED.exec(text.slice(end, end + 24));
  if (!match) return null;
  const acronym = match[1] as string;
  const capitals = acronym.replace(/[^A-Z]/gu, '');
  return capitals.length >= 2 && isInitialsOf(capitals, name) ? acronym : null;
}

/**
 * Every acronym an article introduces for a name ("… Local Health District (WPLHD) …"), with the name it stands for:
 * a later "WPLHD" or "A WPLHD spokesman" is that organisation, under its full name. The first introduction wins.
 */
export function acronymExpansions(text: string, entities: readonly Entity[]): Map<string, string> {
  const expansions = new Map<string, string>();
  for (const entity of entities) {
    if (entity.type !== 'organisation') continue;
    const acronym = introducedAcronym(text, entity.end, entity.text);
    if (acronym && !expansions.has(acronym)) expansions.set(acronym, entity.text);
  }
  return expansions;
}

/** "CQC", "TfT": one word of at least two capitals, lower-case letters between them allowed. */
const ACRONYM_WORD = /^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$/u;

/** Whether a word has the shape of an acronym: "CQC", "TfT" (at least two capitals, lower-case letters between them). */
export function isAcronymWord(word: string): boolean {
  return ACRONYM_WORD.test(word);
}

/**
 * The organisation named before `offset` whose initials `word` is ("CQC" after "the Care Quality Commission", "TfT"
 * after "Transport for the Tablelands"), whether or not the text introduced the acronym; null when none or two are.
 */
export function organisationOfInitials(word: string, entities: readonly Entity[], offset: number): Entity | null {
  if (!ACRONYM_WORD.test(word)) return null;
  const capitals = word.replace(/[^A-Z]/gu, '');
  // ("McLeod" is a name: more lower-case letters than capitals)
  if (capitals.length < 2 || word.length - capitals.length >= capitals.length) return null;
  let found: Entity | null = null;
  for (const entity of entities) {
    if (entity.start >= offset) break;
    if (entity.type !== 'organisation' || entity.text === word || !isInitialsOf(capitals, entity.text)) continue;
    if (found && found.text !== entity.text) return null;
    found = entity;
  }
  return found;
}
