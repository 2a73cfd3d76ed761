import { findEntities } from './find-entities';

const typesOf = (text: string, name: string): string[] =>
  findEntities(text)
    .filter((entity) => entity.text === name)
    .map((entity) => entity.type);

describe('a body named like a person, read by the words around it (branch entity15)', () => {
  it('"NAME said on Thursday that it …": a time phrase between the verb and its "that" still lets "it" tell', () => {
    expect(typesOf('Ashcombe Tillery said on Thursday that it had ended the talks.', 'Ashcombe Tillery')).toEqual(['organisation']);
    expect(typesOf('Ashcombe Tillery said in October that its partners had voted.', 'Ashcombe Tillery')).toEqual(['organisation']);
    // ("she" after the phrase, or a name in it, keeps a person's name a person's)
    expect(typesOf('Tamsin Varley said on Monday that she would stand again.', 'Tamsin Varley')).toEqual(['person']);
    expect(typesOf('Tamsin Varley said to Corwen Abbot that it was over.', 'Tamsin Varley')).toEqual(['person']);
  });

  it('"the NAME yard" beside "NAME said": a name written before a noun of its site is the body running it', () => {
    const text = 'Bramwell Fisk said 300 staff had walked out. Workers at the Bramwell Fisk yard said pay was low.';
    expect(typesOf(text, 'Bramwell Fisk')).toEqual(['organisation', 'organisation']);
    // (a person's pronoun elsewhere keeps her a person; a name that never speaks is left as it was read)
    const owner = 'Corwen Abbot said she had sold the Corwen Abbot yard in May.';
    expect(typesOf(owner, 'Corwen Abbot')).not.toContain('organisation');
    expect(typesOf('Workers at the Bramwell Fisk yard said pay was low.', 'Bramwell Fisk')).not.toContain('organisation');
  });

  it('"NAME\'s Darlby office": the owner\'s name ends at the possessive, and the place after it is no part of it', () => {
    const text = "Tillery Merrow said its partners had voted. Staff at Tillery Merrow's Darlby office said they were told on Monday.";
    const names = findEntities(text).map((entity) => `${entity.text}:${entity.type}`);
    expect(names).toEqual(['Tillery Merrow:organisation', 'Tillery Merrow:organisation', 'Darlby:place']);
    // ("Pellory's Ministry of Commerce", "Pellory's Harbour Board": a body's name after the possessive is still one)
    expect(findEntities("Staff at Pellory's Harbour Board office said they were told.").some((e) => e.text.includes('Board'))).toBe(true);
  });
});
