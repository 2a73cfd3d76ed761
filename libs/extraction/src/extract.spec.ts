import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyseSentence, CHECKWORTHY_THRESHOLD, extract, withoutAttribution, type ExtractionResult } from './extract';
import { pointsBackAsVerdict, tellsOwnExperience } from './checkworthiness/checkworthiness-rules';
import { scoreSentence } from './checkworthiness/model/checkworthiness-model';
import { DEFAULT_MAX_SENTENCE_LENGTH } from './sentence-splitter';
import { hasBareTimeCodes, timestampLength } from './claims/dateline';
import { tokenize } from './tokenizer';

const FIXTURE = path.resolve(__dirname, '../../../../shared/fixtures/aleppo-2016-12.txt');
const fixture = readFileSync(FIXTURE, 'utf8');

/** Checks every invariant a caller relies on; collects problems first because large inputs give many claims. */
function expectWellFormed(input: string, result: ExtractionResult): void {
  expect(result.claims).toHaveLength(result.sentences.length);
  const problems: string[] = [];
  let previousEnd = 0;
  // As the engine reads it: bare clock times are time codes only in an article that times its turns so.
  const bareTimes = hasBareTimeCodes(result.text);
  result.claims.forEach((claim, index) => {
    const fail = (what: string): number => problems.push(`claim ${index}: ${what}`);
    if (claim.index !== index || claim.sentenceIndex !== index) fail('index');
    // The one difference allowed: an interview label ("Q:", "Berg:") opening the sentence is left out of the claim.
    const sentence = result.sentences[index]?.text ?? '';
    // A transcript's stage direction after it, or alone, is left out too ("OKAFOR: [laughs] One morning a month.").
    const leadIn = sentence
      .slice(0, sentence.length - claim.text.length)
      .replace(/[[(](?:\p{L}+[ \t]?){1,3}\.?[\])][ \t]*(?:[-–—][ \t]*)?$/u, '');
    // And a transcript's time code before them ("[00:04:12] Berg: …").
    const label = leadIn.slice(Math.min(leadIn.length, timestampLength(sentence, bareTimes)));
    const timeCodeOnly = label === '' && sentence.endsWith(claim.text);
    // So is a short capitalised heading ("About Acme Motors:", "BERLIN:").
    const heading = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*\s*:\s*$/u.test(label);
    // A label ends with its colon (and Markdown's emphasis marks: "**Ines:** "), or is in square brackets ("[Chair] ").
    const labelLeftOut =
      (claim.attribution.method === 'interview' || claim.attribution.label !== undefined || heading) &&
      sentence.endsWith(claim.text) &&
      (/^[^:]+:[\s*_]*$/.test(label) || /^\[[^\]]+\]\s*$/.test(label));
    if (claim.text !== sentence && !labelLeftOut && !timeCodeOnly) fail('text differs from its sentence');
    if (input.slice(claim.start, claim.end) !== claim.text) fail('offsets do not slice back to the text');
    if (claim.start < previousEnd || claim.end <= claim.start) fail('offsets out of order');
    if (claim.text.length > DEFAULT_MAX_SENTENCE_LENGTH) fail('too long');
    if (!(claim.checkworthiness >= 0 && claim.checkworthiness <= 1)) fail('score out of range');
    if (claim.checkWorthy !== claim.checkworthiness >= CHECKWORTHY_THRESHOLD) fail('checkWorthy disagrees with the threshold');
    const alone = analyseSentence(claim.text).checkworthiness;
    // An elliptical answer ("It is not.") is raised to the threshold by the question before it (`answer-of-fact`), which its own text lacks.
    const raisedAsAnswer =
      alone < CHECKWORTHY_THRESHOLD &&
      claim.checkworthiness === CHECKWORTHY_THRESHOLD &&
      /\?[\s"'”’)\]*_]*$/.test(result.sentences[index - 1]?.text ?? '');
    // A denial or verdict that only points back is raised or held by the claim before it (`verdict-on-fact` / `-on-view`).
    const judgedByBefore =
      index > 0 &&
      pointsBackAsVerdict(tokenize(claim.text), claim.text) !== null &&
      (claim.checkworthiness === CHECKWORTHY_THRESHOLD || claim.checkworthiness < alone);
    // A private person's own account in the first person is held under the threshold by who speaks (`personal-experience`).
    const heldAsOwnLife =
      claim.attribution.organisation === null &&
      tellsOwnExperience(tokenize(claim.text)) === 'singular' &&
      claim.checkworthiness < CHECKWORTHY_THRESHOLD &&
      claim.checkworthiness <= alone;
    if (claim.checkworthiness !== alone && !raisedAsAnswer && !judgedByBefore && !heldAsOwnLife)
      fail('not scored on its whole text, as the model was trained');
    previousEnd = claim.end;
  });
  expect(problems.slice(0, 5)).toEqual([]);
}

