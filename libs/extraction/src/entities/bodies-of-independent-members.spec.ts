import { findEntities } from './find-entities';

const namesIn = (text: string): string[] => findEntities(text).map((entity) => `${entity.text}:${entity.type}`);

describe('a known title\'s word inside a body\'s name after its "of" (branch orgspan19)', () => {
  it('"Federation of Independent X": the body is one name, not a federation, a newspaper and a person', () => {
    expect(namesIn('The Federation of Independent Kiln Workers said its members would strike.')).toEqual([
      'Federation of Independent Kiln Workers:organisation',
    ]);
    expect(namesIn('The Guild of Independent Potters said prices had doubled.')).toEqual(['Guild of Independent Potters:organisation']);
  });

  it('the title itself, and the word used as an adjective, are read as before', () => {
    expect(namesIn('The editor of The Independent said the paper would close.')).toEqual(['Independent:organisation']);
    expect(namesIn('Independent surveyor Gunnvor Tolk said the roof was unsafe.')).toEqual(['Gunnvor Tolk:person']);
    // (after a person's "of", the word opens the body she is of)
    expect(namesIn('Ivo Crane of Independent Television Ostwick said the show would end.')).toEqual([
      'Ivo Crane:person',
      'Independent Television Ostwick:organisation',
    ]);
  });
});
