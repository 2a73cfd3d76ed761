/**
 * A wire dateline: where (in capitals), optionally when and through which agency
 * the story was filed, then a dash: "OSLO, Dec 2 (Reuters) - ", "ST. JOHN'S —
 * ", "NEW YORK (AP) — ", "LYON, 14 October 2026 - ", with the country or region after the
 * place ("WESTMOOR, England, March 4 (Reuters) - ", "CAPE TOWN, South Africa, Jan 3 -"). It opens a paragraph and
 * belongs to no claim: the claim a fact-checker reads starts after it.
 *
 * The place must be written in capitals (two letters at least, no lower-case
 * letter), so a sentence opening with a name and a parenthetical dash ("Oslo —
 * the capital — …") or an acronym's sentence ("NATO said …") is left whole; the
 * date is a short run of letters, digits and dots after a comma; the agency is
 * one parenthesis. A place alone before the dash needs three letters ("EU – China
 * talks …" is a sentence).
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}\p{M}.'’-]*(?:[ /]\p{Lu}[\p{Lu}\p{M}.'’-]*){0,4}(?:,[ \t]*\p{Lu}\p{Ll}[\p{L}.'’-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}.'’-]*){0,2}(?=,))?(?:,[ \t]*[\p{L}\d][\p{L}\d. ]{0,24}?(?:,[ \t]*\d{4})?)?(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]+[-–—]{1,2}[ \t]+|[ \t]*[–—][ \t]*)(?=\S)/u;

/** The length of the dateline opening `text`, or 0 when it opens with none. */
export function datelineLength(text: string): number {
  const match = DATELINE.exec(text);
  if (!match) return 0;
  // The place is what comes before the date, the agency or the dash; alone before a dash it needs
  // three letters, so that "EU – China talks …" stays a sentence.
  const place = match[0].split(/[,(–—]|\s-/u, 1)[0]!;
  const alone = !/[,(]/.test(match[0]);
  return (place.match(/\p{L}/gu)?.length ?? 0) >= (alone ? 3 : 2) ? match[0].length : 0;
}

/**
 * A transcript's time code opening a paragraph: "[00:04:12] ", "(12:03) ", "00:04:12 - ", or a live blog's
 * bracketed update marker, "[UPDATE 09:12] ". Like a
 * dateline it is no part of the claim. Bracketed, or with seconds when bare: a live blog's "10:32 Police
 * said …" is left to its annotators' reading, and "9:30 was the deadline" stays a sentence.
 */
const TIMESTAMP =
  /^(?:[[(](?:[Uu]pdated?[ \t]+|UPDATED?[ \t]+)?\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?[\])]|\d{1,2}(?::\d{2}){2}(?:\.\d+)?)(?:[ \t]*[-–—|])?[ \t]+(?=\S)/u;

/**
 * A messaging app's export stamps each message with its date and time: "[03/02/2026, 07:48] ", "[2/3/26, 7:48:12 AM] ",
 * "[07:48, 03/02/2026] ", "[2026-02-03 07:48] " in brackets, or bare before a dash ("03/02/2026, 07:48 - "). A date and a
 * time of day together, so a date alone ("[3/2] ", "12/03/2026 was …") stays text.
 */
const CHAT_DATE = String.raw`(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2})`;
const CHAT_TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[ \t\u202f]?[AaPp]\.?[Mm]\.?)?`;
const CHAT_STAMP = new RegExp(
  String.raw`^(?:\[(?:${CHAT_DATE},?[ \t]+${CHAT_TIME}|${CHAT_TIME},?[ \t]+${CHAT_DATE})\](?:[ \t]*[-–—])?|${CHAT_DATE},?[ \t]+${CHAT_TIME}[ \t]*[-–—])[ \t]+(?=\S)`,
  'u',
);

/**
 * Closed captions mark each change of speaker with two chevrons (three for a change of story): ">> BERG: Prices rose.",
 * ">> How long will it take?". Like a time code they open a paragraph and are no part of its claim.
 */
const SPEAKER_CHANGE = /^>>>?[ \t]*(?=\S)/u;

/**
 * The length of the time code or caption's speaker-change mark opening `text`, spaces after it included, or 0 when it opens
 * with none. With `bareTimes` (the article times its turns with the clock, `hasBareTimeCodes`) a bare time of day before a
 * capital is one too: "10:06 The two pumps failed …", a turn carried on under its own time.
 */
export function timestampLength(text: string, bareTimes = false): number {
  return (
    (TIMESTAMP.exec(text) ?? CHAT_STAMP.exec(text) ?? SPEAKER_CHANGE.exec(text) ?? (bareTimes ? BARE_TIME.exec(text) : null))?.[0].length ??
    0
  );
}

/**
 * A time of day with no brackets and no seconds opening a paragraph ("10:04 ", "9:15am – "), before a capital. A time
 * code only in an article that times its turns so (`hasBareTimeCodes`): elsewhere "10:32 Police said …" is a live
 * blog's sentence as its annotators read it, and "9:30 was the deadline" a sentence.
 */
const BARE_TIME = /^\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:[ \t]*[-–—|])?[ \t]+(?=\p{Lu})/u;

/**
 * A bare time before a speaker's label on the same line: "10:04 Chair: …", "10:11 Jo Roe (Union): …", "11:02 District
 * archaeologist: …", as a council's webcast transcript or a live blog quoting a hearing writes each turn. The label is a
 * capital, then up to 80 characters with no sentence's end, no quote and no colon, then a colon and the words.
 */
const BARE_TIMED_LABEL = /^\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:[ \t]*[-–—|])?[ \t]+\p{Lu}[^\n:?!"“”]{0,80}?:[ \t]+[^\s"“]/u;

/** Paragraphs opening with a bare time before a label (`BARE_TIMED_LABEL`) before bare times are read as time codes. */
const MIN_BARE_TIMED_LABELS = 2;

/** The longest opening `BARE_TIMED_LABEL` reads: "10:04am – ", 80 characters of label, its colon and a word. */
const MAX_BARE_TIMED_LABEL = 100;

/**
 * Whether `text` times its turns with bare clock times (`BARE_TIMED_LABEL`, at least `MIN_BARE_TIMED_LABELS` paragraphs):
 * then every paragraph opening with a bare time before a capital has a time code (`timestampLength`'s `bareTimes`),
 * labelled or not. Only lines opening with a digit are tried: linear in the text.
 */
export function hasBareTimeCodes(text: string): boolean {
  let found = 0;
  for (let at = 0; at < text.length;) {
    const c = text.charCodeAt(at);
    if (c >= 0x30 && c <= 0x39 && BARE_TIMED_LABEL.test(text.slice(at, at + MAX_BARE_TIMED_LABEL)) && ++found >= MIN_BARE_TIMED_LABELS)
      return true;
    const next = text.indexOf('\n', at);
    if (next < 0) break;
    at = next + 1;
  }
  return false;
}

/** Whether `text` opens with a messaging app's stamp of a date and a time ("[03/02/2026, 07:48] "). */
export function opensWithChatStamp(text: string): boolean {
  return CHAT_STAMP.test(text);
}

/** Whether `text` opens with a caption's speaker-change mark (">> "): a new voice, named after it or not. */
export function opensWithSpeakerChange(text: string): boolean {
  return SPEAKER_CHANGE.test(text);
}

/**
 * A transcript's stage direction: a note in square or round brackets of one to three words and nothing else
 * ("[laughs]", "(LAUGHTER)", "[Laughs.]", "[crosstalk]", "(inaudible)"), a dash after it at most ("[crosstalk] - and I
 * want …"). Opening a claim, it is no part of it; after a sentence's end it does not hide the capital that opens the
 * next one ("That's not right. [laughs] Sorry, …"). Letters only: "(2)" is a list marker, "[00:12]" a time code.
 */
const STAGE_DIRECTION = /^(?:\[(?:\p{L}+[ \t]?){1,3}\.?\]|\((?:\p{L}+[ \t]?){1,3}\.?\))[ \t]*(?:[-–—][ \t]*)?(?=\S)/u;

/** Longest stage direction read: "[Crosstalk, laughter.]" and room to spare. */
const MAX_STAGE_DIRECTION = 40;

/** An editor's words put in for clarity open with one of these ("[The council] has refused"), a stage direction never does. */
const INSERTION_OPENINGS = /^[[(](?:the|a|an|this|that|these|those|his|her|their|its|our|my|your)\b/iu;

/** The length of the stage direction opening `text` at `from`, spaces and a dash after it included, or 0 when none opens it. */
export function stageDirectionLength(text: string, from = 0): number {
  const c = text.charCodeAt(from);
  if (c !== 0x5b && c !== 0x28) return 0;
  const opening = text.slice(from, from + MAX_STAGE_DIRECTION);
  return INSERTION_OPENINGS.test(opening) ? 0 : (STAGE_DIRECTION.exec(opening)?.[0].length ?? 0);
}
