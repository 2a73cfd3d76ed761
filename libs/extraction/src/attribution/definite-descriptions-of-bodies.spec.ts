import { lastWho } from '../testing/attribution';

describe('a definite description of a body: the kind it names, the body that just spoke', () => {
  it.each([
    // "The charity" is not an office whose name holds the word as what it deals with.
    [
      'The Office of Charity Supervision said it had opened an inquiry into the Velmarsh Donkey Trust. The charity said its accounts would be filed in 2 weeks.',
      '- / Velmarsh Donkey Trust / -',
    ],
    // "The regulator" is an office named "Office of … Regulation": the noun before "of" heads the name.
    [
      'The Harlby Office of Quarry Regulation received 14 complaints last year. The regulator said 3 were upheld.',
      '- / Harlby Office of Quarry Regulation / -',
    ],
    // "The union" right after one union's officer spoke is hers, not the other union named before her.
    [
      "The Dunmallet Dockers' Union said 90 members would strike. The Dunmallet Pilots' Union said its 12 pilots would not. Dockers earn a third of their pay from overtime, said Anke Dorrin, the dockers' union president. The union said 40 shifts had been cut.",
      "- / Dunmallet Dockers' Union / -",
    ],
    // "The charity" after its chair spoke: the body an earlier "the charity said" stood for, not a second charity named before.
    [
      'The Velmarsh Donkey Trust said it cared for 61 donkeys. The charity said 9 were ill. Its chair, Odile Ferrant, said 12 were rehomed. A spokeswoman for the Harlby Horse Refuge, a charity, said 4 were underweight. Ferrant disputed that. The charity said a vet saw them every week.',
      '- / Velmarsh Donkey Trust / -',
    ],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });
});
