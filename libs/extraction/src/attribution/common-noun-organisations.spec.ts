import { attribute, lastWho } from '../testing/attribution';

describe('common-noun speakers and the organisations behind them', () => {
  it.each([
    // A role tied by a preposition to a definite description speaks for the organisation named before.
    [
      'The consortium behind the bridge, Harbin Civil Partners, said costs had doubled. A spokeswoman for the consortium said 300 workers were on site.',
      '- / Harbin Civil Partners / -',
    ],
    // Nothing named before: the description as written, for a spokesperson or an official.
    ['A senior official at the transport ministry said the line would open in 2027.', '- / transport ministry / -'],
    ['A spokesman for the regional government said 40 homes were empty.', '- / regional government / -'],
    // A paramedic at a hospital works there; she does not speak for it unless one was named.
    ['A paramedic at the district hospital said 12 people were treated.', '- / - / -'],
    // The owner of a possessive inside the description: "officials at the agency's control room".
    [
      'The Norrland Space Agency said the probe was lost. Officials at the agency’s control room said contact ended at 4 a.m.',
      '- / Norrland Space Agency / -',
    ],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });

  it.each([
    // A descriptor right before a name: the later bare noun is that organisation.
    ['Dairy union Halvex said milk prices fell by 3%. The union said farmers were losing money.', '- / Halvex / -'],
    [
      'Consumer watchdog the Fair Trading Office opened an inquiry. Brell Foods sold 12,000 jars in May, the watchdog said.',
      '- / Fair Trading Office / -',
    ],
    // Nouns of what a body does: a watchdog or a regulator is a public body, a force a police force, an airline "… Air".
    [
      'The Coastal Safety Authority said 14 boats failed checks. The regulator said fines would follow.',
      '- / Coastal Safety Authority / -',
    ],
    ['Kelby Police said 9 people were arrested. The force said two officers were hurt.', '- / Kelby Police / -'],
    ['Orrin Air cancelled 40 flights on Monday. The airline said 6,000 passengers were affected.', '- / Orrin Air / -'],
    // Such a fit prefers a body that spoke over one only named.
    [
      'The Tidewater Authority said the dam was unsafe. The owners may appeal to the Dock Commission. The watchdog said repairs would cost 4 million.',
      '- / Tidewater Authority / -',
    ],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });

  it.each([
    // A role owned by a possessive organisation noun, with or without a name.
    [
      'Brenner Logistics said it lost 2 million. The company’s chief executive said the losses would end this year.',
      '- / Brenner Logistics / -',
    ],
    [
      'Brenner Logistics said it lost 2 million. The company’s chief operating officer, Tom Hale, said 40 lorries were idle.',
      'Tom Hale / Brenner Logistics / -',
    ],
    // A narrowed owner with nothing named before stays as written.
    ['The central bank’s deputy governor, Mila Ostrova, said inflation would fall to 3%.', 'Mila Ostrova / central bank / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });

  it('keeps the role without its owner', () => {
    const attribution = attribute(
      'Brenner Logistics said it lost 2 million. The company’s chief executive said the losses would end.',
    ).pop();
    expect(attribution?.role).toBe('chief executive');
  });

  it('reads a media noun before an unknown name as the outlet', () => {
    expect(lastWho('Jonas Veld told the broadcaster KTV that 30 jobs would go.')).toBe('Jonas Veld / - / KTV');
  });

  it.each([
    // Nouns WordNet gives an organisation as their first sense speak as organisations …
    ['The coastguard said it had rescued 12 people.', '- / coastguard / -'],
    ['The militia said three of its fighters had died.', '- / militia / -'],
    // … groups of people that are not bodies do not.
    ['The crew said the engine failed at 3,000 metres.', '- / - / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });

  it.each([
    // Lower-case words narrowing an organisation's name to one of its bodies belong to the speaker …
    ['The United Nations refugee office said 4,000 people had crossed.', '- / United Nations refugee office / -'],
    [
      'The United Nations refugee office said 4,000 people had crossed. The office said camps were full.',
      '- / United Nations refugee office / -',
    ],
    // … a lone noun after the name only describes it.
    ['The Save Our Pier campaign said 900 people had signed.', '- / Save Our Pier / -'],
    // A bare noun takes the fuller description written before, even by a sentence that quoted no one.
    [
      'The national rowing federation voted to cut its budget. Clubs lost 12% of their grants, the federation said.',
      '- / national rowing federation / -',
    ],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });

  it.each([
    // Names that end in a commodity or trade ("… Coal", "… Freight") or open with "Statistics" are organisations.
    ['Harrow Coal said 40 miners were underground.', '- / Harrow Coal / -'],
    ['Dunlin Freight said 12 lorries were stuck.', '- / Dunlin Freight / -'],
    ['Statistics Vestland said inflation rose to 4%.', '- / Statistics Vestland / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });

  it.each([
    // A name after "near", "in", "at" or "of" that follows a common noun is where or whose the speakers are.
    ['Farmers near Tessby said the river rose by 2 metres.', '- / - / -'],
    ['Residents of Marrowgate told AFP that 30 houses burned.', '- / - / AFP'],
    ['Relatives of Anna Berg said she was 34.', '- / - / -'],
    ['Union officials at the Brenner Logistics depot in Harwick said 60 drivers would strike.', '- / Brenner Logistics / -'],
    // A person's own "of" still names her organisation.
    ['Tom Haller of the Dunmore Gazette said 12 reporters had left.', 'Tom Haller / Dunmore Gazette / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });

  it.each([
    // A name with no first name ending in the plural of a noun for people or creatures is a team …
    ['Tessby Wanderers said 2,000 tickets had been sold.', '- / Tessby Wanderers / -'],
    [
      'Tessby Wanderers sold 2,000 tickets. The club’s chief executive, Mara Holt, said 300 more would go on sale.',
      'Mara Holt / Tessby Wanderers / -',
    ],
    // … unless the text treats it as a surname.
    ['Edda Kings, a nurse at the clinic, said 30 patients were waiting.', 'Edda Kings / - / -'],
    ['Edda Kings said 30 patients were waiting. Ms Kings said the wait was 4 hours.', 'Edda Kings / - / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });

  it.each([
    // A place's possessive before an organisation's name is not part of it.
    ['Varnland’s Ministry of Fisheries said quotas would fall by 8%.', '- / Ministry of Fisheries / -'],
    ['Tom Brask, who runs Holby’s Eastgate Community Museum, said 12 paintings were lost.', 'Tom Brask / Eastgate Community Museum / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });
});