/** Deterministic pseudo-random bytes (mulberry32), so a failure can be reproduced. */
function randomBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let a = seed;
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    bytes[i] = (t ^ (t >>> 14)) & 0xff;
  }
  return bytes;
}

jest.setTimeout(120_000);

describe('extract', () => {
  it("leaves a transcript's time code and label out of the claim", () => {
    const input = '[00:01:05] BERG: Prices rose 4 percent.\n\n[00:01:20] They fell in May.\n\n(12:03) Q: Why?';
    const result = extract(input);
    expect(result.claims.map((claim) => claim.text)).toEqual(['Prices rose 4 percent.', 'They fell in May.', 'Why?']);
    expectWellFormed(input, result);
  });

  it("leaves a webcast's bare clock times and labels out of the claims once its turns are timed so", () => {
    const input = '10:04 Chair: The depot closes in June.\n\n10:06 Nadia Ostrel: It has 40 staff.\n\n10:07 All of them will move.';
    const result = extract(input);
    expect(result.claims.map((claim) => claim.text)).toEqual(['The depot closes in June.', 'It has 40 staff.', 'All of them will move.']);
    expectWellFormed(input, result);
  });

  it("leaves a transcript's stage directions out of the claims they open", () => {
    const input =
      'Q: Do you answer the phone yourself?\n\nA: [laughs] Once a month. [sighs] Last time I took 31 calls.\n\n[crosstalk] - and nobody called back.\n\nHALL: (LAUGHTER) We have met before.';
    const result = extract(input);
    expect(result.claims.map((claim) => claim.text)).toEqual([
      'Do you answer the phone yourself?',
      'Once a month.',
      'Last time I took 31 calls.',
      'and nobody called back.',
      'We have met before.',
    ]);
    expectWellFormed(input, result);
  });

  it("judges an interview's elliptical answer by the question before it", () => {
    const input = 'Q: Is the ferry running?\n\nA: It is not.\n\nQ: Will it run tomorrow?\n\nA: Not yet.';
    const result = extract(input);
    const answer = (text: string) => result.claims.find((claim) => claim.text === text)!;
    expect(answer('It is not.').checkWorthy).toBe(true);
    expect(answer('Not yet.').checkWorthy).toBe(false);
    expectWellFormed(input, result);
  });

  it('judges a bare denial by the claim it follows', () => {
    const input =
      'The tenants said the boiler had failed 14 times since March. The landlord disputed that.\n\n' +
      'A second landlord rejected the criticism.';
    const result = extract(input);
    const claim = (text: string) => result.claims.find((c) => c.text === text)!;
    expect(claim('The landlord disputed that.').checkWorthy).toBe(true);
    expect(claim('A second landlord rejected the criticism.').checkWorthy).toBe(false);
    expectWellFormed(input, result);
  });

  it('turns every fixture sentence into a claim, flagged by check-worthiness', () => {
    const result = extract(fixture);
    expect(result.language).toBe('en');
    expect(result.claims).toHaveLength(23);
    expectWellFormed(fixture, result);
    const worthy = result.claims.filter((c) => c.checkWorthy);
    expect(worthy.length).toBeGreaterThan(10);
    expect(worthy.length).toBeLessThan(23);
  });

  it('scores an attributed claim on its whole text, the way the model was trained on whole sentences', () => {
    const text =
      'Unemployment rose to 8 percent last year, the labour office said on Monday. "Prices doubled," a shop owner told reporters.';
    const { claims } = extract(text);
    expect(claims).toHaveLength(2);
    expect(claims.map((claim) => claim.text)).toEqual([
      'Unemployment rose to 8 percent last year, the labour office said on Monday.',
      '"Prices doubled," a shop owner told reporters.',
    ]);
    for (const claim of claims) expect(claim.checkworthiness).toBe(analyseSentence(claim.text).checkworthiness);
  });

  it('gives the claims of one quote the same quoteId and leaves it off unquoted claims', () => {
    const { claims, quotes } = extract(fixture);
    const konashenkov = claims.slice(6, 9);
    expect(new Set(konashenkov.map((c) => c.quoteId)).size).toBe(1);
    expect(konashenkov[0]?.quoteId).toEqual(expect.any(Number));
    expect(claims[0]).not.toHaveProperty('quoteId');
    const span = quotes.find((q) => q.id === konashenkov[0]?.quoteId);
    expect(span?.start).toBe(konashenkov[0]?.start);
    expect(span?.end).toBe(fixture.indexOf('” Russian Defense') + 1);
  });

  it('sets no headline (a line without closing punctuation) against the sentences below it', () => {
    const body =
      'Ada Berg of the Water Board said the plant had released waste water into the canal at night.\n' +
      'Owen Lark, the plant manager, denied that.';
    expect(extract(`Board says plant released waste water; plant manager denies it\n${body}`).conflicts).toHaveLength(1);
    expect(
      extract(`Board says plant released waste water; plant manager denies it\n${body}`).conflicts[0]!.sides.map(
        (side) => side.claimIndexes,
      ),
    ).toEqual([[1], [2]]);
  });

  it('takes a line ending in a closing quote mark without a full stop before it for a headline', () => {
    const body =
      'Transport Minister Ilse Varo said on Monday that fares would fall by 4 percent in January.\n' +
      "The passengers' council said fares would rise by 6 percent in January.";
    const withHeadline = extract(`Transport minister calls fare warnings "pure invention"\n${body}`);
    expect(withHeadline.conflicts.map((conflict) => conflict.sides.map((side) => side.claimIndexes))).toEqual([[[1], [2]]]);
    // A quoted sentence that closes with its full stop inside the quote marks is no headline.
    const quoted = extract('Ada Berg said: "The plant released waste water at night."\nOwen Lark, the plant manager, denied that.');
    expect(quoted.conflicts.map((conflict) => conflict.kind)).toEqual(['denial']);
  });

  it('never makes a note that a source declined to comment a side of a conflict', () => {
    const text =
      "The Mill Workers Union said Harlow Mills had cut 40 jobs in March. Harlow Mills declined to comment on the union's figures.";
    const result = extract(text);
    expect(result.claims[1]?.attribution.organisation).toBe('Harlow Mills');
    expect(result.conflicts).toEqual([]);
    // A denial beside the refusal is still a side.
    const denied = extract(
      'The Mill Workers Union said Harlow Mills had cut 40 jobs in March. Harlow Mills declined to comment further but denied that it had cut 40 jobs in March.',
    );
    expect(denied.conflicts.map((conflict) => conflict.kind)).toEqual(['denial']);
  });

  it('keeps a list item without closing punctuation as a side: it is no headline', () => {
    const found = extract(
      'Findings of the Water Board:\n' +
        '- Ada Berg of the Water Board said the plant had released waste water into the canal at night\n' +
        'Owen Lark, the plant manager, denied that.',
    ).conflicts;
    expect(found.map((conflict) => conflict.kind)).toEqual(['denial']);
  });

  it('lets people named only by a role give figures against a named source, and assert what another denies', () => {
    const figures = extract('Rescuers said 27 miners were trapped. The company said 11 miners were trapped.').conflicts;
    expect(figures.map((conflict) => [conflict.kind, conflict.sides.map((side) => side.sourceName)])).toEqual([
      ['figures', ['Rescuers', 'company']],
    ]);
    // Witnesses are often the only ones who say what a denial answers ("Witnesses said officers used batons." / "The police denied that.").
    const denial = extract('Rescuers said the mine had flooded. The company said the mine had not flooded.').conflicts;
    expect(denial.map((conflict) => [conflict.kind, conflict.sides.map((side) => side.sourceName)])).toEqual([
      ['denial', ['Rescuers', 'company']],
    ]);
    // Each role is its own source, whatever sentence without a source or with another role comes first.
    const afterOthers = extract(
      'The mine lies north of the town. Witnesses said the gate was shut at noon. ' +
        'Rescuers said 27 miners were trapped. The company said 11 miners were trapped.',
    ).conflicts;
    expect(afterOthers.map((conflict) => conflict.sides.map((side) => side.sourceName))).toEqual([['Rescuers', 'company']]);
  });

  it('hears a denial in "refuted", "described … as misinformation" and "was a lie"', () => {
    const assertion = 'The Tarrow Relief group said army shelling had killed 14 civilians at the market on Sunday. ';
    for (const denial of [
      'The army refuted the claims.',
      'The army described the account as misinformation.',
      'The army said the allegation was a lie.',
      'The army said the report was "pure fiction".',
    ]) {
      expect(extract(assertion + denial).conflicts.map((conflict) => conflict.kind)).toEqual(['denial']);
    }
    // A film called fiction points at no one's statement.
    expect(extract(assertion + 'The army said the film was pure fiction.').conflicts).toEqual([]);
  });

  it('handles empty and whitespace-only text', () => {
    for (const text of ['', ' \n\t\r\n  ']) {
      expect(extract(text)).toMatchObject({ language: null, sentences: [], quotes: [], claims: [], conflicts: [], entities: [] });
    }
  });

  it('treats a non-string as empty instead of throwing', () => {
    expect(extract(undefined as unknown as string).claims).toEqual([]);
    expect(extract(42 as unknown as string).claims).toEqual([]);
  });

  // Speed is the benchmark's job (bench/extraction); these only guard against a hang.
  it('processes 5 MB of text, linearly, without hanging', () => {
    const big = (fixture + '\n').repeat(Math.ceil((5 * 1024 * 1024) / (fixture.length + 1)));
    const result = extract(big);
    expect(result.claims.length).toBe(23 * Math.ceil((5 * 1024 * 1024) / (fixture.length + 1)));
    const last = result.claims[result.claims.length - 1];
    expect(big.slice(last?.start, last?.end)).toBe(last?.text);
  });

  it('survives binary garbage', () => {
    const garbage = randomBytes(1024 * 1024, 2016).toString('latin1');
    const result = extract(garbage);
    expect(result.claims.length).toBeGreaterThan(0);
    expectWellFormed(garbage, result);
  });

  it('cuts a single 1 MB line without punctuation into bounded claims', () => {
    const line = 'aleppo civilians corridor '.repeat(Math.ceil((1024 * 1024) / 26));
    const result = extract(line);
    expect(result.claims.length).toBeGreaterThan(line.length / DEFAULT_MAX_SENTENCE_LENGTH);
    expectWellFormed(line, result);
  });

  it.each([
    ['a 1 MB word', 'x'.repeat(1024 * 1024)],
    ['periods only', '.'.repeat(1024 * 1024)],
    ['initials', 'A. '.repeat(300_000)],
    ['quote marks', '"“”„«»'.repeat(150_000)],
    ['abbreviations', 'U.S. Gen. e.g. No. '.repeat(50_000)],
  ])('does not hang on pathological input: %s', (_name, input) => {
    const result = extract(input);
    expectWellFormed(input, result);
  });

  it('takes the language from the caller when given', () => {
    expect(extract(fixture, { language: 'de' }).language).toBe('de');
    expect(extract(fixture, { language: null }).language).toBeNull();
  });

  it('honours a smaller maxSentenceLength', () => {
    const { claims } = extract(fixture, { maxSentenceLength: 100 });
    expect(claims.length).toBeGreaterThan(23);
    for (const c of claims) expect(c.text.length).toBeLessThanOrEqual(100);
  });
});

