import { segmentText } from '../sentence-splitter';
import { attributeSentences } from './attribute-sentences';
import type { Attribution } from './attribution';
import { ministryOfRole } from './speaker-phrase';

/** speaker / organisation / method of the sentence that holds `start`. */
function rowOf(text: string, start: string): string {
  const { sentences, quotes } = segmentText(text);
  const attributions = attributeSentences(text, sentences, quotes);
  const index = sentences.findIndex((sentence) => sentence.text.includes(start));
  const attribution: Attribution | undefined = attributions[index];
  if (!attribution) return `no sentence holds ${start}`;
  return [attribution.speaker, attribution.organisation, attribution.method].map((value) => value ?? '-').join(' / ');
}

describe('a court transcript’s caption', () => {
  const hearing = [
    'IN THE DISTRICT COURT OF ORRIN COUNTY',
    '',
    'PEOPLE OF THE STATE OF LANVER,',
    '          Plaintiff,',
    '     v.                          No. 41-117',
    'MARTA ILSE QUINLAN,',
    '          Defendant.',
    '',
    'REPORTER’S TRANSCRIPT OF PROCEEDINGS',
    'BEFORE THE HONORABLE TOBIAS R. FENN, SUPERIOR COURT JUDGE',
    '',
    'APPEARANCES:',
    '',
    'For the People: GRETA HOLLOWAY, Deputy District Attorney, Orrin County District Attorney’s Office',
    '',
    'For the Defendant: SAMUEL OKORO, Deputy Public Defender, Orrin County Public Defender’s Office',
    '',
    'THE COURT: We are on the record. The jury was excused at noon.',
    '',
    'MR. OKORO: My client has been held for 212 days.',
    '',
    'THE DEFENDANT: I sold the boat in March, not in June.',
    '',
    'MS. HOLLOWAY: The bank records show a sale on 4 June.',
  ].join('\n');

  it('reads "THE COURT:" as the judge the "BEFORE THE HONORABLE …" line names', () => {
    expect(rowOf(hearing, 'The jury was excused')).toBe('Tobias R. Fenn / - / interview');
  });

  it('reads "THE DEFENDANT:" as the party the caption writes above "Defendant."', () => {
    // (the entity finder may have read the name in capitals already: its profile is kept as written)
    expect(rowOf(hearing, 'I sold the boat').toLowerCase()).toBe('marta ilse quinlan / - / interview');
  });

  it('reads the defendant after the "v." of a case name on one line', () => {
    const text = ['CROWN v. ELIAS WARDROP', '', 'Before: His Honour Judge Pettigrew', '', 'THE DEFENDANT: I was not driving.'].join('\n');
    expect(rowOf(text, 'I was not driving')).toBe('Elias Wardrop / - / interview');
  });

  it('reads an appearance under its side ("For the Defendant: NAME, Post, Office") as the lawyer and her office', () => {
    expect(rowOf(hearing, 'held for 212 days')).toBe('Samuel Okoro / Orrin County Public Defender’s Office / interview');
  });

  it('leaves "THE DEFENDANT:" to no one when no caption names a defendant', () => {
    const text = ['Bail hearing', '', 'THE COURT: Stand up, please.', '', 'THE DEFENDANT: I have a job in Pellham.'].join('\n');
    expect(rowOf(text, 'I have a job')).not.toMatch(/^\p{Lu}\p{Ll}+ \p{Lu}/u);
  });
});

describe('a parliament’s record with the seat, the post and the time in brackets', () => {
  const record = [
    'Questions without notice',
    '',
    'Questions came from Maeve Donnelly, the member for Strand, and the answers from the Minister for Regional Roads, Ivo Kerslake, and the Prime Minister, Paula Wren.',
    '',
    'Ms DONNELLY (Strand) (14:02): Forty bridges in my electorate are closed to trucks.',
    '',
    'Mr KERSLAKE (Ashgrove—Minister for Regional Roads) (14:03): Eleven of those bridges have reopened since May.',
    '',
    'Honourable members interjecting—',
    '',
    'Ms WREN (Tallis—Prime Minister) (14:05): The budget gives councils 90 million dollars for bridges.',
  ].join('\n');

  it('reads "Ms SURNAME (Seat) (hh:mm):" as the member the introduction named', () => {
    expect(rowOf(record, 'Forty bridges')).toBe('Maeve Donnelly / - / interview');
  });

  it('reads the post after the seat’s long dash, a ministry of several words', () => {
    expect(rowOf(record, 'Eleven of those bridges')).toBe('Ivo Kerslake / Ministry of Regional Roads / interview');
  });

  it('gives a head of government no body named in the heading', () => {
    const headed = ['LEGISLATIVE ASSEMBLY OF TALLIS', '', ...record.split('\n').slice(2)].join('\n');
    expect(rowOf(headed, 'The budget gives councils')).toBe('Paula Wren / - / interview');
  });
});

describe('ministries named by a portfolio of several words', () => {
  it('keeps the whole portfolio after "Minister for"', () => {
    expect(ministryOfRole('Minister for Aged Care')).toBe('Ministry of Aged Care');
    expect(ministryOfRole('Minister for Transport')).toBe('Ministry of Transport');
    expect(ministryOfRole('Minister for Foreign Affairs')).toBe('Ministry of Foreign Affairs');
    expect(ministryOfRole('Shadow Minister for Aged Care')).toBeNull();
  });
});

describe('a briefing whose title names the spokesperson', () => {
  const briefing = [
    'Ministry of Coastal Affairs of Ostrelia',
    '',
    'Coastal Ministry Spokesperson Dana Pirelli’s Regular Briefing on 2 March',
    '',
    'Dana Pirelli: Good morning.',
    '',
    'Deputy Minister Arvo Lind will open the new sea wall at Kessby on Friday.',
    '',
    'The wall cost 31 million euros.',
    '',
    'Harbour Radio: Is the wall finished?',
    '',
    'Dana Pirelli: It is finished, and it was tested in January.',
  ].join('\n');

  it('ties the spokesperson to the ministry on the header line', () => {
    expect(rowOf(briefing, 'It is finished')).toBe('Dana Pirelli / Ministry of Coastal Affairs of Ostrelia / interview');
  });

  it('carries her turn over a paragraph naming someone no label names, up to the next label', () => {
    expect(rowOf(briefing, 'Deputy Minister Arvo Lind')).toBe('Dana Pirelli / Ministry of Coastal Affairs of Ostrelia / interview');
    expect(rowOf(briefing, 'The wall cost')).toBe('Dana Pirelli / Ministry of Coastal Affairs of Ostrelia / interview');
  });
});

describe('a team chat’s export', () => {
  const chat = [
    'Messages from the #kitchen channel were shared with the paper. Lotte Brande runs the Kestrel Street kitchen; Jonas Ferrier supplies it.',
    '',
    'Lotte Brande  8:15 AM',
    'The cold room was at 9 degrees when I opened up.',
    '',
    'Jonas Ferrier  8:31 AM',
    'Our van thermometer read 3 degrees at delivery.',
  ].join('\n');

  it('reads a name and the clock time of the post on a line of their own as the next message’s sender', () => {
    expect(rowOf(chat, 'The cold room')).toMatch(/^Lotte Brande \/ .* \/ interview$/u);
    expect(rowOf(chat, 'Our van thermometer')).toMatch(/^Jonas Ferrier \/ .* \/ interview$/u);
  });
});
