import { attribute, row } from '../testing/attribution';
import { findEntities } from '../entities/find-entities';

describe('a post told before its holder is named, teams beside other bodies (issue 15, org-role10)', () => {
  it('gives a person named bare right after "…, its <post> told OUTLET." that post and its body, and her the sentence before', () => {
    const rows = attribute(
      'Gorrick Tiles Ltd will shut its kiln in June, its managing director told the Clarion. Ina Yelland said the gas bill had doubled. Ms Yelland said 30 staff would move.',
    ).map(row);
    expect(rows).toEqual([
      'Ina Yelland / Gorrick Tiles Ltd / Clarion',
      'Ina Yelland / Gorrick Tiles Ltd / -',
      'Ina Yelland / Gorrick Tiles Ltd / -',
    ]);
  });

  it('carries the body to her pronoun and quote', () => {
    const rows = attribute(
      'Gorrick Foods will close its bakery in June, its finance director said on Monday. Ina Yelland said the gas bill had doubled. "We had no choice," she said.',
    ).map(row);
    expect(rows.slice(1)).toEqual(['Ina Yelland / Gorrick Foods / -', 'Ina Yelland / Gorrick Foods / -']);
  });

  it('leaves a person described where she is named, a spokesperson, and a person named before alone', () => {
    const described = attribute(
      'Gorrick Foods will close its bakery in June, its finance director said. Ina Yelland, a baker in the town, said the gas bill had doubled.',
    ).map(row);
    expect(described).toEqual(['- / Gorrick Foods / -', 'Ina Yelland / - / -']);
    const spokesman = attribute(
      'Gorrick Foods will close its bakery in June, a spokesman said. Ina Yelland said the gas bill had doubled.',
    ).map(row);
    expect(spokesman[1]).toBe('Ina Yelland / - / -');
    const earlier = attribute(
      'Ina Yelland runs a stall on the market. Gorrick Foods will close its bakery in June, its finance director said. Ina Yelland said the gas bill had doubled.',
    ).map(row);
    expect(earlier.slice(1)).toEqual(['- / Gorrick Foods / -', 'Ina Yelland / - / -']);
  });

  it('reads a bare "The club said" as the club the sentence before opens with, of two clubs named', () => {
    const rows = attribute(
      'Ashthorpe Wrenlets and Radwell Netball Club will share the hall from May. The Wrenlets train there three nights a week. The club said it would lose one session. Radwell moved to the hall in 2021. The club said it had 70 members.',
    ).map(row);
    expect(rows.slice(2)).toEqual(['- / Ashthorpe Wrenlets / -', '- / - / -', '- / Radwell Netball Club / -']);
  });

  it('does not read "The company said" as the body the sentence before opens with when another body said that sentence', () => {
    const rows = attribute('Tarnley Reservoir is 30% full, according to Brockway Water. The company said a ban was not needed.').map(row);
    expect(rows[1]).toBe('- / Brockway Water / -');
  });

  it('reads a team named by a coined plural beside another body, and its possessive before a post', () => {
    const text =
      "Ashthorpe Wrenlets and Radwell Netball Club will share the hall. The Wrenlets train there. The Wrenlets' chairwoman, Tess Okoro, said the club had offered more money.";
    const organisations = findEntities(text)
      .filter((entity) => entity.type === 'organisation')
      .map((entity) => entity.text);
    expect(organisations.slice(0, 2)).toEqual(['Ashthorpe Wrenlets', 'Radwell Netball Club']);
    expect(row(attribute(text)[2])).toBe('Tess Okoro / Ashthorpe Wrenlets / -');
  });

  it('keeps "X and Y Parish Council" and a plural for people one name', () => {
    const organisations = findEntities('Cottam Vale and Sowerby Parish Council met on Monday. Midwives on the ward told the Echo.')
      .filter((entity) => entity.type === 'organisation')
      .map((entity) => entity.text);
    expect(organisations).toContain('Cottam Vale and Sowerby Parish Council');
    expect(organisations).not.toContain('Midwives');
  });
  it('reads "Their coach, Name," after a club\'s women\'s side as that side', () => {
    const rows = attribute(
      'Dunmarsh Rovers will leave Moss Brow in May. Dunmarsh Rovers Women were told of the move on Friday. Their coach, Oriel Vance, said the players had not been asked.',
    ).map(row);
    expect(rows[2]).toBe('Oriel Vance / Dunmarsh Rovers Women / -');
  });

  it('reads an unknown acronym after a preposition and before a plural of things as no body', () => {
    const rows = attribute(
      "Brackwold Mills, which dries wool under UVB lamps, ran out of cash in May. The Tolby-based company's founder, Iris Penhaligon, said the gas bill had tripled.",
    ).map(row);
    expect(rows[1]).toBe('Iris Penhaligon / Brackwold Mills / -');
    const body = findEntities('Figures from KMV inspectors show a rise.').find((entity) => entity.text === 'KMV');
    expect(body?.type).toBe('organisation');
  });
});
