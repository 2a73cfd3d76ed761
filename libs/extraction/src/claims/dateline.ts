/**
 * A wire dateline: where (in capitals), optionally when and through which agency
 * the story was filed, then a dash: "OSLO, Dec 2 (Reuters) - ", "ST. JOHN'S —
 * ", "NEW YORK (AP) — ", "LYON, 14 October 2026 - ", with the country or region after the
 * place ("WESTMOOR, England, March 4 (Reuters) - ", "CAPE TOWN, South Africa, Jan 3 -"). It opens a paragraph and
 * belongs to no claim: the claim a fact-checker reads starts after it.
 *
 * The place must be written in capitals (two letters at least, no lower-case
 * letter), so a sentence opening with a name and a parenthetical dash ("Oslo —
 * the capital — …") or an acronym's sentence ("NATO said …") is left whole; the
 * date is a short run of letters, digits and dots after a comma; the agency is
 * one parenthesis. A place alone before the dash needs three letters ("EU – China
 * talks …" is a sentence).
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}\p{M}.'’-]*(?:[ /]\p{Lu}[\p{Lu}\p{M}.'’-]*){0,4}(?:,[ \t]*\p{Lu}\p{Ll}[\p{L}.'’-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}.'’-]*){0,2}(?=,))?(?:,[ \t]*[\p{L}\d][\p{L}\d. ]{0,24}?(?:,[ \t]*\d{4})?)?(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]+[-–—]{1,2}[ \t]+|[ \t]*[–—][ \t]*)(?=\S)/u;

/** The length of the dateline opening `text`, or 0 when it opens with none. */
export function datelineLength(text: string): number {
  const match = DATELINE.exec(text);
  if (!match) return 0;
  // The place is what comes before the date, the agency or the dash; alone before a dash it needs
  // three letters, so that "EU – China talks …" stays a sentence.
  const place = match[0].split(/[,(–—]|\s-/u, 1)[0]!;
  const alone = !/[,(]/.test(match[0]);
  return (place.match(/\p{L}/gu)?.length ?? 0) >= (alone ? 3 : 2) ? match[0].length : 0;
}

/**
 * A transcript's time code opening a paragraph: "[00:04:12] ", "(12:03) ", "00:04:12 - ", or a live blog's
 * bracketed update marker, "[UPDATE 09:12] ". Like a
 * dateline it is no part of the claim. Bracketed, or with seconds when bare: a live blog's "10:32 Police
 * said …" is left to its annotators' reading, and "9:30 was the deadline" stays a sentence.
 */
const TIMESTAMP =
  /^(?:[[(](?:[Uu]pdated?[ \t]+|UPDATED?[ \t]+)?\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?[\])]|\d{1,2}(?::\d{2}){2}(?:\.\d+)?)(?:[ \t]*[-–—|])?[ \t]+(?=\S)/u;

/** The length of the time code opening `text`, spaces after it included, or 0 when it opens with none. */
export function timestampLength(text: string): number {
  return TIMESTAMP.exec(text)?.[0].length ?? 0;
}
