import type { MatchWord } from './match-word';
import { JOB_CONTEXT } from './matching-lexicon';

// News idioms for a few acts that WordNet either lacks as a lemma or groups with another sense: a firm that fails (it
// "has gone bust", is "going under", "slipped into receivership"), a post left (the mayor "stands down", "is stepping
// aside", "quits as" chair: WordNet's first senses put "quit" and "step down" with "stop", "resign" with "vacate"), a
// plan or an event dropped (a gala "was ditched", the port "pulls the plug on" a route, a race will "no longer go
// ahead", "axing the" service: "scrap" is WordNet's bit of metal, "axe" its chopping), staff let go (a firm "lays off"
// or "makes redundant" its crews: "lay off" is WordNet's "stop" first) and people hurt ("got hurt"). Each is read as
// the word of the act, so a restatement in the other idiom shares it; the words stay what they are everywhere else.

/** The word an idiom is read as, and how many words it spans. */
export interface Idiom {
  text: string;
  length: number;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

const GO = set('go goes going went gone');
const ENTER = set('enter enters entering entered fall falls falling fell fallen slip slips slipping slipped');
/** What a failing firm goes into. */
const INSOLVENCY = set('administration receivership liquidation insolvency');
/** What a failing firm goes: "goes broke", "going under". */
const FAILED = set('bust under broke');
const STEP = set('step steps stepping stepped stand stands standing stood');
/** "stands down", "stepping aside". */
const STEP_PARTICLES = set('down aside');
const QUIT = set('quit quits quitting');
const RESIGN = set('resign resigns resigning resigned');
const PULL = set('pull pulls pulling pulled');
/** Forms only a verb takes ("scrap" and "scraps" are as often the metal or leftovers). */
const SCRAP = set('scrapped scrapping ditched ditching');
/** "axe" and its forms: a cut of a counted thing ("axing 40 posts": matching-lexicon's cut), else a thing dropped. */
const AXE = set('axe axes axed axing');
const NOT_AHEAD = set('not never');
const LAY = set('lay lays laying laid');
const MADE = set('make makes making made');
/** A form of "be" or "get" before a participle: "got hurt", "being hurt". */
const BE = set('be is are was were been being get gets got getting');
const HURT = set('hurt');

/** The word an idiom starting at words[at] is read as, or undefined; its words unbroken by a clause break. */
export function idiomAt(words: readonly MatchWord[], at: number): Idiom | undefined {
  const word = words[at] as MatchWord;
  if (word.isNumber) return undefined;
  const next = (k: number): string | undefined => {
    const w = words[at + k];
    return w === undefined || w.breakBefore || w.isNumber ? undefined : w.text;
  };
  const first = word.text;
  // A firm that fails.
  if (GO.has(first) && FAILED.has(next(1) ?? '')) return { text: 'collapse', length: 2 };
  if ((GO.has(first) || ENTER.has(first)) && next(1) === 'into' && INSOLVENCY.has(next(2) ?? '')) return { text: 'collapse', length: 3 };
  if (GO.has(first) && next(1) === 'out' && next(2) === 'of' && next(3) === 'business') return { text: 'collapse', length: 4 };
  // A post left.
  if (STEP.has(first) && STEP_PARTICLES.has(next(1) ?? '')) return { text: 'resign', length: 2 };
  // "quits drinking" stops doing something; "quits as chair", "quits the board" leave a post.
  if (QUIT.has(first) && !(next(1) ?? '').endsWith('ing')) return { text: 'resign', length: 1 };
  if (RESIGN.has(first)) return { text: 'resign', length: 1 };
  // A plan or an event dropped.
  if (PULL.has(first) && next(1) === 'the' && next(2) === 'plug') return { text: 'cancel', length: next(3) === 'on' ? 4 : 3 };
  if (SCRAP.has(first)) return { text: 'cancel', length: 1 };
  if (AXE.has(first) && !cutsCount(words, at)) return { text: 'cancel', length: 1 };
  if (NOT_AHEAD.has(first) && GO.has(next(1) ?? '') && next(2) === 'ahead') return { text: 'cancel', length: 3 };
  if (first === 'no' && next(1) === 'longer' && GO.has(next(2) ?? '') && next(3) === 'ahead') return { text: 'cancel', length: 4 };
  // Staff let go: a job cut, as "posts will go" reads (normalise.ts losesJob).
  if (LAY.has(first) && next(1) === 'off') return { text: 'cut', length: 2 };
  if (MADE.has(first) && next(1) === 'redundant') return { text: 'cut', length: 2 };
  // People hurt.
  if (BE.has(first) && HURT.has(next(1) ?? '')) return { text: 'injured', length: 2 };
  return undefined;
}

/** Whether a number stands within JOB_CONTEXT words after words[at] ("axing 40 posts", "axes its 300 drivers"). */
function cutsCount(words: readonly MatchWord[], at: number): boolean {
  for (let k = at + 1; k < words.length && k <= at + JOB_CONTEXT; k++) {
    const word = words[k] as MatchWord;
    if (word.breakBefore) return false;
    if (word.isNumber) return true;
  }
  return false;
}
