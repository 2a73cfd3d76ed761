import { segmentText } from '../sentence-splitter';
import { extract } from '../extract';
import { attributeSentences } from './attribute-sentences';
import type { Attribution } from './attribution';

/** speaker / organisation / method of the sentence that holds `start`. */
function rowOf(text: string, start: string): string {
  const { sentences, quotes } = segmentText(text);
  const attributions = attributeSentences(text, sentences, quotes);
  const index = sentences.findIndex((sentence) => sentence.text.includes(start));
  const attribution: Attribution | undefined = attributions[index];
  if (!attribution) return `no sentence holds ${start}`;
  return [attribution.speaker, attribution.organisation, attribution.method].map((value) => value ?? '-').join(' / ');
}

/** The claim `extract` gives for the sentence that holds `start`. */
function claimOf(text: string, start: string): string | undefined {
  return extract(text).claims.find((claim) => claim.text.includes(start))?.text;
}

describe("a meeting's turns timed with bare clock times", () => {
  const webcast = [
    'Harbour board votes to sell the old slipway',
    '',
    'The Penmorra Harbour Board met on Tuesday. Orban Penhallick, harbour master of the Penmorra Harbour Board, presented the sale.',
    '',
    'Gwenllian Abersoch of the Penmorra Boat Owners Association opposed it.',
    '',
    '09:31 Harbour master: The slipway has not been used by a working boat since 2019. Repairs would cost £640,000.',
    '',
    '09:33 The board has had two offers for the site.',
    '',
    '09:36 Gwenllian Abersoch (Penmorra Boat Owners Association): Our members launched 38 boats from it last summer.',
    '',
    '09:38 Mr Penhallick: None of them was a working boat.',
  ].join('\n');

  it('leaves the time and the label out of the claim', () => {
    expect(claimOf(webcast, 'has not been used')).toBe('The slipway has not been used by a working boat since 2019.');
    expect(claimOf(webcast, 'launched 38 boats')).toBe('Our members launched 38 boats from it last summer.');
    expect(claimOf(webcast, 'None of them')).toBe('None of them was a working boat.');
  });

  it('reads the label after the time: a post held by the one person named beside it, a name and a body', () => {
    expect(rowOf(webcast, 'has not been used')).toBe('Orban Penhallick / Penmorra Harbour Board / interview');
    expect(rowOf(webcast, 'launched 38 boats')).toBe('Gwenllian Abersoch / Penmorra Boat Owners Association / interview');
    expect(rowOf(webcast, 'None of them')).toBe('Orban Penhallick / Penmorra Harbour Board / interview');
  });

  it('carries a turn on into a paragraph under its own time with no label', () => {
    expect(claimOf(webcast, 'two offers')).toBe('The board has had two offers for the site.');
    expect(rowOf(webcast, 'two offers')).toBe('Orban Penhallick / Penmorra Harbour Board / interview');
  });

  it("keeps a live blog's bare time in its sentence when no turn is timed with a label", () => {
    const blog = [
      'Storm live',
      '',
      '10:32 Police said the coast road was closed at Brisk Point.',
      '',
      '10:05 The ferry to Quenvik has been cancelled.',
    ].join('\n');
    expect(claimOf(blog, 'coast road')).toBe('10:32 Police said the coast road was closed at Brisk Point.');
    expect(claimOf(blog, 'ferry to Quenvik')).toBe('10:05 The ferry to Quenvik has been cancelled.');
  });
});

describe('a post shortened to the body and the post', () => {
  it('is the one person named beside the post written out with the body between its words, who speaks for that body', () => {
    const text = [
      'Wind farm inquiry: live',
      '',
      "Ambleton District Council's archaeologist, Dr Tamsin Wrey, is giving evidence.",
      '',
      '11:02 District archaeologist: Two of the turbine bases sit on a Bronze Age field system.',
      '',
      '11:05 District archaeologist: We recorded 14 ring cairns within a kilometre of the site.',
    ].join('\n');
    expect(rowOf(text, 'Bronze Age')).toBe('Tamsin Wrey / Ambleton District Council / interview');
    expect(claimOf(text, 'ring cairns')).toBe('We recorded 14 ring cairns within a kilometre of the site.');
  });
});

describe('a name, a post in lower case and a body before the words on one line', () => {
  const text = [
    'Library hearing: live',
    '',
    'Campaigners have been giving evidence this morning.',
    '',
    'Wilhelmina Velthorn, secretary, Friends of Quarley Library: We counted 2,300 visits in October.',
    '',
    'Ms Velthorn: The council has never published its own count.',
  ].join('\n');

  it('is her label: she speaks for the body', () => {
    expect(rowOf(text, '2,300 visits')).toBe('Wilhelmina Velthorn / Friends of Quarley Library / interview');
    expect(claimOf(text, '2,300 visits')).toBe('We counted 2,300 visits in October.');
  });

  it('is no label when a verb stands in the post: the sentence introduces a quote', () => {
    const quoted = 'Wilhelmina Velthorn, secretary of the Friends of Quarley Library, said: "We counted 2,300 visits in October."';
    expect(claimOf(quoted, '2,300 visits')).toBe(quoted);
  });
});
