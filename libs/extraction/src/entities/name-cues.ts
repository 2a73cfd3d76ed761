// Cues for classifying runs of capitalised words that no gazetteer knows.

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Last words of a newspaper's title, in English and other languages, that are both an organisation's cue and a media outlet's. */
const PUBLICATION_TITLE_WORDS = `sentinel examiner telegraph dispatch bulletin echo argus advertiser inquirer
  mercury mail enquirer gleaner clarion courant bugle ledger messenger globe beacon weekly monthly quarterly record week
  zeitung rundschau kurier anzeiger tagblatt dagblad krant tidende tidning posten sanomat`;

/**
 * Trade and sector words that close a company's name of two words as "Foods" does and that no surname is ("Harrow
 * Fuels", "Yelverton Minerals", "Brackmoor Networks", "Ashby Homes", "Crane Retail Data"; a charity's "Relief" too, in
 * `ORGANISATION_CUES`): without them such a name with no other cue reads as a person's. ("Build", "Resources" and
 * "Campaign" are left out: "Director of Water Resources" is a post, "the campaign" a reference back.)
 */
const TRADE_NAME_WORDS = `
  fuels minerals networks productions communications kitchens homes builders groundworks scaffold
  scaffolding developments properties data media
  cruises tours travel holidays coaches taxis removals storage tyres tires packing roofing plumbing glazing joinery
  fencing paving flooring landscaping plastering upholstery lettings interiors carpets bathrooms skips hire rentals
`;

/**
 * Nouns of an institution or a business by what it keeps or does that close a body's name and no surname is ("Harbury
 * Aquarium", "Ledworth Hatchery", "Sedgemoor Restructuring", "Kilnsey Recruitment"): without them such a name with no other
 * cue reads as a person's.
 */
const INSTITUTION_NAME_WORDS = `
  zoo aquarium hatchery hatcheries nurseries polytechnic sanctuary co-operative
  restructuring advisory recruitment insolvency auctioneers estates
  nursery foodbank pharmacy rescue archives
`;

/** The trade words of `TRADE_NAME_WORDS`: a business's, so "the company" and "the contractor" may stand for its name. */
export const COMPANY_TRADE_WORDS = set(TRADE_NAME_WORDS);

/** The last word of an organisation's name: "Public Accounts Committee", "Farmers' Party", "Al-Karim Front". */
export const ORGANISATION_CUES = set(`
  ministry ministries department agency office center centre committee council commission parliament assembly
  senate congress army navy forces force front party union league alliance coalition movement brigade brigades
  battalion regiment group organisation organization institute institution university college hospital bank
  fund foundation association federation society corporation company inc ltd corp court tribunal government
  administration authority police guard guards service bureau observatory network news times post daily
  television radio channel broadcaster cabinet presidency embassy consulate mission secretariat directorate
  command headquarters staff corps programme program duma commerce inspectorate industries industry motors energy construction
  holdings petroleum securities recycling air airline airlines airways systems technologies laboratory laboratories lab labs pharmaceuticals courier gazette herald tribune
  journal chronicle express tv board trust cooperative co-op club initiative collective consortium partnership
  clinic infirmary elementary academy museum chamber forum syndicate guild federation confederation watch observer standard mirror review
  airport orchestra philharmonic theatre theater opera library school gallery festival
  ${PUBLICATION_TITLE_WORDS}
  verband verein ministerium amt behörde gewerkschaft partei bund institut polizei feuerwehr regierung gericht
  konzern stiftung kammer bundesamt landesamt staatsanwaltschaft
  logistik spedition logistique logistica transportes
  foods seafoods fisheries mills mill works steelworks ironworks coachworks glassworks brickworks boatworks gasworks printworks aggregates quarries brewery dairy dairies farms pharma steel logistics shipping textiles chemicals solutions
  partners capital securities insurance analytics consultancy shipbroking broking fc afc rfc bakery bakeries electric electronics telecom utilities power mining metals retail
  stores supermarkets clinics hospitals ferries railways rail transit water trains buses
  coal oil gas cement timber freight haulage statistics
  brewing distilling publishing engineering trading consulting printing catering packaging manufacturing
  unit branch mutual assurance supply supplies diner restaurant cafe infirmary research surgery practice
  management ventures investments studios robotics therapeutics biosciences biotech software semiconductors semiconductor devices aerospace payments united
  team railway railroad constabulary athletic panel
  ${TRADE_NAME_WORDS} relief ${INSTITUTION_NAME_WORDS}
`);

