import { BE_FORMS } from '../lexicon';
import type { MatchWord } from './match-word';
import { JOB_CONTEXT } from './matching-lexicon';

// News idioms for a few acts that WordNet either lacks as a lemma or groups with another sense: a firm that fails (it
// "has gone bust", is "going under", "slipped into receivership"), a post left (the mayor "stands down", "is stepping
// aside", "quits as" chair: WordNet's first senses put "quit" and "step down" with "stop", "resign" with "vacate"), a
// plan or an event dropped (a gala "was ditched", the port "pulls the plug on" a route, a race will "no longer go
// ahead", "axing the" service: "scrap" is WordNet's bit of metal, "axe" its chopping), staff let go (a firm "lays off"
// or "makes redundant" its crews: "lay off" is WordNet's "stop" first), people hurt ("got hurt") and a home or a room let
// for rent (flats "were let to nurses", "rented out", "leased": WordNet's first senses of "let" are "allow", and its
// detachment rules read "rented" as the noun "rente", an annuity), a bill passed ("passed" is WordNet's "outmoded"), payers in
// arrears (they are "behind on" or "fell behind with" their bills: WordNet's first noun "behind" is the buttocks) and a thing
// put on hold (suspended: "hold" is WordNet's "control"). Each is read as the word of the act or state, so a restatement in
// the other idiom shares it; the words stay what they are everywhere else.

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
/** Forms of "let", "rent" and "lease" that only a verb takes ("the rent", "a lease" are the payment and the contract). */
const LET = set('let lets letting');
const RENTED = set('rented renting leased leasing sublet sublets subletting');
const PASS = set('pass passes passing passed');
/** What a legislature passes: "passed a bill", "the budget passed", "passed the amendment". */
const LEGISLATION = set('bill bills legislation law laws budget budgets amendment amendments motion motions resolution resolutions');
/** "fell behind with", "falling behind on". */
const FALL = set('fall falls falling fell fallen');
/** What a payer falls behind on: "behind on their payments", "behind with the rent", "behind on paying". */
const DUES = set(
  `bill bills payment payments repayment repayments rent rents mortgage mortgages loan loans instalment instalments installment
   installments contribution contributions dues fee fees tax taxes paying`,
);
/** How far after "behind on" the dues may come ("behind on at least one energy bill"), numbers not counted. */
const DUES_REACH = 5;
const PUT = set('put puts putting placed placing');
/** How far after "passed" its object may come ("passed a controversial new bill"). */
const PASSED_OBJECT_REACH = 4;

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
  // A bill passed: approved ("the lower house passed the bill" / "MPs approved the legislation"); WordNet's first senses of
  // "passed" are "outmoded" and "go by", none of them "approve".
  if (PASS.has(first) && passesLegislation(words, at)) return { text: 'approve', length: 1 };
  // Payers in arrears: "are behind on their gas bills", "fell behind with the rent" / "in arrears" (read "arrear").
  if (FALL.has(first) && next(1) === 'behind' && owesDues(words, at + 1)) return { text: 'arrear', length: 2 };
  if (first === 'behind' && owesDues(words, at)) return { text: 'arrear', length: 1 };
  // A thing suspended: "was put on hold", "remains on hold".
  if (PUT.has(first) && next(1) === 'on' && next(2) === 'hold') return { text: 'suspend', length: 3 };
  if (first === 'on' && next(1) === 'hold') return { text: 'suspend', length: 2 };
  // People hurt.
  if (BE.has(first) && HURT.has(next(1) ?? '')) return { text: 'injured', length: 2 };
  // A home let for rent: "were let to nurses", "will be let", "let out to tourists", "rented (out)", "leased".
  if (RENTED.has(first)) return { text: 'lease', length: next(1) === 'out' ? 2 : 1 };
  if (LET.has(first) && letsForRent(words, at)) return { text: 'lease', length: next(1) === 'out' ? 2 : 1 };
  return undefined;
}

/**
 * Whether the "let" at words[at] lets a home for rent: before "to" or "out to" (one lets someone do a thing, never "to"
 * do it), or a passive after a form of "be" ("the flats were let", "it will be let") that ends its clause or names the
 * terms ("were let for £900 a month"): not "were let go", "was let off", nor the progressive "is letting 12 porters go".
 */
function letsForRent(words: readonly MatchWord[], at: number): boolean {
  const after = (k: number): MatchWord | undefined => {
    const w = words[at + k];
    return w === undefined || w.breakBefore ? undefined : w;
  };
  const next = after(1);
  if (next?.text === 'to' || (next?.text === 'out' && after(2)?.text === 'to')) return true;
  const before = words[at - 1];
  const word = words[at] as MatchWord;
  if (word.text !== 'let' || before === undefined || word.breakBefore || !BE_FORMS.has(before.text)) return false;
  return next === undefined || LET_AFTER.has(next.text);
}
/** What may follow a passive "let" for rent: the clause's end or the terms ("were let for £900 a month", "let at", "let on a lease", "let until"). */
const LET_AFTER = set('for at on from until by since');

/** Whether the "passed" at words[at] has a bill for its subject or object: the word before it, or one of the next few. */
function passesLegislation(words: readonly MatchWord[], at: number): boolean {
  const word = words[at] as MatchWord;
  const before = words[at - 1];
  if (before !== undefined && !word.breakBefore && LEGISLATION.has(before.text)) return true;
  for (let k = at + 1; k < words.length && k <= at + PASSED_OBJECT_REACH; k++) {
    const next = words[k] as MatchWord;
    if (next.breakBefore || next.isNumber) return false;
    if (LEGISLATION.has(next.text)) return true;
  }
  return false;
}

/**
 * Whether the "behind" at words[at] is a payer's, in arrears: "on" or "with" right after it, then dues within DUES_REACH
 * words ("behind on at least one energy bill", numbers not counted), unbroken; not "behind on points", "behind schedule".
 */
function owesDues(words: readonly MatchWord[], at: number): boolean {
  const preposition = words[at + 1];
  if (!preposition || preposition.breakBefore || (preposition.text !== 'on' && preposition.text !== 'with')) return false;
  let reach = DUES_REACH;
  for (let k = at + 2; k < words.length && reach > 0; k++) {
    const next = words[k] as MatchWord;
    if (next.breakBefore) return false;
    if (next.isNumber) continue;
    if (DUES.has(next.text)) return true;
    reach--;
  }
  return false;
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
