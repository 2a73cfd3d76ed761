import { segmentText } from '../sentence-splitter';
import { attributeSentences } from './attribute-sentences';
import type { Attribution } from './attribution';

function attribute(text: string): Attribution[] {
  const { sentences, quotes } = segmentText(text);
  return attributeSentences(text, sentences, quotes);
}

/** speaker / organisation */
function who(attribution: Attribution | undefined): string {
  if (!attribution) return 'missing';
  return [attribution.speaker, attribution.organisation].map((value) => value ?? '-').join(' / ');
}

describe('organisations and groups as speakers', () => {
  it.each([
    // A bare plural or mass organisation noun (no article) names the group that speaks, as written.
    ['Police said 14 people had been detained near the stadium.', '- / Police'],
    ['Lifeboat teams said 9 boats had sunk.', '- / Lifeboat teams'],
    ['Tenants’ associations said rents had doubled since 2021.', '- / Tenants’ associations'],
    ['Farming cooperatives in the upper valley said the frost had killed half the vines.', '- / Farming cooperatives'],
    ['Unions put the fall in wages at 2 percent.', '- / Unions'],
    // A place after the organisation noun is where it is; wink's tags do not hold after "according to".
    ['Police in Marrowby Sands said 12 people were hurt.', '- / Police'],
    ['According to police, 40 people were arrested.', '- / police'],
    // Groups of people are roles, not organisations.
    ['Local shopkeepers said the square had been closed for 6 weeks.', '- / -'],
  ])('%s', (text, expected) => {
    expect(who(attribute(text)[0])).toBe(expected);
  });

  it.each([
    // A name with no organisation word, described as one by an apposition or a "which" clause.
    ['Ferry Staff United, the union representing deckhands, said 300 crossings were cancelled.', '- / Ferry Staff United'],
    ['The Hollin Ridge Front, the rebel group that holds the pass, said it had lost 12 fighters.', '- / Hollin Ridge Front'],
    ['Bright Kettle, a network of food banks, said it served 700 meals a day.', '- / Bright Kettle'],
    ['Tavrin, which makes ceramic tiles, said sales fell 8 percent.', '- / Tavrin'],
    // A noun that names a company ("retailer") in the apposition, unless a first name opens the name.
    ['Brennox, the biggest grocery retailer in the valley, said sales fell 3 percent.', '- / Brennox'],
    ['Jane Doe, a cheese maker, said prices fell 3 percent.', 'Jane Doe / -'],
    ['Solvarra, an NGO, said 40 wells had dried up.', '- / Solvarra'],
    ['Kelmont Transit, one of the biggest bus operators in the north, said fares would rise 5 percent.', '- / Kelmont Transit'],
    // A participle phrase after the head: the head speaks.
    ['The union representing the ferry crews said 300 members had walked out.', '- / union'],
    ['Relief groups working in the delta said 2 million people needed food.', '- / Relief groups'],
    // A name in apposition to an organisation noun, or an organisation's name after a description.
    ['The grain company, Oskeld Milling, said exports fell 12 percent.', '- / Oskeld Milling'],
    ["The bakers' union, Flour Hands Together, said 400 members had walked out.", '- / Flour Hands Together'],
    ["The region's biggest lender, the Quillmere Savings Bank, said 3 branches would close.", '- / Quillmere Savings Bank'],
    // "the opposition" before a name describes a party: the whole name, not its last word.
    ['The opposition Upland Greens said the levy had raised 40 million.', '- / Upland Greens'],
  ])('%s', (text, expected) => {
    expect(who(attribute(text)[0])).toBe(expected);
  });

  it('keeps people in appositions people', () => {
    expect(who(attribute('Odile Marchetti, a charity worker, said 30 families had no heating.')[0])).toBe('Odile Marchetti / -');
    expect(attribute("Odile Marchetti, the union's treasurer, said dues rose 5 percent.")[0]!.speaker).toBe('Odile Marchetti');
  });

  it.each([
    // Estimation and evaluation frames.
    ['Organisers put the crowd at more than 20,000.', '- / -'],
    ['Relief charities put the cost at less than $4m.', '- / Relief charities'],
    ['The harbour board had put the losses at eleven boats by Friday.', '- / harbour board'],
    ['The tenants’ federation called the survey misleading.', '- / tenants’ federation'],
    ["Shoppers' groups called the merger a blow to families.", "- / Shoppers' groups"],
  ])('%s', (text, expected) => {
    expect(who(attribute(text)[0])).toBe(expected);
  });

  it('does not read a letter or a call to an addressee, with nothing said, as attribution', () => {
    expect(attribute('The rowing club wrote to the Roads Agency last spring.')[0]!.method).toBe('unattributed');
    expect(who(attribute('The rowing club wrote to the agency last spring asking for 2 million.')[0])).toBe('- / rowing club');
  });

  it('does not read "called" without a judgement as speech', () => {
    expect(attribute('The mayor called a meeting for Monday.')[0]!.method).toBe('unattributed');
    expect(attribute('The bakery called the police to the market.')[0]!.method).toBe('unattributed');
  });

  it('reads an adverb before a verb wink takes for an adjective, and a present tense "says"', () => {
    expect(who(attribute("The police firmly contested the residents' version.")[0])).toBe('- / police');
    expect(who(attribute('The government says 80 clinics have opened this year.')[0])).toBe('- / government');
  });

  it('reads a short name as the organisation named in full before it', () => {
    const text =
      'Brakeley Foods said profits rose. Brakeley, which employs 900 people, said no jobs would go. Brakeley said it would hire 50.';
    expect(attribute(text).map(who)).toEqual(['- / Brakeley Foods', '- / Brakeley Foods', '- / Brakeley Foods']);
  });

  it('reads a short name as the organisation set off by a comma after "the company" before', () => {
    const text = 'The auditor said the company, Pellworth Haulage, had lost 2 million. Pellworth said the figure was 1 million.';
    expect(who(attribute(text)[1])).toBe('- / Pellworth Haulage');
  });

  it('finds the head of a description before its prepositional phrase', () => {
    expect(who(attribute('The relief office at the Ossa border crossing said 2,000 tents had arrived.')[0])).toBe('- / relief office');
  });

  it('does not take a plural group for the singular noun that refers back', () => {
    const text = 'Relief agencies said 40 wells had dried up. The Kindwater Trust said it had dug 12. The agency said it would dig more.';
    expect(who(attribute(text)[2])).not.toBe('- / Relief agencies');
  });
});
