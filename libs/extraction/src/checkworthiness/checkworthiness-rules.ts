import { boundedMemo } from '../bounded-memo';
import { startsInsideQuote } from '../quote-tracker';
import {
  ANAPHORS,
  REFERENTS,
  UNTRUE_WORDS,
  baseOfComparative,
  baseOfSuperlative,
  contraryStatesOf,
  isDenialWord,
} from '../conflicts/disagreement-lexicon';
import {
  APOLOGY_LEMMAS,
  APPROXIMATORS,
  CAUSAL_PHRASES,
  CAUSAL_WORDS,
  IRREGULAR_PARTICIPLES,
  MONTHS,
  NO_COMMENT_VERBS,
  NUMBER_WORDS,
  OPINION_VERBS,
  PRESENT_COPULAS,
  REACTION_LEMMAS,
  REPORTING_VERBS,
  SUPERLATIVES,
  TIME_UNITS,
  VAGUE_QUANTIFIERS,
  WEEKDAYS,
  isPresentCopula,
} from '../lexicon';
import { PERSON_NOUNS } from '../entities/roles';
import { irregularVerbLemma } from '../matching/synonyms';
import { ORDINAL_ENDINGS } from '../quantities/number-words';
import type { Quantity, QuantityKind } from '../quantities/quantity';
import { endsWithText, lowerCase, withoutPossessiveS } from '../text-chars';
import { lowerAt as tokenLowerAt, type Token } from '../tokenizer';
import { wordMemo } from '../word-ids';
import {
  attributionTokens,
  COGNITION_VERBS,
  EMOTION_VERBS,
  extractCheckworthinessFeatures,
  isAdverb,
  type CheckworthinessFeatures,
} from './checkworthiness-features';
import imperativeVerbsJson from './imperative-verbs.json';
import { setsBargainingLimit } from './bargaining-limits';
import { withMinorUnitAmounts } from './minor-units';
import { clauseJoinedBeforeForecast, couldTellsPastAbility, reportsNoEventOfItsOwn } from './modal-clauses';
import { relaysOwnBodyAct, tellsNarrativeAct, tellsScene } from './narrative-acts';
import { pointsToContent } from './signposts';

/**
 * Rules of what counts as check-worthy (a factual claim worth checking: figures, events,
 * statements of fact; not opinions, promises or forecasts without figures), applied to the
 * trained model's score of a claim's whole text. The model learnt from debate sentences, where
 * a speaker's promise is rarely worded "X said it would …" and an amount said in passing is
 * rarely checked; news states both all the time.
 *
 * - `forecast-without-figure`: the claim says what will or would happen, or what someone
 *   intends, plans or promises ("will", "would", "expected to", "plans to"), and states nothing
 *   to check it by (no number, date or duration) and no past event: not check-worthy, whatever
 *   the score (kept just under the threshold). Since branch checkworthy23 "likely to" forecasts too ("Prices are likely to stay
 *   high.", not "twice as likely to"), and a past that stands only in a clause of condition after the forecast ("said the
 *   suspension would be lifted if the debts were settled", "would be confirmed once the panel had voted"), or in the "was" of a
 *   likelihood ("said the summer was likely to be hotter"), is the tense of reported speech put back, no past event
 *   (`forecastsOnCondition`): with no quantity before the clause, such a forecast is held under the threshold as well. Since
 *   branch checkworthy25 also a forecast reported after a speaker described by a relative clause ("The trust, which has 830
 *   members, said it would ask …", "X, who has led the board since 2017, said he would not resign."), when what follows the
 *   reporting verb has no quantity, date or past (`forecastsAfterSpeakerClause`): the clause's figure describes the speaker.
 *   And an expectation or hope told back a tense in reported speech, with no figure, only a date or a span maybe ("said she
 *   expected the deal to be completed next year", "said it hoped to send another convoy next week",
 *   `reportsExpectationWithoutFigure`): the past "expected" is the reporting's, no event (the promises convention's "only a
 *   date or a span of time").
 * - `decision-on-record`: a body's decision about its own sites, services or assets, or its statement that it has none,
 *   with or without a figure, the corpus's convention since branch checkworthy26 (eval/README.md: a plan announced by the one
 *   who makes it is a statement of record, a forecast is not): a closure, a sale, a demolition, something kept or staying
 *   open after a modal or a word of plan ("will close its brewery in September", "The plant will close in 2027.", "said no
 *   station would close", "will stay open", "would keep its late licence", "aims to sell the site", "would open a second
 *   depot", an opening with an object), and "has no plans to …", "there are no plans for …", "has no intention of …"
 *   (`announcesDecision`): raised to the threshold, as checkable against the body's papers, notices and conduct. Not a
 *   person's own plans or pledges (a personal pronoun before the modal or the "no plans": "she had no plans to step down", "I would
 *   scrap the targets"), a condition ("would close if …", "unless …"), a question, a closure on a named day or from one date
 *   until another (a holiday's or works' calendar), nor an opening with no object or
 *   of "the" new thing ("the building will open in 2027", "would open the new reservoir in June": a project's date forecast,
 *   the schedule convention). A figure of what is decided is `forecast-with-figure`'s. Since branch cw36 also a count of none
 *   as the subject of a cut, a closure or a job lost after a modal ("No depots will be sold this year.", "said no ward would
 *   be shut", "Nobody will be laid off.", "None of the crews will lose their jobs.", `losesNoneAfter`), as "said no
 *   station would close" was, and an end of a service told by "will/would no longer" ("The number 4 will no longer stop at
 *   the station from May."; not after a personal subject).
 * - `forecast-with-figure`: the claim promises, plans, targets, forecasts or expects something whose figure is what is
 *   promised or expected ("promised to cut waiting lists by 20 percent by 2028", "would hire 8,000 more nurses", "expects
 *   revenue of £40 million next year", "Two of the four wards will close"), reported or quoted, in the first person or the
 *   third: check-worthy (raised to the threshold), the corpus's convention since branch checkworthy15 (eval/README.md): the
 *   figure can be checked against the record and the baseline it implies, and the speaker held to it later. Not a date, a
 *   time, a label, an age or a span of time, nor a figure of the speaker's before the reporting verb, in a clause of
 *   condition or time, or counting a definite noun phrase after the intention (`promisesFigure`).
 * - `checkable-figure`: the claim states a figure (a count, percent, fraction, amount of money,
 *   age, measure, range or a span of time: not a date or ordinal, nor a bare number that tells
 *   the time of day or a person's age, as in "at 7 or 8 o'clock" or "Gareth Pryce, 66,", nor a number
 *   word in a name, nor a figure in the attribution clause, as in "said Kim Dao, who lives two blocks
 *   away") as a plain statement (no first-person opinion, hedge, forecast or question, nothing said
 *   to be impossible: "A nurse cannot do five days' work in four."): check-worthy (raised
 *   to the threshold). A span of time is the figure of a statement ("the wait was nine hours"),
 *   never of an intention, which the rule leaves out anyway. A score or a tally ("won 19-16", "voted 7-2") is a figure too.
 * - `stated-fact`: the claim states what happened or was the case (past tense or perfect: a past
 *   verb or "has"/"had" with a participle, not a present "is based" or "are concerned", nor the
 *   verb of an indirect question as in "people know what happened"), in the
 *   author's words or reported ("X said the fire had started in …"), not as a direct quote, with no
 *   first- or second-person pronoun, hedge, forecast, intention, question or past belief ("had expected the hold"): a plain statement of
 *   fact, as a news report's narrative sentences are ("Two of the crew were taken to hospital.",
 *   "The bridge was built in 1931."): check-worthy (raised to the threshold). The model, trained on
 *   debates where most past-tense statements come with an "I" or a "we", scores many of them low.
 *   A quote or a "we" states a fact the same way when the past event is placed in time ("\"We
 *   warned both ministries in 2023,\" she said.", "\"His doctor wrote to the council in
 *   October.\""): a dated event is a record someone can check. Not an "I" or a "my": a speaker's
 *   own life ("My first call, in March 2002, was …") is an account, not a public fact. Since branch checkworthy20, a "we"
 *   of a speaker the attribution ties to a body, subject of a past act in the active, dated or not ("\"We found a gap
 *   of £31m,\" the finance officer said.", "\"We have paused all changes,\" it said."), is the body's act on its record
 *   (eval/README.md's personal-experience convention, rule 1): check-worthy too (`reportsOwnAct`). Not a state, a
 *   possession, a progressive, a feeling or a manner judged ("We were brave", "We had no reason to …", "We bowled beautifully").
 *   Since branch checkworthy22, a direct quote whose subject is a concrete noun phrase, dated or not ("\"Whole sections of
 *   the stand were empty,\" she said.", "\"Both colleagues were treated at the scene.\"", `quotesFactOfSubject`), states a
 *   fact as the author's sentence would: officials and witnesses quote what happened. Not a pronoun, a demonstrative or a
 *   "nobody" for subject ("It was handled badly."), a characterisation ("The old depot was a happy place"), a progressive
 *   present or a feeling or thought told in the past ("The drivers wanted …"): views as often as facts.
 * - `present-state`: the claim says, in the present tense, where something stands that can be looked up or
 *   counted: a direction ("Prices are up.", "Waits are down."), a state of a service or a place ("Schools are
 *   open.", "Two wards are closed.", "All passengers are off the ship.", "We're short of nurses."), a comparison
 *   ("Roads are busier than usual.", "The effect is much smaller."), a rank ("It is the second fire this year.",
 *   "This is the lowest total since 1990."), a count of all or none ("Nobody is on board now.", "None of them is
 *   badly hurt.") or a verdict on a statement ("The minister's figure is too high."), with no first-person opinion, hedge, forecast
 *   or question: check-worthy (raised to the threshold). Interview answers and live-blog posts state these in a
 *   few words, which the model, trained on debate sentences, scores low as it does an opinion of the same length. So
 *   does a present "there is"/"there are" with no personal pronoun ("There is no crossing there.").
 * - `stated-cause`: a cause given or blame put, with no personal pronoun and a named subject ("Staff are leaving
 *   because they are exhausted.", "The operator blames the weather."): the schema's causes (raised to the threshold); and a
 *   general effect in the present, unquoted, of one kind of thing on another ("Seat belts halve the risk of serious injury.",
 *   `statesGeneralEffect`): a health, science or safety fact an explainer states.
 * - `instruction`: the claim tells the reader what to do, in the imperative ("Call 111 if you feel dizzy.", "Keep fridge and
 *   freezer doors closed.", "In an emergency, always dial 999.", "'Please only call 999 if it is a genuine emergency,' he said."):
 *   advice, an instruction or a request, no claim of anyone's, whatever figure it holds (a phone number, a time, a dose) (kept
 *   just under the threshold). Public-service notices and explainers mix them with news; the model, never shown them, scores
 *   some high, and the figure and present-state rules raised the rest. Read by its verb (`givesInstruction`): a word WordNet's
 *   concordance uses mostly as a verb (`imperative-verbs.json`) opening the claim, maybe after "please", "always", "do not" or
 *   a fronted phrase, and no sign that it is the noun of a subject ("Report finds …", "Police urged …").
 * - `exclamation` (branch checkworthy30): the claim is an exclamation, opening on "What a"/"What an" or on "How" before a
 *   word of quality and ending on "!", with no figure ("What a summer it has been!", `exclaims`): a feeling, no statement
 *   (kept just under the threshold). A statement that only ends on "!" is judged as any other.
 * - `personal-experience`: the claim is a private person's account of her own life in the first person, its subject "I"
 *   and its speaker one who speaks for no body (or its writer), maybe after a fronted time or a clause closed by a comma ("Last Tuesday I waited 55
 *   minutes at the stop.", "I paid £3,450 for a new boiler.", "\"I have emailed three times,\" said a caller."): not
 *   check-worthy, with or without a figure (kept just under the threshold), the corpus's convention since branch
 *   checkworthy19: what she waited, paid, lost or did cannot be checked with public information (Full Fact's "personal
 *   experience", ClaimBuster's unimportant factual sentences). Who speaks decides (`SpeakerKind`, from the claim's
 *   attribution): an "I" of a speaker for a body (a minister, a company's chief) is the body's act, judged by the other
 *   rules; a "we" is left to them too, as it is as often a body's whose name the attribution missed ("We have opened 430
 *   beds …", a press release's "we") as a household's (tried: 14 private accounts caught, 21 bodies' facts lost). Read
 *   alone, with no attribution (the expert sentences), the rule does not apply. Not a modal or a question (a promise, a
 *   forecast, a hypothesis: the other rules'), nor a verb of perception ("I saw smoke …", "We heard a crack …"): a witness's testimony of an event is checked against
 *   other witnesses and the record. A first person that only frames a public figure ("In my constituency it is one in
 *   three.", "When I moved here there were over a hundred.") is no subject of the claim (`tellsOwnExperience`). Since branch
 *   checkworthy21 also the same account told by someone else of one unnamed person of many ("One tenant told the council she had paid
 *   for her own repairs for three winters.", "Another driver said he had waited 40 minutes at the gate.",
 *   `relaysOwnExperience`); not a share ("Two in five said they …"), a named person, a witness's "said he saw …". Since
 *   branch checkworthy30 also a writer's "we" (a claim no attribution gives a speaker) on a private outing, its verb one of
 *   staying, waiting, eating, walking, sleeping or living somewhere ("We dined there twice in March.", `tellsPrivateOuting`):
 *   a review's or a column's companions, as a body's "we" tests, surveys and records. Since branch cw38 also a named
 *   person's doings with her body told back by "she"/"he" after the reporting verb, a simple present or past of motion, of
 *   the body or of eating ("Pensioner Ann Roe, 80, said she goes into town twice a week.", "said he cycles to the quarry
 *   each morning", `relaysOwnBodyAct`), with or without a figure, for a speaker the attribution ties to no body or, unless a
 *   post inside the body names her, to one (an employee's or a member's anecdote: "Lifeguard Ann Roe, a swimmer who signed
 *   on in 2023, said she swims a mile before every shift."); not a verb of record (a move, a resignation), an
 *   incident, a perception ("said he heard a bang") nor a pronoun that points to someone named before the verb.
 * - `narrative-act` (branch cwfp33): a person's trivial act told in a story, features, ride-alongs and diaries setting a
 *   scene: a named person, a noun of a person after a determiner, "he", "she", "they" (and "I", "we" for a speaker who speaks
 *   for no body, or the writer) in a simple past of motion, of the body, of eating or of posture (WordNet's verb.motion,
 *   verb.body and ingestion by their most frequent sense, `narrative-act-verbs.json`, and sit, stand, kneel, lie …: "She
 *   went in first.", "The man sat on the floor.", "He shrugged it off."), with no object, no figure or span of time, no
 *   organisation after it and no clause of its own (`tellsNarrativeAct`, narrative-acts.ts): the story's colour, not a claim
 *   (kept just under the threshold). `stated-fact` raised them as past events once irregular pasts were read (branch
 *   pasts33). Not an incident (a fall, a crash, a flight, a collapse), a move of record (a move of premises, a lead, a
 *   resignation, things sent), a strike or a shortage ("walked out", "ran out of"), an official's act ("An inspector went on
 *   board"), nor a subject tied to a body ("The council's engineers went …", "Police went …"). Since branch cw38 also a
 *   scene set by the weather, a smell, a sound or the light in the simple past, in one clause with no object ("Hail pattered on
 *   the tin sheds.", "The breeze slackened towards evening.", "A scent of tar lingered around the boatshed.", `tellsScene`: its subject's head a noun
 *   WordNet puts under weather, sensation or light), with no figure and no date or time, which make the weather the news.
 * - `signpost` (branch cwfp33): the claim only points to content given elsewhere: "Here is what …", "Here's how …" with no
 *   colon, and sources said to give different accounts, a different picture or a different story with no account given ("The
 *   operator painted a very different picture.", "X and Y have given sharply different accounts of the talks.", `pointsToContent`,
 *   signposts.ts): the accounts are the claims that follow (kept just under the threshold). Not with a figure ("Two agencies
 *   gave different readings": the count of sources is a fact), nor figures given ("gave conflicting figures for the cost").
 * - `no-comment`: the claim says only that someone did not answer ("did not respond to requests
 *   for comment", "declined to comment", "would not comment", "could not be reached"): a reporter's note, not a claim
 *   to check (kept just under the threshold).
 * - `reaction`: the claim reports how someone took something, and states no figure: a
 *   reaction ("The residents' group welcomed the report.", "The union condemned the cuts as \"a betrayal\".") or a
 *   name put on something ("The opposition called the deal a disgrace.", "The union described the offer as an insult.", since
 *   branch checkworthy21 a quality closing "called X": "Tenants called the new rent formula unfair."): not check-worthy (kept just under the
 *   threshold); so is a speaker's own side in reported speech ("The trust said it backed the sale.", since branch
 *   checkworthy24 "said it objected to the loss of farmland"), a side taken with "be against" or "be opposed (to)" and no
 *   figure in what is said nor a date ("Many residents are opposed to the scheme.", "said she was against the plan",
 *   `takesSide`), and, since branch
 *   checkworthy17's convention, what someone called for, urged, demanded or appealed for with no figure ("The union called
 *   for an inquiry.", "Police urged drivers to stay away.", `makesCall`): a position, as a promise without a figure is. Since branch checkworthy30 also what a side wants now, in one
 *   clause with no past, figure or none ("The growers want a floor price of 30p.", "is demanding that …", "is asking for …",
 *   `makesDemand`): the convention's bargaining position; "wants to …" is a plan on record. Calling a report
 *   or a figure untrue is a denial, which the corpus queues ("called the figures exaggerated"); a reaction that goes
 *   on to say something (", saying …", or a new sentence after a colon) is left to the other rules.
 * - `reported-view`: reported speech, in no quote marks, whose clause puts a bare word of quality on its subject, with no
 *   figure and no date ("Critics said the pledge was unrealistic.", "The chairman told shareholders the award was fair.",
 *   "Tenants say the charge is unfair on pensioners."): how the speaker judges something, not a fact to check (kept just
 *   under the threshold). In reported speech a past "was" is the speaker's present put back a tense, so `stated-fact` must
 *   not raise it as a past event. Not an act, a progressive, a place, a noun phrase, a state, a comparison, a denial or a
 *   statement called true (`reportsView`). "described the offer as an insult" is a `reaction` (a name put on something).
 *   Since branch checkworthy20 also a verdict noun after "was a"/"an" ("said the scheme was a mistake", "was a victory
 *   for common sense", `VERDICT_NOUNS`), a degree with "too" ("said the lane was too narrow", "had acted too late") and a
 *   hyphenated adjective ending "-ed" ("was short-sighted"); not a noun of a kind ("was a nurse"), nor "too" on a statement.
 *   Since branch checkworthy30 also "out of line/step/touch/proportion with" ("said the fee was out of line with the market";
 *   "out of date" is a denial) and "a step backwards"; and, a date allowed since it is the subject's, timing judged: "come"/"came
 *   at" a point in time with a quality or a degree ("The flood came at a terrible moment for the farm.", `judgesTiming`).
 *   Since branch checkworthy32 also a noun phrase of a thing tied by "to/on/for/over/against" to what it acts on ("said the
 *   toll was a tariff on every farmer", `namesFigureOfRelation`): a figure of speech; not a person's role, nor a negated one.
 * - `evaluation` (branch checkworthy31): a verdict put by litotes or by an idiom of falling short, in anyone's words, with no
 *   figure and no question: "be" (maybe past an adverb) before "hardly", "scarcely" or "far from" ("The new rota is hardly a
 *   solution.", "said the plan was far from clear"), "be a long way from/off" ("said the offer was a long way off what had
 *   been agreed"), and "fall/falls/fell short" maybe past a degree ("The proposals fall well short."): how far the speaker
 *   or the writer finds something from what it should be, no measure of it (kept just under the threshold). With a figure
 *   ("fell 40 homes short of its target", "barely a tenth of it") the other rules judge it: the shortfall is counted.
 * - `judged-figure`: a figure opening the claim as its subject, judged by "is"/"was" and a bare quality or a noun of kind,
 *   with nothing counted after it ("\"Three hours is a long time for a child to wait,\" she said.", "Forty kilometres is a
 *   long way to drive for a blood test.", "Nineteen nests is a beginning.", "Eight hectares is not a forest.", "17 is not
 *   enough."): what the speaker makes of the figure, not the figure (kept just under the threshold). A plural count with a
 *   singular "is" is the amount taken as one thing to judge; the figure itself, if anyone states it, is checked where it is
 *   stated. Not a figure after the verb ("Sixty thousand pounds is one year of our grant"), a definite or ranked noun
 *   ("is the number of wards", "is a record"), a possessive ("a week's pay") or anything past a verb other than "be"
 *   (`judgesFigure`).
 * - `quoted-verdict`: reported speech that puts the speaker's own quoted words on something, and no figure: "said the
 *   decision had been \"agonising\"", "said the closure was \"a hammer blow\" for the town": how the speaker judged
 *   it, not a fact to check (kept just under the threshold). A quote calling a statement untrue is a denial ("said
 *   reports of layoffs were \"pure speculation\"") and a quote saying what someone was doing ("had been \"carrying a
 *   knock all week\"") an account of events: both left to the other rules. Since branch checkworthy32 also a direct quote that
 *   opens by putting an indefinite noun phrase on the matter ("\"This is a raid on the pension fund,\" she said.", "\"It's a
 *   beginning, but …\"", `quotesCharacterisation`), with no figure, no date, no rank after the article and no cleft's "who".
 * - `state-of-mind`: the claim reports a state of mind, and states no figure: a feeling, a form of "be", "feel" or "remain"
 *   before the participle of a verb of emotion ("The trust said it was alarmed by the wage bill.", "Fans are worried.",
 *   "she was disappointed that …"), or the speaker's own consideration of something, a verb of cognition in the progressive
 *   said of the speaker itself ("The agency said it was reviewing the figures.", "We're studying the judgment."): how
 *   someone feels or that they are thinking about it is nothing to check (kept just under the threshold). The verbs are
 *   WordNet's (verb.emotion and verb.cognition by their most frequent sense, `state-of-mind-verbs.json`), not a list of
 *   this corpus's words; an act in the progressive ("said it was paying for hotel rooms", "are investigating") is not one.
 *   Since branch checkworthy23 also a stance adjective after "be" closing the claim or before what it is on ("Analysts were
 *   divided on the outlook.", "Lenders were more cautious.", "Not everyone was convinced.", `voicesStance`): how sure or how
 *   minded a group is, told in the past by a narrative, which `stated-fact` raised as an event. Since branch checkworthy30 also
 *   an adjective of feeling after "be" ("said she was hugely proud of her bench", "Growers are angry about the levy.",
 *   `voicesFeeling`), which is no participle of a verb of emotion.
 * - `normative`: the claim says what should be done or should have been, with no figure and no date: advice, a demand or a
 *   verdict ("Residents should keep their windows closed.", "said disconnections should be suspended", "said the station should
 *   never have been closed"): what someone thinks ought to be, not a fact to check (kept just under the threshold). A "should"
 *   with a date is as often a forecast ("Supply should be back by Thursday."), and "I should add that …" introduces a statement:
 *   both left to the other rules.
 * - `schedule`: a meeting or a start put in the calendar in the present tense, with no figure and no past: "The
 *   board meets on 14 May.", "The new timetable starts on Monday." An event still to come, as "is planned for" is
 *   (`statesIntention`), but its date is no figure to check: not check-worthy (kept just under the threshold). So is a
 *   body's next step in a process of its own said of the future, with no figure and no past (`announcesNextStep`): "The
 *   agency will publish a full report in March.", "said the inquiry would report within six weeks", "The request will be
 *   considered by the cabinet on 14 October.": what the report or the decision will say is not yet stated. And, the corpus's
 *   convention for present-tense deadlines and runs since branch checkworthy17, a window's or a service's dates said in the
 *   present (`statesWindow`): "Refund claims close on 31 March 2027.", "The play runs until 28 March.", "Tickets go on sale at
 *   9am on Thursday.", "The firm is offering free delivery until 31 December.", "The alert is in force until 9am on Friday.",
 *   "The deadline for claims is 31 January.", "The centres are open from 10am to 7pm.": a notice's calendar, true by the notice
 *   that sets it, when nothing but the attribution follows the date.
 * - `answer-of-fact`: an elliptical answer ("He is.", "It has not.", "Not yet.", "No, they are not.") to the question just
 *   before it, when that question asks, with "is", "are", "was", "were", "has", "have" or "had", whether something is or was
 *   so ("Is the fire out?", "Has the club offered you a contract?"): the answer states that fact, which the question holds
 *   (raised to the threshold). The model, reading the answer alone, scores it as low as a greeting. Not a question in a
 *   modal ("Will there be more delays?", "Could it work?"), which asks for a forecast or a view, nor one in "do"/"does"
 *   ("Do you recognise those figures?", "Does the plan worry you?"), which asks as often for a view; nor an answer with
 *   words of its own ("Partly.", "Very busy, yes.", "That is correct."), which the other rules and the model judge.
 * - `verdict-on-fact` / `verdict-on-view`: a denial or a verdict that points back and says nothing of its own ("The union
 *   disputed that.", "Fell rejected the claim.", "Mahler's figures are disputed.", "That is not true.", "The organisers say
 *   that is not correct.", "That is correct, Your Honour.", `pointsBackAsVerdict`) is what it points back to, the corpus's
 *   convention since branch checkworthy17: the evidence that settles the statement before it settles the verdict. Read in its
 *   article, a verdict after a check-worthy claim is raised to the threshold (`verdict-on-fact`); after one that is not, the
 *   other rules judge it (the claim just before is not always the one it answers); one that names a view ("rejected the
 *   criticism") is kept under the threshold (`verdict-on-view`). Read alone, with no claim before it (the expert sentences),
 *   neither applies: the model, which scores such a verdict as low as a greeting, and the other rules stand.
 * - `plain-present`: a statement in the present tense with no past, no first- or second-person pronoun, no opinion, hedge,
 *   forecast or question and no direct quote, which no other rule decides ("The hospital is run by the county trust.",
 *   "Most policies exclude cancellations by the carrier.", "The port says the beds lie outside the channel."): it reaches
 *   the threshold from a lower score of the model's, `PLAIN_PRESENT_BAR`. In debates, the model's training, a present-tense
 *   statement is mostly a view; in news, without a person, a hedge or a quote, it is more often a description someone can
 *   look up, and the model scores such descriptions low. A lower bar, not a raise: a view in that shape ("The weather is a
 *   convenient excuse.") still scores under it.
 * - `correction`: the claim reports what the publication itself printed before, in a correction ("An earlier version of this
 *   article said the charges were approved by 23 votes to 18."): wrong by the correction's own account, its figure no claim
 *   of anyone's (kept just under the threshold). The corrected fact is a claim of its own, which the other rules judge.
 * - `procedure`: a step of a meeting's procedure, with no figure: apologies for absence, an interest declared, a motion moved,
 *   seconded, carried or lost, a decision deferred, the meeting closing or hearing from someone, the chair reminding members
 *   of the rules ("The motion was not seconded.", "Members agreed to defer a decision until the summer."): minutes and council
 *   reports state these in the past tense as they state decisions, but nobody queues them (kept just under the threshold).
 *   A vote with its count ("The motion was carried by 30 votes to 12.") is the figure rule's.
 * - `stated-rule`: the claim states what a law, rule or scheme requires, allows or forbids ("Under the Act, goods must be of
 *   satisfactory quality.", "Letting an unregistered property is an offence.", "You are entitled to a repair.", "A voucher is
 *   only allowed if you agree to it.", "From 1 March, owners must register."), not as a direct quote and not in the first
 *   person: checkable against the instrument (raised to the threshold). The model, trained on debates where "must" and
 *   "can" mostly argue, scores these low. A bare "must" with no instrument and no date stays the model's ("A president must
 *   always be willing …").
 * - `article-furniture`: a credit, contact line, greeting or sign-off (`isArticleFurniture`:
 *   "Reporting by …; editing by …", "Media contact: …"): no claim at all, not check-worthy (kept
 *   just under the threshold). The model, never shown such lines, scores a byline of names high.
 */
