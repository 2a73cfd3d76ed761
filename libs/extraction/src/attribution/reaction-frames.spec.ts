import { attribute, row as who } from '../testing/attribution';

describe('reactions as attribution frames (branch attr-names)', () => {
  it('reads a reaction that introduces what was said (", saying", a colon, a quote) as the subject’s statement', () => {
    const attributions = attribute(
      'The Lorne Valley Growers Cooperative welcomed the subsidy, saying 300 farms would share 4 million pounds. ' +
        'Coach Ilse Varden praised her players: "They ran for 120 minutes on tired legs." ' +
        'Pell Haverin condemned the cuts as "a betrayal of the valley".',
    );
    expect(who(attributions[0])).toBe('- / Lorne Valley Growers Cooperative / -');
    expect(who(attributions[1])).toBe('Ilse Varden / - / -');
    expect(who(attributions[2])).toBe('Pell Haverin / - / -');
  });

  it('reads a reaction to something said or decided, and an apology, as a statement', () => {
    const attributions = attribute(
      'The Orrin Tenants Federation welcomed the ruling. ' +
        'Tessa Morrow runs the depot for Halden Freight Services. ' +
        'Morrow apologised to drivers for the delays and blamed a shortage of parts.',
    );
    expect(who(attributions[0])).toBe('- / Orrin Tenants Federation / -');
    expect(who(attributions[2])).toMatch(/^Tessa Morrow \//);
  });

  it('reads a rebuttal ("contradicted that, saying", "rubbished the claim", "pushed back on", "hit back at") as a statement', () => {
    const attributions = attribute(
      'Dr Anna Pell contradicted that, saying the ward had stayed open. ' +
        'The league secretary, Ivo Brant, rubbished the claim, saying every vote had been counted. ' +
        'Harlow Freight spokesman Tom Eade pushed back on the union figures, saying only 12 drivers had quit. ' +
        'Mayor Lena Orr hit back at the report, saying the buses ran on time.',
    );
    expect(who(attributions[0])).toBe('Anna Pell / - / -');
    expect(who(attributions[1])).toMatch(/^Ivo Brant \//);
    expect(who(attributions[2])).toMatch(/^Tom Eade \//);
    expect(who(attributions[3])).toBe('Lena Orr / - / -');
  });

  it('leaves a reaction with no statement unattributed ("welcomed 2,000 visitors")', () => {
    const attributions = attribute('The Harwick Museum welcomed 2,000 visitors in May. Ivo Brant thanked the volunteers for their time.');
    expect(who(attributions[0])).toBe('- / - / -');
    expect(who(attributions[1])).toBe('- / - / -');
  });

  it('reads "put it" before a colon or a quote as saying what follows, and "put X at N" as before', () => {
    const attributions = attribute(
      'Dana Ruelle, a retired pilot, put it bluntly: "The runway is too short." ' +
        'The Perrin Statistics Office put unemployment at 6 percent. ' +
        'Olaf Brinn put it in the van.',
    );
    expect(who(attributions[0])).toBe('Dana Ruelle / - / -');
    expect(who(attributions[1])).toBe('- / Perrin Statistics Office / -');
    expect(who(attributions[2])).toBe('- / - / -');
  });
});

describe('posts of state (branch attr-names)', () => {
  it('reads "Minister of State for X Name" as a post and a person, speaking for the ministry the text named before', () => {
    const attributions = attribute(
      'The Ministry of Energy and Water will close two plants, the ministry said. ' +
        'Minister of State for Grids Orla Tenning said the work would take two years.',
    );
    expect(attributions[1]).toMatchObject({ speaker: 'Orla Tenning', role: 'Minister of State for Grids' });
    expect(who(attributions[1])).toBe('Orla Tenning / Ministry of Energy and Water / -');
  });

  it('gives a minister of state with no ministry named before the ministry of her portfolio', () => {
    expect(who(attribute('Waits fell by a tenth, said Minister of State for Health Ruben Astley.')[0])).toBe(
      'Ruben Astley / Ministry of Health / -',
    );
  });
});

describe('posts held once (branch attr-names)', () => {
  it('gives no organisation to a person described by a post she no longer holds', () => {
    const attributions = attribute(
      'Tolliver Seafoods will shut its smokehouse. Tolliver’s former manager, Ines Ruark, said the smokehouse had lost money for years. ' +
        'The Halvik Dairy Cooperative’s manager, Odd Brakstad, said the staff would be moved.',
    );
    expect(who(attributions[1])).toBe('Ines Ruark / - / -');
    expect(who(attributions[2])).toBe('Odd Brakstad / Halvik Dairy Cooperative / -');
  });
});
