/**
 * WordNet's detachment rules (its "morphy"), so an inflected form finds its lemma:
 * "lorries" → lorry, "obstructing" → obstruct, "closed" → close. One list for the
 * engine's lookups (synonyms.ts) and the script that builds their data
 * (scripts/build-synonyms.ts), so the two cannot drift apart.
 */
export const DETACHMENTS: ReadonlyArray<readonly [string, string]> = [
  ['ies', 'y'],
  ['men', 'man'],
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