export const CHECKWORTHINESS_RULES = [
  'article-furniture',
  'answer-of-fact',
  'verdict-on-fact',
  'verdict-on-view',
  'no-comment',
  'correction',
  'instruction',
  'exclamation',
  'personal-experience',
  'narrative-act',
  'signpost',
  'reaction',
  'reported-view',
  'evaluation',
  'judged-figure',
  'quoted-verdict',
  'state-of-mind',
  'normative',
  'schedule',
  'procedure',
  'decision-on-record',
  'forecast-without-figure',
  'forecast-with-figure',
  'stated-rule',
  'checkable-figure',
  'stated-fact',
  'present-state',
  'stated-cause',
  'plain-present',
] as const;
export type CheckworthinessRule = (typeof CHECKWORTHINESS_RULES)[number];

/** Kinds of quantity that make a figure someone can check; dates and ordinals only place a claim in time or order (durations: `hasMeasure`). */
const FIGURE_KINDS: ReadonlySet<QuantityKind> = new Set<QuantityKind>(['count', 'percent', 'fraction', 'money', 'age', 'measure', 'range']);

/** Words that put a claim in the future or in someone's intention (and any word ending in "'ll"). */
const INTENTION_WORDS: ReadonlySet<string> = new Set(['will', 'shall', "won't", 'would', "wouldn't"]);
/** Verbs that, followed by "to", state an intention or expectation ("plans to", "is expected to", "set to"). */
const INTENTION_VERBS: ReadonlySet<string> = new Set([
  'going',
  'expected',
  'expects',
  'plan',
  'plans',
  'planning',
  'promised',
  'promises',
  'pledged',
  'pledges',
  'hope',
  'hopes',
  'hoped',
  'hoping',
  'intend',
  'intends',
  'aim',
  'aims',
  'set',
]);

/**
 * Words of likelihood that, followed by "to", forecast ("prices are likely to stay high", "was unlikely to worry investors"); not
 * after a word that makes them a comparison of rates, which a study finds ("twice as likely to report low mood").
 */
const LIKELIHOOD_WORDS: ReadonlySet<string> = new Set(['likely', 'unlikely']);
/** Words before "likely" that compare rates: "as likely to", "more likely to", "less likely to", "most likely to". */
const RATE_COMPARERS: ReadonlySet<string> = new Set(['as', 'more', 'less', 'most', 'least']);

/** Participles that, after a present "is"/"are", put an event in the schedule: "is planned for", "are scheduled to", "is due on". */
const SCHEDULED: ReadonlySet<string> = new Set(['planned', 'scheduled', 'due']);

/** The claim speaks of the future or of an intention: a modal "will"/"would", a "plans to"-like phrase or an event scheduled ("is planned for"). */
export function statesIntention(tokens: readonly Token[]): boolean {
  return firstIntention(tokens) >= 0;
}

/**
 * A figure someone can check: not a date, duration or ordinal, nor a count of time units ("4 more years" is a duration).
 * Given the claim's tokens (and where the claim starts in the text the quantities count from), a bare number that tells
 * the time of day or a person's age is no figure either (`tellsTimeOrAge`).
 */
export function hasFigure(quantities: readonly Quantity[], tokens?: readonly Token[], offset = 0): boolean {
  for (const quantity of quantities) {
    if (!FIGURE_KINDS.has(quantity.kind) || countsTime(quantity)) continue;
    if (!(tokens && (tellsTimeOrAge(quantity, tokens, offset) || inName(quantity, tokens, offset)))) return true;
  }
  return false;
}

/**
 * A figure, or a span of time that measures what is stated ("the wait was nine hours", "for at least four weeks"): not a
 * span that places an event in time ("two days ago", "three days before the vote"), one still to come ("4 more years"),
 * nor how long a speaker has lived or worked somewhere ("I have lived here for twenty years").
 */
function hasMeasure(quantities: readonly Quantity[], tokens: readonly Token[], offset: number): boolean {
  if (hasFigure(quantities, tokens, offset)) return true;
  // "I have lived in this city for twenty years": how long a speaker has lived or worked somewhere is her own life.
  if (speaksOfSelf(tokens) && tokens.some((token) => LIFE_VERBS.has(token.lower))) return false;
  for (const quantity of quantities) {
    if (quantity.kind !== 'duration' && !countsTime(quantity)) continue;
    const [first, last] = tokenRange(quantity, tokens, offset);
    if (first > last || PLACES_IN_TIME.has(tokens[last + 1]?.lower ?? '')) continue;
    let more = false;
    for (let k = first; k <= last && !more; k++) more = STILL_TO_COME.has((tokens[k] as Token).lower);
    if (!more) return true;
  }
  return false;
}

/** Verbs of how a life was spent: with an "I", a span of time beside them is a speaker's own years ("I have lived here for 20 years"). */
const LIFE_VERBS: ReadonlySet<string> = new Set(['lived', 'live', 'living', 'been', 'worked', 'working', 'grew', 'grown', 'stayed']);
/** Words after a span of time that make it say when, not how long: "two days ago", "three weeks before the vote". */
const PLACES_IN_TIME: ReadonlySet<string> = new Set(['ago', 'before', 'after', 'later', 'earlier', 'since', 'from']);
/** Words inside a span of time that put it in the future: "4 more years", "another two weeks", "a further year". */
const STILL_TO_COME: ReadonlySet<string> = new Set(['more', 'another', 'further', 'extra']);

/** The first and last of the claim's tokens inside the quantity (first > last when none is). */
function tokenRange(quantity: Quantity, tokens: readonly Token[], offset: number): [number, number] {
  const start = quantity.start - offset;
  const end = quantity.end - offset;
  let first = 0;
  while (first < tokens.length && (tokens[first] as Token).end <= start) first++;
  let last = first - 1;
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < end) last++;
  return [first, last];
}

/** Words after a number that make it the time of day: "7 o'clock", "7am", "at seven in the morning". */
const CLOCK_WORDS: ReadonlySet<string> = new Set(["o'clock", 'am', 'pm', 'a.m', 'p.m']);
/** "in the morning", "in the evening": the parts of a day after a bare number. */
const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);
/** Words before a number that make it the time of day: "half ten", "quarter past six". */
const CLOCK_LEADS: ReadonlySet<string> = new Set(['half', 'quarter', 'past']);
/** How far "aged" may stand before the number it gives: "aged 58 and 61". */
const AGED_WINDOW = 3;

/**
 * A bare number (no counted noun, no unit) that tells the time of day or a person's age rather than an amount: "at 7 or 8
 * o'clock", "at seven in the morning", "half ten", "Gareth Pryce, 66, said", "two men, aged 58 and 61,". A news report
 * gives both in passing, beside the claim or in a claim of no public weight; neither is what a fact-checker counts.
 */
export function tellsTimeOrAge(quantity: Quantity, tokens: readonly Token[], offset = 0): boolean {
  if (quantity.kind !== 'count' || quantity.counted !== null) return false;
  const [first, last] = tokenRange(quantity, tokens, offset);
  if (first > last) return false;
  const lowerAt = (i: number): string => tokenLowerAt(tokens, i);
  // The time of day: "7 o'clock", "7 or 8 o'clock", "seven in the morning", "half ten".
  let after = last + 1;
  if ((lowerAt(after) === 'or' || lowerAt(after) === 'to') && tokens[after + 1]?.numeric) after += 2;
  if (CLOCK_WORDS.has(lowerAt(after))) return true;
  if (lowerAt(after) === 'in' && lowerAt(after + 1) === 'the' && DAY_PARTS.has(lowerAt(after + 2))) return true;
  if (lowerAt(after) === 'at' && lowerAt(after + 1) === 'night') return true;
  if (CLOCK_LEADS.has(lowerAt(first - 1))) return true;
  // An age: "aged 58", "aged 58 and 61", "I'm 61", "She is 67", or a number alone between commas after a name ("Pryce, 66,").
  if (first === last && isPersonBe(tokens, first - 1)) return true;
  for (let k = first - 1; k >= Math.max(first - AGED_WINDOW, 0); k--) {
    const w = lowerAt(k);
    if (w === 'aged') return true;
    if (w !== 'and' && w !== 'or' && !(tokens[k] as Token).numeric) break;
  }
  const before = tokens[first - 1];
  const own = tokens[last] as Token;
  return (
    first === last && before !== undefined && before.capitalised && before.breakAfter && (own.breakAfter || last === tokens.length - 1)
  );
}

/** A person's pronoun fused with "be": "I'm 61", "she's 67" (not `PRONOUN_BE`'s "it's" or "we're": "it's 14" is no age). */
const PERSON_BE: ReadonlySet<string> = new Set(["i'm", "he's", "she's", "you're"]);
/** Pronouns of a person before a form of "be": "I am 59", "he was seven". */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['i', 'he', 'she', 'you']);

/**
 * At `at`, a form of "be" whose subject is a person's pronoun ("I am", "she's", "he was"): a bare number after it is the
 * person's age ("I'm 58, and I've got another ten years in me", "since I was seven"), as "it's 14" or "the rate is 4" are not.
 */
function isPersonBe(tokens: readonly Token[], at: number): boolean {
  const be = tokenLowerAt(tokens, at);
  return PERSON_BE.has(be) || (FINITE_BE.has(be) && PERSON_PRONOUNS.has(tokenLowerAt(tokens, at - 1)));
}

/**
 * A number word in capitals after a capitalised word, inside the sentence ("the Marshall Plan and Point Four", "Apollo
 * Eleven"): part of a name, not an amount. Digits and a number opening the sentence ("Four men were hurt.") are amounts.
 */
function inName(quantity: Quantity, tokens: readonly Token[], offset: number): boolean {
  const [first, last] = tokenRange(quantity, tokens, offset);
  if (first !== last || first === 0) return false;
  const own = tokens[first] as Token;
  const before = tokens[first - 1] as Token;
  return own.capitalised && !own.numeric && before.capitalised && !before.breakAfter && first - 1 > 0;
}

/**
 * The quantities that stand in the claim's content, not in its attribution clause: "said Kim Dao, who lives two blocks away",
 * "Jonas Brecht, 61, a season-ticket holder since 1979, said": a figure about the speaker is no figure of the claim.
 */
function inContent(quantities: readonly Quantity[], tokens: readonly Token[], offset: number, text: string): readonly Quantity[] {
  if (quantities.length === 0 || text === '') return quantities;
  const attribution = attributionTokens(text, tokens);
  return quantities.filter((quantity) => {
    const [first, last] = tokenRange(quantity, tokens, offset);
    for (let k = first; k <= last; k++) if (!attribution[k]) return true;
    return first > last;
  });
}

/** A count whose counted noun is a unit of time ("three more weeks", "five extra days"). */
function countsTime(quantity: Quantity): boolean {
  if (quantity.kind !== 'count' || quantity.counted === null) return false;
  return TIME_UNITS.has(lowerCase(quantity.counted.slice(quantity.counted.lastIndexOf(' ') + 1)));
}

/**
 * A plain statement of what happened or was the case: past or perfect in the claim's content (the
 * features set an attribution clause aside, so "X said the fire had started …" counts), not a direct
 * quote, no first- or second-person pronoun, nobody's view, nothing hedged, nothing to come, no question.
 */
export function statesFact(features: CheckworthinessFeatures, quoted: boolean): boolean {
  return !quoted && !features.personalPronoun && statesPlainPast(features);
}

/** Past or perfect, with nobody's view, nothing hedged, nothing to come and no question: who says it aside. */
function statesPlainPast(features: CheckworthinessFeatures): boolean {
  return (
    features.pastOrPerfect > 0 &&
    !features.firstPersonOpinion &&
    !features.hedge &&
    !features.forwardLooking &&
    !features.question &&
    !features.indirectQuestion
  );
}

/** What `checkworthinessRule` reads of a claim. */
export interface ClaimForRules {
  tokens: readonly Token[];
  features: CheckworthinessFeatures;
  quantities: readonly Quantity[];
  /** Whether the claim is a direct quote (`isQuoted`); asked only when the answer matters, as finding it scans the text. */
  quoted?: () => boolean;
  /** Where the claim's text starts in the text the quantities' offsets count from. */
  offset?: number;
  /** The claim's text (for the rules that read quote marks). */
  text?: string;
  /** The question before it, for an elliptical answer (`answer-of-fact`). */
  question?: readonly Token[];
  /** Whether the claim before it is check-worthy, for a denial or verdict that only points back. */
  beforeCheckWorthy?: boolean;
  /** Who the attribution says speaks, for `personal-experience`. */
  speaker?: SpeakerKind;
}

/** Which rule, if any, decides the claim regardless of the model's score. */
export function checkworthinessRule({
  tokens,
  features,
  quantities: read,
  quoted = () => false,
  offset = 0,
  text = '',
  question,
  beforeCheckWorthy,
  speaker,
}: ClaimForRules): CheckworthinessRule | null {
  if (question !== undefined && answersQuestionOfFact(tokens, question)) return 'answer-of-fact';
  // "Fares will rise by 35p a trip": an amount in pence or cents is a figure, though the quantity reader skips it.
  const quantities = withMinorUnitAmounts(read, tokens, offset);
  // One pass over the claim's words says which of the rarer tests below can match at all.
  const opens = claimOpenings(tokens);
  if (beforeCheckWorthy !== undefined && opens & OPENS_VERDICT) {
    const verdict = pointsBackAsVerdict(tokens, text);
    // Pointing back to a claim that is not check-worthy, it is left to the other rules: the claim just before is not
    // always what it answers ("…," she said. "We have the logbooks." / He flatly denied that.).
    if (verdict === 'view') return 'verdict-on-view';
    if (verdict === 'back' && beforeCheckWorthy) return 'verdict-on-fact';
  }
  if (saysNoComment(tokens)) return 'no-comment';
  if (opens & OPENS_CORRECTION && reportsCorrection(tokens)) return 'correction';
  if (!features.question && givesInstruction(tokens)) return 'instruction';
  if (!features.question && exclaims(tokens, text) && !hasFigure(quantities, tokens, offset)) return 'exclamation';
  // A "we" is as often a body's whose name the attribution missed ("We have opened 430 beds …") as a household's: only an "I".
  if (
    speaker !== undefined &&
    speaker !== 'body' &&
    !features.question &&
    (tellsOwnExperience(tokens) === 'singular' ||
      relaysOwnExperience(tokens) ||
      tellsHouseholdExperience(tokens) ||
      (speaker === 'none' && tellsPrivateOuting(tokens)))
  ) {
    return 'personal-experience';
  }
  // "Ann Roe, 80, said she goes into town twice a week": a person's own days told back, an employee's too (`relaysOwnBodyAct`).
  if (speaker !== undefined && speaker !== 'none' && !features.question && relaysOwnBodyAct(tokens, speaker === 'body')) {
    return 'personal-experience';
  }
  if (tellsNarrativeActOf(tokens, features, quantities, offset, speaker)) return 'narrative-act';
  if (!features.question && pointsToContent(tokens, text) && !hasFigure(quantities, tokens, offset)) return 'signpost';
  // "called the officiating \"the worst I've seen in 20 years\"": a figure inside the name put on something is part of the name.
  if (reportsReaction(tokens, text) && !hasFigure(outsideDoubleQuotes(quantities, text, offset), tokens, offset)) return 'reaction';
  // "said the drivers would not accept less than 6 percent": a side's bargaining limit, its figure the position held out for.
  if (!features.question && setsBargainingLimit(tokens)) return 'reaction';
  // "The union wants a rise of 60p an hour.": what a side wants, with or without a figure, is its position, not a fact.
  if (!features.pastOrPerfect && !features.question && !features.personalPronoun && !text.includes(';') && makesDemand(tokens) && !quoted())
    return 'reaction';
  if (
    opens & OPENS_SIDE &&
    takesSide(tokens) &&
    !hasFigure(inContent(quantities, tokens, offset, text), tokens, offset) &&
    features.dateOrTime === 0
  )
    return 'reaction';
  if (opens & OPENS_VIEW && reportsView(tokens) && !hasFigure(quantities, tokens, offset) && features.dateOrTime === 0)
    return 'reported-view';
  // "said the strike had come at the worst possible moment": a date there is the subject's ("the storm in May"), not the view's.
  if (judgesTiming(tokens) && !hasFigure(quantities, tokens, offset)) return 'reported-view';
  // "The plan is hardly a cure.", "said the offer fell well short": a verdict by litotes, no measure of the distance.
  if (!features.question && judgesByDistance(tokens) && !hasFigure(quantities, tokens, offset)) return 'evaluation';
  if (!features.pastOrPerfect && statesSchedule(tokens) && !hasFigure(quantities, tokens, offset)) return 'schedule';
  if (
    !features.pastOrPerfect &&
    !features.question &&
    statesWindow(tokens, text) &&
    !hasFigure(quantities, tokens, offset) &&
    !statesIntention(tokens)
  )
    return 'schedule';
  if (!features.question && judgesFigure(tokens, quantities, offset)) return 'judged-figure';
  // "said the trust had \"no plans to sell the site\"": a decision on record in the speaker's words stays `decision-on-record`'s.
  if (
    features.attributed &&
    reportsQuotedVerdict(text, tokens) &&
    !hasFigure(quantities, tokens, offset) &&
    !(opens & OPENS_DECISION && announcesDecision(tokens))
  )
    return 'quoted-verdict';
  // "\"This is a raid on the pension fund,\" she said.": a name the speaker puts on the matter, in her own quoted words.
  if (
    !features.question &&
    quotesCharacterisation(tokens) &&
    !hasFigure(quantities, tokens, offset) &&
    features.dateOrTime === 0 &&
    quoted()
  ) {
    return 'quoted-verdict';
  }
  // A date places an act ("The tunnel was bored in 1890."), which a feeling seldom needs.
  if (
    (reportsStateOfMind(tokens) || voicesStance(tokens) || voicesFeeling(tokens)) &&
    !hasFigure(quantities, tokens, offset) &&
    features.dateOrTime === 0
  ) {
    return 'state-of-mind';
  }
  if (opens & OPENS_NORMATIVE && saysWhatShouldBe(tokens) && !hasFigure(quantities, tokens, offset) && features.dateOrTime === 0) {
    return 'normative';
  }
  if (opens & OPENS_PROCEDURE && describesProcedure(tokens) && !hasFigure(quantities, tokens, offset)) return 'procedure';
  const intention = statesIntention(tokens);
  // "will close its brewery in September", "has no plans to sell the site": a body's decision, on its record, figure or none.
  // A figure of what is decided is `forecast-with-figure`'s ("Three of the five depots will shut").
  if (opens & OPENS_DECISION && !features.question && announcesDecision(tokens) && !promisesFigure(quantities, tokens, offset)) {
    return 'decision-on-record';
  }
  if (intention && quantities.length === 0 && !features.quantity && !features.pastOrPerfect) return 'forecast-without-figure';
  // A date or a span of time puts a body's next step in the calendar ("will publish its report in March"), no figure to check.
  if (intention && !features.pastOrPerfect && announcesNextStep(tokens) && !hasFigure(quantities, tokens, offset)) return 'schedule';
  // "said it would hold a hearing in October", "The new wing will open in 2029.": only a date, no figure to hold anyone to.
  if (intention && !features.pastOrPerfect && !features.question && forecastsOnlyDates(tokens, quantities, offset))
    return 'forecast-without-figure';
  // "said the suspension would be lifted if the debts were settled": the clause's past is the condition's, not an event.
  if (intention && !features.question && forecastsOnCondition(tokens, text, quantities, offset)) return 'forecast-without-figure';
  // "said she expected the deal to be completed next year": an expectation told back a tense, its date no figure.
  if (!features.question && reportsExpectationWithoutFigure(tokens, text, quantities, offset)) return 'forecast-without-figure';
  // "The trust, which has 830 members, said it would ask …": the relative clause tells who speaks, not what is forecast.
  if (intention && !features.question && forecastsAfterSpeakerClause(tokens, text, quantities, offset)) return 'forecast-without-figure';
  // "promised to cut waiting lists by 20 percent", "expects revenue of £40 million": a figure to hold the speaker to.
  if (!features.question && promisesFigure(quantities, tokens, offset)) return 'forecast-with-figure';
  const plain = !intention && !features.firstPersonOpinion && !features.hedge && !features.forwardLooking && !features.question;
  // A rule may be stated with "may" or "can" (a hedge elsewhere): "Under the law it can fine …".
  if (
    !intention &&
    !features.firstPersonOpinion &&
    !features.question &&
    opens & OPENS_RULE &&
    statesRule(tokens, features.dateOrTime > 0) &&
    !speaksAsFirstPerson(tokens) &&
    !quoted()
  ) {
    return 'stated-rule';
  }
  // "Nobody from the council came to a single show": a body's act that did not happen, on the body's record.
  // The body named, a hedge after the act is the act's own ("Nobody from the agency asked us when the works would start").
  if (!features.question && saysNobodyFromActed(tokens)) return 'stated-fact';
  // "Nobody has knocked on my door," of a voter: a private person's own dealings (`personal-experience`), not a body's record.
  if (!features.question && !features.hedge && saysNobodyActed(tokens) && !(speaker === 'person' && speaksOfSelf(tokens))) {
    return 'stated-fact';
  }
  if (plain && statesScore(tokens)) return 'checkable-figure';
  // "A nurse cannot do five days' work in four.": what cannot be done is a judgement of what is possible, its figure part of it.
  if (plain && hasMeasure(quantities, tokens, offset) && !deniesAbility(tokens)) {
    if (!features.attributed || hasMeasure(inContent(quantities, tokens, offset, text), tokens, offset)) return 'checkable-figure';
  }
  if (plain && (statesPresentState(tokens) || statesExistence(tokens, features) || statesHolder(tokens)) && !deniesAbility(tokens)) {
    return 'present-state';
  }
  if (!intention && statesPlainPast(features) && !reportsBelief(tokens)) {
    if (!features.personalPronoun && !quoted()) return 'stated-fact';
    if (!features.personalPronoun && quotesFactOfSubject(tokens, text)) return 'stated-fact';
    if (features.dateOrTime > 0 && !speaksOfSelf(tokens)) return 'stated-fact';
    // "We found a gap of £31m", "we have spent £6m of our reserves": a body's "we" tells what the body did or measured.
    if (speaker === 'body' && reportsOwnAct(tokens)) return 'stated-fact';
  }
  if (plain && !features.indirectQuestion && statesCause(tokens, features)) return 'stated-cause';
  if (
    plain &&
    !features.pastOrPerfect &&
    !features.indirectQuestion &&
    !features.personalPronoun &&
    statesGeneralEffect(tokens) &&
    !quoted()
  ) {
    return 'stated-cause';
  }
  if (plain && !features.pastOrPerfect && !features.personalPronoun && !quoted()) return 'plain-present';
  return modalClauseRule({ tokens, features, quantities, quoted, offset, text, speaker }, intention);
}

/**
 * When no rule has decided a claim told in the past, a modal word may have held it back that stands in only a part of it
 * (modal-clauses.ts): a "could" of ability ("said the divers could not reach the wreck") is judged with no hedge; a
 * past clause joined before a forecast ("said it had cleared the culvert but that the lane would stay closed") is judged on
 * its own, and a stated fact there is the claim's (`stated-fact`), whatever the forecast after it.
 */
function modalClauseRule(claim: ClaimForRules, intention: boolean): CheckworthinessRule | null {
  const { tokens, features, quantities, text = '', offset = 0 } = claim;
  if (!features.pastOrPerfect || features.question) return null;
  if (features.hedge && couldTellsPastAbility(tokens)) return checkworthinessRule({ ...claim, features: { ...features, hedge: 0 } });
  if (!intention || text === '') return null;
  const joint = clauseJoinedBeforeForecast(tokens, firstIntention(tokens));
  if (joint < 0) return null;
  const end = (tokens[joint] as Token).start;
  const before = text.slice(0, end);
  const beforeTokens = tokens.slice(0, joint);
  const beforeFeatures = extractCheckworthinessFeatures(before, beforeTokens);
  if (reportsNoEventOfItsOwn(beforeTokens, beforeFeatures.dateOrTime > 0, (w) => REPORTING_VERBS.has(w))) return null;
  const rule = checkworthinessRule({
    ...claim,
    tokens: beforeTokens,
    features: beforeFeatures,
    quantities: quantities.filter((quantity) => quantity.end - offset <= end),
    text: before,
  });
  return rule === 'stated-fact' ? rule : null;
}

/** Forms of "be" that judge a figure opening the claim: "Three hours is a long time", "17 is not enough". */
const JUDGING_BE: ReadonlySet<string> = new Set(['is', 'was', "isn't", "wasn't"]);
/** How many words may stand between the figure and its "is": "Eight hectares across four parishes is", "Ten minutes at night is". */
const MAX_FIGURE_SUBJECT = 5;
/** How many words a judging noun phrase may take after "a"/"an": "a start", "a long time", "a very long way". */
const MAX_JUDGING_PHRASE = 3;
/**
 * Nouns after "a"/"an" that rank or measure the figure rather than judge it: "is a record", "is a rise of …", "is a third of
 * the total", "is a fine": what the figure is, which can be checked.
 */
const FIGURE_NOUNS: ReadonlySet<string> = new Set(
  `record high low rise fall increase decrease drop cut jump third quarter half fifth tenth majority minority share fraction
  total sum fine fee charge cost loss profit deficit surplus saving payment rate average maximum minimum limit number`.split(/\s+/),
);

/**
 * A figure that opens the claim as its subject, judged by a form of "be" (`judged-figure`): the claim's first quantity starts
 * at its first word, at most `MAX_FIGURE_SUBJECT` words stand before the "is"/"was", and what follows is "a"/"an" and up to
 * `MAX_JUDGING_PHRASE` words (no possessive, no number, none of `FIGURE_NOUNS`, a comma or the claim's end or a preposition
 * closing the phrase), or "not" and one word closing the clause ("17 is not enough.").
 */
export function judgesFigure(tokens: readonly Token[], quantities: readonly Quantity[], offset = 0): boolean {
  const figure = quantities[0];
  if (figure === undefined || figure.kind === 'date') return false;
  const [first, last] = tokenRange(figure, tokens, offset);
  if (first !== 0 || first > last) return false;
  let be = last + 1;
  while (be < tokens.length && be <= last + MAX_FIGURE_SUBJECT && !JUDGING_BE.has((tokens[be] as Token).lower)) {
    if ((tokens[be] as Token).breakAfter || isVerbForm((tokens[be] as Token).lower)) return false;
    be++;
  }
  if (!JUDGING_BE.has(tokenLowerAt(tokens, be)) || (tokens[be] as Token).breakAfter) return false;
  let k = be + 1;
  if (tokenLowerAt(tokens, k) === 'not') {
    k++;
    const next = tokens[k];
    if (next === undefined || next.numeric || NUMBER_WORDS.has(next.lower)) return false;
    if (next.lower !== 'a' && next.lower !== 'an') return next.breakAfter || k === tokens.length - 1;
  }
  if (tokenLowerAt(tokens, k) !== 'a' && tokenLowerAt(tokens, k) !== 'an') return false;
  for (let j = k + 1; j <= k + MAX_JUDGING_PHRASE && j < tokens.length; j++) {
    const token = tokens[j] as Token;
    if (token.numeric || NUMBER_WORDS.has(token.lower) || FIGURE_NOUNS.has(token.lower) || endsWithText(token.lower, "'s")) return false;
    if (token.breakAfter || j === tokens.length - 1) return true;
    if (JUDGED_PHRASE_ENDS.has(tokenLowerAt(tokens, j + 1))) return true;
  }
  return false;
}

/** Words that close a judging noun phrase: "a long time for a child to wait", "a long way to drive". */
const JUDGED_PHRASE_ENDS: ReadonlySet<string> = new Set(['for', 'when', 'in', 'on', 'to', 'if', 'but', 'and', 'not']);

/** A finite verb or auxiliary between a figure and its "is": the figure is not its subject ("Four vans that were sold is …" never). */
function isVerbForm(w: string): boolean {
  return (
    w === 'are' || w === 'were' || w === 'has' || w === 'have' || w === 'had' || w === 'will' || w === 'would' || endsWithText(w, 'ed')
  );
}

/**
 * A forecast, intention or schedule whose only quantities are dates ("said it would hold a hearing in October", "The new
 * wing will open in 2029.", "said refunds would be paid by the end of April"), the promises convention's "only a date"
 * (eval/README.md): the date says when, not what is promised. Not a span of time, which the corpus reads both ways (how long
 * a trial or a hearing will last, against how long a repair or a strike will take), nor an ordinal ("a second depot"), nor
 * a multiple in words ("expected to double by 2030"), nor any figure; nor with a date before the forecast, which dates the
 * promise rather than what is promised ("told the board in May that the roof would be mended"), nor a past event before it;
 * a decision on record with a date is `decision-on-record`'s, judged before.
 */
