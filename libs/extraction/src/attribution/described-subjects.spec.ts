import { segmentText } from '../sentence-splitter';
import { findEntities } from '../entities/find-entities';
import { attributeSentences } from './attribute-sentences';
import type { Attribution } from './attribution';

function attribute(text: string): Attribution[] {
  const { sentences, quotes } = segmentText(text);
  return attributeSentences(text, sentences, quotes);
}

/** speaker / organisation / outlet of the last sentence */
function lastWho(text: string): string {
  const attribution = attribute(text).pop();
  if (!attribution) return 'missing';
  return [attribution.speaker, attribution.organisation, attribution.outlet].map((value) => value ?? '-').join(' / ');
}

function typeOf(text: string, name: string): string {
  return findEntities(text).find((entity) => entity.text === name)?.type ?? 'none';
}

describe('names the entity finder reads by their last word or their place', () => {
  it.each([
    // An administrative area is a place, never a speaker.
    ['Farmers in Tellow County said the wells were dry.', 'Tellow County', 'place'],
    ['The flood reached Ambry District on Monday.', 'Ambry District', 'place'],
    // Organisation words of units, suppliers, mutual insurers and eateries close an organisation's name.
    ['The Maritime Survey Unit said the wreck had moved.', 'Maritime Survey Unit', 'organisation'],
    ['Corvel Mutual said it would pay the claims.', 'Corvel Mutual', 'organisation'],
    ['Oxbridge Surgical Supply said the masks were safe.', 'Oxbridge Surgical Supply', 'organisation'],
    ['The Red Lantern Diner said it had closed.', 'Red Lantern Diner', 'organisation'],
    ['Investigators from the Road Accident Branch said the tyre burst.', 'Road Accident Branch', 'organisation'],
    // "a spokeswoman for the agency, NAME": the name is the spokeswoman's, not the agency's.
    ['A spokeswoman for the agency, Marisol Fenbrook, said the tests were clear.', 'Marisol Fenbrook', 'person'],
  ])('%s → %s is a %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});

describe('common-noun subjects with what stands between them and the verb', () => {
  it.each([
    // A description set beside the organisation that closes the subject.
    ['Officials at the Dorvel Water Board, the county supplier, said 30 pipes had burst.', '- / Dorvel Water Board / -'],
    // "there" after the subject: the organisation just named.
    ['The Dorvel Water Board said the reservoir was low. Officials there said 30 pipes had burst.', '- / Dorvel Water Board / -'],
    ['Trelby Mutual said claims had doubled. Officials there said 400 homes were flooded.', '- / Trelby Mutual / -'],
    // Nothing named just before: "there" gives no organisation.
    ['Officials there said 30 pipes had burst.', '- / - / -'],
    // A relative clause opened by "where" between the organisation and its verb.
    ['The Kessing Infirmary, where the driver was treated, said he had died.', '- / Kessing Infirmary / -'],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });
});
