// Words that describe people by what they do: they mark the name that
// follows them ("spokesman General Colin Marlow") and become the role of
// an attribution. Lower case.

import landformNounsJson from './landform-nouns.json';
import organisationNounsJson from './organisation-nouns.json';
import personNounsJson from './person-nouns.json';

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Nouns for a person (or people) by function: "a spokeswoman for…", "officials said". */
export const ROLE_NOUNS = set(`
  spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople minister ministers secretary president
  vice-president premier chancellor ambassador envoy diplomat diplomats official officials officer officers
  general generals commander commanders chief head leader leaders director deputy adviser advisor advisers
  advisors aide aides analyst analysts expert experts researcher researchers professor politician politicians
  lawmaker lawmakers legislator legislators mp mps senator senators congressman congresswoman representative
  governor mayor chairman chairwoman chairperson chair member members prosecutor prosecutors judge judges
  lawyer lawyers attorney correspondent correspondents reporter reporters journalist journalists editor presenter
  interviewer moderator host anchor
  activist activists witness witnesses resident residents source sources doctor doctors medic medics
  worker workers coordinator co-ordinator commissioner negotiator negotiators monitor monitors observer observers colonel
  lieutenant captain admiral sergeant constable marshal brigadier king queen prince princess emir sheikh pope cleric imam
  rabbi bishop archbishop cardinal ayatollah founder co-founder cofounder ceo cfo coo cto economist economists scientist scientists investigator
  investigators inspector inspectors campaigner campaigners rapporteur rescuer rescuers volunteer volunteers
  critic critics representative representatives delegate delegates speaker staffer staffers strategist
  depute mediator mediators conciliator conciliators arbitrator arbitrators
  groups agencies organisations organizations authorities states countries nations allies governments partners
  author authors candidate candidates manager managers executive executives councillor councilor treasurer boss
  physician nurse nurses gp gps teacher teachers engineer engineers owner owners crew crews
  sprecher sprecherin ministerin kanzler kanzlerin präsident präsidentin bürgermeister bürgermeisterin
  vorsitzender vorsitzende chef chefin leiter leiterin direktor direktorin geschäftsführer geschäftsführerin
`);

/**
 * Honorifics and military ranks written right before a name ("General Colin
 * Marlow", "Dr. Haddad"): an attribution keeps them as `title`, apart
 * from the role ("spokesman"). Offices such as President or King are roles.
 */
export const TITLE_WORDS = set(`
  general gen colonel col lieutenant lt major maj captain capt admiral adm sergeant sgt marshal brigadier
  constable detective superintendent dr prof mr mrs ms miss mx sir dame lord lady rev cllr supt insp det sen hon
`);

/** "Attorney General", "Secretary General": here "General" belongs to the role, not a rank before the name. */
export const GENERAL_ROLE_HEADS = set(`attorney secretary surgeon inspector director governor solicitor consul adjutant`);

/** Words that modify a role: "Deputy Foreign Minister", "senior military official", "high-ranking envoy". */
export const ROLE_MODIFIERS = set(`
  deputy vice acting former senior junior chief top first assistant high-ranking high-level foreign defense
  defence interior finance economy health justice education energy trade state prime military press government
  foreign-affairs humanitarian regional local federal national international independent un lead
`);

/**
 * Roles that exist only inside an organisation: a name that owns one ("Brenvik's chief technology officer") or
 * is written before one and a person's name ("Quorra managing director Tim Wale", "A Selvio spokeswoman")
 * names the organisation. Police ranks ("Detective Inspector Name") are posts in a force. Offices of a place (mayor,
 * governor, councillor) and roles a person has for another person (lawyer, aide) are not among them.
 */
export const ORGANISATION_ROLE_NOUNS = set(`
  chairman chairwoman chairperson director directors executive officer founder co-founder cofounder ceo manager boss
  owner owners spokesman spokeswoman spokesperson treasurer organiser organizer coach captain chief secretary chair
  inspector sergeant constable superintendent detective
`);

/**
 * The people who run a body, named as a group with no name of theirs: "Management said", "Bosses said", "the organisers
 * said". Such a subject speaks for the body the text is about (the one named or speaking last), never as a person.
 */
export const RUNNING_GROUP_NOUNS = set(`management bosses organisers organizers`);

/**
 * The head of a closed compound that one of `nouns` ends ("toymaker" → "maker", "headteacher" → "teacher"), or null: the
 * head has at least four letters and the word before it at least three ("newman" and "chairman" have no such head).
 */
