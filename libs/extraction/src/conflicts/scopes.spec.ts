import { extractQuantities } from '../quantities/extract-quantities';
import { tokenize } from '../tokenizer';
import { claimWords } from './claim-words';
import { findDisagreements, type DisagreementClaim } from './disagreements';
import { clauseSubject, periodOf, territoriesOf } from './scopes';

/** A claim "SOURCE said CONTENT" or "SOURCE denied that CONTENT": the attribution is the words up to the verb's end. */
function said(index: number, text: string): DisagreementClaim {
  const verb = / (?:said|denied) /.exec(text)!;
  const at = verb.index + verb[0].length;
  const attribution: Array<[number, number]> = [[0, at]];
  return {
    index,
    sentenceIndex: index,
    words: claimWords(text, tokenize(text), attribution),
    quantities: extractQuantities(text),
    offset: 0,
    places: [],
  };
}

function pairs(...texts: string[]): string[] {
  return findDisagreements(
    texts.map((text, i) => said(i, text)),
    () => false,
  ).map((found) => `${found.kind}:${found.claims.join('-')}`);
}

function content(text: string) {
  return claimWords(text, tokenize(text), []).content;
}

describe('scopes: territories and periods', () => {
  it('reads the territory a figure is placed in by a common noun', () => {
    expect(territoriesOf(content('212 cases had been confirmed in the town in June'))).toEqual(['town']);
    expect(territoriesOf(content("nitrate in the county's streams had fallen"))).toEqual(['county']);
    expect(territoriesOf(content('cases across the province and in the capital'))).toEqual(['province', 'capital']);
    expect(territoriesOf(content('the office in the city council building'))).toEqual([]);
  });

  it('reads the kind of period a figure is counted over', () => {
    expect(periodOf(content('41 trains were cancelled over the weekend'), false, false, false)).toBe('weekend');
    expect(periodOf(content('sales fell 8 per cent in the fourth quarter'), false, false, false)).toBe('quarter');
    expect(periodOf(content('a quarter of the staff left'), false, false, false)).toBeNull();
    expect(periodOf(content('sales rose over the last six years'), false, false, false)).toBe('years');
    expect(periodOf(content('since the new rota began in May, 30 nurses left'), false, true, false)).toBe('sinceMonth');
    expect(periodOf(content('30 trains were cancelled on Sunday'), true, false, false)).toBe('day');
    // A day of the week that dates no count ("moved to Friday") is no period.
    expect(periodOf(content('the market was moved to Friday'), true, false, false)).toBeNull();
  });

  it('keeps apart figures of two territories, one inside the other', () => {
    expect(
      pairs(
        'The town health office said 140 cases of mumps had been confirmed in the town in June.',
        'The provincial agency said 520 cases of mumps had been confirmed across the province in June.',
      ),
    ).toEqual([]);
    expect(
      pairs(
        'The statistics bureau said wages in the province rose 3.2 per cent.',
        'The opposition leader said wages in the capital had risen by 7 per cent.',
      ),
    ).toEqual([]);
    // One territory: a disagreement.
    expect(
      pairs(
        'The town health office said 140 cases of mumps had been confirmed in the town in June.',
        'The provincial agency said 230 cases of mumps had been confirmed in the town in June.',
      ),
    ).toEqual(['figures:0-1']);
  });

  it('keeps apart figures of two kinds of period', () => {
    expect(
      pairs(
        'The ferry company said 23 sailings were called off on Sunday.',
        'The islanders said 57 sailings were called off over the weekend.',
      ),
    ).toEqual([]);
    expect(
      pairs(
        'The brewery said sales at the depot had fallen 9 per cent in the fourth quarter.',
        'The drivers said sales at the depot had risen 6 per cent over the past four years.',
      ),
    ).toEqual([]);
    expect(
      pairs(
        'The clinic said 24 patients had been admitted to its wards in June.',
        'The agency said 70 patients had been admitted to its wards since February.',
      ),
    ).toEqual([]);
    // One kind of period: a disagreement; the running year and a period since one of its months may be one.
    expect(
      pairs('The ferry company said 23 sailings were called off on Sunday.', 'The islanders said 57 sailings were called off on Sunday.'),
    ).toEqual(['figures:0-1']);
    expect(
      pairs(
        'The ferry company said 230 sailings were called off this year.',
        'The islanders said 570 sailings were called off since January.',
      ),
    ).toEqual(['figures:0-1']);
  });

  it('reads the subject a clause opens on when it is common nouns', () => {
    expect(clauseSubject(content("the depot's staff gym would close"), 0)).toEqual({ head: 'gym', modifiers: ['staff'], owner: 'depot' });
    expect(clauseSubject(content('night porters had been sent home'), 0)).toEqual({ head: 'porters', modifiers: ['night'], owner: null });
    expect(clauseSubject(content('Marlow porters had been sent home'), 0)).toBeNull();
    expect(clauseSubject(content('it had been sent home'), 0)).toBeNull();
  });

  it('reads a denial of another part of one owner, or of one noun under another modifier, as answering nothing', () => {
    expect(
      pairs("The union said the depot's staff gym would close in May.", "The company denied that the depot's canteen would close."),
    ).toEqual([]);
    expect(
      pairs('The union said night porters had been sent home on Friday.', 'The hotel denied that kitchen porters had walked out.'),
    ).toEqual([]);
    // One subject, or one noun under no other modifier: the denial answers the assertion.
    expect(
      pairs("The union said the depot's canteen would close in May.", "The company denied that the depot's canteen would close."),
    ).toEqual(['denial:0-1']);
    expect(pairs('The union said kitchen porters had walked out on Friday.', 'The hotel denied that porters had walked out.')).toEqual([
      'denial:0-1',
    ]);
  });

  it('keeps apart a count across a whole network or airport and a part named by a name', () => {
    expect(
      pairs(
        'The riders said 52 ferries were cancelled across the network on Tuesday.',
        'The operator said 14 ferries were cancelled on the Skerry route on Tuesday.',
      ),
    ).toEqual([]);
    expect(
      pairs(
        'The union said 26,000 travellers were delayed across the airport on Friday.',
        'The operator said 7,500 travellers were delayed at Pier B on Friday.',
      ),
    ).toEqual([]);
    // The part named on both sides: a disagreement.
    expect(
      pairs(
        'The riders said 52 ferries were cancelled on the Skerry route on Tuesday.',
        'The operator said 14 ferries were cancelled on the Skerry route on Tuesday.',
      ),
    ).toEqual(['figures:0-1']);
  });

  it('reads a span since a year written out and a half year as periods; a negation over the larger one still denies', () => {
    expect(periodOf(content('rents have risen 12 per cent since 2013'), false, false, false)).toBe('years');
    expect(periodOf(content('rents rose 3 per cent in the second half of the year'), false, false, false)).toBe('half');
    expect(
      pairs(
        'The tenants said rents at the estate had risen 12 per cent since 2013.',
        'The landlord said rents at the estate rose 3 per cent in the second half of 2025.',
      ),
    ).toEqual([]);
    expect(pairs('The brewery said the vat was cleaned in June.', 'The inspectors said the vat had not been cleaned since 2013.')).toEqual([
      'denial:0-1',
    ]);
  });
});
