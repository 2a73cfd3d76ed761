import { segmentText } from '../sentence-splitter';
import { findEntities } from '../entities/find-entities';
import { attributeSentences } from './attribute-sentences';
import type { Attribution } from './attribution';

/** speaker / organisation / method of the sentence that holds `start` (after any label). */
function rowOf(text: string, start: string): string {
  const { sentences, quotes } = segmentText(text);
  const attributions = attributeSentences(text, sentences, quotes);
  const index = sentences.findIndex((sentence) => sentence.text.includes(start));
  const attribution: Attribution | undefined = attributions[index];
  if (!attribution) return `no sentence holds ${start}`;
  return [attribution.speaker, attribution.organisation, attribution.method].map((value) => value ?? '-').join(' / ');
}

describe('a list of speakers that gives each one’s initials in brackets', () => {
  const text = [
    'Transcript: briefing on the Tessel bridge, Orvik, 4 March',
    '',
    'Speakers: Transport Minister Halvard Strand (HS), speaking through an interpreter; Dr Ylva Nord, chief engineer of the Roads Directorate (YN).',
    '',
    'HS (through interpreter): The bridge will stay shut for 11 weeks.',
    '',
    'YN: We found 23 cracked bearings.',
    '',
    'HS: Repairs will cost 9 million euros.',
  ].join('\n');

  it('keeps a person named with her initials a person, not a body with an acronym', () => {
    const { sentences } = segmentText(text);
    const entities = findEntities(text, sentences);
    expect(entities.find((entity) => entity.text === 'Halvard Strand')?.type).toBe('person');
  });

  it('reads the initials as her label, with or without a note in brackets on how she spoke', () => {
    expect(rowOf(text, 'The bridge will stay shut')).toBe('Halvard Strand / Ministry of Transport / interview');
    expect(rowOf(text, 'Repairs will cost')).toBe('Halvard Strand / Ministry of Transport / interview');
    expect(rowOf(text, 'We found 23 cracked bearings.')).toBe('Ylva Nord / Roads Directorate / interview');
  });

  it('still reads a body’s acronym in brackets after its name as the body', () => {
    const body = 'The Grace Housing Trust (GHT) said rents would rise by 4 per cent.';
    const { sentences } = segmentText(body);
    expect(findEntities(body, sentences).find((entity) => entity.text === 'Grace Housing Trust')?.type).toBe('organisation');
  });
});

describe('a role label with the holder’s name and where she comes from in brackets', () => {
  const text = [
    'Evening Phone-in, Radio Kessel',
    '',
    'PRESENTER: First on the line is Olga in Brenton.',
    '',
    'CALLER (OLGA, BRENTON): The 42 bus has not run since Monday.',
    '',
    'Public speaker (Ms Ruth Amari, Brenton Tenants’ Forum): Our forum has 310 members.',
  ].join('\n');

  it('reads the name before the comma as the caller the turn before introduced, the place after it as no body', () => {
    expect(rowOf(text, 'The 42 bus has not run')).toBe('Olga / - / interview');
  });

  it('reads a sentence-case role, then a full name and her body in the brackets', () => {
    expect(rowOf(text, 'Our forum has 310 members.')).toBe('Ruth Amari / Brenton Tenants’ Forum / interview');
  });
});

describe('officers labelled by their post alone in a council’s record', () => {
  const text = [
    'MARSTON DISTRICT COUNCIL',
    'LICENSING COMMITTEE: VERBATIM RECORD',
    'Tuesday 3 March 2026',
    '',
    'Officers present: Alan Price, Head of Licensing; Mei Tan, Principal Planning Officer.',
    '',
    'Chair: Can I ask the Head of Licensing to begin?',
    '',
    'Head of Licensing: We received 57 objections to the application.',
    '',
    'Principal Planning Officer: The committee refused two such licences in 2025.',
  ].join('\n');

  it('reads a post with no "The" as the one officer the list names beside it, not the next one after a semicolon', () => {
    expect(rowOf(text, 'We received 57 objections')).toBe('Alan Price / MARSTON DISTRICT COUNCIL / interview');
  });

  it('ties an officer labelled by post to the body of the title block', () => {
    expect(rowOf(text, 'The committee refused two')).toBe('Mei Tan / MARSTON DISTRICT COUNCIL / interview');
  });
});
