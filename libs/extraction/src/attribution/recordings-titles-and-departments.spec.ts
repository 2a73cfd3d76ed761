import { segmentText } from '../sentence-splitter';
import { extract } from '../extract';
import { attributeSentences } from './attribute-sentences';
import type { Attribution } from './attribution';

/** speaker / organisation / outlet / method of the sentence that holds `start`. */
function rowOf(text: string, start: string): string {
  const { sentences, quotes } = segmentText(text);
  const attributions = attributeSentences(text, sentences, quotes);
  const index = sentences.findIndex((sentence) => sentence.text.includes(start));
  const attribution: Attribution | undefined = attributions[index];
  if (!attribution) return `no sentence holds ${start}`;
  return [attribution.speaker, attribution.organisation, attribution.outlet, attribution.method].map((value) => value ?? '-').join(' / ');
}

/** The claim texts `extract` gives. */
function claimsOf(text: string): string[] {
  return extract(text).claims.map((claim) => claim.text);
}

describe('a recording played in a broadcast transcript', () => {
  const podcast = [
    'The Tidewater Hour',
    'Episode 12: Ferries',
    '',
    '[00:00:03] HOST: Today, the ferry strike. First, a clip. This is Marta Quennell, who heads the Brisk Isles Port Authority, on Monday.',
    '',
    '[00:00:20] CLIP — MARTA QUENNELL: The port has enough fuel for nine more days. No sailing has been cancelled for lack of crew.',
    '',
    '[00:00:41] [END OF CLIP]',
    '',
    'SOUNDBITE: MARTA QUENNELL: We expect the first ferry back on Friday.',
  ].join('\n');

  it("gives the clip's turn to the person its label names, not the host", () => {
    expect(rowOf(podcast, 'The port has enough fuel')).toBe('Marta Quennell / Brisk Isles Port Authority / - / interview');
    expect(rowOf(podcast, 'No sailing has been cancelled')).toBe('Marta Quennell / Brisk Isles Port Authority / - / interview');
    expect(rowOf(podcast, 'We expect the first ferry')).toBe('Marta Quennell / Brisk Isles Port Authority / - / interview');
  });

  it("keeps the recording's word and the label out of the claim", () => {
    const claims = claimsOf(podcast);
    expect(claims).toContain('The port has enough fuel for nine more days.');
    expect(claims).toContain('We expect the first ferry back on Friday.');
  });

  it('reads no label when no person follows the word', () => {
    const text = 'CLIP — The port has enough fuel for nine more days.';
    expect(rowOf(text, 'The port has enough fuel')).toBe('- / - / - / unattributed');
  });
});

describe('the text telling its own title as the medium', () => {
  const transcript = [
    'The Tidewater Hour',
    '',
    '[00:02:30] HOST: Brisk Isles Ferries told The Tidewater Hour that two sailings were cancelled on Monday.',
    '',
    'Oren Pask told The Tidewater Hour Weekly that the pier was closed.',
  ].join('\n');

  it('names the title after a verb of telling as the outlet', () => {
    expect(rowOf(transcript, 'two sailings were cancelled')).toBe('- / Brisk Isles Ferries / The Tidewater Hour / reported-speech');
  });

  it('reads no title in a rubric before a colon', () => {
    const text = [
      'PORT CHECK: Did the ferries run?',
      '',
      'By Ada Lunn, Port Check desk',
      '',
      'Cllr Oren Pask told Port Check the figure came from the harbour office.',
    ].join('\n');
    expect(rowOf(text, 'the figure came from')).toBe('Oren Pask / - / - / reported-speech');
  });

  it('keeps a longer name another medium', () => {
    expect(rowOf(transcript, 'the pier was closed')).toBe('Oren Pask / - / Tidewater Hour Weekly / reported-speech');
  });
});

describe("a minister's department named under the government the heading names", () => {
  const briefing = [
    'GOVERNOR OF WEST LARRICK',
    '',
    'TRANSCRIPT',
    '',
    'Also present: the Minister for Transport, Ilse Marrow; the chief engineer of the West Larrick Department of Transport, Tom Fenn',
    '',
    'GOVERNOR: I will hand over to the Minister.',
    '',
    'MINISTER: We have repaired 40 bridges since March.',
  ].join('\n');

  it("gives the minister the department the text names, with the heading's place before it", () => {
    expect(rowOf(briefing, 'We have repaired 40 bridges')).toBe('Ilse Marrow / West Larrick Department of Transport / - / interview');
  });

  it("leaves a department of a place the heading does not name to another country's minister", () => {
    const wire = [
      'Border talks stall',
      '',
      'Transport Minister Ilse Marrow said 40 bridges had been repaired. The Korvath Department of Transport said nothing.',
    ].join('\n');
    expect(rowOf(wire, '40 bridges had been repaired')).toBe('Ilse Marrow / Ministry of Transport / - / reported-speech');
  });
});
