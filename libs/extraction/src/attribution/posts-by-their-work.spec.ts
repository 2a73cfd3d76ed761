import { rows } from '../testing/attribution';

describe('a post whose work fits the body the story names, never heard from (issue 15, orgnone15)', () => {
  it('gives "Curator X" and "Head gardener X" the garden the headline and the lead name', () => {
    const text =
      'Frost damages palm house at Brassowe Vale Botanic Garden\n\nA hard frost on Monday killed dozens of palms at Brassowe Vale Botanic Garden.' +
      '\n\nCurator Brisa Tellam said 40 palms had died.\n\nHead gardener Otto Felgren said the heating had failed at 2am.';
    expect(rows(text).slice(-2)).toEqual([
      'Brisa Tellam / Brassowe Vale Botanic Garden / -',
      'Otto Felgren / Brassowe Vale Botanic Garden / -',
    ]);
  });

  it('gives "Archivist X" and "Deputy clerk X" the body whose name shares the stem of the post', () => {
    const archive =
      'Leak reaches Dunmarra County Archives\n\nWater leaked into the stores of Dunmarra County Archives on Sunday.\n\nArchivist Nessa Dessant said 80 boxes were wet.';
    expect(rows(archive).pop()).toBe('Nessa Dessant / Dunmarra County Archives / -');
    const clerk =
      "Ballots found at Ommerby County Clerk's Office\n\nStaff at the Ommerby County Clerk's Office found 90 ballots on Monday.\n\nDeputy clerk Ana Vessuni said the ballots were valid.";
    expect(rows(clerk).pop()).toBe("Ana Vessuni / Ommerby County Clerk's Office / -");
  });

  it('keeps her organisation at later mentions, also after an honorific', () => {
    const text =
      'Leak reaches Dunmarra County Archives\n\nWater leaked into the stores of Dunmarra County Archives on Sunday.' +
      '\n\nArchivist Nessa Dessant said 80 boxes were wet.\n\n"We froze them at once," Ms Dessant said.';
    expect(rows(text).pop()).toBe('Nessa Dessant / Dunmarra County Archives / -');
  });

  it('gives none when the post does not fit the body, or a body named far from the opening fits', () => {
    const storm =
      'Frost damages palm house at Brassowe Vale Botanic Garden\n\nA hard frost on Monday killed dozens of palms at Brassowe Vale Botanic Garden.';
    expect(rows(`${storm}\n\nForecaster Lia Gerrow said the temperature fell to -6C.`).pop()).toBe('Lia Gerrow / - / -');
    expect(rows(`${storm}\n\nTree surgeon Lia Gerrow said three palms would be felled.`).pop()).toBe('Lia Gerrow / - / -');
  });

  it("gives none to a post naming a kind of body, or to one whose body is named for the post's holders", () => {
    const lead = 'Blaze guts mill near Pellory Heath\n\nCrews from the Tessing Fire Department fought a blaze at a mill on Friday.';
    expect(rows(`${lead}\n\nThe roof fell.\n\nRoads closed.\n\nFire Chief Edda Vornel said nobody was hurt.`).pop()).toBe(
      'Edda Vornel / - / -',
    );
    const guild = "Pay row at Ostraby Archivists' Guild\n\nThe Ostraby Archivists' Guild met on Monday.";
    expect(rows(`${guild}\n\nArchivist Nessa Dessant said pay was too low.`).pop()).toBe('Nessa Dessant / - / -');
  });

  it('gives a post-holder the body the story body is owned by when the sentence before names it so', () => {
    const text =
      'Frost damages palm house at Brassowe Vale Botanic Garden\n\nA hard frost on Monday killed dozens of palms at Brassowe Vale Botanic Garden.' +
      '\n\nCurator Brisa Tellam said 40 palms had died.\n\nCurator Tellam said the rest would be moved.\n\nThe garden is owned by Tolvardy City Council, which rebuilt the palm house in 2018.' +
      '\n\nParks manager Dov Aurel said repairs would cost $90,000.';
    expect(rows(text).pop()).toBe('Dov Aurel / Tolvardy City Council / -');
  });
});

describe('"Members said" after a sentence about another body (issue 15, orgnone15)', () => {
  it("gives no story's body to members when the sentence before names another body", () => {
    const text =
      'Leak reaches Dunmarra County Archives\n\nWater leaked into the stores of Dunmarra County Archives on Sunday.' +
      '\n\nArchivist Nessa Dessant said 80 boxes were wet.\n\nArchivist Dessant said the boxes were frozen.\n\nDessant said the room was shut.' +
      '\n\nVolunteers from the Kelsey Local History Society carried boxes upstairs.\n\nMembers said 30 volunteers came.';
    expect(rows(text).pop()).toBe('- / - / -');
  });
});
