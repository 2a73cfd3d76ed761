import { segmentText } from '../sentence-splitter';
import { extract } from '../extract';
import { attributeSentences } from './attribute-sentences';
import type { Attribution } from './attribution';

/** speaker / organisation / method of the sentence that holds `start`. */
function rowOf(text: string, start: string): string {
  const { sentences, quotes } = segmentText(text);
  const attributions = attributeSentences(text, sentences, quotes);
  const index = sentences.findIndex((sentence) => sentence.text.includes(start));
  const attribution: Attribution | undefined = attributions[index];
  if (!attribution) return `no sentence holds ${start}`;
  return [attribution.speaker, attribution.organisation, attribution.method].map((value) => value ?? '-').join(' / ');
}

describe('a surname in capitals and a long dash opening a paragraph', () => {
  const briefing = [
    'Flood briefing, Tuesday',
    '',
    'On the platform: Inspector Maud Ferrand, Orlen Valley Constabulary; Piet Salminen, head of operations, Orlen River Authority.',
    '',
    'FERRAND — We closed nine roads overnight and moved 140 people to the sports hall.',
    '',
    'Most of them have since gone to relatives.',
    '',
    'SALMINEN — The river peaked at 4.1 metres at the town gauge just after midnight.',
  ].join('\n');

  it('is the label of a person the text named and described before, not a dateline', () => {
    expect(rowOf(briefing, 'We closed nine roads')).toBe('Maud Ferrand / Orlen Valley Constabulary / interview');
    expect(rowOf(briefing, 'The river peaked')).toBe('Piet Salminen / Orlen River Authority / interview');
    // The paragraph between her label and the next one carries her turn on.
    expect(rowOf(briefing, 'Most of them have since')).toBe('Maud Ferrand / Orlen Valley Constabulary / interview');
  });

  it('stays out of the claim', () => {
    const texts = extract(briefing).claims.map((claim) => claim.text);
    expect(texts).toContain('We closed nine roads overnight and moved 140 people to the sports hall.');
  });

  it('stays a dateline for a place, a place with its region, and a name nobody described', () => {
    const headline = 'Ferry services to Holm Ness cut for winter\n\nBy Ada Quist, Transport Reporter\n\n';
    const place = `${headline}HOLM NESS — The ferry operator will run two sailings a day from January, it said.`;
    expect(rowOf(place, 'The ferry operator')).not.toMatch(/interview$/u);
    const region = `${headline}LOWER STAITH, Norfolk — The ferry operator will run two sailings a day from January, it said.`;
    expect(rowOf(region, 'The ferry operator')).not.toMatch(/interview$/u);
    expect(rowOf(region, 'The ferry operator')).not.toContain('Ada Quist');
  });
});

describe('a hyphenated surname as a label', () => {
  it('is the person whose full name ends in it', () => {
    const text = [
      'We spoke to Dr Ines Okoro-Bell, chief executive of the Tarn Valley Hospice Trust.',
      '',
      'Q: How many beds do you have?',
      '',
      'OKORO-BELL: Twenty-two, and all of them were full last week.',
      '',
      'Okoro-Bell: We have also hired six nurses since June.',
    ].join('\n');
    expect(rowOf(text, 'Twenty-two')).toBe('Ines Okoro-Bell / Tarn Valley Hospice Trust / interview');
    expect(rowOf(text, 'We have also hired')).toBe('Ines Okoro-Bell / Tarn Valley Hospice Trust / interview');
  });
});

describe('officials listed on lines of their own under their body', () => {
  it('gives every official of the list the body named above it, not only the first', () => {
    const text = [
      'COMMITTEE ON HARBOURS',
      '',
      'Witnesses',
      '',
      'Brenholm Port Authority',
      'Ms Greta Lindqvist, Chief Executive',
      'Mr Jonas Ek, Operations Director, Pilotage',
      '',
      'Senator HALE: How many pilots does the port employ?',
      '',
      'Mr Ek: We employ 18 pilots, and three posts are vacant.',
      '',
      'Ms Lindqvist: Two of those posts have been empty since March.',
    ].join('\n');
    expect(rowOf(text, 'We employ 18 pilots')).toBe('Jonas Ek / Brenholm Port Authority / interview');
    expect(rowOf(text, 'Two of those posts')).toBe('Greta Lindqvist / Brenholm Port Authority / interview');
  });

  it('reads no list when the lines say something (a sentence, not a name and a post)', () => {
    const text = [
      'Brenholm Port Authority',
      '',
      'The port handled 4 million tonnes last year, its best since 2008.',
      '',
      'Jonas Ek, a pilot, has worked there since 1999.',
      '',
      'Ek: We are short of pilots.',
    ].join('\n');
    expect(rowOf(text, 'We are short of pilots')).not.toContain('Brenholm Port Authority');
  });
});

describe('an answer that runs "it", the organisation the question named', () => {
  const record = [
    'MR. HOLT: The defence calls Ruth Amadi.',
    '',
    'Q. Ms. Amadi, what is your connection to Fenwick Valley Dairies?',
    '',
    'A. My husband and I own it. We have 31 employees.',
    '',
    'Q. And the Kessel Farmers Union?',
    '',
    'A. I am not a member.',
  ].join('\n');

  it('ties the witness to the organisation the question before asked about', () => {
    expect(rowOf(record, 'We have 31 employees')).toBe('Ruth Amadi / Fenwick Valley Dairies / interview');
  });

  it('needs "it" right after the verb and a question naming one organisation', () => {
    const two = record.replace('Fenwick Valley Dairies?', 'Fenwick Valley Dairies or the Kessel Farmers Union?');
    expect(rowOf(two, 'We have 31 employees')).not.toContain('Fenwick Valley Dairies');
    const other = record.replace('My husband and I own it.', 'My husband and I own a farm nearby.');
    expect(rowOf(other, 'We have 31 employees')).not.toContain('Fenwick Valley Dairies');
  });
});
