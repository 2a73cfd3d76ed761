import { findEntities } from './find-entities';

const typeOf = (text: string, name: string): string | undefined => findEntities(text).find((entity) => entity.text === name)?.type;

describe('a name opening a sentence that closes with "the company said" or "it said" (issue 15, attr-ref4)', () => {
  it('is an organisation', () => {
    expect(
      typeOf(
        'Marrowgate Ropeworks will shut its Dunley mill with the loss of 210 jobs, the company said on Monday.',
        'Marrowgate Ropeworks',
      ),
    ).toBe('organisation');
    expect(typeOf('Quellhurst Tiles lost £2m last year, it said.', 'Quellhurst Tiles')).toBe('organisation');
    expect(typeOf('LISBON, May 2 (Reuters) - Tavaro Linhas carried 9 million passengers, the local operator said.', 'Tavaro Linhas')).toBe(
      'organisation',
    );
  });

  it('stays a person under a known first name, a person noun or when it does not open the sentence', () => {
    expect(typeOf('Maria Okonkwo joined the board in March, the company said.', 'Maria Okonkwo')).toBe('person');
    expect(typeOf('Tarrant Bellweather lost the case in May, his lawyer said.', 'Tarrant Bellweather')).toBe('person');
    expect(typeOf('The closure of the mill will cost Dunley Tarrant his job, the company said.', 'Dunley Tarrant')).toBe('person');
    expect(typeOf('Tarrant Bellweather, 54, lost his job in May, the company said.', 'Tarrant Bellweather')).toBe('person');
  });
});