describe('analyseSentence', () => {
  it('scores one sentence on its own, seeing a quote that began before it', () => {
    const result = analyseSentence(
      'Those Syrians had been serving as human shields for terrorists of all flavors in Aleppo,” General Igor Konashenkov said on Tuesday.',
    );
    expect(result.type).toBe('quote');
    expect(result.quote).toMatchObject({ coverage: 'partial' });
    expect(result.checkWorthy).toBe(true);
    expect(analyseSentence('Do you think so?')).toMatchObject({ type: 'other', checkWorthy: false });
  });

  it("never judges an article's credits and contact lines check-worthy, however the model scores the names in them", () => {
    for (const line of [
      'Reporting by Marta Okoye and Dan Ferreira; editing by Lise Brandvold',
      'Additional reporting by Tomas Reyes in Quito',
      'Media contact: Ana Pietersen, +44 20 7946 0000',
    ]) {
      const result = analyseSentence(line);
      expect(result.checkWorthy).toBe(false);
      expect(result.checkworthiness).toBeLessThan(CHECKWORTHY_THRESHOLD);
    }
    // A sentence that only mentions reporting is a claim like any other.
    expect(analyseSentence('The ministry said 40 people were reported missing by relatives.').checkWorthy).toBe(true);
  });

  it("leaves out the check-worthiness rules it is told to, the model's score standing (for measuring what each rule adds)", () => {
    // A narrative past sentence the model scores low: the stated-fact rule raises it; left out, it stays where the model put it.
    const narrative = 'Volunteers gathered at the station on Monday evening.';
    expect(extract(narrative).claims[0]!.checkworthiness).toBe(CHECKWORTHY_THRESHOLD);
    const alone = extract(narrative, { withoutCheckworthinessRules: new Set(['stated-fact']) }).claims[0]!;
    expect(alone.checkworthiness).toBe(Math.round(scoreSentence(narrative) * 10_000) / 10_000);
    expect(alone.checkWorthy).toBe(false);
    // Another rule left out changes nothing here; the figure rule still decides a sentence of its own kind.
    expect(extract(narrative, { withoutCheckworthinessRules: new Set(['checkable-figure']) }).claims[0]!.checkWorthy).toBe(true);
    expect(
      extract('Two sheds burned down on the allotments.', { withoutCheckworthinessRules: new Set(['stated-fact']) }).claims[0]!.checkWorthy,
    ).toBe(true);
  });

  it('scores claims with the model it is given, the rules still applied after it (for cross-validating a model)', () => {
    const opinion = 'Frankly, I think the whole thing is a shame.';
    // A model that queues everything queues an opinion; one that queues nothing still lets the figure rule raise a figure.
    expect(extract(opinion, { checkworthinessModel: () => 0.99 }).claims[0]!.checkWorthy).toBe(true);
    expect(extract(opinion, { checkworthinessModel: () => 0.01 }).claims[0]!.checkWorthy).toBe(false);
    const figure = 'Ticket sales fell by 12 percent last season.';
    expect(extract(figure, { checkworthinessModel: () => 0.01 }).claims[0]!.checkworthiness).toBe(CHECKWORTHY_THRESHOLD);
    const seen: string[] = [];
    extract('The ferry left at noon. Nobody was hurt.', { checkworthinessModel: (text) => (seen.push(text), 0.2) });
    expect(seen).toEqual(['The ferry left at noon.', 'Nobody was hurt.']);
  });
});

describe('withoutAttribution', () => {
  /** The content of `text` as one claim, without `clause`. */
  const contentWithout = (text: string, clause: string): string => {
    const start = text.indexOf(clause);
    return withoutAttribution(text, { text, start: 0, end: text.length }, [{ start, end: start + clause.length }]);
  };

  it('drops the comma a cut clause leaves before another comma, a full stop or the end', () => {
    expect(contentWithout('Fares will rise, the board said, in March.', 'the board said')).toBe('Fares will rise, in March.');
    expect(contentWithout('Fares will rise, the board said.', 'the board said')).toBe('Fares will rise.');
    expect(contentWithout('In Tromvik, fares will rise, the board said', 'the board said')).toBe('In Tromvik, fares will rise');
  });

  it('keeps the commas of a content that has none dangling', () => {
    expect(contentWithout('The board said fares, tolls and rents will rise.', 'The board said')).toBe('fares, tolls and rents will rise.');
    expect(contentWithout('According to the board fares will rise, 2,480 of them.', 'According to the board')).toBe(
      'fares will rise, 2,480 of them.',
    );
  });
});
