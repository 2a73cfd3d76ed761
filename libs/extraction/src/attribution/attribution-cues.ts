// Word lists for finding who a sentence is attributed to. Lower case; the
// tokenizer straightens curly apostrophes.

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/**
 * Lemmas (wink-nlp's) of verbs whose subject is the source of what follows: verbs of saying,
 * claiming, denying, appealing, estimating and believing ("X denied …", "the opposition
 * lawmakers cited …", "Kyiv has pointed out …"). A word counts when wink tags it a verb with
 * one of these lemmas, so every inflection is covered ("insists", "tweeted", "warns").
 * "alleged" and "contested" are also wink's lemmas of the words read as adjectives ("X alleged that …").
 */
export const SPEECH_LEMMAS = set(`
  say tell report note state announce claim add write explain confirm insist argue warn declare quote tweet post
  acknowledge assert comment stress emphasise emphasize underline allege alleged testify cite urge deny admit estimate
  reveal suggest indicate mention observe remark reply respond answer ask speak recall conclude blame criticise
  criticize condemn demand promise pledge vow threaten complain concede hint signal contend maintain reiterate repeat
  underscore highlight assure accuse believe think predict propose recommend caution dispute reject dismiss counter
  advise expect forecast project calculate contest contested refute rebut retort describe brand decry disagree deplore
  question challenge contradict rubbish reckon
`);

/** German finite forms, where it is cheap (wink's model is English): "sagte", "erklärte", "teilte … mit", "fügte … hinzu". */
export const GERMAN_SPEECH_VERBS = set(`
  sagte sagt sagten erklärte erklärt erklärten betonte betont warnte warnt kritisierte kritisiert forderte
  berichtete berichtet schrieb schreibt bestätigte bestätigt dementierte dementiert bestritt bestreitet meinte
  teilte teilt mitteilte fügte kündigte räumte versicherte behauptete behauptet
`);

/** Verbs that need a particle to be speech: "pointed out", "called on", "called for", "pushed back". */
export const PHRASAL_SPEECH_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['pointed', set('out')],
  ['points', set('out')],
  ['called', set('on for')],
  ['calls', set('on for')],
  // "pushed back on the union's count, saying …", "hit back at the report": a rebuttal.
  ['pushed', set('back')],
  ['pushes', set('back')],
  ['hit', set('back')],
  ['hits', set('back')],
]);

/** Lemmas of verbs that may come before their speaker ("…,” said Marlow."), and German forms that may. */
export const INVERTIBLE_LEMMAS = set(`say add ask write explain note tell insist stress warn`);
export const GERMAN_INVERTIBLE_VERBS = set(`sagte sagt erklärte erklärt betonte teilte schrieb warnte fügte`);

/** Time words wink tags as nouns that may stand between a speaker and the verb: "the ministry yesterday said". */
export const TIME_FILLERS = set(`today yesterday tonight now meanwhile`);

/** A speaker's noun phrase never reaches back across these. */
export const SPEAKER_STOP_WORDS = set(`
  that which who whom whose when while where because since after before if although though but than whether as
  so while until unless whereas is are was were be been has have had will would can could should may might must
  do does did not no dass
`);

/** Phrases whose object is a source: "according to X", "as quoted by X", "citing X". */
export const SOURCE_PHRASES: ReadonlyArray<readonly string[]> = [
  ['according', 'to'],
  ['quoted', 'by'],
  ['cited', 'by'],
  ['reported', 'by'],
  ['citing'],
  ['quoting'],
  ['laut'],
];

/** Before an outlet after a verb: "told Reuters", "she tells the Courier", "went on to tell the BBC", "in an interview with the BBC", "wrote in the Guardian". */
export const OUTLET_PREPOSITIONS = set(`told tell tells to with in on`);

export const DETERMINERS = set(`the a an this that these those its his her their another our der die das des dem den ein eine einer`);

export const DEFINITE_DETERMINERS = set(`the this that these those`);

