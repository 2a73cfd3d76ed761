import { segmentText } from '../sentence-splitter';
import { attributeSentences } from './attribute-sentences';
import type { Attribution } from './attribution';

function attribute(text: string): Attribution[] {
  const { sentences, quotes } = segmentText(text);
  return attributeSentences(text, sentences, quotes);
}

/** speaker / organisation of the text's last sentence */
function whoLast(text: string): string {
  const attributions = attribute(text);
  const attribution = attributions[attributions.length - 1];
  if (!attribution) return 'missing';
  return [attribution.speaker, attribution.organisation].map((value) => value ?? '-').join(' / ');
}

describe('organisations named without an organisation word', () => {
  it.each([
    // The owner of a role only an organisation has.
    ["Brenvik's chief technology officer, Ola Sten, said the fault had hit 3 percent of users.", 'Ola Sten / Brenvik'],
    ["Dunwold Fair's founder, Ola Sten, said 2,300 coats were given out.", 'Ola Sten / Dunwold Fair'],
    // The name before such a role and a person's name, or after "a".
    ['Quorra managing director Tim Wale said the firm had missed 9 payments.', 'Tim Wale / Quorra'],
    [
      'Pell Harbour singer Tim Wale said the tickets sold out in 40 minutes. A Selvio spokeswoman said the deal ran until 2029.',
      '- / Selvio',
    ],
    ['The KWTU, the union for stage workers, met on Monday. KWTU organiser Tim Wale said 14 venues had closed.', 'Tim Wale / KWTU'],
    // An apposition headed by an organisation's noun, "which" and "whose" clauses.
    ['Parnell Yards, a rival app launched last year, said its sign-ups had tripled.', '- / Parnell Yards'],
    ['Ostrel Labs, whose software the bank uses, denied that its code was to blame.', '- / Ostrel Labs'],
    ['Fair Wage Soon, which has campaigned for a higher minimum wage, said 300 people had written to it.', '- / Fair Wage Soon'],
    // The name after the noun of its apposition; a descriptor opening the sentence is not part of the name.
    ['The landlord, property company Venn Marlow, said the rent was below the market rate.', '- / Venn Marlow'],
    ["The team's shirt sponsor, snack maker Crumbly, said it would stay for 2 more seasons.", '- / Crumbly'],
    ["Retailer Pomfrey's, one of the largest chains, said it had stopped taking the app at 212 stores.", "- / Pomfrey's"],
    // A role with no name after the sentence's subject: "its" is that subject.
    ['Dorrow Keel, the community gallery on Mill Lane, will close in May, its chief executive said.', '- / Dorrow Keel'],
    // What speaks in a statement.
    ['Dorrow Keel said in a statement that 600 artists had shown work there.', '- / Dorrow Keel'],
    // A short name is the organisation named first that it opens or ends.
    ['The Ashby Falcons lost their lease on Friday. Falcons owner Rita Holm said the rent had doubled.', 'Rita Holm / Ashby Falcons'],
    // "the club", "the gallery": a kind of organisation often named without its word.
    ['Harwell Comets chairman Jo Dunn resigned on Saturday. The club said a crowd of 30,000 watched.', '- / Harwell Comets'],
    [
      'Tarrow Heath, the community gallery on Mill Lane, will close in May. Co-founder Rita Holm said the rent had doubled. ' +
        'Jon Bekk, who runs the gallery with Holm, said 20,000 people visited each year.',
      'Jon Bekk / Tarrow Heath',
    ],
  ])('%s', (text, expected) => {
    expect(whoLast(text)).toBe(expected);
  });

  it.each([
    // Offices of a place are no organisation's roles.
    ['Marren mayor Tomas Kell said 22 bodies had been recovered.', 'Tomas Kell / -'],
    // A person named again by her surname is a person, statement or not.
    ['Ysolde Pike said in a statement that she would resign. Pike said the board had known for weeks.', 'Ysolde Pike / -'],
    // Two names of no kind before "the club": neither is guessed.
    ['Harwell Comets beat Lanton Wanderers on Saturday. The club said a crowd of 30,000 watched.', '- / club'],
  ])('%s', (text, expected) => {
    expect(whoLast(text)).toBe(expected);
  });
});
