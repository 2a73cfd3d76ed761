/**
 * Word roots that tell which way a claim points about an actor's conduct, matched as
 * prefixes of stemmed words. An accusation (responsibility, damage, airstrikes) and a
 * defence (freed, humanitarian, paused) about the same actor and subject, from two
 * different sources, are what a fact-checker wants to see side by side.
 */
export const ACCUSATION_ROOTS = `responsib blame suffer damag caus kill attack airstrik strik bomb shell sanction sieg violat
  crime destroy destruct casualt victim offens accus condemn atroc massacr`
  .split(/\s+/)
  .filter(Boolean);

/** Defence roots and their weight: a verb that stops or denies ("paused") outweighs the noun it stops ("strikes"). */
export const DEFENCE_ROOTS: ReadonlyArray<readonly [string, number]> = [
  ...`paus halt stop ceasefir truce deni deny`
    .split(/\s+/)
    .filter(Boolean)
    .map((root) => [root, 2] as const),
  ...`freed liberat humanitarian aid assist help rescu evacuat safe protect relief corridor surrender pardon`
    .split(/\s+/)
    .filter(Boolean)
    .map((root) => [root, 1] as const),
];

/** Words that say nothing about a claim's subject. */
export const STOP_WORDS = new Set(
  `a an the and or but of in on at to for from by with as is are was were be been being has have had do does did
   that this these those it its their they them he she his her we our us i you your not no than then there here
   which who whom whose what when where while also said says say told reported according noted added statement
   including among other some many most more less all any each over under into out up down about after before
   during since until against between through per will would could should may might can must just only very much
   such same own despite recent city area areas region country place day days week weeks month months year years
   today yesterday time monday tuesday wednesday thursday friday saturday sunday`
    .split(/\s+/)
    .filter(Boolean),
);