/** Nouns that refer back to an earlier statement: "the statement said". */
export const DOCUMENT_NOUNS = set(`
  statement statements report reports communique communiqué release announcement bulletin briefing message letter
  document note post tweet notice decree update summary assessment analysis study survey findings data figures
  records statistics tests count counts minutes accounts filing judgment judgement surveys logs
  timetable diary papers
`);

/**
 * Document nouns for what a body files, never a person's words: "the filing showed" is the company's that filed it, and
 * "according to the filing" with no owner to be found is nobody's, not the last speaker's.
 */
export const RECORD_NOUNS = set(`filing`);

/** Nouns for a newspaper that also name a piece of research: "the paper found" is a study's finding, not the press's. */
export const RESEARCH_PAPER_NOUNS = set(`paper`);

/**
 * Nouns for a piece of finding-out work whose findings are its authors' when a "by" phrase names them between commas:
 * "The audit, by X, found", "The inquiry, carried out by the accountancy firm X, found". Alone ("the inquiry heard") a
 * hearing or a body, not a document.
 */
export const INQUIRY_NOUNS = set(`audit inquiry investigation review inspection`);

/**
 * What a body issues that carries its own words: "The X Office has issued an amber warning for wind", "the trust issued a
 * correction". Permits, licences and penalty notices a body issues are its acts, not its statements.
 */
export const ISSUED_STATEMENT_NOUNS = set(`warning warnings alert alerts advisory forecast statement correction bulletin apology`);

/**
 * Verbs by which a body revises a judgement it states, with one of `REVISED_JUDGEMENT_NOUNS` as object: "The bank trimmed its
 * outlook for exports", "The agency lowered the port's credit rating", "raised its fog rating to two".
 */
export const REVISING_LEMMAS = set(`cut raise lift lower revise trim upgrade downgrade`);
export const REVISED_JUDGEMENT_NOUNS = set(
  `forecast forecasts estimate estimates projection projections outlook guidance rating ratings prediction predictions`,
);

/**
 * Verbs by which a body's own record counts the people or animals it cared for: "Its clinic treated 40 patients", "The
 * shelter rescued 300 cats". Not purchases, orders or buildings completed, which news tells as events ("The trust has
 * ordered 40 chairs", "The council completed 90 flats"); not sums spent or goods handed out, which the conflict rules
 * would compare across bodies as one measure ("spent £2m on dredging" against another body's budget, two bodies' kits).
 */
export const RECORDED_WORK_LEMMAS = set(`treat rescue rehome house feed`);

/**
 * Verbs and particles by which a body's record counts what it took in, gave out or carried out: "The shelter took in 90
 * cats", "handed out 3,000 blankets", "has carried out 600 checks" (in a past form, a figure after the particle).
 */
export const RECORDED_WORK_PARTICLES: ReadonlyMap<string, string> = new Map([
  ['take', 'in'],
  ['hand', 'out'],
  ['give', 'out'],
  ['carry', 'out'],
]);

/** What a body does that a report then sets out: "X inspected the home in May. The report rated it …". */
export const INSPECTING_LEMMAS = set(`inspect audit review investigate examine`);

/** Lemmas of the verbs by which research reports what it found: "the paper found that …", "the paper shows …". */
export const RESEARCH_FINDING_LEMMAS = set(`find show conclude suggest estimate calculate`);

/** Nouns that refer back to an earlier organisation: "the ministry said". */
export const ORGANISATION_NOUNS = set(`
  ministry department agency center centre committee council commission office government army military forces
  coalition group organisation organization monitor observatory embassy company party alliance administration
  authority authorities police service channel newspaper paper broadcaster outlet station network kremlin
  parliament court charity bureau university institute foundation association chamber union firm operator
  utility institution mission programme program board trust cooperative co-operative co-op club network federation
  confederation consortium partnership clinic hospital school academy initiative collective bank regulator
  insurer lender watchdog inspectorate directorate secretariat team museum force airline carrier
  airport orchestra theatre theater opera library gallery festival band campaign start-up startup app retailer chain brand league
  unit branch infirmary diner restaurant cafe municipality fund society syndicate guild forum body
`);

