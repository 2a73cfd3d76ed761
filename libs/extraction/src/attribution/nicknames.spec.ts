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