function forecastsOnlyDates(tokens: readonly Token[], quantities: readonly Quantity[], offset: number): boolean {
  if (quantities.length === 0) return false;
  const i = firstIntention(tokens);
  for (const quantity of quantities) {
    // "The council told residents in May that the roof would be mended.": that date dates the promise, on record.
    if (quantity.kind !== 'date' || tokenRange(quantity, tokens, offset)[0] < i) return false;
  }
  for (let k = 0; k < tokens.length; k++) {
    const w = (tokens[k] as Token).lower;
    // "would open a second depot", "the third phase will start in 2028": what is added is promised, not only when.
    if ((w !== 'first' && ORDINAL_ENDINGS.has(w)) || MULTIPLE_WORDS.has(w)) return false;
    // "A trust bought the mill in June for a sum it will not reveal": an event before the intention, which the features miss.
    if (k < i && isPastForm(w) && !REPORTING_VERBS.has(w)) return false;
  }
  // "Assembly of the van will move to Brno by 2029.", "will stop carrying freight from 1 May": a move or an end of work, left to the model.
  let k = tokenLowerAt(tokens, i + 1) === 'to' ? i + 2 : i + 1;
  while (k < tokens.length && k <= i + 3 && (DECISION_GAP.has((tokens[k] as Token).lower) || tokenLowerAt(tokens, k) === 'be')) k++;
  return !MOVING_VERBS.has(tokenLowerAt(tokens, k));
}

/** Words of a multiple, a figure no quantity holds: "would rise to twice its debt", "are expected to double by 2031". */
const MULTIPLE_WORDS: ReadonlySet<string> = new Set(`twice double triple treble quadruple halve times`.split(' '));
/**
 * Verbs of moving or ending work, a service or production (and their participles after "be"): a decision the corpus reads
 * as on record when its date comes with it ("will move assembly to …", "will stop carrying freight from 1 May"), which
 * `announcesDecision` does not read ("move" goes both ways: a fixture "would move to a later kick-off").
 */
const MOVING_VERBS: ReadonlySet<string> = new Set(
  `move moved halt halted stop stopped end ended transfer transferred relocate relocated shift shifted cut axed scrapped`.split(' '),
);

/**
 * A promise, plan, target, forecast or expectation whose figure is what is promised or expected (`forecast-with-figure`):
 * a figure (`hasFigure`: a count, an amount, a percentage, a measure, not a date or a span of time) in the clause of the
 * intention, before or after its word ("would hire 8,000 more nurses", "Two of the four wards will close"), or after a present
 * verb of expecting with an object ("expects profit of £40 million", "forecasts growth of 2 percent"). Not an age ("He's 78 and he'll be …"), nor a figure before the verb that reports the intention ("The
 * trust, which has 830 members, said it would …"), nor one in a clause of condition or time ("If we raised prices by a third, we would lose …",
 * "would study the terms before advising its 3,200 members", "would act if inflation stayed above 4%"), nor, after the
 * intention, a count of a definite noun phrase, which names what is already there ("would meet the two sides", "among the
 * 140 crew"), against the indefinite count of what is promised ("two more clinics", "15 outlets"); nor a bare number that
 * places or names ("on 14 May", "at six", "3 Vicarage Lane", "Channel 6").
 */
function promisesFigure(quantities: readonly Quantity[], tokens: readonly Token[], offset: number): boolean {
  if (quantities.length === 0) return false;
  let intention = firstIntention(tokens);
  // After a verb of expecting, only its object states what is expected: "can't ask the same eleven lads … and expect them".
  const expecting = intention < 0;
  if (expecting) intention = firstExpectation(tokens);
  if (intention < 0) return false;
  for (const quantity of quantities) {
    if (!hasFigure([quantity], tokens, offset)) continue;
    const [first, last] = tokenRange(quantity, tokens, offset);
    if (quantity.kind === 'age' || first > last || inConditionOrTime(tokens, first) || placesOrNames(quantity, tokens, first, last))
      continue;
    if (last < intention && (expecting || reportedBetween(tokens, last, intention))) continue;
    if (first > intention && quantity.kind === 'count' && namesDefinitely(tokens, first)) continue;
    return true;
  }
  return false;
}

/**
 * A forecast or intention whose only past verbs stand in a clause of condition after it (`UNREAL_CLAUSES`): "said the suspension would
 * be lifted if the debts were settled", "said the bill would ease once two new boats entered service". In reported speech
 * the past of such a clause is the condition's tense put back, no past event (which would keep `forecast-without-figure`
 * from applying); what is said before the clause is the forecast alone: no past, no quantity of any kind. A figure in the
 * clause is the condition's ("would act if inflation stayed above 4%"), not what is forecast, as for `promisesFigure`.
 */
function forecastsOnCondition(tokens: readonly Token[], text: string, quantities: readonly Quantity[], offset: number): boolean {
  const intention = firstIntention(tokens);
  if (intention < 0 || text.length === 0) return false;
  let end = tokens.length;
  for (let k = intention + 1; k < tokens.length && end === tokens.length; k++) {
    if (UNREAL_CLAUSES.has((tokens[k] as Token).lower)) end = k;
  }
  // "said prices were likely to stay high": the past "were" of a likelihood is the forecast's own tense put back.
  const backshifted = LIKELIHOOD_WORDS.has((tokens[intention] as Token).lower) && PAST_COPULAS.has(tokenLowerAt(tokens, intention - 1));
  if (end === tokens.length && !backshifted) return false;
  // "were likely to rise by at least a third": a figure of what is forecast is `promisesFigure`'s.
  for (const quantity of quantities) {
    if (hasFigure([quantity], tokens, offset) && tokenRange(quantity, tokens, offset)[0] < end) return false;
  }
  const stop = end < tokens.length ? (tokens[end] as Token).start : text.length;
  const head = backshifted
    ? text.slice(0, (tokens[intention - 1] as Token).start) + text.slice((tokens[intention - 1] as Token).end, stop)
    : text.slice(0, stop);
  const features = extractCheckworthinessFeatures(head);
  // "said it would hold a second stoppage on 3 May unless …", "would begin dredging within a year if …": on a condition, a
  // date or a span only says when the threatened or promised step would come (the promises convention's "only a date"). Not
  // after "once", "until" or "before", whose span is often the forecast's own measure ("would take 48 hours once …").
  const conditional = end < tokens.length && CONDITIONS.has((tokens[end] as Token).lower);
  return features.pastOrPerfect === 0 && features.quantity === 0 && (features.dateOrTime === 0 || conditional);
}

/** Past forms of verbs of expecting and hoping that, in reported speech, put a forecast back a tense: "said she expected …". */
const EXPECTATION_PASTS: ReadonlySet<string> = new Set(['expected', 'hoped', 'anticipated', 'predicted']);
/** How many words may stand between such a form and its "to": "expected the deal to", "expected shelves in most stores to". */
const MAX_EXPECTED_OBJECT = 6;

/**
 * An expectation or hope reported in speech put back a tense, with no figure (`forecast-without-figure`): a reporting verb,
 * then a past "expected"/"hoped" of the speaker's (not after "had", a form of "be", "than" or "as"), then what is expected,
 * an object and "to" or "to" at once ("said she expected the deal to be completed in the second half of next year", "said
 * the government expected unemployment to peak early next year", "said it hoped to send another convoy next week"). The past
 * is the reporting's, not an event; a date or a span of time is no figure (eval/README.md's promises convention: "only a date
 * … or a span of time"). Not when any quantity of the claim is a figure ("expected 9,000 passengers a day", "expected to raise
 * the dividend by at least 5 percent": `forecast-with-figure`'s), nor when what follows the reporting verb holds another past.
 */
function reportsExpectationWithoutFigure(tokens: readonly Token[], text: string, quantities: readonly Quantity[], offset: number): boolean {
  if (text.length === 0 || hasFigure(quantities, tokens, offset)) return false;
  let verb = -1;
  for (let i = 1; i < tokens.length; i++) {
    const w = (tokens[i] as Token).lower;
    if (verb < 0) {
      if (REPORTING_VERBS.has(w)) verb = i;
      continue;
    }
    if (!EXPECTATION_PASTS.has(w)) continue;
    const before = (tokens[i - 1] as Token).lower;
    // "had expected the hold" is a belief held in the past (`reportsBelief`), "was expected to" a schedule.
    if (NOT_BELIEF_VERB.has(before) || PASSIVE_AUXILIARIES.has(before) || PERFECT_AUXILIARIES.has(before)) return false;
    let to = -1;
    for (let k = i + 1; k < tokens.length && k <= i + MAX_EXPECTED_OBJECT && to < 0; k++) {
      if ((tokens[k - 1] as Token).breakAfter) break;
      if ((tokens[k] as Token).lower === 'to') to = k;
    }
    if (to < 0 || to + 1 >= tokens.length) return false;
    // "hoped no jobs would go", "expected none of the staff to": a count of none is what is expected.
    for (let k = i + 1; k < to; k++) if (COUNTS_OF_NONE.has((tokens[k] as Token).lower)) return false;
    const from = (tokens[verb + 1] as Token | undefined)?.start ?? text.length;
    const rest = text.slice(from, (tokens[i] as Token).start) + text.slice((tokens[i] as Token).end);
    return extractCheckworthinessFeatures(rest).pastOrPerfect === 0;
  }
  return false;
}

/** Relative pronouns that open a clause describing the speaker: "The union, which has 140 members, said …". */
const SPEAKER_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['which', 'who', 'whose']);

/**
 * A forecast or intention reported after a speaker described by a relative clause set off by commas ("The union, which
 * represents 140 crew, said it would take part in the review.", "Berg, who has led the board since 2017, said he would not
 * resign."), whose content (after the reporting verb) states no past, no quantity and no date: the clause's figure and past
 * tell who the speaker is, what is already there, not what is forecast (eval/README.md's promises convention: "one whose
 * only figure describes what is already there"), and the forecast alone is `forecast-without-figure`'s. The relative clause
 * must close with a comma just before the reporting verb, which must come before the intention.
 */
function forecastsAfterSpeakerClause(tokens: readonly Token[], text: string, quantities: readonly Quantity[], offset: number): boolean {
  if (text.length === 0) return false;
  let verb = -1;
  for (let i = 2; i < tokens.length && i <= MAX_SPEAKER_CLAUSE_END; i++) {
    if (REPORTING_VERBS.has((tokens[i] as Token).lower)) {
      verb = i;
      break;
    }
  }
  if (verb < 0 || !(tokens[verb - 1] as Token).breakAfter) return false;
  let opener = -1;
  for (let k = verb - 2; k > 0 && opener < 0; k--) {
    if (SPEAKER_CLAUSE_OPENERS.has((tokens[k] as Token).lower) && (tokens[k - 1] as Token).breakAfter) opener = k;
  }
  if (opener < 0) return false;
  const intention = firstIntention(tokens);
  if (intention <= verb) return false;
  // "said no jobs would be lost": a count of none is what is forecast.
  for (let k = verb + 1; k < intention; k++) if (COUNTS_OF_NONE.has((tokens[k] as Token).lower)) return false;
  const from = (tokens[verb + 1] as Token | undefined)?.start;
  if (from === undefined) return false;
  // A figure outside the speaker's clause ("In Sallowby, where a burst main left 9,000 homes without water, X, who …") is the claim's.
  for (const quantity of quantities) {
    const first = tokenRange(quantity, tokens, offset)[0];
    if (first > verb || first < opener) return false;
  }
  if (extractCheckworthinessFeatures(text.slice(0, (tokens[opener] as Token).start)).pastOrPerfect > 0) return false;
  const features = extractCheckworthinessFeatures(text.slice(from));
  return features.pastOrPerfect === 0 && features.quantity === 0 && features.dateOrTime === 0;
}

/** Words that count none of what follows: "no jobs would be lost", "none of the crew would". */
const COUNTS_OF_NONE: ReadonlySet<string> = new Set(['no', 'none', 'nobody', 'nothing']);

/** How far into a claim a reporting verb after a speaker's relative clause may stand. */
const MAX_SPEAKER_CLAUSE_END = 24;

/**
 * Words opening a clause whose past, after a forecast, is put back a tense and tells nothing that happened: "if the debts
 * were settled", "once the panel had voted", "until reservoirs recovered", "before the fees went up". Not "when" or
 * "after", whose past may tell an event ("would be replaced after it failed").
 */
const UNREAL_CLAUSES: ReadonlySet<string> = new Set(['if', 'unless', 'once', 'until', 'before']);

/** Words opening a clause of condition proper: "if …", "unless …". */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless']);

/** The past forms of "be" that put a likelihood back a tense in reported speech ("said it was likely to …"). */
const PAST_COPULAS: ReadonlySet<string> = new Set(['was', 'were']);

/** Words that open a clause of condition or time: "if …", "before advising …", "once the fire was out". */
const CONDITION_OR_TIME: ReadonlySet<string> = new Set([...UNREAL_CLAUSES, 'when', 'after', 'whether']);
/** Determiners and possessives that make a count definite: "the two sides", "its 3,200 members", "all four of its harbours". */
const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(`the its their his her our my your these those all both`.split(' '));

/** The token at `at` stands in a clause opened by `CONDITION_OR_TIME`, with no clause break between the opener and it. */
function inConditionOrTime(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const token = tokens[k] as Token;
    if (token.breakAfter) return false;
    if (CONDITION_OR_TIME.has(token.lower)) return true;
  }
  return false;
}

/** A reporting verb between the figure and the intention: the figure is the speaker's ("which has 830 members, said it would"). */
function reportedBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (REPORTING_VERBS.has((tokens[k] as Token).lower)) return true;
  return false;
}

/** The count at `first` belongs to a definite noun phrase: a definite determiner or a possessive ("the town's") just before it. */
function namesDefinitely(tokens: readonly Token[], first: number): boolean {
  const before = tokenLowerAt(tokens, first - 1);
  return DEFINITE_DETERMINERS.has(before) || endsWithText(before, "'s") || endsWithText(before, "s'");
}

/** Words before a bare number that make it a time, a day or a label: "at six", "on 14 May", "Number three". */
const PLACING_WORDS: ReadonlySet<string> = new Set(['at', 'on', 'number', 'no']);

/**
 * A bare number (no counted noun) that places in time or space or names: after "at", "on" or "number" ("at six", "on 14 May", "Number three"),
 * before a capitalised word ("14 May", "3 Vicarage Lane") or just after one ("Channel 6").
 */
function placesOrNames(quantity: Quantity, tokens: readonly Token[], first: number, last: number): boolean {
  if (quantity.kind !== 'count' || quantity.counted !== null) return false;
  const before = tokens[first - 1];
  // "at six", "on 14 May"; "Number three, …", "No. 5": a label in a list.
  if (before !== undefined && PLACING_WORDS.has(before.lower)) return true;
  if (before !== undefined && first > 1 && before.capitalised && !before.breakAfter && (tokens[first] as Token).numeric) return true;
  const after = tokens[last + 1];
  return after !== undefined && !(tokens[last] as Token).breakAfter && after.capitalised && (tokens[last] as Token).numeric;
}

/** Present forms of verbs of expecting that take the expected thing as their object: "expects revenue of £40 million". */
const EXPECTING_VERBS: ReadonlySet<string> = new Set([
  'expects',
  'expect',
  'expecting',
  'forecasts',
  'predicts',
  'projects',
  'anticipates',
  'targets',
]);

/** The index of the claim's first verb of expecting with an object ("The firm expects sales of …"), not "as expected", or -1. */
function firstExpectation(tokens: readonly Token[]): number {
  for (let i = 1; i < tokens.length; i++) {
    if (EXPECTING_VERBS.has((tokens[i] as Token).lower) && !NOT_BELIEF_VERB.has((tokens[i - 1] as Token).lower)) return i;
  }
  return -1;
}

/** The index of the claim's first word of intention (`statesIntention`), or -1. */
function firstIntention(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).lower;
    if (!(ruleOpenings(tokens[i] as Token) & OPENS_INTENTION)) continue;
    if (INTENTION_WORDS.has(w) || endsWithText(w, "'ll")) return i;
    if (INTENTION_VERBS.has(w) && tokens[i + 1]?.lower === 'to') return i;
    if (LIKELIHOOD_WORDS.has(w) && tokens[i + 1]?.lower === 'to' && !RATE_COMPARERS.has(tokenLowerAt(tokens, i - 1))) return i;
    if (SCHEDULED.has(w) && i > 0 && isPresentCopula((tokens[i - 1] as Token).lower)) return i;
  }
  return -1;
}

/**
 * Words after a present "is"/"are" that say where a thing stands rather than what anyone thinks of it: a direction
 * ("up", "down"), a service or place open or not ("open", "closed", "shut", "off", "vacant"), a store or a place
 * "empty" or "full". "short" and "out" only before "of" ("short of nurses", "out of date"), "without" always ("without
 * power").
 */
const STATE_WORDS: ReadonlySet<string> = new Set(['up', 'down', 'open', 'closed', 'shut', 'off', 'vacant', 'empty', 'full', 'without']);
const STATE_WORDS_BEFORE_OF: ReadonlySet<string> = new Set(['short', 'out']);
/** Words that may stand before a comparative after "is"/"are": "no better", "much smaller", "far higher". */
const COMPARATIVE_LEADS: ReadonlySet<string> = new Set(['no', 'much', 'far', 'even', 'slightly']);
/** Comparatives not in -er: "much worse", "far less". */
const IRREGULAR_COMPARATIVES: ReadonlySet<string> = new Set(['worse', 'less', 'more']);
/** Present forms of verbs that keep a state, read as "is"/"are": "The bridge remains closed.", "The pool stays shut." */
const STAYING_VERBS: ReadonlySet<string> = new Set(['remains', 'remain', 'stays', 'stay']);
/** Pronouns whose "'s" is "is" ("it's", "that's"); after a noun an "'s" is as often a possessive or a "has". */
const IS_CONTRACTIONS: ReadonlySet<string> = new Set(["it's", "that's", "there's", "he's", "she's", "what's"]);

/**
 * A present "is"/"are" followed, maybe past an adverb or two, by a word of state (`STATE_WORDS`, maybe after "half" or
 * "nearly"), a comparison (a word before "than", or an -er word after "no"/"much"/"far") or a rank ("the largest",
 * "the second"): "Prices are up.", "Shelves are half empty.", "We're short of nurses.", "Roads are busier than
 * usual.", "At night it is no better.", "It is the third fire this year."; or after a subject that counts all or
 * none ("Nobody is on board.", not "Nobody is asking …"), or after a statement called untrue (`judgesStatement`).
 */
export function statesPresentState(tokens: readonly Token[]): boolean {
  const lowerAt = (i: number): string => tokenLowerAt(tokens, i);
  for (let i = 0; i < tokens.length; i++) {
    if (!(ruleOpenings(tokens[i] as Token) & OPENS_PRESENT_STATE)) continue;
    let k = i + 1;
    while (k < i + 1 + MAX_STATE_ADVERBS && isAdverb(lowerAt(k))) k++;
    // "no longer" is an adverb of time, not a comparison: "is no longer open" is a state, "are no longer pushing" none.
    if (lowerAt(k) === 'no' && lowerAt(k + 1) === 'longer') k += 2;
    // "half empty", "nearly full": how far a state goes.
    if ((lowerAt(k) === 'half' || APPROXIMATORS.has(lowerAt(k))) && STATE_WORDS.has(lowerAt(k + 1))) return true;
    const word = lowerAt(k);
    if (word === 'the' && ranks(lowerAt(k + 1))) return true;
    if (judgesStatement(tokens, i)) return true;
    // "Nobody is on board", not "Nobody is asking …" nor "Every account is being checked": a state, not what is being done.
    if (i <= MAX_QUANTIFIED_SUBJECT && countsAllOrNone(tokens) && !endsWithText(word, 'ing') && !endsWithText(lowerAt(i + 1), 'ing')) {
      return true;
    }
    if (STATE_WORDS.has(word) || (STATE_WORDS_BEFORE_OF.has(word) && lowerAt(k + 1) === 'of')) return true;
    if (lowerAt(k + 1) === 'than' && tokens[k] !== undefined && !tokens[k]!.numeric) return true;
    if (COMPARATIVE_LEADS.has(word) && (endsWithText(lowerAt(k + 1), 'er') || IRREGULAR_COMPARATIVES.has(lowerAt(k + 1)))) return true;
  }
  return false;
}
/** Participles of a body's hold on something after a present "is"/"are": "is run by", "are owned by", "are funded by". */
const HOLDER_PARTICIPLES: ReadonlySet<string> = new Set(
  `run owned operated managed funded staffed maintained leased controlled`.split(' '),
);
/** Words after "own" that make it the verb with its object ("own the land", "own it"), not the adjective ("their own"). */
const OWNED_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'it', 'them', 'most', 'all', 'both', 'half', 'every']);
/** Words before "own" that make it the adjective: "its own", "their own", "on" before a possessive. */
const OWN_ADJECTIVE_LEADS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your', 'the', 'of', 'on']);

/**
 * The claim says, in the present, who holds, runs or pays for something (`present-state`): a present "is"/"are", maybe past
 * an adverb or two, before "run/owned/operated/managed/funded/staffed/maintained/leased/controlled by" ("The pool is run by
 * a leisure trust.", "The yard is still owned by the port."), "belongs/belong to" ("The quay belongs to the harbour
 * board."), or "owns"/"own" with an object ("The county still owns the quarry.", "We own the depot."): a holding someone can
 * look up in a register, a contract or accounts, which the model, trained on debates, scores as low as a view. Not "own"
 * as an adjective ("its own tally") nor a past ("was run by", "owned" alone: `stated-fact`'s or the model's).
 */
export function statesHolder(tokens: readonly Token[]): boolean {
  const lowerAt = (i: number): string => tokenLowerAt(tokens, i);
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).lower;
    if (w === 'belongs' || w === 'belong') {
      // "The paintings belong to the people.": a claim of who ought to have something, not a holding on record.
      if (
        lowerAt(i + 1) === 'to' &&
        !MODAL_BEFORE.has(lowerAt(i - 1)) &&
        !COLLECTIVE_HOLDERS.has(lowerAt(i + 2) === 'the' ? lowerAt(i + 3) : lowerAt(i + 2))
      )
        return true;
      continue;
    }
    if (w === 'owns') return true;
    if (w === 'own' && !OWN_ADJECTIVE_LEADS.has(lowerAt(i - 1)) && !endsWithText(lowerAt(i - 1), "'s") && OWNED_OPENERS.has(lowerAt(i + 1)))
      return i > 0 && !MODAL_BEFORE.has(lowerAt(i - 1));
    if (!HOLDER_PARTICIPLES.has(w) || lowerAt(i + 1) !== 'by') continue;
    let k = i - 1;
    while (k > 0 && k > i - 1 - MAX_STATE_ADVERBS && isAdverb(lowerAt(k))) k--;
    if (isPresentCopula(lowerAt(k))) return true;
  }
  return false;
}
/** Holders that are everyone, a rhetoric of belonging: "belongs to the people", "belongs to all of us". */
const COLLECTIVE_HOLDERS: ReadonlySet<string> = new Set(['people', 'public', 'everyone', 'everybody', 'all', 'us', 'nation', 'community']);
/** Words before a base form that make it no present statement: "might belong to", "could own", "to own". */
const MODAL_BEFORE: ReadonlySet<string> = new Set(['may', 'might', 'could', 'would', 'should', 'must', 'can', 'to', 'will']);

/** Forms of "be" before a verdict by litotes: "is hardly", "was far from", "it's a long way from". */
const DISTANCE_BE: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  ...IS_CONTRACTIONS,
]);
/** Litotes after "be": "is hardly a cure", "was scarcely news", "is far from clear" ("far" only before "from"). */
const LITOTES: ReadonlySet<string> = new Set(['hardly', 'scarcely']);
/** Forms of "fall" before "short": "falls short", "fell well short", "falling a long way short". */
const FALL_FORMS: ReadonlySet<string> = new Set(['fall', 'falls', 'fell', 'falling', 'fallen']);
/** Degrees that may stand between "fall" and "short": "well short", "far short", "a long way short". */
const SHORT_DEGREES: ReadonlySet<string> = new Set(['well', 'far', 'some', 'way', 'a', 'long', 'just', 'slightly', 'badly', 'woefully']);

/**
 * A verdict put by litotes or by how far something falls from what it should be (`evaluation`): "be" (maybe past an adverb)
 * before "hardly"/"scarcely" or "far from", "be a long way from/off", or "fall/fell short" maybe past a degree ("fell well
 * short"). The caller asks for no figure: a counted shortfall ("fell 40 homes short of its target") is checked.
 */
export function judgesByDistance(tokens: readonly Token[]): boolean {
  const lowerAt = (i: number): string => tokenLowerAt(tokens, i);
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).lower;
    if (FALL_FORMS.has(w)) {
      let k = i + 1;
      while (k < tokens.length && k <= i + 3 && SHORT_DEGREES.has(lowerAt(k))) k++;
      if (lowerAt(k) === 'short' && !(tokens[i] as Token).breakAfter) return true;
      continue;
    }
    if (!DISTANCE_BE.has(w) || (tokens[i] as Token).breakAfter) continue;
    let k = i + 1;
    while (k < i + 1 + MAX_STATE_ADVERBS && k < tokens.length && isAdverb(lowerAt(k)) && !LITOTES.has(lowerAt(k))) k++;
    const next = lowerAt(k);
    if (LITOTES.has(next)) return true;
    if (next === 'far' && lowerAt(k + 1) === 'from') return true;
    if (next === 'a' && lowerAt(k + 1) === 'long' && lowerAt(k + 2) === 'way' && (lowerAt(k + 3) === 'from' || lowerAt(k + 3) === 'off')) {
      return true;
    }
  }
  return false;
}

/** Present forms of "can" that deny an ability: "cannot", "can't" (and "can not", `deniesAbility`). */
const ABILITY_NEGATIONS: ReadonlySet<string> = new Set(['cannot', "can't"]);

/**
 * The claim says what cannot be done, in the present: "A nurse cannot do five days' work in four.", "You can't ask the same
 * eleven players to …", "We cannot justify two boats ten miles apart.": a judgement of what is possible, not a measurement,
 * whatever figure it holds. "could not" is a hedge already (`HEDGES`); a positive "can" states a capacity ("the dock can take a
 * ship of 200 metres"), which is checked.
 */
export function deniesAbility(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).lower;
    if (ABILITY_NEGATIONS.has(w) || (w === 'can' && tokens[i + 1]?.lower === 'not')) return true;
  }
  return false;
}

/** Present forms of "be" after an existential "there": "there is", "there aren't" ("there's" is one token; a past "there were" is a stated fact's). */
const EXISTENTIAL_VERBS: ReadonlySet<string> = new Set(['is', 'are', "isn't", "aren't"]);
/** Words that may open a claim before its existential "there": "But there is …", "Now there are …". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['but', 'and', 'now', 'so', 'still', 'yet']);

/**
 * The claim opens by saying that something exists or does not, in the present ("There is no crossing there.", "There
 * are two ferries a day.", "There is nothing left to measure."), with no personal pronoun: a state someone can go and look at. With an "I",
 * "we" or "you" the same shape is as often a speaker's view ("There's much we can do", "There's no price you can charge"),
 * which stays the model's; so do hedges, forecasts and questions (the caller's conditions).
 */
export function statesExistence(tokens: readonly Token[], features: CheckworthinessFeatures): boolean {
  if (features.personalPronoun) return false;
  let i = 0;
  while (i < tokens.length && CLAUSE_OPENERS.has((tokens[i] as Token).lower)) i++;
  const first = tokens[i]?.lower ?? '';
  if (first === "there's") return true;
  return first === 'there' && EXISTENTIAL_VERBS.has(tokens[i + 1]?.lower ?? '');
}

/** Subjects that name nothing by themselves: a cause given for "it" or "that" explains what came before, an argument as often as an event. */
const BARE_SUBJECTS: ReadonlySet<string> = new Set(['it', "it's", 'this', 'that', "that's"]);