/**
 * Organisation words that name a field of work, not a kind of body ("Fisheries", "Management", "Research"): after a
 * body's "of" and an "and" they continue its field ("… of Soil and Forest Management", "… of Roads and Public Works");
 * "Staff" names its members.
 */
export const FIELD_CUES = set(`
  fisheries management research staff industries industry commerce energy construction statistics engineering trading nursery
  manufacturing supply supplies power water rail freight haulage retail mining logistics shipping relief recycling
  publishing catering packaging brewing distilling printing consulting insurance analytics broking transit steel timber
  works
`);

/**
 * Common nouns that, written right before an unknown capitalised name, say it names an organisation:
 * "construction firm Delmar Built", "the charity Open Hands", "broadcaster Kanal Ost".
 */
export const ORGANISATION_DESCRIPTORS = set(`
  firm company group charity organisation organization ngo startup start-up retailer manufacturer maker insurer broker brokerage
  lender bank supplier operator carrier developer producer broadcaster newspaper union association cooperative
  co-op agency consultancy institute foundation trust club network chain brand label publisher provider
  website site portal magazine tabloid blog podcast newsletter app platform campaign movement
  band gallery venue
`);

/**
 * Company legal forms as written after a firm's name ("Brandauer Spedition GmbH", "Koskinen Kuljetus Oy", "Holm & Co
 * AB"): matched on the written form (an "AS" or "Sa" in running text is no legal form), they close an organisation's name;
 * what follows "of" is where it is registered, not more of its name ("… GmbH of Bremen").
 */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(
  `Ltd Limited PLC Plc plc Inc Corp LLC LLP Pty GmbH gGmbH AG KG KGaA Oy Oyj AB ASA ApS BV B.V NV N.V SA S.A SAS SARL
  Sarl SpA S.p.A Srl S.r.l Bhd Kft Zrt`.split(/\s+/u),
);
/** "Sørensen Kølefragt A/S": a legal form the tokenizer splits at its slash, matched on the text after the name. */
export const SLASHED_LEGAL_FORM = /^\s+A\/S\b/u;

/**
 * Public bodies' functional nouns that, before or in apposition to an unknown name, say it is an organisation ("regulator
 * Waterwatch", "Watercom, the water regulator,"). Kept apart from `ORGANISATION_DESCRIPTORS`: "the regulator" never stands
 * for a business named before, as "the club" may for a team.
 */
export const BODY_DESCRIPTORS = set(`regulator watchdog`);

/**
 * Offices named after their holder that end a public body's name: "Financial Services Ombudsman", "Pensions Regulator".
 * Written after other capitalised words that open with no first name, the whole run is the body, not a person.
 */
export const OFFICE_NAME_CUES = set(`ombudsman regulator executive`);

/** Letters written after a person's name for a rank or an honour, as written: "Simon Adair KC", "Ilse Marr MP". */
export const POST_NOMINALS = set(`KC QC SC MP MSP MEP MLA TD OBE MBE CBE`);

/**
 * Nouns for a trade that name a business as often as a person: before a name with no known first name they say it is a
 * business ("the seafood processor NAME", "the haulier NAME"); in an apposition after a person's name they describe her.
 */
export const TRADE_DESCRIPTORS = set(`
  processor haulier grocer wholesaler distributor exporter importer builder housebuilder brewer distiller airline
  shipowner trawlerman packer caterer
`);

/**
 * Organisation words that open a name as often as they close it: "Radio Ogdenville", "Bank Leumi", "Television Ost",
 * "Statistics Nordland", "United Bottlers of the North" (as "Harbour United" ends one).
 */
export const LEADING_ORGANISATION_CUES = set(`radio television tv channel bank statistics united`);

/** Last words of a media outlet's name ("Springfield Courier", "Shelbyville Daily") or first ones ("Radio Ogdenville"). */
export const MEDIA_NAME_WORDS = set(`
  news times post daily radio television tv channel broadcaster courier gazette herald tribune journal chronicle
  express press observer standard mirror review ${PUBLICATION_TITLE_WORDS}
`);

/**
 * Words for how often a paper comes out, which open or sit inside its title as often as they end it ("the Daily NAME",
 * "the TOWN Weekly NAME"; "the TOWN Daily" ends with one): a subset of `MEDIA_NAME_WORDS`.
 */
export const PERIODICAL_WORDS = set(`daily weekly monthly quarterly`);

/** Particles of a European surname, lower case: "de Wit", "van der Berg", "da Silva", "des Rosiers", Welsh "ap Tudur". */
const SURNAME_PARTICLE_WORDS = `de von van der den des da du la le di dos das del ap`;

/** Lower-case words inside bodies' names in other languages: "Institut für X", "Instituut voor X", "Istituto della X". */
const BODY_NAME_PARTICLE_WORDS = `für zur zum voor della delle dei degli do`;

