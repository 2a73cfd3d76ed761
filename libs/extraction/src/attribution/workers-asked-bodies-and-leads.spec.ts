import { attribute, row } from '../testing/attribution';

describe('a lead post-holder whose body the next sentence names, ties ended, spokespeople of a body asked (attr-org11)', () => {
  it('gives a post-holder introduced before any body the one the next sentence opens with, and her later words', () => {
    const rows = attribute(
      'Chief executive Ola Brandt told staff on Monday that the Kestrel Road depot would shut in June. Harnock Freight, which runs 60 lorries, said 40 jobs would go. Ms Brandt said the site had lost money for three years.',
    ).map(row);
    expect(rows).toEqual(['Ola Brandt / Harnock Freight / -', '- / Harnock Freight / -', 'Ola Brandt / Harnock Freight / -']);
  });

  it('reads past a byline line, and leaves her for none when the next sentence opens with no body', () => {
    const byline = attribute(
      'Depot to shut\n\nBy Ana Reyes, Transport Reporter\n\nChief executive Ola Brandt said the Kestrel Road depot would shut in June.\n\nHarnock Freight, which runs 60 lorries, said 40 jobs would go.',
    ).map(row);
    expect(byline.find((r) => r.startsWith('Ola Brandt'))).toBe('Ola Brandt / Harnock Freight / -');
    const noBody = attribute(
      'Chief executive Ola Brandt said the Kestrel Road depot would shut in June. Drivers were told on Monday, and Harnock Freight said 40 jobs would go.',
    ).map(row);
    expect(noBody[0]).toBe('Ola Brandt / - / -');
  });

  it('gives no body to a person who "used to" work at one, nor to her later words', () => {
    const rows = attribute(
      'Ivo Petrak, who used to work as a porter at Stellmoor Hospital, said its wards were full. "It was the same in 2022," he said.',
    ).map(row);
    expect(rows).toEqual(['Ivo Petrak / - / -', 'Ivo Petrak / - / -']);
  });

  it('keeps the body named before "who used to" in her description', () => {
    const rows = attribute('Ivo Petrak, chair of the Stellmoor Patients Forum, who used to teach, said the wards were full.').map(row);
    expect(rows[0]).toBe('Ivo Petrak / Stellmoor Patients Forum / -');
  });

  it('reads "who chaired X until last year" and "until March" as a tie ended', () => {
    expect(attribute('Jo Pellin, who chaired the Tarrow Allotment Society until last year, said rents had doubled.').map(row)[0]).toBe(
      'Jo Pellin / - / -',
    );
    expect(attribute('Jo Pellin, who chaired the Tarrow Allotment Society until March, said rents had doubled.').map(row)[0]).toBe(
      'Jo Pellin / - / -',
    );
  });

  it('gives a spokesperson the body a fronted clause asks, by its name or by a description of one named before', () => {
    const named = attribute('When the Courier asked Pembry Homes about the leaks, a spokeswoman said 40 had been fixed.').map(row);
    expect(named[0]).toBe('- / Pembry Homes / Courier');
    const described = attribute(
      "The Orrin Valley Health Trust runs two hospitals. After the Courier put the union's figures to the trust, a spokesman said every nurse had been offered a post.",
    ).map(row);
    expect(described[1]?.split(' / ')[1]).toBe('Orrin Valley Health Trust');
  });
});