/**
 * The claim gives a cause or puts the blame, in the author's or a source's words ("Staff are leaving because they are
 * exhausted.", "Mostly because of the foundations.", "The operator blames the weather."), with no personal pronoun and a
 * subject that names something (not "it", "this", "that", maybe after "but"/"and"): the schema's causes, which the model,
 * trained on debates where a "because" most often argues, scores as low as a view. An "I", "we" or "you" keeps it the
 * model's ("We chose this region because …", "I do not blame the crews"); hedges, forecasts and questions too (the caller's).
 */
export function statesCause(tokens: readonly Token[], features: CheckworthinessFeatures): boolean {
  if (!features.causal || features.personalPronoun) return false;
  const opener = tokens[0]?.lower ?? '';
  const subject = opener === 'but' || opener === 'and' ? (tokens[1]?.lower ?? '') : opener;
  if (BARE_SUBJECTS.has(subject)) return false;
  // "Lindqvist, who is responsible for transport, said …": "responsible" names a post as often as it puts the blame.
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).lower;
    if (!(ruleOpenings(tokens[i] as Token) & OPENS_CAUSE)) continue;
    if (CAUSAL_WORDS.has(w) && !ROLE_CAUSAL_WORDS.has(w)) return true;
    for (const phrase of CAUSAL_PHRASES) if (phrase.every((word, k) => tokens[i + k]?.lower === word)) return true;
  }
  return false;
}
/**
 * Verbs of an effect one kind of thing has on another: what a general fact of health, science or safety says a thing does
 * ("Seat belts halve the risk …", "Salt does not repel slugs", "Cold water lowers the body temperature", "Bare soil loses heat").
 */
const EFFECT_LEMMAS: ReadonlySet<string> = new Set(
  `cause carry kill destroy damage halve double triple lower raise reduce increase strengthen weaken repel prevent protect
   spread trigger stop lose absorb release produce block harm infect transmit shorten lengthen`.split(/\s+/),
);
/** Words before a verb that make it a noun's ("the cuts", "its losses", "a rise"), not the claim's present verb. */
const NOUN_MARKERS: ReadonlySet<string> = new Set(
  `the a an its their his her our my your this that these those each every no any some of for to in on by with and or`.split(' '),
);

/**
 * A general fact of what one kind of thing does to another, in the present (`stated-cause`): the claim's verb, not after a
 * determiner or a preposition, is a present form of an effect verb (`EFFECT_LEMMAS`: "halves", "repels", "lose" after a plural
 * subject) or its base after "does not"/"do not" ("Salt does not repel slugs."). The caller asks for a plain present claim
 * with no personal pronoun and no quote: a health, science or safety fact an explainer states, which the model, trained on
 * debates, scores as low as a view. Not after "he"/"she" opening the claim (a person's habit).
 */
export function statesGeneralEffect(tokens: readonly Token[]): boolean {
  // "She still stops by on Fridays": a person's habit, not what a kind of thing does.
  if (PERSON_PRONOUNS.has(tokenLowerAt(tokens, 0))) return false;
  for (let i = 1; i < tokens.length; i++) {
    const w = (tokens[i] as Token).lower;
    const before = (tokens[i - 1] as Token).lower;
    if ((tokens[i - 1] as Token).breakAfter || NOUN_MARKERS.has(before) || (tokens[i] as Token).capitalised) continue;
    if (EFFECT_LEMMAS.has(w)) {
      // A base form: after "does not"/"do not", or after a plural subject ("Seat belts halve …", "Mosquitoes carry …").
      if (before === 'not' && (tokenLowerAt(tokens, i - 2) === 'does' || tokenLowerAt(tokens, i - 2) === 'do')) return true;
      if (before === "doesn't" || before === "don't") return true;
      if (endsWithText(before, 's') && !endsWithText(before, "'s") && !endsWithText(before, 'ss')) return true;
      continue;
    }
    if (endsWithText(w, 's') && thirdPersonOf(w, EFFECT_LEMMAS)) return true;
  }
  return false;
}

/** A third person singular present of one of `lemmas`: "halves", "carries", "loses", "causes", "stops". */
function thirdPersonOf(w: string, lemmas: ReadonlySet<string>): boolean {
  if (lemmas.has(w.slice(0, -1))) return true;
  if (endsWithText(w, 'ies') && lemmas.has(`${w.slice(0, -3)}y`)) return true;
  return endsWithText(w, 'es') && lemmas.has(w.slice(0, -2));
}

/** Causal words that also name a post ("who is responsible for transport"): no cause on their own. */
const ROLE_CAUSAL_WORDS: ReadonlySet<string> = new Set(['responsible', 'responsibility']);

/** Past forms of verbs of belief and expectation: with one as the claim's verb, the claim reports what someone thought would be so. */
const BELIEF_PASTS: ReadonlySet<string> = new Set([
  'expected',
  'anticipated',
  'predicted',
  'believed',
  'feared',
  'doubted',
  'suspected',
  'thought',
]);
/** Words before such a form that make it no verb of the claim's subject: "than expected", "as predicted", "the expected rise" (and a form of "be": "was expected to", `PASSIVE_AUXILIARIES`). */
const NOT_BELIEF_VERB: ReadonlySet<string> = new Set(['than', 'as', 'the', 'an', 'widely']);

/**
 * The claim reports a belief or an expectation held in the past ("Analysts had mostly expected the hold.", "She said she still
 * expected no cut before May."): its past tense is the believing, not an event, so it is no stated fact (the model decides).
 * Not "than expected", "as predicted", a passive ("was expected in January", an event scheduled) or an adjective ("the expected
 * rise").
 */
export function reportsBelief(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const before = tokenLowerAt(tokens, i - 1);
    if (BELIEF_PASTS.has((tokens[i] as Token).lower) && !NOT_BELIEF_VERB.has(before) && !PASSIVE_AUXILIARIES.has(before)) return true;
  }
  return false;
}

/** Words opening a subject that counts all or none: "Nobody is on board.", "None of them is hurt.", "Every one of the boats is …". */
const WHOLE_OR_NONE: ReadonlySet<string> = new Set(['nobody', 'none', 'every', 'everyone', 'everybody', 'all']);
/** The claim opens with a subject that counts all or none (`WHOLE_OR_NONE`, "no one"). */
function countsAllOrNone(tokens: readonly Token[]): boolean {
  const first = tokens[0]?.lower ?? '';
  return WHOLE_OR_NONE.has(first) || (first === 'no' && tokens[1]?.lower === 'one');
}
/** How far into the claim the "is"/"are" of such a subject may stand: "Every one of our boats is". */
const MAX_QUANTIFIED_SUBJECT = 5;
/** How far before the "is"/"are" the statement judged may be named: "the minister's figure is", "that estimate is". */
const MAX_JUDGED_SUBJECT = 3;

/**
 * "The minister's figure is too high.", "That estimate is simply wrong.": a statement (`REFERENTS`) just before "is"/"are"
 * and, after it, a word calling it untrue or "too …": a denial of something said, which the corpus queues as a claim.
 */
function judgesStatement(tokens: readonly Token[], copula: number): boolean {
  let named = false;
  for (let k = Math.max(copula - MAX_JUDGED_SUBJECT, 0); k < copula; k++) named ||= REFERENTS.has((tokens[k] as Token).lower);
  if (!named) return false;
  for (let k = copula + 1; k <= copula + 1 + MAX_STATE_ADVERBS && k < tokens.length; k++) {
    const w = (tokens[k] as Token).lower;
    if (UNTRUE_WORDS.has(w) || w === 'too') return true;
  }
  return false;
}

/**
 * A word that ranks what follows by a measure or an order: "the largest", "the lowest", "the second", "the 3rd". Not
 * "the best", "the worst", "the greatest", "the most", "the only": they rank by judgement as often ("the best way",
 * "the most important election", "the only answer").
 */
function ranks(word: string): boolean {
  return (SUPERLATIVES.has(word) && !JUDGEMENT_SUPERLATIVES.has(word)) || ORDINAL_ENDINGS.has(word) || NUMERIC_ORDINAL.test(word);
}
const JUDGEMENT_SUPERLATIVES: ReadonlySet<string> = new Set(['best', 'worst', 'greatest']);
const NUMERIC_ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** Adverbs that may stand between "is"/"are" and the word of state: "are still closed", "is not yet open". */
const MAX_STATE_ADVERBS = 2;

/** Verbs of answering that, negated, say someone did not answer: "did not respond", "has not replied", "did not return calls". */
const ANSWER_VERBS: ReadonlySet<string> = new Set(['respond', 'responded', 'reply', 'replied', 'answer', 'answered', 'return', 'returned']);
/** Forms of "return" among the answering verbs: an answer only with what was asked for after them ("did not return calls"). */
const RETURN_FORMS: ReadonlySet<string> = new Set(['return', 'returned']);
/** Negations before an answering verb, maybe past one more word ("did not immediately respond"). */
const NEGATIONS: ReadonlySet<string> = new Set(['not', "didn't", "hasn't", "haven't", "hadn't", "couldn't", 'never']);
/** What a non-answer leaves unanswered: "requests for comment", "questions", "calls", "emails" (or nothing: "did not respond."). */
const REQUEST_WORDS: ReadonlySet<string> = new Set([
  'comment',
  'questions',
  'request',
  'requests',
  'calls',
  'emails',
  'messages',
  'inquiries',
  'queries',
]);

/** Modals that, with "not" and a verb of commenting, refuse an answer: "would not comment", "could not say". */
const REFUSING_MODALS: ReadonlySet<string> = new Set(['would', 'will', 'could', 'can']);
/** The same modals negated in one word: "won't comment", "couldn't say". */
const NEGATED_MODALS: ReadonlySet<string> = new Set(["wouldn't", "won't", "couldn't", "can't", 'cannot']);

/** The claim says someone did not answer or would not comment ("did not respond to requests for comment", "declined to comment", "could not be reached"). */
export function saysNoComment(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).lower;
    if (!(ruleOpenings(tokens[i] as Token) & OPENS_NO_COMMENT)) continue;
    const next = tokens[i + 1]?.lower ?? '';
    // "did not comment on individual clubs", "has not commented": a refusal stated as a fact, as "declined to comment".
    if (NEGATIONS.has(w) && (next === 'comment' || next === 'commented')) return true;
    if (NEGATIONS.has(w)) {
      const verb = ANSWER_VERBS.has(next) ? i + 1 : ANSWER_VERBS.has(tokens[i + 2]?.lower ?? '') ? i + 2 : -1;
      // A bare "did not return" closing the claim is someone not coming back ("left injured and did not return"); calls are
      // returned, so "return" answers only with what was asked for ("did not return calls").
      const bare = verb === tokens.length - 1 && !RETURN_FORMS.has(tokenLowerAt(tokens, verb));
      if (verb >= 0 && (bare || asksForAnswer(tokens, verb + 1))) return true;
    }
    if ((w === 'declined' || w === 'refused') && next === 'to' && NO_COMMENT_VERBS.has(tokens[i + 2]?.lower ?? '')) return true;
    if (w === 'be' && next === 'reached' && i > 0 && NEGATIONS.has((tokens[i - 1] as Token).lower)) return true;
    // "would not comment further", "could not say who fired them", "won't comment": a refusal in a modal, as "declined to".
    if (NEGATED_MODALS.has(w) && NO_COMMENT_VERBS.has(next)) return true;
    if (REFUSING_MODALS.has(w) && next === 'not' && NO_COMMENT_VERBS.has(tokens[i + 2]?.lower ?? '')) return true;
    if (w === 'no' && next === 'comment') return true;
  }
  return false;
}

/** A word of what was asked for ("requests for comment", "questions") among the tokens from `from` on. */
function asksForAnswer(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) if (REQUEST_WORDS.has((tokens[k] as Token).lower)) return true;
  return false;
}

/** Verbs of condemning, beside the verbs of reacting (`REACTION_LEMMAS`): "condemned the cuts as …". */
const CONDEMNING_LEMMAS: ReadonlySet<string> = new Set(['condemn', 'denounce']);
/** Forms of "call" that may name something ("called the deal a disgrace"); "was called", "been called" are passives. */
const CALL_FORMS: ReadonlySet<string> = new Set(['called', 'calls', 'call', 'calling']);
/** Verbs of calling for something, whatever follows: "urged the council to …", "demanded an inquiry", "appealed for calm". */
const URGING_FORMS: ReadonlySet<string> = new Set(['urged', 'urges', 'urging', 'demanded', 'appealed', 'appeals', 'appealing']);
/** Forms of "appeal" that call for something only before "for" or "to" ("appealed for witnesses"): "after she appealed" is a legal act. */
const APPEAL_FORMS: ReadonlySet<string> = new Set(['appealed', 'appeals', 'appealing']);
/** Words before such a verb that make it no call of the subject's: a purpose ("marched … to demand"), a relative clause, a negation. */
const NOT_A_CALL_BEFORE: ReadonlySet<string> = new Set(['to', 'which', 'who', 'that', 'not', 'never']);
/** Forms of "call" that call for something before "for" or "on"; a bare "call" is as often the noun ("the wrong call on …"). */
const CALLING_FORMS: ReadonlySet<string> = new Set(['called', 'calls', 'calling']);

/**
 * At `i`, the subject calls for something to be done (a `reaction`, the corpus's convention since branch checkworthy17: a
 * position, not a fact): "called for an inquiry", "calls on the council to …", "urged residents to …", "demanded a judicial
 * review", "appealed for witnesses". Not "was called", "the calls for …" (a noun), "marched … to demand higher pay" (the
 * march is the event), "… and demanded a ransom" (part of an act told), "which had called for a prosecution" (said of
 * someone in passing), "was not calling for", nor "after she appealed" (against a decision).
 */
function makesCall(tokens: readonly Token[], i: number): boolean {
  const w = tokenLowerAt(tokens, i);
  const next = tokenLowerAt(tokens, i + 1);
  const isCall =
    (CALLING_FORMS.has(w) && (next === 'for' || next === 'on')) ||
    (URGING_FORMS.has(w) && (!APPEAL_FORMS.has(w) || next === 'for' || next === 'to'));
  if (!isCall) return false;
  const before = tokenLowerAt(tokens, i - 1);
  // "… encrypted the systems and demanded a ransom": a call joined to an act is part of the event told.
  if (PASSIVE_AUXILIARIES.has(before) || OBJECT_OPENERS.has(before) || before === 'and' || endsWithText(before, "n't")) return false;
  for (let k = Math.max(0, i - 3); k < i; k++) if (NOT_A_CALL_BEFORE.has(tokenLowerAt(tokens, k))) return false;
  return true;
}

/** Forms of "describe" that put a name on their object with "as": "described the offer as an insult". */
const DESCRIBE_FORMS: ReadonlySet<string> = new Set(['described', 'describes', 'describe', 'describing']);
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are']);
/** Words that open the object of "called … a …": a determiner, a possessive or an object pronoun. */
const OBJECT_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'it',
  'this',
  'that',
  'them',
  'him',
  'these',
  'those',
]);
/** How far after "called" the "a"/"an" of the name put on its object may stand: "called the government's new offer an insult". */
const MAX_CALLED_OBJECT = 6;
/** How far after "called" a quality closing its object may stand: "called the food given to the camp inadequate". */
const MAX_CALLED_QUALITY = 8;

/** The lemma of a reacting verb's form, if it is one ("welcomed" → "welcome", "slammed" → "slam", "hails" → "hail"). */
function reactionLemmaOf(lower: string): string | null {
  // Inflected forms only: a bare "hail" or "welcome" is as often a noun ("the hail", "a warm welcome").
  if (!endsWithText(lower, 'ed') && !endsWithText(lower, 's')) return null;
  const candidates = [lower.slice(0, -1), lower.slice(0, -2), lower.slice(0, -3)];
  for (const lemma of candidates) {
    if ((REACTION_LEMMAS.has(lemma) && !APOLOGY_LEMMAS.has(lemma)) || CONDEMNING_LEMMAS.has(lemma)) return lemma;
  }
  return null;
}

/**
 * The claim reports a reaction or a name put on something (see `reaction` above): a verb of reacting not followed by
 * "saying" or by a new sentence after a clause break; "called"/"calls" before an object and an "a"/"an" naming it,
 * when nothing in the claim is a statement or a word calling it untrue (that is a denial).
 */
export function reportsReaction(tokens: readonly Token[], text = ''): boolean {
  const lowerAt = (i: number): string => tokenLowerAt(tokens, i);
  for (let i = 0; i < tokens.length; i++) {
    const w = lowerAt(i);
    if (!(ruleOpenings(tokens[i] as Token) & OPENS_REACTION)) continue;
    if (i > 0 && makesCall(tokens, i) && !goesOnToSay(tokens, i)) return true;
    if (CALL_FORMS.has(w) || DESCRIBE_FORMS.has(w)) {
      // "was called off" is a passive; "put one ad in the paper and called it a search" names what a stated act was.
      if (PASSIVE_AUXILIARIES.has(lowerAt(i - 1)) || lowerAt(i - 1) === 'and') continue;
      if (namesObject(tokens, i, DESCRIBE_FORMS.has(w) ? 'as' : null, text)) return true;
      continue;
    }
    if (i > 0 && reactionLemmaOf(w) !== null && !goesOnToSay(tokens, i)) return true;
    if (statesOwnStance(tokens, i) && !goesOnToSay(tokens, i)) return true;
    if (closesOnAgreement(tokens, i)) return true;
  }
  return false;
}

/** Forms of "be" that join a reported subject to what the speaker judges it to be: "said the plan was unrealistic". */
const VIEW_COPULAS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are']);
/** How many words the subject of the reported clause may run to: "said the government's waiting-list pledge was …". */
const MAX_VIEW_SUBJECT = 6;
/**
 * Words after the copula that open no judgement: determiners and prepositions (a noun phrase or a place: "was the only way",
 * "was in hospital"), words of state (`STATE_WORDS`: "was closed"), calling a statement untrue (a denial: "was wrong"), a
 * word of time or being able ("was due", "were unable"), a pronoun.
 */
const NOT_VIEW_PREDICATES: ReadonlySet<string> = new Set(
  `a an the no this that these those his her its their our my your some any all each every one
   in at on to for with by from of out off up down into onto over under about after before as than like near inside outside
   among below above beyond within behind between without
   due able unable it he she they we there here what who`.split(/\s+/),
);

/**
 * Reported speech whose clause puts a quality on its subject, in no quote marks (`reported-view`): a reporting verb, maybe
 * "that", a subject of at most `MAX_VIEW_SUBJECT` words, "was"/"were"/"is"/"are", maybe an adverb or two, and a bare word of
 * quality ("Critics said the pledge was unrealistic.", "The chairman told shareholders that the award was fair.", "said the
 * production was deliberately traditional"): how the speaker judges something. In reported speech a past "was" is the
 * speaker's present put back a tense, not a past event, so it is no stated fact. Not a participle, which reports an act
 * ("said the driver was arrested"), a progressive ("said the firm was sending engineers"), a noun phrase, a place, a state
 * (`NOT_VIEW_PREDICATES`, `STATE_WORDS`) or a denial ("said the figures were wrong", `UNTRUE_WORDS`).
 */
export function reportsView(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!REPORTING_VERBS.has((tokens[i] as Token).lower) || (tokens[i] as Token).breakAfter) continue;
    let from = i + 1;
    if (tokenLowerAt(tokens, from) === 'that') from++;
    // "said most of the new cases were …": a share of a whole, which is counted, not judged.
    if (VAGUE_QUANTIFIERS.has(tokenLowerAt(tokens, from)) || tokenLowerAt(tokens, from) === 'much') continue;
    for (let c = from + 1; c <= from + MAX_VIEW_SUBJECT && c < tokens.length; c++) {
      const token = tokens[c - 1] as Token;
      // "said the minister's figure was too high" judges a statement (a denial); "said it believed the fire was …" a belief.
      if (token.breakAfter || REFERENTS.has(token.lower) || BELIEF_PASTS.has(token.lower) || OPINION_VERBS.has(token.lower)) break;
      // "said the new rota had been a godsend": a perfect "been" before a verdict noun only; before a bare quality it is as
      // often what someone felt or was ("said the crew had been tired").
      if (beenBeforeVerdict(tokens, c)) return true;
      if (!VIEW_COPULAS.has((tokens[c] as Token).lower)) continue;
      if (judgesQuality(tokens, c)) return true;
      break;
    }
    if (judgesDegree(tokens, from) || judgesChoice(tokens, from)) return true;
  }
  return false;
}

/** Words that judge a choice right or wrong before the noun of the choice: "the right one", "the wrong call". */
const CHOICE_JUDGEMENTS: ReadonlySet<string> = new Set(['right', 'wrong']);
/** Nouns of a choice judged by `CHOICE_JUDGEMENTS`: "was the right one", "had made the wrong decision", "took the right approach". */
const CHOICE_NOUNS: ReadonlySet<string> = new Set(['one', 'decision', 'call', 'choice', 'thing', 'move', 'approach']);
/** Forms of "deserve": "said the crew had deserved the title", "said the stewards deserve better". */
const DESERVE_FORMS: ReadonlySet<string> = new Set(['deserve', 'deserves', 'deserved']);

/**
 * In the reported clause from `from` to its first break, a choice judged ("said the ballot was the right one", "said the
 * judges had made the wrong call") or a desert ("said the crew had deserved the title"): how the speaker judges what was done
 * or what is owed, not a fact. Not a statement judged ("said the minister's figure was the wrong one": a denial), as in
 * `judgesDegree`; "the wrong dose", "the right address" name no choice and stay the other rules'.
 */
function judgesChoice(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (REFERENTS.has(token.lower)) return false;
    if (DESERVE_FORMS.has(token.lower)) return true;
    if (
      token.lower === 'the' &&
      !token.breakAfter &&
      CHOICE_JUDGEMENTS.has(tokenLowerAt(tokens, k + 1)) &&
      !(tokens[k + 1] as Token).breakAfter &&
      CHOICE_NOUNS.has(tokenLowerAt(tokens, k + 2))
    ) {
      return true;
    }
    if (token.breakAfter) return false;
  }
  return false;
}

/**
 * In the reported clause from `from` to its first break, "too" before a word: a degree judged against what the speaker
 * thinks right ("said the lane was too narrow", "said the government had acted too late"). Not "too" closing the clause
 * ("said it would close the pool too"), which means "also", nor a statement judged ("said the figure was too high": a denial).
 */
function judgesDegree(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length - 1; k++) {
    const token = tokens[k] as Token;
    // "said the minister's figure is too high" judges a statement: a denial, as in `reportsView`.
    if (token.breakAfter || REFERENTS.has(token.lower)) return false;
    if (token.lower === 'too') return true;
  }
  return false;
}

/**
 * Nouns of a verdict on how something turned out or was done: put on a reported subject after "was a"/"an" ("said the
 * scheme was a mistake", "said the vote was a victory for common sense", "said the closure was a betrayal"), they judge
 * it, as a word of quality does (`judgesQuality`); a noun of a kind or a role ("was a nurse", "was a warehouse") does not.
 */
const VERDICT_NOUNS: ReadonlySet<string> = new Set(
  `mistake mistakes error blunder disgrace scandal betrayal victory triumph success failure disaster catastrophe shambles
   farce sham insult travesty outrage joke mess fiasco blow setback boost relief tragedy embarrassment waste manoeuvre
   gamble con stunt lifeline godsend improvement backwards backward`.split(/\s+/),
);
/** How many words after "a"/"an" the verdict noun may stand: "a classic accounting manoeuvre", "a hammer blow". */
const MAX_VERDICT_NOUN = 4;

/** At `c`, "been" after "had"/"has"/"have", then "a"/"an" and a verdict noun (`namesVerdict`): "had been a real improvement". */
function beenBeforeVerdict(tokens: readonly Token[], c: number): boolean {
  if (tokenLowerAt(tokens, c) !== 'been' || !PERFECT_AUXILIARIES.has(tokenLowerAt(tokens, c - 1))) return false;
  if ((tokens[c] as Token).breakAfter) return false;
  const article = tokenLowerAt(tokens, c + 1);
  return (article === 'a' || article === 'an') && namesVerdict(tokens, c + 1);
}

/** After "a"/"an" at `k`, a verdict noun (`VERDICT_NOUNS`) before any break. */
function namesVerdict(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j <= k + MAX_VERDICT_NOUN && j < tokens.length; j++) {
    if (VERDICT_NOUNS.has((tokens[j] as Token).lower)) return true;
    if ((tokens[j] as Token).breakAfter) return false;
  }
  return false;
}

/** Words before the article that deny the relation, a fact of who takes part in what: "was not a signatory to the deal". */
const NEGATIONS_BEFORE: ReadonlySet<string> = new Set(['not', 'never']);
/** Prepositions that tie a figure's noun to what it is said to act on: "a tariff on", "a postcard to", "a shield against". */
const RELATION_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'on', 'for', 'over', 'against']);

/**
 * After "a"/"an" at `k`, in reported speech, a noun phrase of a thing (no person, name, figure, determiner or preposition
 * inside it, at most `MAX_VERDICT_NOUN` words, maybe a participle: "a lid clamped") and then a preposition of what it acts
 * on (`RELATION_PREPOSITIONS`): "said the toll was a tariff on every farmer", "said the mural was a postcard to the
 * harbour", "said the levy was a brake on growth". Put on a subject of another kind, such a noun phrase is a figure of speech,
 * the speaker's way of judging it, as a verdict noun is; a person's role ("was an adviser to the minister", "a candidate
 * for the post") is a fact of who she is and is left out, and so is a clause with a figure or a date (the caller's).
 */
function namesFigureOfRelation(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j <= k + 1 + MAX_VERDICT_NOUN && j < tokens.length; j++) {
    const token = tokens[j] as Token;
    if (j > k + 1 && RELATION_PREPOSITIONS.has(token.lower)) return !NEGATIONS_BEFORE.has(tokenLowerAt(tokens, k - 1));
    if (token.breakAfter || token.numeric || token.capitalised || NOT_VIEW_PREDICATES.has(token.lower)) return false;
    if (PERSON_NOUNS.has(token.lower)) return false;
  }
  return false;
}

/** After the copula at `copula`, maybe past an adverb or two, a bare word of quality (see `reportsView`). */
function judgesQuality(tokens: readonly Token[], copula: number): boolean {
  let k = copula + 1;
  while (k < copula + 1 + MAX_STATE_ADVERBS && k < tokens.length - 1 && isAdverb((tokens[k] as Token).lower)) k++;
  const token = tokens[k];
  if (token === undefined || token.numeric || token.capitalised || (tokens[k - 1] as Token).breakAfter) return false;
  const w = token.lower;
  // "was a mistake": a verdict noun, not a noun phrase of a kind or a role ("was a nurse"); "was a tariff on …", a figure.
  if (w === 'a' || w === 'an') return namesVerdict(tokens, k) || namesFigureOfRelation(tokens, k);
  // "said the fee was out of line with the market": a measure the speaker holds it to; "out of date" is called untrue (a denial).
  if (w === 'out') return tokenLowerAt(tokens, k + 1) === 'of' && OUT_OF_VERDICTS.has(tokenLowerAt(tokens, k + 2));
  if (NOT_VIEW_PREDICATES.has(w) || STATE_WORDS.has(w) || UNTRUE_WORDS.has(w) || TRUE_WORDS.has(w) || IRREGULAR_PARTICIPLES.has(w)) {
    return false;
  }
  if (endsWithText(w, 'ing') || comparesOrRanks(w)) return false;
  // A noun that ends as a degree does ("was timber", "was a carer") is no quality; an adjective that does is ("was modest").
  if ((endsWithText(w, 'er') || endsWithText(w, 'est')) && !namesQuality(w)) return false;
  // "said the closures were needed to keep the rest of the business healthy": what a measure is for, as the speaker
  // justifies it, "necessary" told by its participle; "was needed because …" gives a cause, which the other rules judge.
  if (w === 'needed') return neededFor(tokens, k);
  // "unjustified", "unfounded" are qualities; "arrested", "closed" report an act or a state.
  // A compound ("short-sighted", "ill-judged", "half-hearted") is an adjective whatever its ending.
  if ((endsWithText(w, 'ed') || endsWithText(w, 'en')) && !w.startsWith('un') && !w.includes('-')) return false;
  // The quality closes the clause: "was unrealistic.", "was fair, he said", "were serious but not deliberate", "was strong
  // enough to …"; a word of quality before a noun describes the noun ("were seasonal farm workers").
  const next = tokens[k + 1];
  return next === undefined || token.breakAfter || QUALITY_CLOSERS.has(next.lower);
}

