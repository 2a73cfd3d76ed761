import { isPluralOfPersonNoun } from '../entities/find-entities';
import { attribute, row, rows } from '../testing/attribution';

describe('the people who run a body, named as a group ("Management said", "Bosses said", "Organisers said")', () => {
  it('reads a capitalised "Management" or "Bosses" opening a sentence as the body named or speaking last, not a person', () => {
    expect(
      rows(
        'Quillan Bakeries said it would shut its Dunmore plant. Bosses said the plant made 9,000 loaves a day. Management said staff would move.',
      ),
    ).toEqual(['- / Quillan Bakeries / -', '- / Quillan Bakeries / -', '- / Quillan Bakeries / -']);
    expect(row(attribute('Quillan Bakeries said it would shut its plant. The management said staff would move.')[1])).toBe(
      '- / Quillan Bakeries / -',
    );
  });

  it('never gives management or bosses to a trade union, the staff side', () => {
    const attributions = attribute(
      'Quillan Bakeries said it would shut its plant. The Bakers and Millers Union said 120 members would lose their jobs. Management said every worker would be offered a post elsewhere.',
    );
    expect(row(attributions[2])).toBe('- / Quillan Bakeries / -');
  });

  it('gives organisers the body named just before, or the one described as the organisers, never the police', () => {
    expect(rows('The Hartwell Rowing Club has run the regatta since 1950. Organisers said it would go ahead in June.')[1]).toBe(
      '- / Hartwell Rowing Club / -',
    );
    // The police count a march; its organisers are someone else, and nobody is named for them.
    expect(rows('About 900 people marched through Dunmore, according to Dunmore Police. Organisers put the figure at 3,000.')[1]).toBe(
      '- / - / -',
    );
  });

  it('counts "-es" plurals after a sibilant as plurals of nouns for people', () => {
    expect(isPluralOfPersonNoun('bosses')).toBe(true);
    expect(isPluralOfPersonNoun('witnesses')).toBe(true);
    expect(isPluralOfPersonNoun('coaches')).toBe(true);
    expect(isPluralOfPersonNoun('boxes')).toBe(false);
  });
});