/** What kind of source an organisation noun points to when the name does not contain it. */
export const ORGANISATION_NOUN_KINDS: ReadonlyMap<string, string> = new Map([
  ['army', 'military'],
  ['military', 'military'],
  ['forces', 'military'],
  ['coalition', 'military'],
  ['government', 'government'],
  ['administration', 'government'],
  ['authorities', 'government'],
  ['kremlin', 'government'],
  ['agency', 'media'],
  ['newspaper', 'media'],
  ['paper', 'media'],
  ['broadcaster', 'media'],
  ['outlet', 'media'],
  ['channel', 'media'],
  ['station', 'media'],
  ['network', 'media'],
  ['charity', 'ngo'],
  ['monitor', 'ngo'],
  ['observatory', 'ngo'],
]);

/** Words before a post that make it another, lower post: "deputy chief executive" is not the chief executive. */
export const SUBORDINATE_POST_WORDS = set(`deputy vice assistant associate under`);

/** "the diplomat" best matches a speaker for a foreign ministry or one whose role says so. */
export const DIPLOMAT_ROLES = set(`ambassador envoy diplomat foreign`);

/** Pronouns that stand for a speaker: "he said", "according to him". */
export const PERSONAL_PRONOUN_SPEAKERS: ReadonlyMap<string, 'he' | 'she' | 'they' | 'it'> = new Map([
  ['he', 'he'],
  ['him', 'he'],
  ['she', 'she'],
  ['her', 'she'],
  ['they', 'they'],
  ['them', 'they'],
  ['it', 'it'],
]);

/** First-person speakers outside quotes are the author: left unattributed. */
export const AUTHOR_PRONOUNS = set(`i we you`);

/** Labels that open interview paragraphs. */
export const QUESTION_LABELS = set(`q question interviewer host moderator presenter reporter journalist`);
/** A guest's turns are the interviewee's: the person the question addressed or the introduction named. */
export const ANSWER_LABELS = set(`a answer guest interviewee`);

/** The people who sit on or run a body, as a group: "Members said", "Finance officers said", "Executive directors said". */
export const BODY_PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'members',
  'officers',
  'directors',
  'executives',
  'administrators',
  'managers',
  'councillors',
  'trustees',
  'governors',
]);

/** Staff named by the work their organisation does, and how that work shows in its name: "prosecutors" → "… Prosecution Service", "… Attorney's Office". */
export const STAFF_WORK: ReadonlyMap<string, readonly string[]> = new Map([
  ['prosecutor', ['prosecut', 'attorney']],
  // (a regulator or a standards body employs inspectors and investigators too: "X Regulator", "X Standards Authority")
  ['investigator', ['investigat', 'regulat', 'standards']],
  ['inspector', ['inspect', 'regulat', 'standards']],
  ['auditor', ['audit']],
  ['mediator', ['mediat']],
  ['conciliator', ['concilia']],
  ['arbitrator', ['arbitra']],
  // "Shop stewards said", "union convenors at the plant said": workplace representatives speak for their union.
  ['steward', ['union']],
  ['convenor', ['union']],
  ['convener', ['union']],
  // Occupations a named body of one kind employs: "Detectives said" after "X Police", "Paramedics said" after "X Ambulance
  // Service", "Researchers said" after "X University" (its staff, when such a body was named just before).
  ['detective', ['police', 'constabulary']],
  ['firefighter', ['fire']],
  ['paramedic', ['ambulance']],
  ['researcher', ['universit', 'institut', 'laborator']],
  // "Judges said", "the judges found that …" after "X Court": a court's judges give its rulings.
  ['judge', ['court', 'tribunal']],
]);