/**
 * After "needed" at `needed`, maybe past an adverb ("was needed now to …"), a "to" of purpose with no digit in the rest of the
 * claim: a purpose with a figure ("was needed to close a R480-million gap", a currency the quantity reader may not know) is
 * the gap someone can check.
 */
function neededFor(tokens: readonly Token[], needed: number): boolean {
  let k = needed + 1;
  while (k < needed + 1 + MAX_STATE_ADVERBS && k < tokens.length - 1 && isAdverb((tokens[k] as Token).lower)) k++;
  if ((tokens[k - 1] as Token).breakAfter || tokenLowerAt(tokens, k) !== 'to') return false;
  for (let j = k + 1; j < tokens.length; j++) if (/\d/.test((tokens[j] as Token).lower)) return false;
  return true;
}

/** Words that call a statement or a thing true, a verdict on a fact as `UNTRUE_WORDS` are: "said the costs were real". */
const TRUE_WORDS: ReadonlySet<string> = new Set(['true', 'real', 'genuine', 'accurate', 'correct']);

/** Words after a word of quality that close its clause: "was welcome but came …", "was strong enough to …". */
const QUALITY_CLOSERS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'enough', 'when', 'because', 'given', 'for', 'on', 'to']);

/**
 * Degrees not formed from their adjective ("better", "best", "further"), and those WordNet also lists as adjectives of their
 * own beside their base ("greater" of "great", "later" of "late"): which an adjective that only ends so is not ("modest").
 */
const LISTED_DEGREES: ReadonlySet<string> = new Set(
  `better best worst least most lesser further furthest farther farthest greater later elder eldest`.split(' '),
);

/**
 * A comparison or a rank, which measures against something that can be looked up: "was steeper than", "were highest", "was
 * worse": an irregular degree, or an "-er"/"-est" form of an adjective (WordNet's, `baseOfComparative`/`baseOfSuperlative`).
 * Not an adjective of its own that only ends so ("modest", though "mod" is an adjective; "honest", "clever", "proper"): a
 * quality ("said the surplus was modest").
 */
function comparesOrRanks(w: string): boolean {
  if (IRREGULAR_COMPARATIVES.has(w) || LISTED_DEGREES.has(w)) return true;
  return (baseOfComparative(w) !== null || baseOfSuperlative(w) !== null) && !namesQuality(w);
}

/** Lemmas of verbs of taking a side: "said it backed the sale", "said they opposed the plan". */
const STANCE_LEMMAS: ReadonlySet<string> = new Set(['support', 'back', 'oppose', 'endorse', 'disagree', 'object']);
/** Pronouns by which reported speech gives the speaker back: "X said it …", "they said they …". */
const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she']);

/**
 * At `i`, a verb of taking a side reported of the speaker itself: a reporting verb, maybe "that", a pronoun, the verb ("The
 * trust said it backed the sale.", "The association said it supported the link."): where a source stands, not a fact to
 * check. Of someone else ("said voters backed the plan", "He opposed funding for troops") it is a record, left to the model.
 */
function statesOwnStance(tokens: readonly Token[], i: number): boolean {
  if (!SPEAKER_PRONOUNS.has(tokens[i - 1]?.lower ?? '')) return false;
  if (!isStanceForm((tokens[i] as Token).lower)) return false;
  const before = tokens[i - 2]?.lower === 'that' ? tokens[i - 3] : tokens[i - 2];
  return before !== undefined && REPORTING_VERBS.has(before.lower);
}

/** Verbs of agreeing: with nothing after them, where someone stands and no more ("Drew disagreed.", "Her crew agrees."). */
const AGREEMENT_LEMMAS: ReadonlySet<string> = new Set(['agree', 'disagree']);

/** An inflected form of a verb of agreeing: "agreed", "disagrees". */
function isAgreementForm(w: string): boolean {
  return inflectedFrom(w, 'ed', AGREEMENT_LEMMAS) || (endsWithText(w, 's') && AGREEMENT_LEMMAS.has(w.slice(0, -1)));
}

/**
 * At `i`, the claim's last word, a verb of agreeing in the active ("The younger sister disagreed.", "Not every grower
 * agrees."): a stance with no content, as "X welcomed it" is. Not a passive or a perfect passive ("had ever been agreed",
 * "before a payment is agreed"), which reports a deal, nor a verb with an object or a clause ("agreed to pay", "agreed
 * that …").
 */
function closesOnAgreement(tokens: readonly Token[], i: number): boolean {
  return (
    i > 0 && i === tokens.length - 1 && isAgreementForm((tokens[i] as Token).lower) && !PASSIVE_AUXILIARIES.has(tokenLowerAt(tokens, i - 1))
  );
}

/** An inflected form of a verb of taking a side ("backed", "supports"). */
function isStanceForm(w: string): boolean {
  if (!endsWithText(w, 'ed') && !endsWithText(w, 's')) return false;
  return STANCE_LEMMAS.has(w.slice(0, -1)) || STANCE_LEMMAS.has(w.slice(0, -2));
}

/**
 * "called the overspend a scandal", "called it an insult": an object, then "a"/"an" before any clause break; with `link`
 * "as", "described the offer as an insult", "described the outlook as worrying": an object, then "as". Given the claim's
 * `text`, "called" and an object, then the name in double quote marks ("called the officiating \"the worst I've seen\"").
 */
function namesObject(tokens: readonly Token[], called: number, link: 'as' | null = null, text = ''): boolean {
  const opener = tokens[called + 1];
  if (opener === undefined) return false;
  // "called roadside parking unfair": a bare noun opens an object too, but only a quality closing the clause names it.
  const bare = !(OBJECT_OPENERS.has(opener.lower) || endsWithText(opener.lower, "'s"));
  // Only the past "called" names a quality: "calls" and "call" are as often the noun ("urgent calls, …", "on call").
  const qualityNamed = link === null && (tokens[called] as Token).lower === 'called' && !(tokens[called] as Token).breakAfter;
  if (bare && (!qualityNamed || opener.capitalised || opener.numeric || CALLED_PARTICLES.has(opener.lower))) return false;
  // A statement named after the verb is judged true or false (a denial); a report that does the describing is a speaker.
  for (let k = 0; k < tokens.length; k++) {
    const w = (tokens[k] as Token).lower;
    if (UNTRUE_WORDS.has(w) || (k > called && REFERENTS.has(w))) return false;
  }
  for (let k = called + 1; k < Math.min(tokens.length, called + 1 + MAX_CALLED_QUALITY); k++) {
    const w = (tokens[k] as Token).lower;
    if (k > called + MAX_CALLED_OBJECT && !(qualityNamed && closesOnQuality(tokens, k))) {
      if ((tokens[k] as Token).breakAfter) return false;
      continue;
    }
    if (k > called + 1 && !bare && (link === null ? w === 'a' || w === 'an' : w === link)) return true;
    if (qualityNamed && k > called + 1 && closesOnQuality(tokens, k)) return true;
    const next = tokens[k + 1];
    if (link === null && !bare && text !== '' && next !== undefined && opensNameQuote(text, (tokens[k] as Token).end, next.start))
      return true;
    if ((tokens[k] as Token).breakAfter) return false;
  }
  return false;
}

/** Words after "called" that make it a phrasal verb or a call, not a name put on an object: "called off", "called on", "called for". */
const CALLED_PARTICLES: ReadonlySet<string> = new Set(`off on for in out up back down to at by into upon over away home`.split(' '));

/**
 * At `k`, a word of quality (an adjective of WordNet's states, `contraryStatesOf`) that closes the clause of "called X …", maybe
 * joined to a second one ("called the rent formula unfair", "called roadside parking charges confusing and unfair"): the name put on the
 * object is a quality, as "called it a disgrace" puts a noun. Not a particle or a time ("called the meeting off", "called the
 * election early"), nor an adverb in "-ly".
 */
function closesOnQuality(tokens: readonly Token[], k: number): boolean {
  const isQuality = (j: number): boolean => {
    const token = tokens[j];
    if (token === undefined || token.capitalised || token.numeric || (tokens[j - 1] as Token).breakAfter) return false;
    const w = token.lower;
    if (CALLED_PARTICLES.has(w) || TIME_QUALITIES.has(w) || endsWithText(w, 'ly')) return false;
    // "and the like", "the poor": after a determiner or a preposition the adjective heads a noun phrase.
    return !NOT_VIEW_PREDICATES.has((tokens[j - 1] as Token).lower) && namesQuality(w);
  };
  const closes = (j: number): boolean => j === tokens.length - 1 || (tokens[j] as Token).breakAfter;
  if (!isQuality(k)) return false;
  if (closes(k)) return true;
  const joiner = tokenLowerAt(tokens, k + 1);
  return (joiner === 'and' || joiner === 'or' || joiner === 'but') && isQuality(k + 2) && closes(k + 2);
}

/** An adjective of WordNet's states, said after a copula: "inadequate", "unfair", "modest". */
function namesQuality(w: string): boolean {
  return contraryStatesOf(w).some((state) => state.predicative);
}

/** Adjectives of WordNet's states that after "called X" say when, not what: "called the election early". */
const TIME_QUALITIES: ReadonlySet<string> = new Set(['early', 'late', 'soon', 'first', 'last', 'again']);

/** After a verb of reacting, "saying …" or a new sentence after a colon or a quote mark: the reaction introduces a statement. */
function goesOnToSay(tokens: readonly Token[], verb: number): boolean {
  for (let k = verb + 1; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.lower === 'saying') return true;
    if (token.breakAfter && tokens[k + 1]?.capitalised) return true;
  }
  return false;
}

/** Verbs before the participle of a feeling: "was alarmed", "felt let down", "remains worried". */
const FEELING_COPULAS: ReadonlySet<string> = new Set(
  `is are was were am be been being feel feels felt remain remains remained i'm we're they're he's she's it's`.split(' '),
);
/** Finite forms of "be": before a progressive said of the speaker ("said it was reviewing", "we are studying"), before a person's age ("I am 59"). */
const FINITE_BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'am']);
/** A pronoun fused with "be", then the progressive: "we're studying it", "they're considering it". */
const PRONOUN_BE: ReadonlySet<string> = new Set(["we're", "i'm", "they're", "it's", "he's", "she's"]);
/** Subjects that give the speaker back in direct speech ("we are reviewing"); in reported speech, `SPEAKER_PRONOUNS`. */
const FIRST_PERSON_SUBJECTS: ReadonlySet<string> = new Set(['we', 'i']);

/**
 * Progressives of keeping watch, said of the speaker itself like a verb of cognition, on a matter in hand (`closesOnHolding`:
 * "The regulator said it was following the matter.", "Lenders said they were awaiting the ruling."): a holding statement, that
 * the speaker is attending to something, not what it found.
 */
const HOLDING_PROGRESSIVES: ReadonlySet<string> = new Set(['monitoring', 'following', 'awaiting', 'waiting']);

/** Nouns of a matter in hand that a holding statement watches: "the matter", "developments", "the outcome of the appeal". */
const MATTER_NOUNS: ReadonlySet<string> = new Set(
  `situation case matter matters developments events outcome decision ruling result results investigation inquiry`.split(' '),
);
/** How many words may stand between the progressive and the matter: "following the whole matter", "waiting for the verdict". */
const MAX_MATTER_GAP = 3;

/**
 * After the progressive at `i`, a matter in hand (`MATTER_NOUNS`) within a few words, and no "and"/"but" going on to what the
 * speaker did ("was monitoring it and had not decided …"). Watching a thing ("was monitoring the river") is an act of
 * measuring, which the other rules judge.
 */
function closesOnHolding(tokens: readonly Token[], i: number): boolean {
  let matter = false;
  for (let k = i + 1; k < tokens.length; k++) {
    const w = (tokens[k] as Token).lower;
    if (w === 'and' || w === 'but') return false;
    if (k <= i + MAX_MATTER_GAP && MATTER_NOUNS.has(w)) matter = true;
  }
  return matter;
}

/** The verb an inflected form may come from: "worried" → "worry", "alarmed" → "alarm", "studying" → "study", "reviewing" → "review". */
function inflectedFrom(lower: string, ending: 'ed' | 'ing', verbs: ReadonlySet<string>): boolean {
  if (!endsWithText(lower, ending)) return false;
  const stem = lower.slice(0, -ending.length);
  if (stem.length < 2) return false;
  if (verbs.has(stem) || verbs.has(`${stem}e`)) return true;
  // "appalled", "upsetting": a doubled last consonant; "worried": y became i.
  if (stem.length > 2 && stem.charCodeAt(stem.length - 1) === stem.charCodeAt(stem.length - 2) && verbs.has(stem.slice(0, -1))) return true;
  return ending === 'ed' && endsWithText(stem, 'i') && verbs.has(`${stem.slice(0, -1)}y`);
}

/**
 * The claim reports a state of mind (see `state-of-mind` above): a feeling, a `FEELING_COPULAS` verb maybe past two adverbs
 * before the participle of a verb of emotion ("was alarmed", "are deeply worried"), or a verb of cognition in the
 * progressive said of the speaker itself, after a reporting verb and the pronoun giving the speaker back ("said it was
 * reviewing the figures") or after "we"/"I" ("We are studying the judgment.", "We're considering it."); since branch
 * checkworthy30 a progressive of keeping watch on a matter in hand said so too (`HOLDING_PROGRESSIVES`: "said it was following the matter").
 */
export function reportsStateOfMind(tokens: readonly Token[]): boolean {
  const lowerAt = (i: number): string => tokenLowerAt(tokens, i);
  for (let i = 1; i < tokens.length; i++) {
    const w = lowerAt(i);
    if (!(ruleOpenings(tokens[i] as Token) & OPENS_STATE_OF_MIND)) continue;
    let k = i - 1;
    while (k > 0 && k > i - 1 - MAX_STATE_ADVERBS && isAdverb(lowerAt(k))) k--;
    const before = lowerAt(k);
    if (inflectedFrom(w, 'ed', EMOTION_VERBS) && FEELING_COPULAS.has(before)) return true;
    if (!inflectedFrom(w, 'ing', COGNITION_VERBS) && !(HOLDING_PROGRESSIVES.has(w) && closesOnHolding(tokens, i))) continue;
    if (PRONOUN_BE.has(before)) return true;
    if (!FINITE_BE.has(before)) continue;
    const subject = lowerAt(k - 1);
    if (FIRST_PERSON_SUBJECTS.has(subject)) return true;
    const reporting = lowerAt(k - 2) === 'that' ? lowerAt(k - 3) : lowerAt(k - 2);
    if (SPEAKER_PRONOUNS.has(subject) && REPORTING_VERBS.has(reporting)) return true;
  }
  return false;
}

/**
 * Adjectives of how sure or how minded people are about something ("Analysts were divided.", "Lenders were more cautious.",
 * "Not everyone is convinced."): a closed list of general English words of stance, since WordNet files adjectives by no
 * such sense. Read only closing the claim or before what the stance is on (`voicesStance`).
 */
const STANCE_ADJECTIVES: ReadonlySet<string> = new Set(
  `sure unsure cautious wary sceptical skeptical optimistic pessimistic hopeful enthusiastic confident divided split guarded convinced unconvinced upbeat downbeat`.split(
    ' ',
  ),
);
/** Words between "be" and a stance adjective: "were more guarded", "is not convinced", "was far less sure". */
const STANCE_DEGREES: ReadonlySet<string> = new Set(['more', 'less', 'not', 'far', 'much', 'very', 'so', 'too', 'still', 'also']);
/** Words after a stance adjective that say what it is on: "divided on the outlook", "cautious about the merger". */
const STANCE_TOPICS: ReadonlySet<string> = new Set(['on', 'about', 'over']);
/** How many words `STANCE_DEGREES` or adverbs may stand between "be" and the adjective. */
const MAX_STANCE_DEGREES = 3;

/**
 * The claim says how sure or how minded its subject is, with a form of "be" (or "feel", "remain") before a stance adjective
 * that closes the claim or goes on to what it is on ("Fertiliser makers were more guarded.", "Analysts were divided on the
 * outlook."): a state of mind, as `reportsStateOfMind`'s verbs of emotion are. Not an adjective with a clause after it
 * ("was confident the club would stay up", "were certain the slope was safe"), which states what is believed.
 */
export function voicesStance(tokens: readonly Token[]): boolean {
  const lowerAt = (i: number): string => tokenLowerAt(tokens, i);
  for (let i = 1; i < tokens.length; i++) {
    if (!STANCE_ADJECTIVES.has(lowerAt(i))) continue;
    if (i + 1 < tokens.length && !STANCE_TOPICS.has(lowerAt(i + 1))) continue;
    let k = i - 1;
    while (k > 0 && k >= i - MAX_STANCE_DEGREES && (STANCE_DEGREES.has(lowerAt(k)) || isAdverb(lowerAt(k)))) k--;
    if (FEELING_COPULAS.has(lowerAt(k))) return true;
  }
  return false;
}

/**
 * Adjectives of a feeling, which are no participle of a verb of emotion and so escape `reportsStateOfMind`: a closed list of
 * general English words. Not "afraid" or "scared", which as often tell what someone did not dare do ("were afraid to report
 * it"), nor "tired" or "sick", as often the body's state.
 */
const FEELING_ADJECTIVES: ReadonlySet<string> = new Set(
  `proud ashamed grateful thankful glad sorry happy unhappy sad angry furious nervous anxious heartbroken`.split(' '),
);

/**
 * The claim says how someone feels with a form of "be" (or "feel", "remain"), maybe past a degree or an adverb or two, before
 * an adjective of feeling, whatever follows it ("The coach said she was hugely proud of her bench.", "Growers are angry about
 * the levy.", "He said he was so grateful to the volunteers."): a state of mind, as "was delighted" is. Not a feeling in a
 * clause joined after a statement of its own (`joinsClauseBefore`).
 */
export function voicesFeeling(tokens: readonly Token[]): boolean {
  const lowerAt = (i: number): string => tokenLowerAt(tokens, i);
  for (let i = 1; i < tokens.length; i++) {
    if (!FEELING_ADJECTIVES.has(lowerAt(i))) continue;
    let k = i - 1;
    while (k > 0 && k >= i - MAX_STANCE_DEGREES && (STANCE_DEGREES.has(lowerAt(k)) || isAdverb(lowerAt(k)))) k--;
    if (FEELING_COPULAS.has(lowerAt(k))) return !joinsClauseBefore(tokens, k);
  }
  return false;
}

/**
 * Before `at`, a clause closed by a comma and joined by "and"/"but" ("I was the first to fund it, and I am proud of that"):
 * the feeling comes after a statement of its own, which the other rules judge.
 */
function joinsClauseBefore(tokens: readonly Token[], at: number): boolean {
  for (let j = 0; j < at - 1; j++) {
    if (!(tokens[j] as Token).breakAfter) continue;
    const next = tokenLowerAt(tokens, j + 1);
    if (next === 'and' || next === 'but') return true;
  }
  return false;
}

/** Forms of "come" that time an event: "the cut came at a bad time". */
const COME_FORMS: ReadonlySet<string> = new Set(['come', 'comes', 'came', 'coming']);
/** Nouns of a point in time after "came at a/the …": "a dreadful time", "an awkward moment". */
const TIMING_NOUNS: ReadonlySet<string> = new Set(['time', 'moment', 'juncture', 'point']);
/** How many words may stand between the article and the noun of time: "a dreadful time", "a very bad moment". */
const MAX_TIMING_WORDS = 3;

/**
 * The claim judges when something happened: "come"/"came" at "a"/"the", a word of quality or a degree, then a noun of a point
 * in time ("said the price rise had come at a dreadful time", "The flood came at a terrible moment for the farm."):
 * how the speaker weighs the timing, not a fact. Not a time told by no quality ("came at a time when …", "came at the same
 * time as …"), which places the event.
 */
export function judgesTiming(tokens: readonly Token[]): boolean {
  const lowerAt = (i: number): string => tokenLowerAt(tokens, i);
  for (let i = 0; i < tokens.length - 3; i++) {
    if (!COME_FORMS.has(lowerAt(i)) || lowerAt(i + 1) !== 'at') continue;
    const article = lowerAt(i + 2);
    if (article !== 'a' && article !== 'an' && article !== 'the') continue;
    let judged = false;
    for (let j = i + 3; j <= i + 3 + MAX_TIMING_WORDS && j < tokens.length; j++) {
      const w = lowerAt(j);
      if (TIMING_NOUNS.has(w)) return judged;
      if (w === 'same' || (tokens[j] as Token).breakAfter) break;
      judged ||= w === 'possible' || comparesOrRanks(w) || namesQuality(w);
    }
  }
  return false;
}

/** Words after "out of" that measure something against what the speaker holds right: "out of line with", "out of step with". */
const OUT_OF_VERDICTS: ReadonlySet<string> = new Set(['line', 'step', 'touch', 'proportion']);

/** Words that open an exclamation: "What a …!", "What an …!". */
const EXCLAMATION_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * The claim is an exclamation: it opens on "What a"/"What an", or on "How" before a word of quality or an adverb, and ends on
 * "!" ("What a summer it has been!", "How lovely the garden looks!"): the writer's or the speaker's feeling, no statement.
 */
export function exclaims(tokens: readonly Token[], text: string): boolean {
  if (tokens.length < 2 || !endsOnExclamation(text)) return false;
  const first = (tokens[0] as Token).lower;
  const second = (tokens[1] as Token).lower;
  if (first === 'what') return EXCLAMATION_ARTICLES.has(second);
  return first === 'how' && (isAdverb(second) || namesQuality(second));
}

/** The text's last mark, past closing quote marks and spaces, is "!". */
function endsOnExclamation(text: string): boolean {
  let end = text.length;
  while (end > 0 && /[\s"'”’»)]/.test(text.charAt(end - 1))) end--;
  return text.charAt(end - 1) === '!';
}

/** Present forms of "want" that state a demand with an object: "The union wants a rise of 60p an hour." */
const WANT_FORMS: ReadonlySet<string> = new Set(['wants', 'want']);
/** Present forms of "be" before a progressive demand: "is demanding that …", "are asking for …". */
const DEMAND_BE: ReadonlySet<string> = new Set(['is', 'are']);

/**
 * The claim states what a side wants now, in one clause: "wants"/"want" before an object ("The growers want a floor price of
 * 30p.", "The society wants owners to fence the path."), "is demanding", "is asking for": a demand, and with a figure for what
 * is demanded a bargaining position (the corpus's convention since branch checkworthy17), not a fact to check. The caller
 * asks for no past, no first person, no question, no quote and no second clause after a semicolon. Not "wants to …", a
 * body's plan on its record (`decision-on-record`'s convention: "wants to sell the depot").
 */
export function makesDemand(tokens: readonly Token[]): boolean {
  const lowerAt = (i: number): string => tokenLowerAt(tokens, i);
  for (let i = 1; i < tokens.length - 1; i++) {
    const w = lowerAt(i);
    if (WANT_FORMS.has(w)) {
      if (lowerAt(i + 1) !== 'to' && !(tokens[i] as Token).breakAfter) return true;
      continue;
    }
    if (!DEMAND_BE.has(lowerAt(i - 1))) continue;
    if (w === 'demanding' || (w === 'asking' && lowerAt(i + 1) === 'for')) return true;
  }
  return false;
}

/** Words that, after a form of "be", say which side someone takes: "are against the plan", "was opposed to it". */
const SIDE_WORDS: ReadonlySet<string> = new Set(['against', 'opposed']);
/** Words between "be" and the side: the stance degrees and a floated "all" or "both" ("are all against it", "were both opposed"). */
const SIDE_DEGREES: ReadonlySet<string> = new Set([...STANCE_DEGREES, 'all', 'both']);
/** Subjects before "be … against" that make it no one's side: "It is against the law to …", "That was against the rules." */
const IMPERSONAL_SUBJECTS: ReadonlySet<string> = new Set(['it', 'this', 'that', "it's", "that's"]);

/**
 * The claim says its subject takes a side with a form of "be" (or "remain", "feel"), maybe past a degree or an adverb or two,
 * before "against" or "opposed", "opposed" closing the claim or going on with "to" ("Many residents are opposed to the scheme.",
 * "The parish council was against it from the start.", "said she was strongly against the plan"): a stance, as "said it opposed
 * the levy" is (`statesOwnStance`). Not an impersonal "it"/"that" ("It is against the law to …"), a passive with its agent ("was
 * opposed by 40 residents"), "as opposed to", nor "against" after any other verb ("was checked against a photo").
 */
export function takesSide(tokens: readonly Token[]): boolean {
  const lowerAt = (i: number): string => tokenLowerAt(tokens, i);
  for (let i = 1; i < tokens.length; i++) {
    const w = lowerAt(i);
    if (!SIDE_WORDS.has(w)) continue;
    if (w === 'opposed' && i + 1 < tokens.length && lowerAt(i + 1) !== 'to') continue;
    let k = i - 1;
    while (k > 0 && k >= i - MAX_STANCE_DEGREES && (SIDE_DEGREES.has(lowerAt(k)) || isAdverb(lowerAt(k)))) k--;
    if (!FEELING_COPULAS.has(lowerAt(k)) || IMPERSONAL_SUBJECTS.has(lowerAt(k)) || IMPERSONAL_SUBJECTS.has(lowerAt(k - 1))) continue;
    return true;
  }
  return false;
}

/**
 * Present forms of verbs that put a meeting, a start or a fixture in the calendar: "The board meets on 14 May.", "Rovers
 * play Castleton at home on Saturday.", "The minister speaks in Dunmore on Wednesday.", "The mobile library visits the
 * square every Thursday.", and after a plural subject "Repairs start on 2 June.", "Talks resume on Monday.".
 */
const CALENDAR_VERBS: ReadonlySet<string> = new Set([
  'meet',
  'start',
  'begin',
  'resume',
  'meets',
  'sits',
  'convenes',
  'resumes',
  'starts',
  'begins',
  'opens',
  'reopens',
  'play',
  'plays',
  'host',
  'hosts',
  'visit',
  'visits',
  'speaks',
]);
/** The forms of `CALENDAR_VERBS` after a plural subject, which are also the base forms after a modal. */
const PLURAL_CALENDAR_VERBS: ReadonlySet<string> = new Set(['meet', 'start', 'begin', 'resume']);
/** Words after which such a verb is a clause of time, not the claim's own: "when it opens in 2029". */
const TIME_CONJUNCTIONS: ReadonlySet<string> = new Set(['when', 'until', 'before', 'after', 'once', 'as']);
const CALENDAR_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'next', 'this', 'every']);
/** Words of "every" before its day: "every second Thursday", "every other Monday". */
const RECURRENCE_ORDINALS: ReadonlySet<string> = new Set(['second', 'other', 'first', 'last', 'third', 'fourth']);
/** How far the date may stand from the verb, past an adverb, an object or a place: "meets again on 14 May", "play Whitby at home on Tuesday". */
const MAX_CALENDAR_GAP = 5;

/**
 * A meeting, a start or a fixture put in the calendar: a present `CALENDAR_VERBS` verb, not in a clause of time ("when it
 * opens in 2029"), then, in the same clause and at most `MAX_CALENDAR_GAP` words on, "on"/"in"/"next"/"this" and a date, a
 * day, a month or a unit of time ("meets next week", "speaks in Dunmore on Wednesday"), or "every" and a day ("visits every
 * second Thursday"): a slot in the calendar, whatever stands between.
 */
export function statesSchedule(tokens: readonly Token[]): boolean {
  for (let i = 1; i + 2 < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!CALENDAR_VERBS.has(token.lower)) continue;
    // "would begin in March": a base form after a modal or "to" is a forecast's, which the rules of intention judge.
    if (PLURAL_CALENDAR_VERBS.has(token.lower) && MODAL_BEFORE.has(tokenLowerAt(tokens, i - 1))) continue;
    let conjunction = false;
    for (let k = Math.max(i - 4, 0); k < i; k++) conjunction ||= TIME_CONJUNCTIONS.has((tokens[k] as Token).lower);
    if (conjunction) continue;
    for (let j = i + 1; j + 1 < tokens.length && j <= i + 1 + MAX_CALENDAR_GAP; j++) {
      if (CALENDAR_PREPOSITIONS.has((tokens[j] as Token).lower) && datesSlot(tokens, j)) return true;
      if ((tokens[j] as Token).breakAfter) break;
    }
  }
  return false;
}