/** Particles a surname keeps when written alone, also Irish and Dutch ones: "Ó Briain", "Ní Bhriain", "ter Horst" (accents dropped). */
export const SURNAME_PARTICLES = set(`${SURNAME_PARTICLE_WORDS} ter o ni mac nic`);

/** Particles of an Arabic name between its parts, lower case: "Faisal bin Rashed", "Huda bint Omran", "Yusuf ibn Dawud". */
const PATRONYMIC_PARTICLE_WORDS = `bin bint ibn`;

/** Lower-case words inside names: "Ministry of Defence", "Bir al-Hamra", "Ludwig van Beethoven". */
export const NAME_PARTICLES = set(`of for the on and al el ad ash as ${PATRONYMIC_PARTICLE_WORDS} ${SURNAME_PARTICLE_WORDS}`);

/**
 * "and" only joins words of one name inside a gazetteer entry ("Bosnia and Herzegovina"), never in a run of unknown words.
 * A Dutch surname's "ter" runs on too ("Anna ter Molen"): it is no English word, as the other surnames' particles are not.
 */
export const RUN_PARTICLES = set(
  `of for the on al el ad ash ter ${PATRONYMIC_PARTICLE_WORDS} ${SURNAME_PARTICLE_WORDS} ${BODY_NAME_PARTICLE_WORDS}`,
);

/** German articles open a sentence's organisation name without being part of it: "Der Verband der Fischer". */
export const GERMAN_ARTICLES = set(`der die das des dem den`);

/** Prepositions after which an unknown single capitalised word is most likely a place: "in Saada", "near Idlib". */
export const LOCATIVE_PREPOSITIONS = set(`in near outside around across from into towards toward through inside at`);

/** The last word of a street's name: "12 Elm Road", "Maple Street" are places, never speakers. */
export const STREET_WORDS = set(`
  road street avenue lane boulevard square drive way terrace crescent close embankment quay highway strasse straße
  platz weg allee gasse
`);

/** The last word of an administrative area's name: "Keller County", "Brisco District" are places, never speakers. */
export const AREA_WORDS = set(`county counties district province region parish borough municipality township prefecture`);

/**
 * Kinds of local or state government that, before "of" and a place's name, name the corporate body that governs the
 * place ("Town of Pell River", "County of Tilmouth", "State of Ohio"), as "X Town Council" does.
 */
export const GOVERNMENT_OF_WORDS = set(`town city county state province village borough township municipality commonwealth`);

/** Nouns of a gathering that end an occasion's title: "Annual Meeting", "Press Briefing" name an event, never a person. */
export const EVENT_TITLE_WORDS = set(`meeting briefing summit ceremony seminar symposium workshop webinar gala banquet luncheon vigil`);

/** Pronouns opening a relative clause after a thing's noun: "the operator whose train derailed, NAME". */
export const RELATIVE_PRONOUNS = set(`whose which that`);
/** "the operator whose train derailed, NAME": a relative clause this many words long at most between a description's noun and the name. */
export const MAX_RELATIVE_CLAUSE = 8;

/**
 * "Wong Kar-fai", "Michelle Wong Mei-ling", "Moon Jae-in": the family name (as written) of a name that ends in a
 * romanised East Asian given name, two syllables joined by a hyphen with the second in lower case, written after the
 * family name; else null. ("Lyle-Owen", a double-barrelled surname, has its second part capitalised.)
 */
export function familyNameBeforeGivenName(name: string): string | null {
  // Most names hold no hyphen: the pattern, tried at every word of the name, is not run on them.
  if (!name.includes('-')) return null;
  const found = /(?:^|\s)(\p{Lu}[\p{Ll}'’]+)\s+\p{Lu}\p{Ll}+-\p{Ll}+$/u.exec(name.trim());
  return found ? (found[1] as string) : null;
}

/** Kind words closing the name of a body of members, which no medium's name ends with. */
const MEMBERS_BODY_KIND_WORDS: ReadonlySet<string> = new Set([
  'association',
  'federation',
  'union',
  'guild',
  'alliance',
  'society',
  'league',
  'club',
  'council',
  'trust',
  'forum',
]);

/** "Northern Hauliers' Federation", "Star Quay Traders' Guild": three or more words, a plural possessive among them, a members' body's kind word last. */
export function namesBodyOfMembers(name: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length < 3 || !MEMBERS_BODY_KIND_WORDS.has((words[words.length - 1] as string).toLowerCase())) return false;
  return words.some((word) => /s['’]$/u.test(word));
}
