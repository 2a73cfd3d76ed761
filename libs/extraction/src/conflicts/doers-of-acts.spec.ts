import { extractQuantities } from '../quantities/extract-quantities';
import { tokenize } from '../tokenizer';
import { claimWords } from './claim-words';
import { findDisagreements, type DisagreementClaim } from './disagreements';
import { measuresOf, type Measured } from './measures';

function claim(index: number, text: string, sentenceIndex = index): DisagreementClaim {
  return {
    index,
    sentenceIndex,
    words: claimWords(text, tokenize(text), []),
    quantities: extractQuantities(text),
    offset: 0,
    places: [],
    sourceStems: [],
  };
}

function pairs(claims: DisagreementClaim[]): string[] {
  return findDisagreements(claims, () => false).map((found) => `${found.kind}:${found.claims.join('-')}`);
}

function figures(text: string): Measured[] {
  return measuresOf(claimWords(text, tokenize(text), []), extractQuantities(text), 0).measured;
}

describe('the doers of an act against a count said to do it (branch pair17)', () => {
  it('counts crew by head after a number, as staff are counted', () => {
    expect(figures('About 2,400 ground crew walked out at dawn.').map((m) => `${m.key} ${m.figure}`)).toEqual([
      'count:crew About 2,400 ground crew',
    ]);
    expect(figures('Fewer than 90 crew were on board.').map((m) => m.key)).toEqual(['count:crew']);
    expect(figures('The crew of the trawler was rescued.')).toEqual([]);
  });

  it('reads what a count did, in the active voice only', () => {
    expect(figures('About 2,400 ground crew walked out at dawn.')[0]!.doers).toEqual(['walkout']);
    expect(figures('Some 380 tenants had signed the letter.')[0]!.doers).toEqual(['sign']);
    expect(figures('The survey found 75 people sleeping in vans.')[0]!.doers).toEqual(['sleep']);
    expect(figures('About 600 residents were moved out of the tower.')[0]!.doers).toBeUndefined();
    expect(figures('Some 300 families had been evacuated.')[0]!.doers).toBeUndefined();
  });

  it('compares strikers with the workers said to walk out in the sentence before', () => {
    expect(
      pairs([
        claim(0, 'About 2,400 ground crew walked out at dawn, the union said.'),
        claim(1, 'The airline said about 1,300 strikers had stayed away at dawn.'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      pairs([claim(0, 'Some 5,000 farmers marched through the capital on Friday.'), claim(1, 'The police counted 1,800 marchers.')]),
    ).toEqual(['figures:0-1']);
  });

  it('compares people said to sleep rough with rough sleepers, the adverb no qualifier of one side', () => {
    expect(
      pairs([
        claim(0, 'The city count found 230 people sleeping rough in March.'),
        claim(1, 'The charity found 510 rough sleepers that month.'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('leaves compatible counts, counts far apart and acts done to the count alone', () => {
    expect(
      pairs([
        claim(0, 'About 2,400 ground crew walked out at dawn, the union said.'),
        claim(1, 'The airline said more than 2,000 strikers had stayed away at dawn.'),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'The city count found 230 people sleeping rough in March.', 0),
        claim(1, 'The charity found 510 rough sleepers that month.', 6),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, 'The haulier employed 300 drivers at the depot.'),
        claim(1, 'The union said 40 employers had signed the agreement.'),
      ]),
    ).toEqual([]);
  });

  it('reads a source described as bordering a named place as a neighbour of the story', () => {
    const story = 'The council said 410 people were sleeping rough in Vardholm on the night of the survey.';
    expect(
      pairs([
        claim(0, story),
        claim(1, 'The Quillby council, which borders Vardholm, said it had found 95 people sleeping rough that night.'),
      ]),
    ).toEqual([]);
    expect(
      pairs([
        claim(0, story),
        claim(1, 'The Quillby charity, which works in Vardholm, said it had found 95 people sleeping rough that night.'),
      ]),
    ).toEqual(['figures:0-1']);
  });
});
