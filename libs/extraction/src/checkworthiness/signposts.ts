import { lowerAt as tokenLowerAt, type Token } from '../tokenizer';
import { isAdverb } from './checkworthiness-features';

/** "Here is", "Here's", "Here are": a text pointing to what comes next. */
const HERE_VERBS: ReadonlySet<string> = new Set(['is', 'are']);
/** Words after "Here is" that announce the content rather than give it: "Here is what …", "Here is how …". */
const ANNOUNCED: ReadonlySet<string> = new Set(['what', 'how', 'where', 'why', 'who', 'when', 'which', 'whether']);
/** Finite forms of the verbs by which sources give an account: "gave", "have given", "tells", "offered", "painted". */
const GIVING_VERBS: ReadonlySet<string> = new Set(
  `gave given give gives tell tells told offer offers offered paint paints painted present presents presented`.split(' '),
);
/** Words of disagreement before the account: "a different account", "sharply conflicting readings". */
const DISAGREEING: ReadonlySet<string> = new Set(
  `different differing conflicting contrasting contradictory opposing competing divergent`.split(' '),
);
/** Nouns of an account, whose content the text gives elsewhere (not "figures": a figure given is a fact of the record). */
const ACCOUNT_NOUNS: ReadonlySet<string> = new Set(
  `account accounts picture pictures version versions reading readings story stories view views interpretation interpretations
   description descriptions assessment assessments`.split(/\s+/),
);
/** How many words may stand between the verb and the word of disagreement: "gave a very different", "have given sharply different". */
const MAX_ACCOUNT_GAP = 3;

/**
 * The claim only points to content given elsewhere, as a signpost (`signpost`): "Here is what …" / "Here's how …" closing
 * the claim with no colon and no content of its own ("Here is what we know so far.", "Here's how each side's figures have
 * moved."), or sources said to give different accounts, a different picture or a different story, with no account given
 * ("The operator painted a very different picture.", "X and Y have given sharply different accounts of the talks.", "The
 * residents tell a different story."): what each source says is in the claims that follow, which are checked; that they
 * disagree is the conflict those claims make. The caller asks for no figure ("Two agencies gave different readings" counts
 * the sources, a fact of its own) and no question.
 */
export function pointsToContent(tokens: readonly Token[], text: string): boolean {
  return (announcesWhatFollows(tokens) && !text.includes(':')) || announcesDisagreement(tokens);
}

function announcesWhatFollows(tokens: readonly Token[]): boolean {
  const lowerAt = (i: number): string => tokenLowerAt(tokens, i);
  if (lowerAt(0) === "here's") return ANNOUNCED.has(lowerAt(1));
  return lowerAt(0) === 'here' && HERE_VERBS.has(lowerAt(1)) && ANNOUNCED.has(lowerAt(2));
}

function announcesDisagreement(tokens: readonly Token[]): boolean {
  const lowerAt = (i: number): string => tokenLowerAt(tokens, i);
  for (let v = 1; v < tokens.length; v++) {
    if (!GIVING_VERBS.has(lowerAt(v))) continue;
    let k = v + 1;
    if (lowerAt(k) === 'a' || lowerAt(k) === 'an') k++;
    while (k < tokens.length && k <= v + MAX_ACCOUNT_GAP && isAdverb(lowerAt(k))) k++;
    // ("…, with unions giving different accounts": no finite verb, the account said beside an event the claim states.)
    if (DISAGREEING.has(lowerAt(k)) && ACCOUNT_NOUNS.has(lowerAt(k + 1))) return true;
  }
  return false;
}
