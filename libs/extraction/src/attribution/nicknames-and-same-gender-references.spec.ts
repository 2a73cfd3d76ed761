import { rows } from '../testing/attribution';

describe('nicknames a text gives a person (attr-ref3)', () => {
  it('reads "known to X as N" and a later "N said" / "said N" as the person', () => {
    const text =
      'Maria Ostrova, 31, known to climbers as Goat, reached the summit on Friday.\n\n' +
      '"The last ridge was the hardest hour of my life," Goat said.\n\n' +
      '"I will go back next year," said Goat.';
    const found = rows(text);
    expect(found[1]).toBe('Maria Ostrova / - / -');
    expect(found[2]).toBe('Maria Ostrova / - / -');
  });

  it('reads "nicknamed the N" and "who is better known as N" after a surname', () => {
    const text =
      'Jonas Pellinen beat Arturo Sala in the final.\n\n' +
      'Sala, nicknamed the Heron, said the table was uneven.\n\n' +
      'Pellinen, who is better known as Moose, said he had practised for nine hours a day.\n\n' +
      'The Heron said he would appeal.\n\n' +
      '"I never doubted it," Moose said.';
    const found = rows(text);
    expect(found[3]).toBe('Arturo Sala / - / -');
    expect(found[4]).toBe('Jonas Pellinen / - / -');
  });

  it('passes a place only inside a relative clause on the person', () => {
    const text =
      'Ivo Brandt, who ran the Kessel ferry for 20 years and is known on the coast as Skip, said the route lost money.\n\n' +
      'Skip said the boat never sailed empty.';
    expect(rows(text)[1]).toBe('Ivo Brandt / - / -');
  });

  it('gives no nickname from a perfect tense or to an organisation', () => {
    const text =
      'Lena Hart has known Tomas Weir as a friend for years.\n\n' +
      'The Harbour Trust, known locally as Anchor, said the pier was safe.\n\n' +
      'Anchor said repairs would cost 40,000 euros.';
    const found = rows(text);
    expect(found[2]).not.toMatch(/^Lena Hart|^Tomas Weir/);
  });
});

describe('references to people of the same gender (attr-ref3)', () => {
  it('reads a definite description with an apposition as the description', () => {
    const text = 'Tamsin Orr, 41, won the regatta.\n\nThe 41-year-old, a former teacher from Kelby, said the wind had dropped.';
    expect(rows(text)[1]).toBe('Tamsin Orr / - / -');
  });

  it('takes "the former X" to a person a past verb of work described', () => {
    const text =
      'Hugh Dale runs the mill with his son, Owen Dale.\n\n' +
      'Owen Dale was working as a surveyor in Bristol until 2019.\n\n' +
      '"The mill pays better than I expected," says the former surveyor.';
    expect(rows(text)[2]).toBe('Owen Dale / - / -');
  });

  it('describes the subject of the sentence before by "She qualified as a …", not a woman named as an object', () => {
    const text =
      'Nell Varga grew up in the village and worked for Ida Kovacs on Saturdays.\n\n' +
      'She qualified as a pharmacist in 2015.\n\n' +
      '"We fill 900 prescriptions a week," said Varga.\n\n' +
      'The pharmacist says the nearest hospital is 40 miles away.';
    expect(rows(text)[3]).toBe('Nell Varga / - / -');
  });

  it('reads a post given by "as" after a name as describing her', () => {
    const text =
      'In 2021 the board appointed Rhona Bell as its treasurer.\n\n' +
      'Bell says the accounts show a surplus.\n\n' +
      '"We owe nothing to anyone," the treasurer says.';
    expect(rows(text)[2]).toBe('Rhona Bell / - / -');
  });

  it('passes over a woman named after a subject "she" for a later "she says"', () => {
    const text =
      'Mara Lindt opened the bakery in 1998.\n\n' +
      'Today she runs it with her niece, Clara Voss.\n\n' +
      'She bakes 400 loaves a day, she says.';
    expect(rows(text)[2]).toBe('Mara Lindt / - / -');
  });
});
