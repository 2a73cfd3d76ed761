import { extractQuantities } from '../quantities/extract-quantities';
import { tokenize } from '../tokenizer';
import { claimWords } from './claim-words';
import { type DisagreementClaim } from './disagreements';
import { kindPairs, measuredIn } from '../testing/disagreements';

/** A claim as written; `content` is the part after the attribution when the two differ. */
function claim(index: number, text: string, content = text): DisagreementClaim {
  const at = text.indexOf(content);
  const attribution: Array<[number, number]> =
    at <= 0 && content === text
      ? []
      : [
          [0, at],
          [at + content.length, text.length],
        ];
  return {
    index,
    sentenceIndex: index,
    words: claimWords(text, tokenize(text), attribution),
    quantities: extractQuantities(text),
    offset: 0,
    places: [],
    sourceStems: [],
  };
}

/** The key and the interval, rounded, of each count or amount that is no whole. */
function partsCounted(text: string): string[] {
  return measuredIn(text)
    .filter((m) => (m.key.startsWith('count:') || m.key.startsWith('unit:')) && m.whole !== true)
    .map((m) => `${m.key} ${Math.round(m.interval[0])}-${Math.round(m.interval[1])}`);
}

describe('a share of a counted whole, a budget against spending, a rate against a total (branch pair16)', () => {
  it('reads a share of a whole the claim counts as a count of the whole’s things, the whole no count of the part', () => {
    expect(partsCounted('Forty percent of the district’s 2,500 wagons were idle.')).toEqual(['count:wagon 990-1010']);
    expect(partsCounted('Of the town’s 900 flats, one in three stands empty.')).toEqual(['count:flat 284-317']);
    expect(partsCounted('Crews had renewed 60 percent of the 20 kilometres of pipe.')).toEqual(['unit:length 11603-12403']);
    // A share with no whole counted stays a share.
    expect(partsCounted('Forty percent of the wagons were idle.')).toEqual([]);
  });

  it('compares the part with another source’s count, a count within it agreeing', () => {
    const share = claim(
      0,
      'The authority said 40 percent of the district’s 2,500 wagons were idle.',
      '40 percent of the district’s 2,500 wagons were idle',
    );
    expect(kindPairs([share, claim(1, 'The drivers said about 1,700 wagons were idle.', 'about 1,700 wagons were idle')])).toEqual([
      'figures:0-1',
    ]);
    expect(kindPairs([share, claim(1, 'The drivers said about 1,000 wagons were idle.', 'about 1,000 wagons were idle')])).toEqual([]);
  });

  it('keeps a named neighbour’s count apart, whatever time the other side sets apart', () => {
    expect(
      kindPairs([
        claim(
          0,
          'The agency said 40 percent of the county’s 3,000 homes were flooded last week.',
          '40 percent of the county’s 3,000 homes were flooded last week',
        ),
        claim(
          1,
          'In neighbouring Veskar county, 700 homes were flooded, the council said.',
          'In neighbouring Veskar county, 700 homes were flooded',
        ),
      ]),
    ).toEqual([]);
  });

  it('sets spending against the budget of what it went on, spending within the budget agreeing', () => {
    const budget = claim(
      1,
      'The union said the lido roof’s budget for this year was 6 million euros.',
      'the lido roof’s budget for this year was 6 million euros',
    );
    const spent = (sum: string, on: string) =>
      claim(0, `The trust said it had spent ${sum} on ${on} this year.`, `it had spent ${sum} on ${on} this year`);
    expect(kindPairs([spent('9 million euros', 'the lido roof'), budget])).toEqual(['figures:0-1']);
    expect(kindPairs([spent('4 million euros', 'the lido roof'), budget])).toEqual([]);
    expect(kindPairs([spent('9 million euros', 'pavement lighting'), budget])).toEqual([]);
  });

  it('reads a share after a passive’s "by" as a level, and people taken in with injuries as hurt', () => {
    const keys = (text: string) => measuredIn(text).map((m) => m.key);
    expect(keys('The late show was seen by fewer than one in nine listeners.')).toEqual(['share']);
    expect(keys('The levy was raised by 5 percent.')).toEqual(['share-change']);
    expect(measuredIn('Medics said 12 people came in with injuries.').map((m) => m.casualty)).toEqual(['injury']);
  });

  it('never sets an amount at a rate of time against one given over no period', () => {
    expect(
      kindPairs([
        claim(0, 'The office said each household receives 20 litres of water a day.', 'each household receives 20 litres of water a day'),
        claim(
          1,
          'The residents said tankers had delivered only 90,000 litres of water.',
          'tankers had delivered only 90,000 litres of water',
        ),
      ]),
    ).toEqual([]);
  });
});