/** After the preposition at `j`, a date, a day, a month or a unit of time; after "every", a day ("every second Thursday"). */
function datesSlot(tokens: readonly Token[], j: number): boolean {
  const every = tokens[j]!.lower === 'every';
  let k = j + 1;
  if (every && RECURRENCE_ORDINALS.has(tokenLowerAt(tokens, k))) k++;
  const day = tokens[k];
  if (day === undefined) return false;
  const weekday = WEEKDAYS.has(day.lower) || (endsWithText(day.lower, 's') && WEEKDAYS.has(day.lower.slice(0, -1)));
  if (every) return weekday;
  return day.numeric || MONTHS.has(day.lower) || weekday || TIME_UNITS.has(day.lower);
}

/** Verbs an instruction opens with, by WordNet's concordance (scripts/build-imperative-verbs.ts): "call", "keep", "check", "return". */
const IMPERATIVE_VERBS: ReadonlySet<string> = new Set((imperativeVerbsJson as { verbs: string }).verbs.split(' '));
/** Words that may stand before an instruction's verb: "Please call …", "Always check …", "Do not use …", "Never leave …". */
const INSTRUCTION_OPENERS: ReadonlySet<string> = new Set(
  `please kindly always never just only simply also then so and but now do not don't`.split(' '),
);
/** Words opening a phrase or clause fronted before an instruction: "In an emergency, dial …", "If you are buying, check …". */
const FRONTED_OPENERS: ReadonlySet<string> = new Set(['in', 'if', 'when', 'for', 'before', 'after', 'once', 'unless', 'during', 'at']);
/** The longest fronted phrase: "If you are buying for a family of four, …". */
const MAX_FRONTED = 10;
/** Finite forms of "be", "have" and the modals: in the instruction's clause they make its first word a noun of the subject. */
const FINITE_AUXILIARIES: ReadonlySet<string> = new Set(
  `is are was were has have had will would can could may might must shall should isn't aren't wasn't weren't`.split(' '),
);
/**
 * Words that may follow an instruction's verb: a determiner, a pronoun, a particle or a preposition ("Drink plenty of …",
 * "Call us", "Check on …", "Stop using …" is a participle, a number: "Call 111"). After a noun the verb is as often a noun
 * itself ("Fire crews say …", "Launch sites are shut.", "Work on the homes starts …").
 */
const AFTER_INSTRUCTION: ReadonlySet<string> = new Set(
  `the a an any all every each some no this that these those your my our their his her its both either plenty more
   it them us me him yourself yourselves everyone anyone someone
   on to at for in out up off away back down into from with over around about through ahead forward`.split(/\s+/),
);
/** Words that end the instruction's own clause: "Call 111 if you feel …", "Check every roof, not just the three that failed." */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([
  'if',
  'when',
  'unless',
  'that',
  'who',
  'which',
  'because',
  'before',
  'after',
  'until',
  'while',
  'whether',
  'where',
  'as',
]);

/**
 * The claim tells the reader what to do (`instruction`): its first word, maybe after "please", "always", "do not" and the like
 * or after a fronted phrase closed by a comma ("In an emergency, always dial …"), is a verb WordNet's concordance uses mostly
 * as a verb (`IMPERATIVE_VERBS`), with no comma after it ("Unite, which represents …") and followed by a determiner, a
 * pronoun, a particle, an adverb, a number or a participle (`AFTER_INSTRUCTION`: a noun after it makes it as often a noun
 * itself, "Fire crews say …"; a capital, a name's: "Keep The Kestrels Home, a campaign, said …"), and nothing in its clause is a finite verb of a subject: a finite "be", "have" or modal, a
 * past ("Strip that out and profit fell by a third."), a verb's third person ("Work on the homes starts in 2027.").
 */
export function givesInstruction(tokens: readonly Token[]): boolean {
  const lowerAt = (i: number): string => tokenLowerAt(tokens, i);
  let i = 0;
  if (FRONTED_OPENERS.has(lowerAt(0))) {
    while (i < tokens.length - 1 && i < MAX_FRONTED && !(tokens[i] as Token).breakAfter) i++;
    if (!(tokens[i] as Token).breakAfter) return false;
    i++;
  }
  while (INSTRUCTION_OPENERS.has(lowerAt(i))) i++;
  const verb = tokens[i];
  const next = tokens[i + 1];
  if (verb === undefined || next === undefined || verb.breakAfter || !IMPERATIVE_VERBS.has(verb.lower)) return false;
  if (!(AFTER_INSTRUCTION.has(next.lower) || isAdverb(next.lower) || next.numeric || endsWithText(next.lower, 'ing'))) return false;
  // A capital inside the sentence is a name's: "Keep The Kestrels Home, a campaign, said …".
  if (next.capitalised && !next.numeric) return false;
  for (let k = i + 1; k < tokens.length; k++) {
    const w = lowerAt(k);
    // Just after the verb, "that" is its object ("Strip that out and profit fell …"), not a clause of its own.
    if (CLAUSE_ENDS.has(w) && k > i + 1) break;
    if (FINITE_AUXILIARIES.has(w) || endsWithText(w, 'ed') || irregularVerbLemma(w) !== undefined) return false;
    if (endsWithText(w, 's') && IMPERATIVE_VERBS.has(w.slice(0, -1)) && !DEFINITE_DETERMINERS.has(lowerAt(k - 1))) return false;
    if ((tokens[k] as Token).breakAfter) break;
  }
  return true;
}

/** Present forms of verbs that open, close or run a window: "Refund claims close on 31 March.", "The play runs until 28 March." */
const WINDOW_VERBS: ReadonlySet<string> = new Set(['close', 'closes', 'open', 'opens', 'run', 'runs', 'end', 'ends', 'expire', 'expires']);
/** Modals before such a verb: "could close on Friday" is a possibility, "will close" an intention (`statesIntention`). */
const POSSIBILITY_MODALS: ReadonlySet<string> = new Set(['can', 'could', 'may', 'might', 'must', 'should', 'shall']);
/** Prepositions after such a verb that give the window's date: "close on", "runs until", "closes at midnight". */
const WINDOW_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'until', 'at']);
/** Forms of "go" and "be" before "on sale": "Tickets go on sale …", "are on sale from …". */
const ON_SALE_VERBS: ReadonlySet<string> = new Set(['go', 'goes', 'is', 'are']);
/** Words of an offer that runs until a date: "is offering free delivery until 31 December", "offers a discount until …". */
const OFFER_FORMS: ReadonlySet<string> = new Set(['offering', 'offers', 'offer']);
/** Words of a day or an hour that are no number: "at noon", "until midnight on Friday". */
const HOUR_WORDS: ReadonlySet<string> = new Set(['noon', 'midnight', 'midday', 'tomorrow', 'today', 'tonight']);
/** Words a window's date may run on with: "at 9am on Thursday", "from 10am to 7pm, seven days a week", "on 1 December 2026". */
const DATE_RUN_WORDS: ReadonlySet<string> = new Set(
  `on at until from to and or the of a an every each this next a.m p.m am pm daily weekdays weekends week`.split(' '),
);

/** A day or an hour at `k`: a weekday, a month, a clock word, or a number that is no year ("14", "9am", "10"). */
function datesDay(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (token === undefined) return false;
  const w = token.lower;
  if (WEEKDAYS.has(w) || MONTHS.has(w) || HOUR_WORDS.has(w)) return true;
  return token.numeric && !/^\d{4}$/.test(w);
}

/** From `from` on, only the date's run of words (`DATE_RUN_WORDS`, days, numbers, units of time) and then only the attribution. */
function endsWithDate(tokens: readonly Token[], from: number, attribution: Uint8Array | null): boolean {
  let k = from;
  while (k < tokens.length) {
    const token = tokens[k] as Token;
    if (!(DATE_RUN_WORDS.has(token.lower) || TIME_UNITS.has(token.lower) || NUMBER_WORDS.has(token.lower) || datesDay(tokens, k))) break;
    k++;
  }
  for (; k < tokens.length; k++) if (!attribution?.[k]) return false;
  return true;
}

/**
 * A window's or a service's dates in the present tense (the `schedule` convention for deadlines and runs): a window verb and
 * its date ("Refund claims close on 31 March 2027.", "The play runs until 28 March."), "go on sale" and a day or an hour, an
 * offer or a measure in force "until" a day ("is offering free delivery until 31 December", "is in force … until 9am on
 * Friday"), "the deadline … is" a day, or opening hours ("are open from 10am to 7pm"), with nothing after the date but more of
 * it and the attribution ("…, the agency said."): "… go on sale on 1 December, with prices frozen …" says more. The date is a
 * day or an hour, not a year alone: "The contract runs until 2028." is a term someone can check.
 */
export function statesWindow(tokens: readonly Token[], text = ''): boolean {
  const lowerAt = (i: number): string => tokenLowerAt(tokens, i);
  let from = -1;
  for (let i = 1; i < tokens.length - 1 && from < 0; i++) {
    const w = lowerAt(i);
    // "whether to open on Thursday", "could close on Friday": an intention or a possibility, not the window's calendar.
    if (WINDOW_VERBS.has(w) && (lowerAt(i - 1) === 'to' || POSSIBILITY_MODALS.has(lowerAt(i - 1)))) continue;
    if (WINDOW_VERBS.has(w) && WINDOW_PREPOSITIONS.has(lowerAt(i + 1)) && datesDay(tokens, i + 2)) from = i + 1;
    else if (
      w === 'sale' &&
      lowerAt(i - 1) === 'on' &&
      ON_SALE_VERBS.has(lowerAt(i - 2)) &&
      datesDay(tokens, i + 1 + (DATE_RUN_WORDS.has(lowerAt(i + 1)) ? 1 : 0))
    )
      from = i + 1;
    else if (w === 'open' && isPresentCopula(lowerAt(i - 1)) && lowerAt(i + 1) === 'from' && datesDay(tokens, i + 2)) from = i + 1;
    else if (w === 'deadline') {
      for (let k = i + 1; k < tokens.length && from < 0; k++) {
        if (isPresentCopula(lowerAt(k)) && datesDay(tokens, k + 1)) from = k + 1;
        if ((tokens[k] as Token).breakAfter) break;
      }
    } else if (OFFER_FORMS.has(w) || (w === 'force' && lowerAt(i - 1) === 'in')) {
      for (let k = i + 1; k < tokens.length && from < 0; k++) {
        if (lowerAt(k) === 'until' && datesDay(tokens, k + 1)) from = k;
        if ((tokens[k] as Token).breakAfter) break;
      }
    }
  }
  return from >= 0 && endsWithDate(tokens, from, text === '' ? null : attributionTokens(text, tokens));
}

/**
 * Verbs of a body's next step in a process of its own (base forms; `isNextStepForm` reads their participles): publishing,
 * reporting, deciding, reviewing, hearing, voting. Said of the future with a date ("The agency will publish its report in
 * March.", "said the inquiry would report within six weeks", "The request will be considered by the cabinet on 14 October."),
 * they put a step in the calendar, as "The board meets on 14 May." does: the date is no figure to check, and what the step
 * will find is not yet said.
 */
const NEXT_STEP_VERBS: ReadonlySet<string> = new Set(
  `publish release report announce submit file present respond reply decide review consider examine debate discuss hear rule vote ballot meet appear`.split(
    ' ',
  ),
);

/**
 * A `NEXT_STEP_VERBS` verb as it stands after a modal ("will publish") or a passive "be" ("will be submitted", "would be
 * heard", "will be met"): the base form, a regular participle read by `inflectedFrom` (a doubled consonant, y become i), or
 * an irregular one by WordNet's exception list, as the matcher reads it.
 */
function isNextStepForm(lower: string): boolean {
  if (NEXT_STEP_VERBS.has(lower) || inflectedFrom(lower, 'ed', NEXT_STEP_VERBS)) return true;
  const lemma = irregularVerbLemma(lower);
  return lemma !== undefined && NEXT_STEP_VERBS.has(lemma);
}

/** Words that may stand between the modal and the verb: "will not publish", "would also be considered", "will then decide". */
const NEXT_STEP_GAP: ReadonlySet<string> = new Set(['not', 'be', 'also', 'then', 'first', 'now', 'only', 'still', 'again', 'next']);
/** How many such words: "would not then be considered". */
const MAX_NEXT_STEP_GAP = 3;

/**
 * The claim says a body will take a next step in a process (`NEXT_STEP_VERBS`): a modal ("will", "would", "'ll") or a "to"
 * after an intention ("is due to report", "plans to publish") before one of the verbs, maybe past "not", "be" or "also". The
 * caller asks for no figure and no past event: "The statistics office will publish the figures on 14 November.", not "The
 * report, published in March, found 40 faults." nor "will publish figures showing 300 more nurses".
 */
export function announcesNextStep(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).lower;
    if (!(ruleOpenings(tokens[i] as Token) & OPENS_INTENTION)) continue;
    const modal = INTENTION_WORDS.has(w) || endsWithText(w, "'ll");
    if (!modal && !((INTENTION_VERBS.has(w) || SCHEDULED.has(w)) && tokens[i + 1]?.lower === 'to')) continue;
    let k = modal ? i + 1 : i + 2;
    while (k < tokens.length && k <= i + MAX_NEXT_STEP_GAP + 1 && NEXT_STEP_GAP.has((tokens[k] as Token).lower)) k++;
    if (isNextStepForm(tokenLowerAt(tokens, k))) return true;
  }
  return false;
}

/**
 * Verbs of a body's decision about its own sites, services and assets, after a modal or a word of plan (`announcesDecision`):
 * closing, selling, pulling down or scrapping. "open" and "keep" count only with an object ("would open a second depot",
 * "would keep its licence"), "stay"/"remain" only before a state ("will stay open", "would remain in service").
 */
const DECISION_VERBS: ReadonlySet<string> = new Set(['close', 'shut', 'sell', 'demolish', 'scrap', 'axe']);
/** Verbs of a plan before "to" besides `INTENTION_VERBS`: "wants to sell the land". */
const WANT_VERBS: ReadonlySet<string> = new Set(['want', 'wants']);
/** Words between the modal (or the "to") and the verb: "will not close", "would also sell", "will now be closed". */
const DECISION_GAP: ReadonlySet<string> = new Set(['not', 'also', 'now', 'only', 'still', 'then', 'never', 'eventually']);
/** Nouns of a plan after "no": "no plans to", "no plan for", "no intention of". */
const PLAN_NOUNS: ReadonlySet<string> = new Set(['plans', 'plan', 'intention']);
/** What follows a plan noun when it introduces the plan: "no plans to close", "no plans for charges", "no intention of …". */
const PLAN_LINKS: ReadonlySet<string> = new Set(['to', 'for', 'of']);
/**
 * Subjects that make a plan a person's own or nobody's: "she had no plans to step down", "I would scrap the targets", "Nobody
 * wants to close a library".
 */
const PERSONAL_SUBJECTS: ReadonlySet<string> = new Set([
  'i',
  'he',
  'she',
  'you',
  'nobody',
  "i'd",
  "he'd",
  "she'd",
  "i'll",
  "he'll",
  "she'll",
]);
/** Words that open an object: "would keep its licence", "would keep the office open". */
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(`a an its their the his her our this that these those another`.split(' '));
/**
 * Words that open the object of a new opening: "would open a second depot", "would open its first store". Not "the": "would
 * open the new reservoir in June" is a project's completion date, forecast (the schedule convention).
 */
const NEW_OBJECT_DETERMINERS: ReadonlySet<string> = new Set(`a an its their his her our another`.split(' '));
/**
 * States after "stay"/"remain" that keep a service: "will stay open", "would remain in service". Not "stay closed": mostly
 * a closure for a while after a storm or a fire, the schedule's.
 */
const KEPT_STATES: ReadonlySet<string> = new Set(['open', 'in']);
/** Words after "keep" + an object that make it a manner kept, not a thing: "keep its policy under review", "keep this list updated". */
const KEPT_MANNERS: ReadonlySet<string> = new Set(['under', 'updated', 'informed', 'running', 'going']);
/** How many words after the object's determiner are read for a manner (`KEPT_MANNERS`). */
const MAX_KEPT_OBJECT = 3;
/** Conditions that make a closure a threat or a hypothesis: "would close if the merger went through", "unless they are paid". */
const DECISION_CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless']);
/** How far back from "no plans" a personal subject is looked for: "he had no plans", "I have no plans". */
const MAX_PLAN_SUBJECT_GAP = 2;

/**
 * The claim states a body's decision about its own sites, services or assets, or that it has none (`decision-on-record`): a
 * modal ("will", "would", "'ll", "is to") or a word of plan before "to" ("plans to", "aims to", "wants to") before a
 * `DECISION_VERBS` verb, "open"/"keep" with an object, or "stay"/"remain" before a state; or "no plans to/for", "no
 * intention of". Not after a personal subject (a person's own plans), not with "if"/"unless" in the claim, and not a closure
 * on a capitalised day ("will close on New Year's Day") or from one date until another (a holiday's or works' calendar).
 */
export function announcesDecision(tokens: readonly Token[]): boolean {
  for (const token of tokens) if (DECISION_CONDITIONS.has(token.lower)) return false;
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).lower;
    if (w === 'no' && PLAN_NOUNS.has(tokenLowerAt(tokens, i + 1)) && PLAN_LINKS.has(tokenLowerAt(tokens, i + 2))) {
      if (!personalBefore(tokens, i, MAX_PLAN_SUBJECT_GAP)) return true;
      continue;
    }
    const modal = INTENTION_WORDS.has(w) || endsWithText(w, "'ll") || (w === 'to' && isPresentCopula(tokenLowerAt(tokens, i - 1)));
    const plan = (INTENTION_VERBS.has(w) || WANT_VERBS.has(w)) && tokenLowerAt(tokens, i + 1) === 'to';
    if (!modal && !plan) continue;
    if (modal && losesNoneAfter(tokens, i)) return true;
    if (PERSONAL_SUBJECTS.has(tokenLowerAt(tokens, i - 1)) || PERSONAL_SUBJECTS.has(w)) continue;
    // "The number 4 will no longer stop at the station from May.": an end of a service, as a closure is.
    if (modal && tokenLowerAt(tokens, i + 1) === 'no' && tokenLowerAt(tokens, i + 2) === 'longer') return true;
    let k = plan ? i + 2 : i + 1;
    while (k < tokens.length && k <= i + 3 && DECISION_GAP.has((tokens[k] as Token).lower)) k++;
    if (decidesAt(tokens, k)) return true;
  }
  return false;
}

/** Words that open a count of none as a subject: "No depots will be sold", "None of the crews will lose …", "Nobody will be …". */
const NONE_SUBJECTS: ReadonlySet<string> = new Set(['no', 'none', 'nobody']);
/** How many words before the modal a count of none may open its subject: "no clinic in the valley would be shut". */
const MAX_NONE_SUBJECT = 6;
/** Participles of a cut or a closure after "be": "will be cut", "would be closed", "will be axed", "will be lost". */
const LOSS_PARTICIPLES: ReadonlySet<string> = new Set(['cut', 'closed', 'shut', 'sold', 'demolished', 'scrapped', 'axed', 'lost']);
/** What a person loses when a body cuts: "will lose their jobs", "would lose her post". */
const JOB_NOUNS: ReadonlySet<string> = new Set(['job', 'jobs', 'post', 'posts']);
/** Possessives between "lose" and the job: "lose their jobs". */
const LOSS_POSSESSIVES: ReadonlySet<string> = new Set(['their', 'his', 'her', 'its', 'a']);

/**
 * A count of none as the subject of a cut, a closure or a job lost after the modal at `modal` (`announcesDecision`): "No depots
 * will be sold this year.", "said no ward would be shut", "Nobody will be laid off.", "None of the crews will lose
 * their jobs.": a body's statement of record that it cuts nothing, as "said no station would close" is. The subject read back to
 * a clause break; not "No, I will not …" (the "no" answers), "No flats would be added" (nothing cut) or "nobody will be kept
 * waiting" (no loss of a post).
 */
function losesNoneAfter(tokens: readonly Token[], modal: number): boolean {
  let none = false;
  for (let j = modal - 1; j >= 0 && j >= modal - MAX_NONE_SUBJECT && !none; j--) {
    const token = tokens[j] as Token;
    if (token.breakAfter || (PERSONAL_SUBJECTS.has(token.lower) && token.lower !== 'nobody')) break;
    none = NONE_SUBJECTS.has(token.lower);
  }
  if (!none) return false;
  let k = modal + 1;
  while (k < tokens.length && k <= modal + 3 && DECISION_GAP.has((tokens[k] as Token).lower)) k++;
  const verb = tokenLowerAt(tokens, k);
  if (DECISION_VERBS.has(verb) || verb === 'cut') return true;
  if (verb === 'lose') {
    const next = tokenLowerAt(tokens, k + 1);
    return JOB_NOUNS.has(LOSS_POSSESSIVES.has(next) ? tokenLowerAt(tokens, k + 2) : next);
  }
  if (verb !== 'be') return false;
  const participle = tokenLowerAt(tokens, k + 1);
  if (LOSS_PARTICIPLES.has(participle)) return true;
  // "made redundant", "laid off"
  return (
    (participle === 'made' && tokenLowerAt(tokens, k + 2) === 'redundant') ||
    (participle === 'laid' && tokenLowerAt(tokens, k + 2) === 'off')
  );
}

/** A decision's verb at `k` (`announcesDecision`), with what it needs after it. */
function decidesAt(tokens: readonly Token[], k: number): boolean {
  const verb = tokenLowerAt(tokens, k);
  if (DECISION_VERBS.has(verb)) return !(verb === 'close' || verb === 'shut') || !closesForAWhile(tokens, k + 1);
  if (verb === 'open') return NEW_OBJECT_DETERMINERS.has(tokenLowerAt(tokens, k + 1));
  if (verb === 'keep') return OBJECT_DETERMINERS.has(tokenLowerAt(tokens, k + 1)) && !keepsManner(tokens, k + 2);
  if (STAYING_VERBS.has(verb)) {
    const state = tokenLowerAt(tokens, k + 1);
    if (!KEPT_STATES.has(state) || (state === 'in' && tokenLowerAt(tokens, k + 2) !== 'service')) return false;
    return !closesForAWhile(tokens, k + 2);
  }
  return false;
}

/** A manner after the object of "keep" (`KEPT_MANNERS`, or a word in -ing): "keep its pricing policy under review". */
function keepsManner(tokens: readonly Token[], from: number): boolean {
  for (let j = from; j < tokens.length && j < from + MAX_KEPT_OBJECT; j++) {
    const w = (tokens[j] as Token).lower;
    if (KEPT_MANNERS.has(w) || endsWithText(w, 'ing')) return true;
    if ((tokens[j] as Token).breakAfter) return false;
  }
  return false;
}

/**
 * A closure or an opening for a while: "on" before a capitalised word ("will close on New Year's Day", "will stay open until
 * 9pm on Tuesday"), or "from" … "until" ("will close Quarry Road from 6 January until the end of August").
 */
function closesForAWhile(tokens: readonly Token[], from: number): boolean {
  let since = false;
  for (let j = from; j < tokens.length; j++) {
    const w = (tokens[j] as Token).lower;
    if (w === 'on' && tokens[j + 1]?.capitalised) return true;
    if (w === 'from') since = true;
    if (w === 'until' && since) return true;
  }
  return false;
}

/** A personal subject (`PERSONAL_SUBJECTS`) within `gap` words before `at`, past a verb of having: "he had no plans". */
function personalBefore(tokens: readonly Token[], at: number, gap: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - gap; j--) if (PERSONAL_SUBJECTS.has((tokens[j] as Token).lower)) return true;
  return false;
}

/** Modals of what ought to be: "should", "shouldn't", "ought" (to). */
const NORMATIVE_MODALS: ReadonlySet<string> = new Set(['should', "shouldn't", 'ought']);
/** What follows "ought" as a modal: "ought to", "ought not to". */
const OUGHT_NEXT: ReadonlySet<string> = new Set(['to', 'not']);
/** Verbs after "I should" that introduce a statement rather than advise: "I should add that …", "I should say …". */
const DISCOURSE_VERBS: ReadonlySet<string> = new Set(`add say stress mention note point explain emphasise emphasize admit`.split(' '));

/**
 * The claim says what should be done or should have been (see `normative`): "should", "shouldn't" or "ought to", not "I should
 * add/say …", which introduces a statement of the speaker's. The caller asks for no figure and no date.
 */
export function saysWhatShouldBe(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).lower;
    if (!NORMATIVE_MODALS.has(w) || (w === 'ought' && !OUGHT_NEXT.has(tokenLowerAt(tokens, i + 1)))) continue;
    if (tokenLowerAt(tokens, i - 1) === 'i' && DISCOURSE_VERBS.has(tokenLowerAt(tokens, i + 1))) continue;
    return true;
  }
  return false;
}

/** Subjects a quote opens on to put a name on the matter in hand: "This is a …", "That was a …", "It is a …". */
const CHARACTERISED_SUBJECTS: ReadonlySet<string> = new Set(['this', 'that', 'it']);
/** Forms of "be" after such a subject, present or past ("This was an oversight"); "it's" and "that's" hold theirs. */
const CHARACTERISING_BE: ReadonlySet<string> = new Set(['is', 'was']);
const CHARACTERISING_CONTRACTIONS: ReadonlySet<string> = new Set(["it's", "that's"]);
/** How far after the article a cleft's "who" may stand: "It was a neighbour from across the road who …". */
const MAX_CLEFT_NOUN = 5;

/**
 * A quote that opens by putting a noun phrase on the matter in hand with a demonstrative or "it" and "is"/"was" and an
 * indefinite article ("\"This is a raid on the pension fund,\" she said.", "\"It's a beginning, but …\"", "\"This was an
 * oversight, …\"", "\"This is a board that has stopped listening\""): what the speaker calls it, the quoted form of a name put on
 * something (`reaction`), not a fact to check. The caller asks for no figure and no date. Not a rank or an ordinal after the
 * article ("This is a second burst", "It was a third attempt"), which counts, nor a cleft with "it" that names who did
 * something ("It was a neighbour who raised the alarm").
 */
export function quotesCharacterisation(tokens: readonly Token[]): boolean {
  const first = tokenLowerAt(tokens, 0);
  let k: number;
  if (CHARACTERISING_CONTRACTIONS.has(first)) k = 1;
  else if (CHARACTERISED_SUBJECTS.has(first) && CHARACTERISING_BE.has(tokenLowerAt(tokens, 1))) k = 2;
  else return false;
  const article = tokenLowerAt(tokens, k);
  if ((article !== 'a' && article !== 'an') || (tokens[k - 1] as Token).breakAfter) return false;
  const noun = tokens[k + 1];
  if (noun === undefined || noun.numeric || ranks(noun.lower)) return false;
  if (first === 'it' || first === "it's") {
    for (let j = k + 1; j <= k + MAX_CLEFT_NOUN && j < tokens.length; j++) if ((tokens[j] as Token).lower === 'who') return false;
  }
  return true;
}

/**
 * Forms of "be" before a quoted verdict: "was \"agonising\"", "had been \"a mistake\""; and, since branch cw37, of "have" before
 * the speaker's quoted words for what the subject did or has ("said the board had \"lost its way on the bypass\"", "said
 * drivers had \"no real choice\""): a verdict put in a verb phrase of her own, which the model and `stated-fact` read as an event.
 */
const VERDICT_COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'been', 'had', 'has', 'have']);
/**
 * Words that may follow the closing quote of a verdict: "was \"a hammer blow\" for the town", "were \"deeply sorry\" for what had
 * happened", "was \"ready to act\" if prices kept rising": a short qualifier of the verdict, not a statement of its own.
 */
const MAX_AFTER_VERDICT = 5;

/**
 * A form of "be" followed by an opening double quote whose words run to (nearly) the end of the claim: "said the
 * decision had been \"agonising\"". Not when the claim names a statement or calls it untrue (a denial: "said the
 * figures were \"pure fiction\"") nor when the quote opens with an -ing word and goes on ("had been \"working nights\"").
 * `text` is the claim's text, which the tokens' offsets count in.
 */
