import { findEntities } from '../entities/find-entities';
import { rows } from '../testing/attribution';

describe('a rank written in capitals before a name', () => {
  it.each([
    // "CSP Ifeyinwa Roe": two to four capitals before a first name and a surname are her rank, not a body's acronym …
    ['The spokesman, CSP Ifeyinwa Roe, said the ferry sank.', ['Ifeyinwa Roe']],
    ['ACP Tamsin Wendlecote said the road was shut.', ['Tamsin Wendlecote']],
    // … and once written so, the same capitals before her surname alone are her rank again.
    ['The spokesman, CSP Ifeyinwa Roe, said the ferry sank. CSP Roe said six were missing.', ['Ifeyinwa Roe', 'Roe']],
  ])('%s', (text, people) => {
    expect(
      findEntities(text)
        .filter((entity) => entity.type === 'person')
        .map((entity) => entity.text),
    ).toEqual(people);
  });

  it('leaves a body named by capitals and words of a body alone', () => {
    // ("NHS Quillhaven Trust": a word of a body in the run; an unlearned acronym before a surname alone is no rank)
    expect(findEntities('NHS Quillhaven Trust said the ward was closed.').some((entity) => entity.type === 'person')).toBe(false);
    expect(
      findEntities('The PTA Wendlecote fund said £900 was raised.').some(
        (entity) => entity.text === 'Wendlecote' && entity.type === 'person',
      ),
    ).toBe(false);
  });

  it('gives the speaker her body in apposition and carries it to her surname and pronoun', () => {
    expect(
      rows(
        'The Public Relations Officer of the Tamsford State Police Command, CSP Ifeyinwa Roe, said the ferry hit a stump. ' +
          'Roe said 14 passengers had been rescued. "Three of them are children," she said.',
      ),
    ).toEqual([
      'Ifeyinwa Roe / Tamsford State Police Command / -',
      'Ifeyinwa Roe / Tamsford State Police Command / -',
      'Ifeyinwa Roe / Tamsford State Police Command / -',
    ]);
  });
});

describe("a member of a local council's cabinet", () => {
  it.each([
    // A cabinet post with no owner written speaks for the one council the text named before her …
    [
      'Brindmoor District Council met on Tuesday. The cabinet member for parks, Cllr Ana Penwarden, said 40 homes were empty. She said the council would buy 12 more.',
      ['- / - / -', 'Ana Penwarden / Brindmoor District Council / -', 'Ana Penwarden / Brindmoor District Council / -'],
    ],
    [
      'Brindmoor District Council met on Tuesday. Cllr Ana Penwarden, the cabinet member for parks, said 40 homes were empty.',
      ['- / - / -', 'Ana Penwarden / Brindmoor District Council / -'],
    ],
    [
      'Brindmoor District Council met on Tuesday. Portfolio holder for parks Ana Penwarden said the pool lost £90,000.',
      ['- / - / -', 'Ana Penwarden / Brindmoor District Council / -'],
    ],
    // … none when two councils were named before, and a councillor without such a post speaks for none.
    [
      'The row involves Wendlecote Town Council and Brindmoor County Council. Cabinet member for highways Ana Penwarden said the limit would cost £2m.',
      ['- / - / -', 'Ana Penwarden / - / -'],
    ],
    [
      'Brindmoor District Council met on Tuesday. Councillor Ana Penwarden said 40 homes were empty.',
      ['- / - / -', 'Ana Penwarden / - / -'],
    ],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
