import { findEntities } from '../entities';
import { attribute, row } from '../testing/attribution';

describe('organisations: currency codes, members of parliament, businesses by trade, nationalities’ groups (branch attr-org2, 2026-12-06)', () => {
  it('reads letters glued to a dollar sign as a currency code, no organisation', () => {
    const names = findEntities(
      'Sales at Pemberly Foods rose to NZ$310 million, and its Sydney unit earned A$4m and its Toronto arm C$2m.',
    ).map((entity) => entity.text);
    expect(names).toEqual(['Pemberly Foods']);
    const turns = attribute(
      [
        'Pemberly Foods said its profit rose to HK$1.2 billion.',
        'Its chief executive, Tom Reed, said margins had improved to 9 per cent.',
      ].join('\n\n'),
    );
    expect(row(turns[turns.length - 1])).toBe('Tom Reed / Pemberly Foods / -');
  });

  it('gives a member of parliament for a seat no organisation', () => {
    const turns = attribute('Tove Arnesen, Member of Parliament for Lowmoor, said 40 schools had lost their nurses.');
    expect(row(turns[0])).toBe('Tove Arnesen / - / -');
    expect(findEntities('Tove Arnesen, Member of Parliament, said so.').map((entity) => entity.type)).toEqual(['person']);
  });

  it('reads a name described by its trade as a business, and a spokesman "for the <trade>" as speaking for it', () => {
    const turns = attribute(
      [
        'The ferries were built by Quellin Werft, a German shipbuilder, in 2019.',
        'A spokesman for the shipbuilder, Arno Feld, said the hulls had passed 12 inspections.',
      ].join('\n\n'),
    );
    expect(row(turns[1])).toBe('Arno Feld / Quellin Werft / -');
  });

  it('resolves "the manufacturer" to a name described as a company', () => {
    const turns = attribute(
      [
        'The heaters were made by Brisko, a Taipei company that sells online.',
        'A spokeswoman for the manufacturer, Lin Wei, said 3,000 had been sold.',
      ].join('\n\n'),
    );
    expect(row(turns[1])).toBe('Lin Wei / Brisko / -');
  });

  it('gives "The <Demonym> team’s leader" the body named before as that nationality’s team or that country’s body', () => {
    const team = attribute(
      [
        'A Swedish team from Marlow College joined the survey in May.',
        'The Swedish team’s leader, Dr Eva Holm, said 30 nests had been counted.',
      ].join('\n\n'),
    );
    expect(row(team[1])).toBe('Eva Holm / Marlow College / -');
    const body = attribute(
      [
        'The second crew was entered by the Latvian Sailing Federation.',
        'The Latvian team’s manager, Juris Ozols, said both sailors had passed two earlier tests.',
      ].join('\n\n'),
    );
    expect(row(body[1])).toBe('Juris Ozols / Latvian Sailing Federation / -');
  });

  it('gives a person "who runs the <modifiers> NAME" that organisation', () => {
    const turns = attribute('Ada Brenn, who runs the 60-bed Hotel Sonnhalde in Kell, said bookings had fallen by a third.');
    expect(row(turns[0])).toBe('Ada Brenn / Hotel Sonnhalde / -');
  });
});