export function reportsQuotedVerdict(text: string, tokens: readonly Token[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const copula = tokens[i] as Token;
    const first = tokens[i + 1] as Token;
    if (!VERDICT_COPULAS.has(copula.lower) || !opensDoubleQuote(text, copula.end, first.start)) continue;
    for (const token of tokens) if (REFERENTS.has(token.lower) || UNTRUE_WORDS.has(token.lower)) return false;
    let close = first.end;
    while (close < text.length && !closesDoubleQuote(text.charCodeAt(close))) close++;
    // "had been \"working nights\"" tells what someone was doing; a lone "-ing" word quoted is a quality ("\"heartbreaking\"").
    if (endsWithText(first.lower, 'ing') && tokens[i + 2] !== undefined && (tokens[i + 2] as Token).start < close) return false;
    let after = 0;
    for (let k = i + 2; k < tokens.length; k++) if ((tokens[k] as Token).start > close) after++;
    return close < text.length && after <= MAX_AFTER_VERDICT;
  }
  return false;
}

/**
 * The quantities that stand outside double quote marks in the claim's `text` (`offset`: where it starts in the text the
 * quantities count from): a reaction's quoted name for something keeps its figure to itself ("called the rise \"a disgrace
 * after two years of promises\""). All of them when the text is unknown or holds no double quote mark.
 */
function outsideDoubleQuotes(quantities: readonly Quantity[], text: string, offset: number): readonly Quantity[] {
  if (quantities.length === 0 || text === '') return quantities;
  const open = firstDoubleQuote(text, 0);
  if (open < 0) return quantities;
  return quantities.filter((quantity) => {
    const at = quantity.start - offset;
    let from = open;
    while (from >= 0 && from < at) {
      let close = from + 1;
      while (close < text.length && !closesDoubleQuote(text.charCodeAt(close))) close++;
      if (at < close) return false;
      from = firstDoubleQuote(text, close + 1);
    }
    return true;
  });
}

/** The offset of the first opening double quote mark at or after `from`, or -1. */
function firstDoubleQuote(text: string, from: number): number {
  for (let p = from; p < text.length; p++) if (opensDoubleQuote(text, p, p + 1)) return p;
  return -1;
}

/**
 * Between two tokens, only a space and an opening double quote mark right before the second: "the rise \"a disgrace\"". A
 * straight mark closes as often as it opens ("… last week,\" said …"), so it opens only after a space and before a word.
 */
function opensNameQuote(text: string, from: number, to: number): boolean {
  if (to - from < 2 || text.charCodeAt(from) !== 0x20) return false;
  for (let p = from + 1; p < to - 1; p++) if (text.charCodeAt(p) !== 0x20) return false;
  return opensDoubleQuote(text, to - 1, to);
}

/** An opening double quote mark between two offsets of the text. */
function opensDoubleQuote(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x22 || c === 0x201c || c === 0x201e || c === 0xab) return true;
  }
  return false;
}

function closesDoubleQuote(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0xbb;
}

/**
 * Who a claim's attribution says speaks (`personal-experience`): a speaker for a body (the attribution names an organisation),
 * a person or a role for no body ("said Jean Harrow, 82", "a passenger said"), or nobody (the writer of an unattributed
 * sentence: a letter, a review, a column, a release).
 */
export type SpeakerKind = 'body' | 'person' | 'none';

/** First-person subjects, singular and plural, and the contracted auxiliaries they carry. */
const OWN_SINGULAR: ReadonlySet<string> = new Set(['i', "i've", "i'd"]);
const OWN_PLURAL: ReadonlySet<string> = new Set(['we', "we've", "we'd"]);
/** Words that open a clause the subject of the claim does not stand in: "When I moved here, …", "If I lose, …". */
const SUBORDINATORS: ReadonlySet<string> = new Set(
  `when whenever since if unless after before as because although though while once until till whether`.split(' '),
);
/**
 * Words of a short fronted time before a subject, with months, weekdays and numbers: "Last Tuesday I …", "Since then we …",
 * "These days I …".
 */
const FRONTED_TIME: ReadonlySet<string> = new Set(
  `and but so then now also still yet last this that these those next in on at since by earlier later yesterday today tonight
  once twice year years month months week weeks weekend night nights morning afternoon evening day days summer winter spring
  autumn`.split(/\s+/),
);
/** How many words a fronted time may take before the subject: "Last Tuesday", "In October", "Since then", "On the night". */
const MAX_FRONTED_TIME = 4;
/** Modals after a first-person subject: a promise, a forecast or a hypothesis, which the other rules judge. */
const OWN_MODALS: ReadonlySet<string> = new Set(
  `will would shall should can could may might must 'll won't wouldn't can't cannot couldn't shouldn't mustn't`.split(' '),
);
/** Verbs of perception: a witness's "I saw …", "we heard …" is testimony of an event, not an account of her own life. */
const PERCEPTION_VERBS: ReadonlySet<string> = new Set(
  `see saw seen sees hear heard hears watch watched noticed notice spotted witnessed smelt smelled`.split(' '),
);
/** Adverbs that may stand between the subject and its verb: "I never once …", "we just …", "I only …". */
const MAX_SUBJECT_ADVERBS = 2;

/**
 * Whether the claim's subject is the first person, singular or plural, and tells of the speaker's own doings: the first
 * word, or the word after a fronted time ("Last Tuesday I …") or after a fronted phrase closed by a comma ("In October, we
 * …"), is "I" or "we" (not in "X and I"), and its verb is no modal and no verb of perception. A claim opening on a
 * subordinate clause ("When I moved here in 1998 there were …") takes its subject after the clause's comma.
 */
export function tellsOwnExperience(tokens: readonly Token[]): 'singular' | 'plural' | null {
  let i = 0;
  if (SUBORDINATORS.has(tokenLowerAt(tokens, 0))) {
    while (i < tokens.length - 1 && i < MAX_FRONTED && !(tokens[i] as Token).breakAfter) i++;
    if (!(tokens[i] as Token | undefined)?.breakAfter) return null;
    i++;
  } else {
    let k = 0;
    while (k < MAX_FRONTED_TIME && k < tokens.length) {
      const token = tokens[k] as Token;
      if (!(FRONTED_TIME.has(token.lower) || MONTHS.has(token.lower) || WEEKDAYS.has(token.lower) || token.numeric)) break;
      k++;
      if (token.breakAfter) break;
    }
    if (OWN_SINGULAR.has(tokenLowerAt(tokens, k)) || OWN_PLURAL.has(tokenLowerAt(tokens, k))) i = k;
    else if (k === 0 && FRONTED_OPENERS.has(tokenLowerAt(tokens, 0))) {
      while (i < tokens.length - 1 && i < MAX_FRONTED && !(tokens[i] as Token).breakAfter) i++;
      if (!(tokens[i] as Token | undefined)?.breakAfter) return null;
      i++;
    }
  }
  const subject = tokenLowerAt(tokens, i);
  const person = OWN_SINGULAR.has(subject) ? 'singular' : OWN_PLURAL.has(subject) ? 'plural' : null;
  if (person === null || (tokens[i] as Token).breakAfter || tokenLowerAt(tokens, i + 1) === 'and') return null;
  let v = i + 1;
  while (v < i + 1 + MAX_SUBJECT_ADVERBS && isAdverb(tokenLowerAt(tokens, v))) v++;
  const verb = tokenLowerAt(tokens, v);
  if (verb === '' || OWN_MODALS.has(verb) || PERCEPTION_VERBS.has(verb)) return null;
  // "I'd like …", "we'd rather …": the contracted "would" is a modal too ("I'd just poured" is the past perfect).
  if (endsWithText(subject, "'d") && !endsWithText(verb, 'ed') && irregularVerbLemma(verb) === undefined) return null;
  return person;
}

/**
 * Nouns of a household's members, pets and belongings: after "our" or "my" they make a "we" a household's ("We paid for our
 * boiler …", "We drove the kids to school …", "We drove to the clinic for my mother's checks").
 */
const HOUSEHOLD_NOUNS: ReadonlySet<string> = new Set(
  `house home flat garden dog dogs cat cats car caravan children child kids son sons daughter daughters husband wife partner
   family mother father mum dad mom baby boiler dryer kitchen`.split(/\s+/),
);
/** How many words may stand between "our"/"my" and the household noun: "our two old cats", "my late husband's". */
const MAX_HOUSEHOLD_MODIFIERS = 3;

/**
 * A "we" telling a household's own doings (`personal-experience`, as an "I" does): the claim's subject is "we"
 * (`tellsOwnExperience`) and it also speaks of the speaker alone ("I", "my") or of the household's members, pets or belongings
 * after "our"/"my" (`HOUSEHOLD_NOUNS`). The caller asks for a speaker who speaks for no body: a body's "we" ("We treated 310
 * patients …", "We have spent our reserves …") tells the body's record.
 */
function tellsHouseholdExperience(tokens: readonly Token[]): boolean {
  if (tellsOwnExperience(tokens) !== 'plural') return false;
  if (speaksOfSelf(tokens)) return true;
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).lower;
    if (w !== 'our' && w !== 'my') continue;
    for (let k = i + 1; k <= i + 1 + MAX_HOUSEHOLD_MODIFIERS && k < tokens.length; k++) {
      const noun = (tokens[k] as Token).lower;
      if (HOUSEHOLD_NOUNS.has(noun) || HOUSEHOLD_NOUNS.has(withoutPossessiveS(noun))) return true;
      if ((tokens[k] as Token).breakAfter) break;
    }
  }
  return false;
}

/**
 * Verbs of a private outing or of a household's days: staying, waiting, eating, walking, sleeping, living somewhere. A closed
 * list of general English verbs whose "we" is people, not a body: a body tests, surveys, records, receives, spends and rings.
 */
const OUTING_VERBS: ReadonlySet<string> = new Set(
  `booked waited stayed walked ate dined lunched lived slept queued strolled wandered hiked swam cycled camped picnicked`.split(' '),
);

/**
 * A "we" of the writer on a private outing (`personal-experience`, asked only of a claim no attribution gives a speaker: a
 * review's, a column's, a travel piece's): the claim's subject is "we" (`tellsOwnExperience`) and its verb, past an adverb or
 * "have"/"had", is one of `OUTING_VERBS` ("We dined there twice in March.", "We have stayed at the inn every summer."). A bare
 * writer's "we" is left to the other rules: a notice, a newsletter or a test report speaks for its body ("We tested 12 kettles").
 */
function tellsPrivateOuting(tokens: readonly Token[]): boolean {
  if (tellsOwnExperience(tokens) !== 'plural') return false;
  let v = 0;
  while (v < tokens.length && !OWN_PLURAL.has((tokens[v] as Token).lower)) v++;
  v++;
  while (v < tokens.length && (isAdverb(tokenLowerAt(tokens, v)) || PERFECT_AUXILIARIES.has(tokenLowerAt(tokens, v)))) v++;
  return OUTING_VERBS.has(tokenLowerAt(tokens, v));
}

/**
 * `narrative-act`: a person's trivial act told in a story (`tellsNarrativeAct`: "She went home.", "Ana jumped out.", "The man
 * sat on the floor.") or a scene's weather, smell or light with no date or time (`tellsScene`: "Hail pattered on the tin sheds."),
 * with no figure or span of time, nothing to come and no question. "I" and "we" count only for a
 * speaker the attribution ties to no body, or the writer (`speaker` not 'body'); read alone (no attribution), only a third
 * person does.
 */
function tellsNarrativeActOf(
  tokens: readonly Token[],
  features: CheckworthinessFeatures,
  quantities: readonly Quantity[],
  offset: number,
  speaker: SpeakerKind | undefined,
): boolean {
  if (features.question || features.forwardLooking || features.hedge) return false;
  // "Hail pattered on the tin sheds.": a scene's weather, smell or light, unless a date or a time makes it the news (`tellsScene`).
  const scene = features.dateOrTime === 0 && tellsScene(tokens);
  if (!scene && !tellsNarrativeAct(tokens, speaker !== undefined && speaker !== 'body')) return false;
  return !hasMeasure(quantities, tokens, offset) && !statesIntention(tokens);
}

/** Words that open a claim on one person of many, unnamed: "One tenant told us …", "Another driver said …". */
const ONE_OF_MANY: ReadonlySet<string> = new Set(['one', 'another']);
/** Words after "One" that make it a share or a member of a group, not a person: "One in three said …", "One of them …". */
const NOT_ONE_PERSON: ReadonlySet<string> = new Set(['in', 'of', 'third', 'quarter', 'fifth', 'half']);
/** How many words the unnamed person may take before the reporting verb: "One retired nurse from the village told us". */
const MAX_RELAYER = 7;
/** How many words may stand between the reporting verb and the pronoun: "told the charity that she …", "told us she …". */
const MAX_RELAY_OBJECT = 4;
/** The pronouns by which reported speech gives a single speaker back. */
const SINGULAR_SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['she', 'he']);

/**
 * A private person's account of her own life told in reported speech by someone else, the person one of many and unnamed
 * ("One tenant told the council she had paid for her own repairs for three winters.", "Another driver said he had waited
 * 40 minutes at the depot gate."): the claim opens on "One"/"Another" and a common noun (no name, no
 * figure), a reporting verb, maybe its object and "that", then "she"/"he" and a verb that is no modal and no verb of
 * perception (a witness's "said he saw flames" is testimony): `personal-experience`, as her own "I had looked after …" is.
 * Not a share ("Two in five said they …") nor a named person, whose account the corpus judges by what it tells.
 */
export function relaysOwnExperience(tokens: readonly Token[]): boolean {
  if (!ONE_OF_MANY.has(tokenLowerAt(tokens, 0)) || NOT_ONE_PERSON.has(tokenLowerAt(tokens, 1))) return false;
  let verb = 1;
  while (verb <= MAX_RELAYER && verb < tokens.length && !REPORTING_VERBS.has((tokens[verb] as Token).lower)) {
    const token = tokens[verb] as Token;
    if (token.capitalised || token.numeric || token.breakAfter) return false;
    verb++;
  }
  if (verb === 1 || verb > MAX_RELAYER || verb >= tokens.length) return false;
  for (let k = verb + 1; k <= verb + MAX_RELAY_OBJECT && k < tokens.length - 1; k++) {
    if ((tokens[k - 1] as Token).breakAfter) return false;
    if (!SINGULAR_SPEAKER_PRONOUNS.has((tokens[k] as Token).lower)) continue;
    let v = k + 1;
    while (v < k + 1 + MAX_SUBJECT_ADVERBS && isAdverb(tokenLowerAt(tokens, v))) v++;
    const next = tokenLowerAt(tokens, v);
    return next !== '' && !OWN_MODALS.has(next) && !PERCEPTION_VERBS.has(next);
  }
  return false;
}

/** The first person singular: "I", "my", "I've" … A speaker's own life is an account; a "we" speaks for a body. */
const FIRST_PERSON_SINGULAR: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"]);

/** The claim speaks of its speaker's own life ("My first call, in March 2002, was …", "I went up there last month"). */
function speaksOfSelf(tokens: readonly Token[]): boolean {
  for (const token of tokens) if (FIRST_PERSON_SINGULAR.has(token.lower)) return true;
  return false;
}

/** Past forms that are no act of the subject's: a state ("we were brave"), a possession ("we had no reason"), an auxiliary. */
const NOT_ACT_PASTS: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did', 'been', 'got', 'are', 'am', 'is', 'be', 'do', 'have']);
/** Forms of "have" before a participle: the perfect ("we have spent", "we had recorded"). */
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['have', 'had', 'has']);

/**
 * The claim's subject is "we" (`tellsOwnExperience`) and its verb a past act, simple or perfect, in the active: "We found a
 * gap of £31m", "We have spent £6m of our reserves", "We warned both ministries in May" (the `stated-fact` of a speaker for
 * a body). Not a state or a possession ("We were brave", "we had no reason to …"), a progressive ("We have been patching"),
 * a feeling (a verb of emotion: "We never wanted …"), a manner judged ("We bowled beautifully"), nor an "I" anywhere.
 */
function reportsOwnAct(tokens: readonly Token[]): boolean {
  if (tellsOwnExperience(tokens) !== 'plural' || speaksOfSelf(tokens)) return false;
  let v = 0;
  while (v < tokens.length && !OWN_PLURAL.has((tokens[v] as Token).lower)) v++;
  const perfect = tokenLowerAt(tokens, v) === "we've" || tokenLowerAt(tokens, v) === "we'd";
  v++;
  while (v < tokens.length - 1 && isAdverb(tokenLowerAt(tokens, v))) v++;
  let verb = tokenLowerAt(tokens, v);
  if (!perfect && PERFECT_AUXILIARIES.has(verb) && isPastForm(tokenLowerAt(tokens, v + 1))) verb = tokenLowerAt(tokens, v + 1);
  else if (!perfect && !isPastForm(verb)) return false;
  if (!isPastForm(verb) || NOT_ACT_PASTS.has(verb) || inflectedFrom(verb, 'ed', EMOTION_VERBS)) return false;
  // "We bowled beautifully": an adverb of manner after the verb judges how it was done.
  const after = tokenLowerAt(tokens, tokens.findIndex((t) => t.lower === verb) + 1);
  return !(endsWithText(after, 'ly') && isAdverb(after));
}

/** Quote marks that may open a claim spoken as a direct quote. */
const OPENING_QUOTE_MARKS = '"\u201c\u201e\u00ab\u2018\'';
/** Conjunctions that may open a quoted sentence before its subject: "But nobody …", "And the pumps …". */
const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'yet']);
/**
 * Subjects that name nothing one can look up: pronouns ("It was settled.", "They waited …"), demonstratives ("This was not
 * …", "That is …"), "there" and the indefinite pronouns ("Nobody asked …", "Everyone knew …").
 */
const NON_CONCRETE_SUBJECTS: ReadonlySet<string> = new Set(
  `it it's this that these those he she they he's she's they're they've they'd he'd she'd there there's what who to people nobody no-one noone none everybody everyone somebody someone anybody anyone everything something nothing`.split(
    ' ',
  ),
);
/** Words after a form of "be" that make it a characterisation, not a state: "was a first job", "is a good manager", "was about safety". */
const CHARACTERISING: ReadonlySet<string> = new Set(['a', 'an', 'about', 'how', 'what', 'why', 'who']);
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'been', 'be']);
/** Verbs of thinking that make a past a belief told, not an event: "The price war was known.", "The board thought …". */
const THINKING_VERBS: ReadonlySet<string> = new Set([
  'know',
  'think',
  'believe',
  'expect',
  'assume',
  'suppose',
  'imagine',
  'realise',
  'realize',
  'understand',
]);

/**
 * A direct quote that states what happened or was the case of a concrete subject (the caller has found it past or perfect,
 * plain and with no first- or second-person pronoun): the claim opens on the quote (a quote mark first, or a quote begun in
 * an earlier sentence, `startsInsideQuote`), and its subject, past a conjunction, is a noun phrase, not a pronoun, a
 * demonstrative or "nobody" ("\"Whole sections of the stand were empty,\" she said.", "\"Both colleagues were treated at
 * the scene.\""). Not a characterisation by "be" and an indefinite noun or a "how"/"about" ("Every one of those rooms was a
 * first job"), nor a feeling or a thought ("Dad wanted people to …", "The price war was known."): views told as a past.
 */
function quotesFactOfSubject(tokens: readonly Token[], text: string): boolean {
  const trimmed = text.trimStart();
  if (trimmed === '' || !(OPENING_QUOTE_MARKS.includes(trimmed.charAt(0)) || startsInsideQuote(trimmed))) return false;
  const first = OPENING_CONJUNCTIONS.has(tokenLowerAt(tokens, 0)) ? 1 : 0;
  const subject = tokenLowerAt(tokens, first);
  if (subject === '' || NON_CONCRETE_SUBJECTS.has(subject) || FIRST_PERSON.has(subject)) return false;
  for (let i = first; i < tokens.length; i++) {
    const w = (tokens[i] as Token).lower;
    const next = tokenLowerAt(tokens, i + 1);
    // "are being treated as debtors": a present progressive, what is being done now, as a view of it.
    if (BE_FORMS.has(w) && (CHARACTERISING.has(next) || (next === 'being' && (w === 'is' || w === 'are')))) return false;
    const lemma = irregularVerbLemma(w);
    if (inflectedFrom(w, 'ed', EMOTION_VERBS) || inflectedFrom(w, 'ed', THINKING_VERBS)) return false;
    if (lemma !== undefined && (EMOTION_VERBS.has(lemma) || THINKING_VERBS.has(lemma))) return false;
  }
  return true;
}

/** Subjects that count nobody, in one word: "Nobody from the board was there.", "No-one from the trust has called." */
const NOBODY_WORDS: ReadonlySet<string> = new Set(['nobody', 'no-one']);
/** Participles that are their verb's own base form, which `isPastForm` cannot tell: "has come", "had run", "has become". */
const BASE_PARTICIPLES: ReadonlySet<string> = new Set(['come', 'become', 'run', 'been']);
/** How many words after "nobody from" the body's name and the verb may run to: "no one from the county's highways department had". */
const MAX_NOBODY_FROM = 8;

/**
 * "Nobody" or "no one" from a body, then a past, a perfect or a past "be" ("Nobody from the council came to a single show.",
 * "Nobody from the health board has come to see us.", "No one from the board was there.", "said nobody from the coastguard
 * had told her …"): an act a body did not do, which the body's own record settles, told in a quote or reported, as "no
 * one has been arrested" is told by the police. Not with a modal before the verb ("Nobody from the club would say"), nor a
 * bare "nobody" ("Nobody listened."), whose account is as often a view of being ignored.
 */
function saysNobodyFromActed(tokens: readonly Token[]): boolean {
  const lowerAt = (i: number): string => tokenLowerAt(tokens, i);
  for (let i = 0; i < tokens.length; i++) {
    const w = lowerAt(i);
    const from = NOBODY_WORDS.has(w) ? i + 1 : w === 'no' && lowerAt(i + 1) === 'one' ? i + 2 : -1;
    if (from < 0 || lowerAt(from) !== 'from' || (tokens[from - 1] as Token).breakAfter) continue;
    for (let k = from + 1; k < tokens.length && k <= from + MAX_NOBODY_FROM; k++) {
      const token = tokens[k] as Token;
      const v = token.lower;
      if (!token.capitalised && (PAST_COPULAS.has(v) || isPastForm(v))) return true;
      if (PERFECT_AUXILIARIES.has(v)) {
        let n = k + 1;
        while (n < tokens.length && n <= k + 2 && (isAdverb(lowerAt(n)) || lowerAt(n) === 'ever')) n++;
        return isPastForm(lowerAt(n)) || BASE_PARTICIPLES.has(lowerAt(n));
      }
      if (token.breakAfter || INTENTION_WORDS.has(v) || NORMATIVE_MODALS.has(v) || POSSIBILITY_MODALS.has(v)) break;
    }
  }
  return false;
}

/**
 * Verbs after a bare "nobody" that tell how people felt, saw or chose, not an act on anyone's record: "Nobody listened to the
 * crews.", "Nobody said so.", "Nobody chose the new route.", "Nobody seemed bothered." (feelings and thoughts: `EMOTION_VERBS`,
 * `THINKING_VERBS`).
 */
const NOBODY_VIEW_LEMMAS: ReadonlySet<string> = new Set(['listen', 'say', 'see', 'choose', 'seem', 'care', 'mind', 'notice', 'dispute']);
/** Words before a bare "nobody" that leave it the clause's subject: "But nobody has been sent home.", "And no one rang." */
const NOBODY_OPENERS: ReadonlySet<string> = new Set(['but', 'and', 'so', 'yet', 'still']);

/**
 * A claim that opens (maybe after "but"/"and") on a bare "nobody" or "no one" whose verb, maybe after "ever" or an adverb, is a
 * past, a perfect or a past "be" of an act ("\"Nobody rang the bell at the depot for an hour.", "But nobody has been sent
 * home.\"", "\"Nobody came to inspect the valves,\" said …"): the act not done, told in a quote as the same act denied is told unquoted,
 * which the record of the event or of the body it belongs to settles. Not a feeling, a thought, a perception or a choice
 * (`NOBODY_VIEW_LEMMAS`: "Nobody listened to the crews.", "Nobody wanted it."), a modal ("Nobody could afford it"), nor a "nobody"
 * later in the claim ("I rang twice and nobody came": the account of the speaker's own dealings).
 */
function saysNobodyActed(tokens: readonly Token[]): boolean {
  const lowerAt = (i: number): string => tokenLowerAt(tokens, i);
  let i = NOBODY_OPENERS.has(lowerAt(0)) ? 1 : 0;
  if (NOBODY_WORDS.has(lowerAt(i))) i += 1;
  else if (lowerAt(i) === 'no' && lowerAt(i + 1) === 'one') i += 2;
  else return false;
  while (i < tokens.length && (isAdverb(lowerAt(i)) || lowerAt(i) === 'ever')) i++;
  let verb = lowerAt(i);
  if (PERFECT_AUXILIARIES.has(verb)) {
    i++;
    while (i < tokens.length && (isAdverb(lowerAt(i)) || lowerAt(i) === 'ever')) i++;
    verb = lowerAt(i);
    if (!isPastForm(verb) && !BASE_PARTICIPLES.has(verb)) return false;
  } else if (!PAST_COPULAS.has(verb) && !isPastForm(verb)) return false;
  // "Nobody was surprised", "Nobody was listened to": the verb a "was" carries is judged as the verb itself.
  if (PAST_COPULAS.has(verb) || verb === 'been') verb = lowerAt(i + 1);
  const lemma = irregularVerbLemma(verb) ?? (endsWithText(verb, 'ed') ? verb.slice(0, -2) : verb);
  if (inflectedFrom(verb, 'ed', EMOTION_VERBS) || inflectedFrom(verb, 'ed', THINKING_VERBS)) return false;
  if (EMOTION_VERBS.has(lemma) || THINKING_VERBS.has(lemma) || NOBODY_VIEW_LEMMAS.has(lemma)) return false;
  return !inflectedFrom(verb, 'ed', NOBODY_VIEW_LEMMAS);
}

/** A past form or participle: a regular "-ed" or an irregular form ("found", "spent", "taken"). */
function isPastForm(w: string): boolean {
  return (
    (endsWithText(w, 'ed') && w.length > 3) || (irregularVerbLemma(w) !== undefined && !endsWithText(w, 'ing') && !endsWithText(w, 's'))
  );
}

/** The claim speaks in the first person, singular or plural ("We must make sure …", "our rules"). */
function speaksAsFirstPerson(tokens: readonly Token[]): boolean {
  for (const token of tokens) if (FIRST_PERSON.has(token.lower)) return true;
  return false;
}

/** Nouns of an instrument that binds: "under the Act", "under its rules", "under the ban", "under the council's constitution". */
const RULE_NOUNS: ReadonlySet<string> = new Set(
  `act acts rules rule regulations regulation law laws ban constitution scheme code bylaws byelaws licence license contract directive statute terms treaty`.split(
    ' ',
  ),
);
/** How far after "under" its rule noun may stand: "under the Consumer Rights Act 2015", "under the passenger rights regulations". */
const MAX_RULE_FRAME = 6;
/** Words of obligation or permission that a rule's frame binds: "under its rules, X must refund", "under the law it can fine". */
const OBLIGATION_WORDS: ReadonlySet<string> = new Set(
  `must mustn't may can cannot can't shall entitled allowed required liable obliged permitted prohibited banned offence offense illegal unlawful`.split(
    ' ',
  ),
);
/** Predicates of a rule after "is"/"are" (maybe past an adverb): "is only allowed", "are not permitted", "is illegal", "is jointly liable". */
const RULE_PREDICATES: ReadonlySet<string> = new Set(`allowed permitted prohibited illegal unlawful liable obliged entitled`.split(' '));
/** Participles of a sanction a rule sets, after "can be"/"may be": "can be fined", "may be prosecuted". */
const SANCTIONS: ReadonlySet<string> = new Set(
  `fined prosecuted jailed imprisoned disqualified evicted struck banned penalised penalized`.split(' '),
);
/** Verbs after "entitled to" that claim a right to a view, not to a remedy: "are entitled to expect better", "to ask why". */
const VIEW_VERBS: ReadonlySet<string> = new Set(['expect', 'ask', 'know', 'feel', 'wonder', 'demand', 'think', 'question', 'believe']);
/** Forms of "be" before a rule's predicate: "is an offence", "have been entitled to", "be liable". */
const RULE_COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', "isn't", "aren't"]);
/** The first person, singular and plural: a rule stated by "I" or "we" is a speaker's own ("We must make sure …"). */
const FIRST_PERSON: ReadonlySet<string> = new Set([
  ...FIRST_PERSON_SINGULAR,
  'we',
  'us',
  'our',
  'ours',
  'ourselves',
  "we're",
  "we've",
  "we'd",
  "we'll",
  "let's",
]);

