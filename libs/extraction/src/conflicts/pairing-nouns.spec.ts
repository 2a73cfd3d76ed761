import { extractQuantities } from '../quantities/extract-quantities';
import { tokenize } from '../tokenizer';
import { claimWords } from './claim-words';
import { type DisagreementClaim } from './disagreements';
import { kindPairs } from '../testing/disagreements';
import { thingSimilarity } from './figure-pairing';
import { measuresOf, singular, type Measured } from './measures';

/** A claim as written; `content` is the part after the attribution when the two differ. */
function claim(index: number, text: string, sentenceIndex = index, content = text): DisagreementClaim {
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
    sentenceIndex,
    words: claimWords(text, tokenize(text), attribution),
    quantities: extractQuantities(text),
    offset: 0,
    places: [],
    sourceStems: [],
  };
}

/** The measures of one sentence (all of it content), as "key figure". */
function measures(text: string): string[] {
  const { measured } = measuresOf(claimWords(text, tokenize(text), []), extractQuantities(text), 0);
  return measured.map((m: Measured) => `${m.key} ${m.figure}`);
}

function figure(text: string): Measured {
  const { measured } = measuresOf(claimWords(text, tokenize(text), []), extractQuantities(text), 0);
  return measured[0]!;
}

describe('pairing figures that count one thing under two nouns (branch pair15)', () => {
  it('counts "buses" as buses, and counted coaches as buses too', () => {
    expect(singular('buses')).toBe('bus');
    expect(singular('minibuses')).toBe('minibus');
    expect(singular('viruses')).toBe('virus');
    expect(singular('houses')).toBe('house');
    expect(singular('abuses')).toBe('abuse');
    expect(measures('Only 40 coaches were let into the car park.')).toEqual(['count:bus 40 coaches']);
    expect(
      kindPairs([
        claim(0, 'Only 40 coaches were let into the car park overnight.'),
        claim(1, 'By midnight 120 buses were parked in the car park.'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('reads the nouns of a workforce counted by head as one thing, a qualifier on one side standing', () => {
    expect(thingSimilarity(figure('The kitchens employed 210 kitchen staff.'), figure('The kitchens had 170 employees.'))).toBe(2);
    expect(thingSimilarity(figure('The yard employed 90 workers.'), figure('The yard had 70 personnel.'))).toBe(2);
    expect(
      kindPairs([
        claim(0, 'Lorne said the canteens employed 210 kitchen staff.', 0, 'the canteens employed 210 kitchen staff'),
        claim(1, 'The union said the canteens had 170 employees.', 1, 'the canteens had 170 employees'),
      ]),
    ).toEqual(['figures:0-1']);
  });

  it('compares people laid off with the posts lost, never with posts created or people who are no workforce', () => {
    expect(
      kindPairs([
        claim(0, 'Brisk said the studio laid off 38 people after the launch.', 0, 'the studio laid off 38 people after the launch'),
        claim(1, 'The studio said 22 positions had been eliminated.', 1, '22 positions had been eliminated'),
      ]),
    ).toEqual(['figures:0-1']);
    expect(
      kindPairs([
        claim(0, 'Brisk said the studio laid off 38 people after the launch.', 0, 'the studio laid off 38 people after the launch'),
        claim(1, 'The studio said 22 positions had been created at the studio.', 1, '22 positions had been created at the studio'),
      ]),
    ).toEqual([]);
    expect(
      kindPairs([
        claim(0, 'About 900 people live near the studio, which lost its licence.', 0),
        claim(1, 'The studio said 22 positions had been cut at the studio.', 1, '22 positions had been cut at the studio'),
      ]),
    ).toEqual([]);
  });
});
