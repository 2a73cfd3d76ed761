import synonymsJson from './wordnet-synonyms.json';

/**
 * Synonyms from WordNet (built by scripts/build-synonyms.ts): each word of a group
 * maps to the group's first word, so "shut" and "closed" become one token. Built
 * once when the module loads: ~38,000 words in one Map.
 */
const CANONICAL: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const group of (synonymsJson as { groups: string[] }).groups) {
    const words = group.split(' ');
    for (const word of words) if (!map.has(word)) map.set(word, words[0] as string);
  }
  return map;
})();

/**
 * WordNet's detachment rules (its "morphy"), so an inflected form finds its lemma:
 * "lorries" → lorry, "obstructing" → obstruct, "closed" → close.
 */
const DETACHMENTS: ReadonlyArray<readonly [string, string]> = [
  ['ies', 'y'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['xes', 'x'],
  ['ses', 's'],
  ['es', 'e'],
  ['es', ''],
  ['s', ''],
  ['ied', 'y'],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
  ['er', ''],
  ['est', ''],
];

/** The canonical word of the synonym group of `word` (lower case) or of its lemma; undefined when it has none. */
export function synonymOf(word: string): string | undefined {
  const direct = CANONICAL.get(word);
  if (direct !== undefined) return direct;
  for (const [suffix, replacement] of DETACHMENTS) {
    if (word.length - suffix.length < 3 || !word.endsWith(suffix)) continue;
    const lemma = word.slice(0, word.length - suffix.length) + replacement;
    const canonical = CANONICAL.get(lemma) ?? (doubled(lemma) ? CANONICAL.get(lemma.slice(0, -1)) : undefined);
    if (canonical !== undefined) return canonical;
  }
  return undefined;
}

/** "stopp" (from "stopped"): a doubled final consonant the suffix brought. */
function doubled(stem: string): boolean {
  return stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2] && !/[aeiou]/.test(stem[stem.length - 1] as string);
}