/**
 * The claim states what a law, a rule or a scheme requires, allows or forbids (see `stated-rule`): a frame naming the
 * instrument, "under" and a `RULE_NOUNS` noun, with a word of obligation or permission anywhere in the claim ("Under the
 * Act, goods must be …", "Under its rules, the operator must refund …", "Under the constitution, a decision cannot be
 * reconsidered …"); or, without a frame, a predicate of a rule after a form of "be": "is an offence", "are entitled to",
 * "is only allowed if …", "is illegal", "is jointly liable"; or a "must" from a date (`dated`: "From 1 March, anyone who lets
 * a home must register it."), a rule taking effect. Not a bare "must" ("A president must always be willing …"), which states
 * a duty as often as a view, nor "is required to", which states one as often as a speaker's own task.
 */
export function statesRule(tokens: readonly Token[], dated = false): boolean {
  const lowerAt = (i: number): string => tokenLowerAt(tokens, i);
  let frame = false;
  let obligation = false;
  let must = false;
  for (let i = 0; i < tokens.length; i++) {
    const w = lowerAt(i);
    if (!(ruleOpenings(tokens[i] as Token) & OPENS_RULE)) continue;
    if (OBLIGATION_WORDS.has(w)) obligation = true;
    if (w === 'must' || w === "mustn't") must = true;
    if (w === 'under') {
      for (let k = i + 1; k <= i + MAX_RULE_FRAME && k < tokens.length; k++) {
        if (RULE_NOUNS.has(lowerAt(k))) frame = true;
        if (frame || (tokens[k] as Token).breakAfter) break;
      }
    }
    // "is an offence", "is a criminal offence": an offence named by "a"/"an" after "be", maybe past one adjective.
    if (w === 'offence' || w === 'offense') {
      let j = i - 1;
      if (lowerAt(j) !== 'an' && lowerAt(j) !== 'a') j--;
      if ((lowerAt(j) === 'an' || lowerAt(j) === 'a') && RULE_COPULAS.has(lowerAt(j - 1))) return true;
    }
    // "Drivers who ignore the limit can be fined.", "may be prosecuted": the sanction a rule sets.
    if ((w === 'can' || w === 'may') && lowerAt(i + 1) === 'be' && SANCTIONS.has(lowerAt(i + 2))) return true;
    if (RULE_PREDICATES.has(w) && (w !== 'entitled' || (lowerAt(i + 1) === 'to' && !VIEW_VERBS.has(lowerAt(i + 2))))) {
      let k = i - 1;
      // "is only allowed", "are not permitted", "is jointly liable".
      while (k > 0 && k > i - 1 - MAX_STATE_ADVERBS && (isAdverb(lowerAt(k)) || lowerAt(k) === 'only')) k--;
      if (RULE_COPULAS.has(lowerAt(k))) return true;
    }
  }
  return (frame && obligation) || (dated && must);
}

/** Nouns of this publication's own piece: "an earlier version of this article", "of this update". */
const PIECE_NOUNS: ReadonlySet<string> = new Set(
  `article story report update piece page post column round-up roundup blog bulletin item`.split(' '),
);
/** Words before "version" that make it an earlier one: "an earlier version", "a previous version". */
const EARLIER: ReadonlySet<string> = new Set(['earlier', 'previous', 'original', 'first']);
/** Past verbs by which a correction says what was printed: "said", "stated", "misspelled". */
const PRINTED_VERBS: ReadonlySet<string> = new Set(
  `said stated reported described gave named misspelled misspelt misidentified misquoted quoted referred`.split(' '),
);

/**
 * The claim reports what the publication itself printed before (see `correction`): it opens with "Correction" or
 * "Clarification" and a clause break ("Correction, 9 January: …", "Correction: Last week's round-up said …"), or names an
 * earlier version of this piece ("An earlier version of this article said …", "of this update"), and has a past verb of
 * saying. What it said is wrong by the correction's own account; the corrected fact follows in a claim of its own.
 */
export function reportsCorrection(tokens: readonly Token[]): boolean {
  const lowerAt = (i: number): string => tokenLowerAt(tokens, i);
  const first = lowerAt(0);
  let named = (first === 'correction' || first === 'clarification') && (tokens[0] as Token).breakAfter;
  for (let i = 1; i < tokens.length && !named; i++) {
    if (!(ruleOpenings(tokens[i] as Token) & OPENS_CORRECTION) || lowerAt(i) !== 'version') continue;
    if (EARLIER.has(lowerAt(i - 1)) && lowerAt(i + 1) === 'of') {
      named = lowerAt(i + 2) === 'this' || lowerAt(i + 2) === 'our' || PIECE_NOUNS.has(lowerAt(i + 3));
    }
  }
  if (!named) return false;
  for (const token of tokens) if (PRINTED_VERBS.has(token.lower)) return true;
  return false;
}

/** Outcomes of a motion or an amendment: "The motion was carried.", "The amendment fell.", "was not seconded". */
const MOTION_OUTCOMES: ReadonlySet<string> = new Set(`carried lost defeated withdrawn seconded fell put`.split(' '));
/** What a meeting did as a meeting: "The meeting closed at 8pm.", "The meeting heard from …". */
const MEETING_ACTS: ReadonlySet<string> = new Set(`closed opened ended began adjourned heard finished`.split(' '));
/** Verbs by which someone opens or closes a sitting: "opened the sitting", "closed the meeting". */
const SITTING_ACTS: ReadonlySet<string> = new Set(['opened', 'closed']);
/** What is opened or closed as a sitting of a body: "the debate", "the session". */
const SITTINGS: ReadonlySet<string> = new Set(['debate', 'meeting', 'session', 'discussion', 'proceedings', 'sitting']);
/** Forms of "defer": a decision put off ("agreed to defer a decision", "that the decision be deferred"). */
const DEFER_FORMS: ReadonlySet<string> = new Set(['defer', 'deferred', 'defers', 'deferring', 'deferral']);
/** What a meeting puts off: a decision, a vote, an item. */
const DEFERRED_THINGS: ReadonlySet<string> = new Set(['decision', 'vote', 'item', 'matter', 'consideration']);
/** Whom a chair reminds of the rules: "reminded members", "reminded the committee". */
const CHAIRED: ReadonlySet<string> = new Set(['members', 'councillors', 'committee', 'meeting', 'chamber', 'house', 'delegates']);
/** Other words that may open a step of procedure: "apologies for absence", "declared an interest", "moved that", "point of order". */
const PROCEDURE_WORDS: ReadonlySet<string> = new Set(['apologies', 'seconded', 'adjourned', 'declared', 'moved', 'reminded', 'point']);
/** How near a "defer" and what it puts off must stand: "defer a decision", "the decision be deferred". */
const DEFER_WINDOW = 3;

/**
 * The claim records a step of a meeting's procedure (see `procedure`): apologies for absence, an interest declared, a motion
 * moved, seconded or its outcome ("The motion was carried without a vote."), the meeting opening, closing or hearing from
 * someone, a decision or a vote deferred, an adjournment, the chair reminding members of the rules, a point of order. Minutes
 * and council reports record these in the past tense, as they do decisions; who was present and in what order things were
 * done is no claim a fact-checker queues. The caller leaves a count ("carried by 30 votes to 12") to the figure rule.
 */
export function describesProcedure(tokens: readonly Token[]): boolean {
  const lowerAt = (i: number): string => tokenLowerAt(tokens, i);
  const opener = lowerAt(0) === 'the' || lowerAt(0) === 'a' || lowerAt(0) === 'an' || lowerAt(0) === 'this' ? 1 : 0;
  const motionFirst = lowerAt(opener) === 'motion' || lowerAt(opener) === 'amendment';
  for (let i = 0; i < tokens.length; i++) {
    const w = lowerAt(i);
    if (!(ruleOpenings(tokens[i] as Token) & OPENS_PROCEDURE)) continue;
    const next = lowerAt(i + 1);
    if (w === 'apologies' && (next === 'for' || next === 'were' || next === 'received')) return true;
    if (w === 'seconded' || w === 'adjourned') return true;
    if (w === 'declared') for (let k = i + 1; k <= i + 4; k++) if (lowerAt(k) === 'interest') return true;
    if (w === 'moved' && (next === 'that' || lowerAt(i + 2) === 'motion' || lowerAt(i + 2) === 'amendment')) return true;
    if (motionFirst && MOTION_OUTCOMES.has(w)) return true;
    if (MEETING_ACTS.has(w) && lowerAt(i - 1) === 'meeting' && lowerAt(i - 2) === 'the') return true;
    // "The chair opened the sitting.", "closed the session": who opened or closed a sitting, no act of its own.
    if (SITTING_ACTS.has(w) && next === 'the' && SITTINGS.has(lowerAt(i + 2))) return true;
    if (DEFER_FORMS.has(w))
      for (let k = Math.max(i - DEFER_WINDOW, 0); k <= i + DEFER_WINDOW; k++) if (DEFERRED_THINGS.has(lowerAt(k))) return true;
    if (w === 'reminded' && (CHAIRED.has(next) || CHAIRED.has(lowerAt(i + 2)))) return true;
    if (w === 'point' && next === 'of' && lowerAt(i + 2) === 'order') return true;
  }
  return false;
}

/** A score or a tally, "3-1", "24-10", "7-2": one to three digits either side of a hyphen (not a season, "2019-20"). */
const SCORE = /^\d{1,3}[-\u2010\u2011]\d{1,3}$/;

/**
 * The claim gives a result as a score or a tally ("Harlow Park won that game 19-16.", "the board voted 7-2"): a figure
 * someone can check, which the quantities, reading "19-16" as no amount, leave out.
 */
export function statesScore(tokens: readonly Token[]): boolean {
  for (const token of tokens) if (token.numeric && SCORE.test(token.text)) return true;
  return false;
}

/**
 * The model's score from which a plain present-tense statement (`plain-present`) reaches the threshold: chosen by
 * cross-validation over the tune half's texts (`npm run cv:checkworthy-present-bar`: each fold's bar chosen on the other
 * four, 0.17 to 0.19). Choose it again when the model is retrained: it is a point on the model's scale.
 */
export const PLAIN_PRESENT_BAR = 0.18;

/** How far under the threshold a forecast without figures is kept (its score still orders it among the claims not queued). */
const UNDER_THRESHOLD = 0.001;

/**
 * The model's score after the rules: a forecast without figures or a credit line stays under the threshold, a plain figure or
 * stated fact reaches it, a plain present-tense statement reaches it from `PLAIN_PRESENT_BAR`.
 */
export function applyCheckworthinessRule(score: number, threshold: number, rule: CheckworthinessRule | null): number {
  if (
    rule === 'schedule' ||
    rule === 'instruction' ||
    rule === 'exclamation' ||
    rule === 'personal-experience' ||
    rule === 'forecast-without-figure' ||
    rule === 'article-furniture' ||
    rule === 'no-comment' ||
    rule === 'correction' ||
    rule === 'procedure' ||
    rule === 'reaction' ||
    rule === 'reported-view' ||
    rule === 'evaluation' ||
    rule === 'judged-figure' ||
    rule === 'quoted-verdict' ||
    rule === 'state-of-mind' ||
    rule === 'normative' ||
    rule === 'verdict-on-view' ||
    rule === 'narrative-act' ||
    rule === 'signpost'
  ) {
    return Math.min(score, threshold - UNDER_THRESHOLD);
  }
  if (
    rule === 'checkable-figure' ||
    rule === 'forecast-with-figure' ||
    rule === 'decision-on-record' ||
    rule === 'stated-fact' ||
    rule === 'present-state' ||
    rule === 'stated-cause' ||
    rule === 'stated-rule' ||
    rule === 'answer-of-fact' ||
    rule === 'verdict-on-fact'
  ) {
    return Math.max(score, threshold);
  }
  if (rule === 'plain-present' && score >= PLAIN_PRESENT_BAR) return Math.max(score, threshold);
  return score;
}

/** Forms of "be" and "have" that open a question of fact ("Is the fire out?") and close its elliptical answer ("It is not."). */
const FACT_AUXILIARIES: ReadonlySet<string> = new Set(
  `is are was were has have had isn't aren't wasn't weren't hasn't haven't hadn't`.split(' '),
);
/** Subjects of an elliptical answer: a pronoun, "that" or "there" ("He is.", "That was.", "There are."). */
const ANSWER_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'that', 'there']);
/** Words that may stand beside the auxiliary of an elliptical answer: "It has not.", "It never was.", "They are already." */
const ANSWER_ADVERBS: ReadonlySet<string> = new Set(['not', 'never', 'yet', 'already', 'still', 'now']);
/** What may follow a bare "not": "Not yet.", "Not at the moment.", "Not any more.", "Not so far.", "Not now." */
const NOT_TAILS: ReadonlySet<string> = new Set(['yet', 'at', 'the', 'moment', 'now', 'any', 'more', 'anymore', 'so', 'far', 'currently']);
/** The longest elliptical answer: "No, they are not yet." */
const MAX_ELLIPTICAL_ANSWER = 6;

/**
 * `tokens` answer, in no words of their own, the question whose tokens are `question` (see `answer-of-fact`): the
 * question opens (maybe after a label or a name and a comma: "Q: Is …", "Sergeant, is …") with a form of "be" or
 * "have", and the answer is "yes"/"no", a subject with such a form ("He is.", "No, it has not."), or "not" with a word of
 * time ("Not yet.", "Not at the moment.").
 */
export function answersQuestionOfFact(tokens: readonly Token[], question: readonly Token[]): boolean {
  return tokens.length > 0 && tokens.length <= MAX_ELLIPTICAL_ANSWER && isElliptical(tokens) && asksWhetherSo(question);
}

function isElliptical(tokens: readonly Token[]): boolean {
  let i = 0;
  if (tokens[0]!.lower === 'yes' || tokens[0]!.lower === 'no') i++;
  if (i === tokens.length) return true;
  const first = tokens[i]!.lower;
  if (first === 'not') {
    for (let k = i + 1; k < tokens.length; k++) if (!NOT_TAILS.has(tokens[k]!.lower)) return false;
    return true;
  }
  if (!ANSWER_SUBJECTS.has(first)) return false;
  let auxiliary = false;
  for (let k = i + 1; k < tokens.length; k++) {
    const w = tokens[k]!.lower;
    if (FACT_AUXILIARIES.has(w) && !auxiliary) auxiliary = true;
    else if (!ANSWER_ADVERBS.has(w)) return false;
  }
  return auxiliary;
}

/** The question opens with a form of "be" or "have": first, after a label ("Q", "REPORTER:") or after a clause break ("Sergeant, is …"). */
function asksWhetherSo(question: readonly Token[]): boolean {
  for (let i = 0; i < question.length; i++) {
    if (!FACT_AUXILIARIES.has(question[i]!.lower)) continue;
    const before = question[i - 1];
    if (before === undefined || before.breakAfter || (i === 1 && before.text === before.text.toUpperCase())) return true;
  }
  return false;
}

/** The longest denial or verdict that only points back: "Norvane's chief executive, Oskar Vennberg, flatly refuted that." */
const MAX_VERDICT_TOKENS = 14;
/** Statements a denial may name that are views, not facts: "rejected the criticism", "disputed that characterisation". */
const VIEW_REFERENTS: ReadonlySet<string> = new Set(
  'criticism criticisms description portrayal characterisation characterization interpretation'.split(' '),
);
/** Words calling a statement true: `TRUE_WORDS` without "real" and "genuine" ("That is real." is no verdict), and "right": "That's not right.", "That is correct." */
const TRUTH_WORDS: ReadonlySet<string> = new Set(['true', 'accurate', 'correct', 'right']);
/** Forms of "be" a verdict puts between the statement and the word judging it: "That is not true.", "the figures were wrong". */
const VERDICT_BE: ReadonlySet<string> = new Set(`is was are were isn't wasn't aren't weren't`.split(' '));
/** Words between the "be" of a verdict and its word of truth: "is not quite right", "was just not true". */
const VERDICT_ADVERBS: ReadonlySet<string> = new Set(['not', 'quite', 'just', 'also', 'still', 'never']);
/** Adverbs that qualify a verdict, so that it says something of its own: "partly true", "largely wrong". */
const HEDGED_VERDICT: ReadonlySet<string> = new Set(['partly', 'partially', 'largely', 'broadly', 'mostly', 'half', 'somewhat']);
/** A pronoun fused with "is": "That's not right.", "It's wrong." */
const VERDICT_SUBJECT_BE: ReadonlySet<string> = new Set(["that's", "it's", "this's"]);
/** Determiners and possessives before the statement a denial names: "the claim", "that account", "its figures". */
const STATEMENT_DETERMINERS: ReadonlySet<string> = new Set(`the that this these those its their his her our`.split(' '));
/** Words that may close a bare denial: "denied that at the time", "rejected the claim outright". */
const DENIAL_TAILS: ReadonlySet<string> = new Set(['at', 'the', 'time', 'outright', 'again', 'too', 'also', 'then', 'now']);

/**
 * A denial or a verdict that points back and says nothing of its own (`verdict-on-fact`): "X disputed that.", "X rejected
 * the agency's estimate (as baseless).", "X's figures are disputed.", "That is (simply) not true.", "That figure is correct.",
 * after a reporting clause ("The organisers say that is not correct.") or before a tag ("\"That is not accurate,\" she said.").
 * 'view' when the statement it names is a view ("rejected the criticism"), 'back' otherwise, null when it is no such claim
 * ("denied that any warning had been ignored" says what it denies; "Nobody disputes that the market collapsed." asserts).
 */
export function pointsBackAsVerdict(tokens: readonly Token[], text = ''): 'back' | 'view' | null {
  if (tokens.length === 0 || tokens.length > MAX_VERDICT_TOKENS) return null;
  // A tag after a quote ("…," she said.) is no content of the verdict.
  const attribution = text === '' ? null : attributionTokens(text, tokens);
  let end = tokens.length;
  while (end > 0 && attribution?.[end - 1]) end--;
  for (let v = 0; v < end; v++) {
    const w = (tokens[v] as Token).lower;
    // The verb, not "disagreed" (a `reaction`), "denying", "denial" or "rejection".
    if (isDenialWord(w) && !w.startsWith('disagre') && !w.endsWith('ing') && !w.endsWith('al') && !w.endsWith('ion')) {
      const named = namesStatementBack(tokens, v + 1, end, true);
      if (named !== null) return named;
      // The passive: "Mahler's figures are disputed.", "That is denied."
      if (VERDICT_BE.has(tokenLowerAt(tokens, v - 1)) && endsBare(tokens, v + 1, end)) return namedBefore(tokens, v - 1);
    }
  }
  // "That is not true.", "The organisers say that is not correct.": a statement, "be", maybe "not", a word of truth.
  for (let s = 0; s < end; s++) {
    if (s > 0 && !REPORTING_VERBS.has(tokenLowerAt(tokens, s - 1)) && !(tokens[s - 1] as Token).breakAfter) continue;
    const verdict = judgesBack(tokens, s, end);
    if (verdict !== null) return verdict;
  }
  return null;
}

/** From `from`, a reference back ("that", "the claim", "the agency's estimate") and nothing else of weight up to `end`. */
function namesStatementBack(tokens: readonly Token[], from: number, end: number, afterVerb: boolean): 'back' | 'view' | null {
  let k = from;
  while (afterVerb && k < end && isAdverb((tokens[k] as Token).lower)) k++;
  if (k >= end) return null;
  const first = (tokens[k] as Token).lower;
  if (ANAPHORS.has(first) && afterVerb && endsBare(tokens, k + 1, end)) return 'back';
  // "that", "this", "these", "those" point back alone ("disputes that.") or determine the statement named ("rejects those
  // readings.", "contests that version."): a demonstrative with more after it is read as a determiner below.
  if (!STATEMENT_DETERMINERS.has(first) && !isPossessive(first)) return null;
  // "the survey's central finding", "the residents' association's account of the estate".
  for (let r = k + 1; r < Math.min(end, k + 5); r++) {
    const w = (tokens[r] as Token).lower;
    if ((tokens[r] as Token).numeric) return null;
    if (!REFERENTS.has(w)) continue;
    let after = r + 1;
    if (tokenLowerAt(tokens, after) === 'of') after = Math.min(end, after + 4);
    if (!endsBare(tokens, after, end)) return null;
    return VIEW_REFERENTS.has(w) ? 'view' : 'back';
  }
  return null;
}

/** A possessive token: "agency's", "residents'". */
function isPossessive(w: string): boolean {
  return endsWithText(w, "'s") || endsWithText(w, "'");
}

/**
 * Nothing of its own from `from` to `end`: adverbs, "at the time", "outright", or "as" and a word calling it untrue
 * ("as baseless", "as \"a fiction\"", "as propaganda").
 */
function endsBare(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const token = tokens[k] as Token;
    if (token.numeric) return false;
    if (token.lower === 'as') {
      for (let j = k + 1; j < end && j <= k + 3; j++) if (UNTRUE_WORDS.has((tokens[j] as Token).lower)) return true;
      return false;
    }
    if (!DENIAL_TAILS.has(token.lower) && !isAdverb(token.lower)) return false;
  }
  return true;
}

/** What a passive denial names before its "be": "Mahler's figures are disputed" (a view when the statement is one). */
function namedBefore(tokens: readonly Token[], be: number): 'back' | 'view' | null {
  for (let k = be - 1; k >= Math.max(0, be - 3); k--) {
    const w = (tokens[k] as Token).lower;
    if (REFERENTS.has(w)) return VIEW_REFERENTS.has(w) ? 'view' : 'back';
    if (ANAPHORS.has(w) && k === be - 1) return 'back';
  }
  return null;
}

/**
 * At `s`, a statement pointed back at ("that", "it", "that figure", "the claim"), a form of "be" (maybe fused: "that's"),
 * maybe "not" and adverbs, then a word of truth or untruth or "the case", and nothing more but a vocative (", Your Honour").
 */
function judgesBack(tokens: readonly Token[], s: number, end: number): 'back' | 'view' | null {
  let k = s;
  const first = (tokens[k] as Token).lower;
  let named: 'back' | 'view' = 'back';
  if (VERDICT_SUBJECT_BE.has(first)) k++;
  else {
    if (STATEMENT_DETERMINERS.has(first) && REFERENTS.has(tokenLowerAt(tokens, k + 1))) {
      if (VIEW_REFERENTS.has(tokenLowerAt(tokens, k + 1))) named = 'view';
      k += 2;
    } else if (ANAPHORS.has(first)) k++;
    else return null;
    if (!VERDICT_BE.has(tokenLowerAt(tokens, k))) return null;
    k++;
  }
  while (k < end && (VERDICT_ADVERBS.has((tokens[k] as Token).lower) || isAdverb((tokens[k] as Token).lower))) {
    // "partly true", "largely wrong": a verdict with a reservation of its own.
    if (HEDGED_VERDICT.has((tokens[k] as Token).lower)) return null;
    k++;
  }
  const w = tokenLowerAt(tokens, k);
  if (w === 'the' && tokenLowerAt(tokens, k + 1) === 'case') k += 2;
  else if (UNTRUE_WORDS.has(w) || TRUTH_WORDS.has(w)) k++;
  else return null;
  // A vocative after a comma: "That is correct, Your Honour.", "That's just not true, John."
  if (k < end && !(tokens[k - 1] as Token).breakAfter) return null;
  for (let j = k; j < end; j++) if (!(tokens[j] as Token).capitalised) return null;
  return named;
}

/**
 * Which of the rules' per-word loops a word can set off (a word none of their tests could match is passed over): one memoised
 * lookup per word of a claim instead of two to six set lookups, three of them on fresh slices that must be hashed each time
 * (`reactionLemmaOf`). Lookups in Maps and Sets keyed by strings are where the engine misses the data cache and mispredicts
 * branches most (callgrind's cache and branch simulation, branch speed9); these loops ran them for every word of every claim.
 * Each bit is exactly the condition under which its loop's body can do anything for the word.
 */
const OPENS_NO_COMMENT = 1;
const OPENS_REACTION = 2;
const OPENS_INTENTION = 4;
const OPENS_PRESENT_STATE = 8;
const OPENS_CAUSE = 16;
const OPENS_STATE_OF_MIND = 32;
const OPENS_RULE = 64;
const OPENS_CORRECTION = 128;
const OPENS_PROCEDURE = 256;
const OPENS_NORMATIVE = 512;
const OPENS_VIEW = 1024;
const OPENS_VERDICT = 2048;
const OPENS_SIDE = 4096;
const OPENS_DECISION = 8192;

// By the word's id (word-ids.ts): one array read per word of a claim.
const ruleOpenings = wordMemo(
  boundedMemo((w: string): number => {
    let openings = 0;
    if (
      NEGATIONS.has(w) ||
      w === 'declined' ||
      w === 'refused' ||
      w === 'be' ||
      w === 'no' ||
      NEGATED_MODALS.has(w) ||
      REFUSING_MODALS.has(w)
    )
      openings |= OPENS_NO_COMMENT;
    if (
      CALL_FORMS.has(w) ||
      URGING_FORMS.has(w) ||
      DESCRIBE_FORMS.has(w) ||
      reactionLemmaOf(w) !== null ||
      isStanceForm(w) ||
      isAgreementForm(w)
    )
      openings |= OPENS_REACTION;
    if (INTENTION_WORDS.has(w) || endsWithText(w, "'ll") || INTENTION_VERBS.has(w) || LIKELIHOOD_WORDS.has(w) || SCHEDULED.has(w))
      openings |= OPENS_INTENTION;
    if (PRESENT_COPULAS.has(w) || IS_CONTRACTIONS.has(w) || STAYING_VERBS.has(w) || (endsWithText(w, "'re") && isPresentCopula(w)))
      openings |= OPENS_PRESENT_STATE;
    if ((CAUSAL_WORDS.has(w) && !ROLE_CAUSAL_WORDS.has(w)) || CAUSAL_PHRASES.some((phrase) => phrase.length === 0 || phrase[0] === w))
      openings |= OPENS_CAUSE;
    if (inflectedFrom(w, 'ed', EMOTION_VERBS) || inflectedFrom(w, 'ing', COGNITION_VERBS) || HOLDING_PROGRESSIVES.has(w))
      openings |= OPENS_STATE_OF_MIND;
    if (OBLIGATION_WORDS.has(w) || RULE_PREDICATES.has(w) || w === 'under' || w === 'offence' || w === 'offense') openings |= OPENS_RULE;
    if (w === 'version' || w === 'correction' || w === 'clarification') openings |= OPENS_CORRECTION;
    if (MOTION_OUTCOMES.has(w) || MEETING_ACTS.has(w) || DEFER_FORMS.has(w) || PROCEDURE_WORDS.has(w)) openings |= OPENS_PROCEDURE;
    if (NORMATIVE_MODALS.has(w)) openings |= OPENS_NORMATIVE;
    if (REPORTING_VERBS.has(w)) openings |= OPENS_VIEW;
    if (isDenialWord(w) || UNTRUE_WORDS.has(w) || TRUTH_WORDS.has(w) || w === 'case') openings |= OPENS_VERDICT;
    if (SIDE_WORDS.has(w)) openings |= OPENS_SIDE;
    if (DECISION_VERBS.has(w) || STAYING_VERBS.has(w) || w === 'keep' || w === 'open' || PLAN_NOUNS.has(w)) openings |= OPENS_DECISION;
    // A count of none cut or closed: "No depots will be sold", "Nobody will lose a post", "would be laid off".
    if (LOSS_PARTICIPLES.has(w) || w === 'lose' || w === 'redundant' || w === 'laid' || w === 'longer') openings |= OPENS_DECISION;
    return openings;
  }),
);

/** The openings of all the claim's words together: a rule test none of whose bits is set cannot match (`checkworthinessRule`). */
function claimOpenings(tokens: readonly Token[]): number {
  let openings = 0;
  for (const token of tokens) openings |= ruleOpenings(token);
  return openings;
}
