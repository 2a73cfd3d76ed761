import { attribute, row } from '../testing/attribution';

describe('how news prose ties a person to the organisation she speaks for', () => {
  it('reads a possessive name right before a person as her organisation, a surname named before included', () => {
    expect(row(attribute('Harrowgate Bank’s Ilse Marten said lending fell 3%.')[0])).toBe('Ilse Marten / Harrowgate Bank / -');
    expect(row(attribute("Trade body Brickmakers Guild's Pavel Ondra said orders fell.")[0])).toBe('Pavel Ondra / Brickmakers Guild / -');
    const attributions = attribute("Ilse Marten (Tollgate Bank) said rates would rise. Tollgate's Marten said rents rose 6%.");
    expect(attributions.map(row)).toEqual(['Ilse Marten / Tollgate Bank / -', 'Ilse Marten / Tollgate Bank / -']);
  });

  it('leaves a possessive place before a person alone', () => {
    const attributions = attribute("Rents rose fastest in Dunholt. Dunholt's Mara Velt said she had moved twice.");
    expect(attributions[1]?.organisation).toBeNull();
  });

  it('reads the body a participle of speaking names with "for" or "on behalf of"', () => {
    expect(row(attribute('Speaking for the opposition Liberal Union, Petr Hamsik said the tender was rigged.')[0])).toBe(
      'Petr Hamsik / Liberal Union / -',
    );
    expect(row(attribute('Ada Lomm, speaking on behalf of the Tenants Federation, said 40 flats were empty.')[0])).toBe(
      'Ada Lomm / Tenants Federation / -',
    );
    expect(row(attribute('Ines Tamm, who speaks for the Dock Pilots Association, said 12 ships waited.')[0])).toBe(
      'Ines Tamm / Dock Pilots Association / -',
    );
    const attributions = attribute(
      'The Fisheries Committee published its report on Monday. Ola Brandt said 12 boats were sold. Brandt, replying for the committee, said quotas had been cut.',
    );
    expect(row(attributions[2])).toBe('Ola Brandt / Fisheries Committee / -');
  });

  it('keeps the clause past "has since" and past a short aside with a possessive pronoun', () => {
    const attributions = attribute(
      'Its chief executive, Noor Aziz, said in May that no branch would close. The bank’s chief executive has since said two will. ' +
        'Dr Ivo Ries said 30 beds were empty. Dr Ries, to his credit, has told staff that the ward will reopen.',
    );
    expect(attributions[1]?.speaker).toBe('Noor Aziz');
    expect(attributions[3]?.speaker).toBe('Ivo Ries');
  });

  it('gives a post held before no organisation', () => {
    const attributions = attribute(
      "The Lakeland Rowing Union cut its grants. The union's former treasurer, Ruth Alby, said the cuts were planned in 2023. Alby said 9 clubs would close.",
    );
    expect(attributions.slice(1).map(row)).toEqual(['Ruth Alby / - / -', 'Ruth Alby / - / -']);
  });

  it('does not read "the company" as a public body whose name is headed before "of"', () => {
    const attributions = attribute(
      'A spokesperson for the Department of Energy said the cap would stay. The company’s finance director, Eli Stroud, said prices would rise.',
    );
    expect(attributions[1]?.organisation).not.toBe('Department of Energy');
  });

  it('reads the name apposed after "according to the X’s role," past a title, and the X named earlier in the sentence', () => {
    const attributions = attribute(
      'At Saint Cuthbert Infirmary in Rosk, 9 patients were admitted, according to the infirmary’s medical director, Dr Lea Hovde.',
    );
    expect(row(attributions[0])).toBe('Lea Hovde / Saint Cuthbert Infirmary / -');
  });

  it('reads "regulator" and "watchdog" beside an unknown name as an organisation, not "PLACE, the regulator said"', () => {
    expect(row(attribute('Bills rose 8% last year, watchdog Fairtariff said.')[0])).toBe('- / Fairtariff / -');
    const attributions = attribute(
      'Powercheck, the energy regulator, fined the firm on Monday. The regulator’s chief executive, Sam Odell, said the fine was 2m euros.',
    );
    expect(row(attributions[1])).toBe('Sam Odell / Powercheck / -');
    const place = attribute('A storm cut power to 9,000 homes in the province of Velm, the regulator said.')[0];
    expect(place?.organisation).not.toBe('Velm');
  });

  it('reads "the X chief" as the latest speaker of an organisation holding X who heads it', () => {
    const attributions = attribute(
      'The Orrin Dockers Union called a strike. Union president Karl Wedge said 300 members would walk out. ' +
        'Treasurer Joan Pike said the fund held 2m. The union chief said talks had failed.',
    );
    expect(row(attributions[3])).toBe('Karl Wedge / Orrin Dockers Union / -');
    // No one introduced as heading it: the role as written.
    expect(attribute('The Orrin Dockers Union called a strike. The union chief said talks had failed.')[1]?.speaker).toBeNull();
  });
});
