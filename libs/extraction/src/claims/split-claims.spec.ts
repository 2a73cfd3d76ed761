import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segmentText } from '../sentence-splitter';
import { splitClaims, type ClaimSpan } from './split-claims';

/** Claims of a one-sentence text, as strings; checks every span against the text. */
function parts(text: string, prefix = 'Intro line.\n'): string[] {
  const article = prefix + text;
  const { sentences } = segmentText(article);
  const sentence = sentences[sentences.length - 1]!;
  const spans: ClaimSpan[] = splitClaims(sentence);
  for (const span of spans) {
    expect(article.slice(span.start, span.end)).toBe(span.text);
    expect(span.text.trim()).toBe(span.text);
  }
  return spans.map((span) => span.text);
}

describe('splitClaims: joined statements become several claims', () => {
  it.each([
    [
      'Russian jets struck a hospital in Idlib on Monday, and Turkish troops crossed the border near Afrin on Tuesday.',
      ['Russian jets struck a hospital in Idlib on Monday', 'Turkish troops crossed the border near Afrin on Tuesday.'],
    ],
    ['Unemployment fell to 4.1% in March; inflation rose to 2.3%.', ['Unemployment fell to 4.1% in March', 'inflation rose to 2.3%.']],
    [
      'The army said it had retaken 12 districts, but the opposition said fighting continued in 3 of them.',
      ['The army said it had retaken 12 districts', 'the opposition said fighting continued in 3 of them.'],
    ],
    ['Exports rose 12% in 2016, while imports fell by 3%.', ['Exports rose 12% in 2016', 'imports fell by 3%.']],
    [
      'The ceasefire collapsed on Friday – more than 40 people were killed over the weekend.',
      ['The ceasefire collapsed on Friday', 'more than 40 people were killed over the weekend.'],
    ],
    [
      // The attribution tail stays with the clause before it.
      'Civilians left the city, and fighters surrendered their weapons, the ministry said on Monday.',
      ['Civilians left the city', 'fighters surrendered their weapons, the ministry said on Monday.'],
    ],
    [
      'Aid reached 80,000 people in Aleppo; the UN said convoys were blocked near Idlib; Russia denied it had bombed them.',
      ['Aid reached 80,000 people in Aleppo', 'the UN said convoys were blocked near Idlib', 'Russia denied it had bombed them.'],
    ],
  ])('%s', (sentence, expected) => {
    expect(parts(sentence)).toEqual(expected);
  });

  it('gives article offsets', () => {
    const article = 'Headline\nExports rose 12% in 2016, while imports fell by 3%.';
    const sentence = segmentText(article).sentences[1]!;
    expect(splitClaims(sentence)).toEqual([
      { text: 'Exports rose 12% in 2016', start: 9, end: 33 },
      { text: 'imports fell by 3%.', start: 41, end: 60 },
    ]);
  });
});

describe('splitClaims: the marks a cut needs, found in one pass', () => {
  it.each([
    [
      'an em dash between spaces',
      'The ferry left the harbour at noon — the storm reached the coast two hours later.',
      ['The ferry left the harbour at noon', 'the storm reached the coast two hours later.'],
    ],
    ['", yet"', 'Rents rose 9% last year, yet wages fell by 2%.', ['Rents rose 9% last year', 'wages fell by 2%.']],
  ])('%s', (_mark, sentence, expected) => {
    expect(parts(sentence)).toEqual(expected);
  });

  it.each([
    ['a dash without spaces', 'The ferry left the harbour at noon—the storm reached the coast two hours later.'],
    ['a conjunction after a comma with no space', 'Rents rose 9% last year,yet wages fell by 2%.'],
  ])('keeps whole: %s', (_mark, sentence) => {
    expect(parts(sentence)).toEqual([sentence]);
  });
});

describe('splitClaims: sentences that stay whole', () => {
  it.each([
    ['a second verb without its own subject', 'The army retook the district, and freed 300 people.'],
    ['a bare attribution after the conjunction', 'Aid reached Aleppo on Monday, and the ministry said so on Tuesday.'],
    ['a list of nouns with a serial comma', 'Sanctions were imposed on Russia, Iran, and Syria.'],
    ['a list of nouns without a comma', 'Russia and Iran bear the biggest responsibility for civilian suffering in Aleppo.'],
    ['a list of objects', 'Water, food, and medical aid were delivered by Russia.'],
    ['statements inside a direct quote', '“The strikes stopped, and the civilians were freed,” Konashenkov said.'],
    ['an infinitive after the conjunction', 'He called on Berlin to impose sanctions, and to open an airlift to the militant-held areas.'],
    ['nothing to check on one side', 'The city was shelled, and then it was quiet.'],
    ['a participle after "while"', 'Thousands left Aleppo on Monday, while fleeing the fighting in the eastern districts.'],
    ['a pair of dashes (a parenthesis)', '3,179 people – among them 138 newborn babies – have left eastern Aleppo.'],
    ['a side too short to stand alone', 'The strikes paused, while the fighting continued.'],
    ['a semicolon in a list', 'Convoys went to Aleppo; Idlib; Homs.'],
  ])('%s', (_why, sentence) => {
    expect(parts(sentence)).toEqual([sentence]);
  });

  it('does not cut inside a quote continued from the previous sentence', () => {
    const article = '“We freed the city. Civilians left, and fighters surrendered,” he said.';
    const last = segmentText(article).sentences[1]!;
    expect(splitClaims(last).map((span) => span.text)).toEqual([last.text]);
  });
});

describe('splitClaims: quotes', () => {
  it('cuts after a quote and its attribution, never inside the quote', () => {
    const article =
      '“We freed the city. Civilians left, and fighters surrendered,” he said, and the army confirmed it had retaken 12 districts.';
    const last = segmentText(article).sentences[1]!;
    expect(splitClaims(last).map((span) => span.text)).toEqual([
      'Civilians left, and fighters surrendered,” he said',
      'the army confirmed it had retaken 12 districts.',
    ]);
  });
});

describe('splitClaims: the Aleppo fixture', () => {
  it('splits none of its sentences', () => {
    const fixture = readFileSync(join(__dirname, '../../../../../shared/fixtures/aleppo-2016-12.txt'), 'utf8');
    for (const sentence of segmentText(fixture).sentences) {
      expect(splitClaims(sentence)).toEqual([{ text: sentence.text, start: sentence.start, end: sentence.end }]);
    }
  });
});
