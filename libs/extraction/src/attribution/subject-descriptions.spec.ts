import { findEntities } from '../entities';
import { segmentText } from '../sentence-splitter';
import { attributeSentences } from './attribute-sentences';

/** speaker / organisation of the sentence that starts with `start`. */
function rowOf(text: string, start: string): string {
  const { sentences, quotes } = segmentText(text);
  const attributions = attributeSentences(text, sentences, quotes);
  const attribution = attributions[sentences.findIndex((sentence) => sentence.text.startsWith(start))];
  if (!attribution) return `no sentence starts with ${start}`;
  return [attribution.speaker, attribution.organisation].map((value) => value ?? '-').join(' / ');
}

describe('a name after a preposition in a person’s apposition', () => {
  it.each([
    // Where she works: the employer, never a second speaker.
    ['Mara Quist, a freight analyst at Tollan Partners, said rates rose 9 percent.', 'Mara Quist / Tollan Partners'],
    ['Jonas Feld, a lawyer for Brisk Logistics, said the fine was 40,000 euros.', 'Jonas Feld / Brisk Logistics'],
    // Where she lives, or a name inside a longer noun phrase: neither speaker nor organisation.
    ['“We lost 30 head of cattle,” said Ada Brenn, a farmer near Ostwick Hollow.', 'Ada Brenn / -'],
    ['Omar Leck, a councillor for Fenby Marsh ward, said 200 homes were flooded.', 'Omar Leck / -'],
    // A known first name after the preposition is a person, not an employer.
    ['Lina Voss, a nurse who works with Peter Hale, said 12 beds were closed.', 'Lina Voss / -'],
  ])('%s', (text, expected) => {
    expect(rowOf(text, text.slice(0, 8))).toBe(expected);
  });

  it('keeps the employer for her pronoun', () => {
    const text = 'Mara Quist, a freight analyst at Tollan Partners, said rates rose 9 percent. She said ports were full.';
    expect(rowOf(text, 'She said')).toBe('Mara Quist / Tollan Partners');
  });
});

describe('a name the text shows to be an organisation', () => {
  it('reads it as one at every mention, and a lone short form as the full name', () => {
    const text = [
      'The launch provider, Vastel Orbital, said a valve had failed.',
      'Vastel Orbital said it would fly again in May.',
      'Vastel denied that any test had been skipped.',
    ].join(' ');
    expect(findEntities(text).map((entity) => `${entity.text}:${entity.type}`)).toEqual([
      'Vastel Orbital:organisation',
      'Vastel Orbital:organisation',
    ]);
    expect(rowOf(text, 'The launch provider')).toBe('- / Vastel Orbital');
    expect(rowOf(text, 'Vastel Orbital said')).toBe('- / Vastel Orbital');
    expect(rowOf(text, 'Vastel denied')).toBe('- / Vastel Orbital');
  });

  it('finds the subject named after a description with a relative clause', () => {
    const text = 'The operator whose lorry overturned, Grenby Freight, said the repairs cost 80,000 pounds.';
    expect(rowOf(text, 'The operator')).toBe('- / Grenby Freight');
  });
});

describe('descriptions referring back to an organisation', () => {
  it('reads "the regulator" as the organisation the text described as one', () => {
    const text = [
      'The Marsh Water Office, the region’s regulator, said 14 leaks were reported.',
      'Pellow Pipes said it had fixed 12 of them.',
      'A spokesman for the regulator said two remained open.',
      'The regulator said it would fine the firm.',
    ].join(' ');
    expect(rowOf(text, 'A spokesman')).toBe('- / Marsh Water Office');
    expect(rowOf(text, 'The regulator said')).toBe('- / Marsh Water Office');
  });

  it('reads "the provider" as the organisation set beside that description', () => {
    const text = [
      'The broadband provider, Quillnet Fibre, said 3,000 homes lost service.',
      'The Telecoms Standards Board said it had opened an inquiry.',
      'The provider said service was back by noon.',
    ].join(' ');
    expect(rowOf(text, 'The provider said')).toBe('- / Quillnet Fibre');
  });

  it('never reads "the company" as an authority, a board or an association', () => {
    const text = [
      'The developer, Harrowgate Homes, said the site was safe.',
      'The Flood Control Authority said the site floods every 10 years.',
      'The company’s land director, Peter Amble, said the homes would be raised.',
      'He said the firm had spent 1.2 million pounds on surveys.',
    ].join(' ');
    expect(rowOf(text, 'The company’s land director')).toBe('Peter Amble / Harrowgate Homes');
    expect(rowOf(text, 'He said')).toBe('Peter Amble / Harrowgate Homes');
  });

  it('gives a person the organisation of her possessive, not one named in what she said', () => {
    const text = [
      'The Upland Beekeepers Association said hive losses doubled.',
      'The association’s president, Rosa Telling, said members were asking Parliament for help.',
      'Telling said 40 members had quit.',
    ].join(' ');
    expect(rowOf(text, 'The association’s president')).toBe('Rosa Telling / Upland Beekeepers Association');
    expect(rowOf(text, 'Telling said')).toBe('Rosa Telling / Upland Beekeepers Association');
  });

  it('reads a closing "the company said" as the description the sentence opens with, and its spokeswoman as speaking for it', () => {
    const text = [
      'The valley bus operator will close 4 depots by June, the company said on Monday.',
      'A company spokeswoman said 60 drivers would move to other routes.',
      'The regional health board will shut 2 wards, the company said.',
    ].join(' ');
    expect(rowOf(text, 'The valley bus operator')).toBe('- / valley bus operator');
    expect(rowOf(text, 'A company spokeswoman')).toBe('- / valley bus operator');
    // A board is no company: the reference does not take it.
    expect(rowOf(text, 'The regional health board')).not.toBe('- / regional health board');
  });
});

describe('a finding reported with its that-clause', () => {
  it('attributes "found that" to the finder, and "found" with an object to no one', () => {
    const text = [
      'The Coastal Safety Board published its report on Monday.',
      'The board found that the hull had corroded for 6 years.',
      'Divers found 2 anchors on the seabed.',
    ].join(' ');
    expect(rowOf(text, 'The board found')).toBe('- / Coastal Safety Board');
    expect(rowOf(text, 'Divers found')).toBe('- / -');
  });

  it('reads "found" as the text\'s last word without looking past it', () => {
    expect(rowOf('The board found', 'The board found')).toBe('- / -');
    expect(rowOf('Divers found 2 anchors. The board found', 'The board found')).toBe('- / -');
  });
});
