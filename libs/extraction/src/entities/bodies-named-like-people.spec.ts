import { findEntities } from './find-entities';

const typesOf = (text: string, name: string): string[] =>
  findEntities(text)
    .filter((entity) => entity.text === name)
    .map((entity) => entity.type);

describe('a body named like a person, read by the words around it (branch entity15)', () => {
  it('"NAME said on Thursday that it …": a time phrase between the verb and its "that" still lets "it" tell', () => {
    expect(typesOf('Ostrell Tillery said on Thursday that it had ended the talks.', 'Ostrell Tillery')).toEqual(['organisation']);
    expect(typesOf('Ostrell Tillery said in March that its partners had voted.', 'Ostrell Tillery')).toEqual(['organisation']);
    // ("she" after the phrase, or a name in it, keeps a person's name a person's)
    expect(typesOf('Ismay Varley said on Monday that she would stand again.', 'Ismay Varley')).toEqual(['person']);
    expect(typesOf('Ismay Varley said to Quorley Orlay that it was over.', 'Ismay Varley')).toEqual(['person']);
  });

  it('"the NAME yard" beside "NAME said": a name written before a noun of its site is the body running it', () => {
    const text = 'Dravet Fisk said 300 staff had walked out. Workers at the Dravet Fisk yard said pay was low.';
    expect(typesOf(text, 'Dravet Fisk')).toEqual(['organisation', 'organisation']);
    // (a person's pronoun elsewhere keeps her a person; a name that never speaks is left as it was read)
    const owner = 'Quorley Orlay said she had sold the Quorley Orlay yard in May.';
    expect(typesOf(owner, 'Quorley Orlay')).not.toContain('organisation');
    expect(typesOf('Workers at the Dravet Fisk yard said pay was low.', 'Dravet Fisk')).not.toContain('organisation');
  });

  it('"NAME\'s Darlby office": the owner\'s name ends at the possessive, and the place after it is no part of it', () => {
    const text = "Tillery Vosk said its partners had voted. Staff at Tillery Vosk's Darlby office said they were told on Monday.";
    const names = findEntities(text).map((entity) => `${entity.text}:${entity.type}`);
    expect(names).toEqual(['Tillery Vosk:organisation', 'Tillery Vosk:organisation', 'Darlby:place']);
    // ("Pellory's Ministry of Commerce", "Pellory's Harbour Board": a body's name after the possessive is still one)
    expect(findEntities("Staff at Pellory's Harbour Board office said they were told.").some((e) => e.text.includes('Board'))).toBe(true);
  });
});