export function compoundHead(word: string, nouns: ReadonlySet<string>): string | null {
  for (let cut = 3; cut <= word.length - 4; cut++) {
    const head = word.slice(cut);
    if (nouns.has(head)) return head;
  }
  return null;
}

/** Verbs whose subject, a person, owns or founded their object, a business: "Jo Ek owns Harbour Joinery". */
export const OWNING_VERBS = set(`owns owned founded co-founded`);

/** Words that say a person's gender: titles, roles and kin ("her father, Jo Roe," is a man whatever his first name). */
export const FEMALE_WORDS = set(`
  spokeswoman chairwoman congresswoman businesswoman mrs ms miss madam dame lady queen princess duchess she her
  mother daughter wife widow sister aunt niece grandmother granddaughter stepmother stepdaughter girlfriend fiancee
`);

export const MALE_WORDS = set(`
  spokesman chairman congressman businessman mr sir lord king prince duke he him his
  father son husband widower brother uncle nephew grandfather grandson stepfather stepson boyfriend fiance
`);

/**
 * Nouns whose first or second sense in WordNet names a person ("shopkeeper", "pilot",
 * "commuter"), built by `npm run build:person-nouns`: the head noun of a speech verb's subject
 * that is one is a role, for any role, not only those listed above.
 */
/** Players by their position on a team that WordNet lacks ("the midfielder said"); it has "defender", "striker", "winger". */
const PLAYING_POSITION_NOUNS = ['midfielder', 'midfielders', 'centre-back', 'full-back', 'wing-back', 'centre-forward'];

/** A person in the same post elsewhere ("her counterpart at X"), which WordNet gives no person sense first. */
const COUNTERPART_NOUNS = ['counterpart', 'counterparts'];

export const PERSON_NOUNS: ReadonlySet<string> = withHyphenatedCo([
  ...(personNounsJson as string[]),
  ...PLAYING_POSITION_NOUNS,
  ...COUNTERPART_NOUNS,
]);

/** WordNet writes "coauthor", "cofounder"; news writes "co-author", "co-founder": both spellings name the person. */
function withHyphenatedCo(words: readonly string[]): ReadonlySet<string> {
  const all = new Set(words);
  for (const word of words) if (word.startsWith('co') && all.has(word.slice(2))) all.add(`co-${word.slice(2)}`);
  return all;
}

/**
 * Nouns whose first WordNet sense is an organisation ("coastguard", "carmaker", "militia", "publisher"), built by
 * `npm run build:organisation-nouns`; a word that also names a person is left to the person nouns.
 */
export const WORDNET_ORGANISATION_NOUNS: ReadonlySet<string> = new Set(
  (organisationNounsJson as string[]).filter((word) => !PERSON_NOUNS.has(word)),
);

/** Nouns of landforms ("beach", "hill", "valley"), from WordNet 3.1 by `npm run build:landform-nouns`. */
export const LANDFORM_NOUNS: ReadonlySet<string> = new Set(landformNounsJson as string[]);

/**
 * Nouns for a business by what it makes or trades, which WordNet gives a person sense first ("a person who makes
 * things"): "the box maker", "the Leeds-based retailer", "the lender" after a company is named stand for it;
 * "NAME, a Dutch manufacturer," is a business.
 */
export const BUSINESS_AGENT_NOUNS: ReadonlySet<string> = new Set([
  'maker',
  'manufacturer',
  'producer',
  'retailer',
  'wholesaler',
  'supplier',
  'distributor',
  'exporter',
  'importer',
  'processor',
  'refiner',
  'housebuilder',
  'shipbuilder',
  'boatbuilder',
  'publisher',
  // ("the main contractor said" after "X accused Y Build of …": building firms by their part in a contract)
  'contractor',
  'subcontractor',
]);

/**
 * Ways of writing one post: "the CFO" is the person introduced as "Finance chief Name" or "chief financial officer
 * Name". Each group lists lower-case phrases a description may hold.
 */
export const ROLE_EQUIVALENTS: ReadonlyArray<readonly string[]> = [
  ['ceo', 'chief executive', 'chief executive officer', 'managing director', 'boss'],
  ['cfo', 'chief financial officer', 'finance chief', 'finance director', 'financial officer'],
  ['coo', 'chief operating officer', 'operations chief', 'operations director'],
  ['cto', 'chief technology officer', 'technology chief'],
];
