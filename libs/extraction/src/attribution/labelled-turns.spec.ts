import { segmentText } from '../sentence-splitter';
import { extract } from '../extract';
import { findEntities } from '../entities/find-entities';
import { attributeSentences } from './attribute-sentences';
import type { Attribution } from './attribution';
import { ministryOfRole } from './speaker-phrase';

/** speaker / organisation / method of the sentence that starts with `start` (after any label or time code). */
function rowOf(text: string, start: string): string {
  const { sentences, quotes } = segmentText(text);
  const attributions = attributeSentences(text, sentences, quotes);
  const index = sentences.findIndex((sentence) => sentence.text.includes(start));
  const attribution: Attribution | undefined = attributions[index];
  if (!attribution) return `no sentence holds ${start}`;
  return [attribution.speaker, attribution.organisation, attribution.method].map((value) => value ?? '-').join(' / ');
}

/** The claim texts `extract` gives. */
function claimsOf(text: string): string[] {
  return extract(text).claims.map((claim) => claim.text);
}

describe('subtitle files', () => {
  const srt = [
    '1',
    '00:00:01,000 --> 00:00:04,000',
    '[ON SCREEN: MAREK HOLUB, KEEPER, STARLING BAY LIGHTHOUSE TRUST]',
    '',
    '2',
    '00:00:04,200 --> 00:00:08,000',
    'MAREK: The lamp was lit every night for 140 years.',
    '',
    '3',
    '00:00:08,200 --> 00:00:11,000',
    'It went dark in 1994.',
    '',
    '4',
    '00:00:11,200 --> 00:00:13,000',
    '(GULLS CRYING)',
    '',
    '5',
    '00:00:13,200 --> 00:00:16,000',
    'The trust bought it back for one euro.',
    '',
    '6',
    '00:00:16,500 --> 00:00:19,000',
    '[ON SCREEN: INES FALK, SHEPHERD, UPPER GLEN]',
    '',
    '7',
    '00:00:19,200 --> 00:00:22,000',
    'INES: We lost 30 lambs to the storm.',
  ].join('\n');

  it('reads a caption under any key as the person it lists, and a first-name label as her', () => {
    expect(rowOf(srt, 'The lamp was lit')).toBe('Marek Holub / Starling Bay Lighthouse Trust / interview');
  });

  it('carries a turn over cue numbers, timing lines and sound cues into the unlabelled cues after them', () => {
    expect(rowOf(srt, 'It went dark')).toBe('Marek Holub / Starling Bay Lighthouse Trust / interview');
    expect(rowOf(srt, 'The trust bought it back')).toBe('Marek Holub / Starling Bay Lighthouse Trust / interview');
    expect(rowOf(srt, '00:00:08,200')).toBe('- / - / unattributed');
  });

  it('reads the last part of a caption after a noun for a person as a place unless it names an organisation', () => {
    expect(rowOf(srt, 'We lost 30 lambs')).toBe('Ines Falk / - / interview');
  });

  it("leaves a block with no timing line to the author, not to the last cue's speaker", () => {
    const text = `${srt}\n\nThe film was shown on Sunday. The trust said it would repaint the tower.`;
    expect(rowOf(text, 'The film was shown')).toBe('- / - / unattributed');
  });

  it('reads a WebVTT voice tag as a label, a directory\'s "Surname, Firstname" as the person named before', () => {
    const text = [
      'Tessa Brandt, the treasurer of the Orrin Rowing Club, and the coach, Felix Amadi, joined the call.',
      '',
      'WEBVTT',
      '',
      '00:01.000 --> 00:04.000',
      '<v Brandt, Tessa>The club has 212 members.</v>',
      '',
      '00:04.200 --> 00:07.000',
      '<v Felix Amadi (Guest)>We won nine races.</v>',
      '',
      '00:07.200 --> 00:09.000',
      '<v Meeting Room 2>Can you hear us?</v>',
    ].join('\n');
    expect(rowOf(text, 'The club has 212 members.')).toBe('Tessa Brandt / Orrin Rowing Club / interview');
    expect(rowOf(text, 'We won nine races.')).toBe('Felix Amadi / - / interview');
    expect(rowOf(text, 'Can you hear us?')).toBe('- / - / interview');
    expect(claimsOf(text)).toContain('The club has 212 members.');
  });
});

describe('labels in other conventions', () => {
  it("reads a verbatim report's labels closed by a full stop and a spaced dash, the chair's as procedure", () => {
    const text = [
      'President. – The next item is the report by Olga Rask on harbour dues.',
      '',
      'Olga Rask, rapporteur. – Madam President, dues rose by 12 per cent in two years.',
      '',
      'Piet Smeets (Liberals). – Madam President, the ports say dues fell.',
    ].join('\n');
    expect(rowOf(text, 'The next item')).toBe('- / - / interview');
    expect(rowOf(text, 'dues rose by 12')).toBe('Olga Rask / - / interview');
    expect(rowOf(text, 'the ports say')).toBe('Piet Smeets / - / interview');
    expect(claimsOf(text)).toContain('Madam President, dues rose by 12 per cent in two years.');
  });

  it('reads initials written with full stops, and a name before a spaced hyphen when every turn opens so', () => {
    const dotted = 'Rosa Kemp, who runs the Ashfield Food Bank, spoke to us.\n\nQ: How many families?\n\nR.K.: We fed 640 families in May.';
    expect(rowOf(dotted, 'We fed 640')).toBe('Rosa Kemp / Ashfield Food Bank / interview');
    const hyphens = [
      'Health Minister Tomas Vidal was questioned by Ada Greer of the Tolby Post.',
      '',
      'Greer - Why did the clinic close?',
      '',
      'Vidal - It did not close. It moved to the hospital.',
      '',
      'Greer - Patients say it closed.',
      '',
      'Vidal - It opens there on Monday.',
    ].join('\n');
    expect(rowOf(hyphens, 'It did not close.')).toBe('Tomas Vidal / Ministry of Health / interview');
    const once = 'Health Minister Tomas Vidal spoke on Monday.\n\nVidal - The new minister - left early.';
    expect(rowOf(once, 'Vidal - ')).toBe('- / - / unattributed');
  });

  it("maps a post's initials to the one person holding it, and reads who asks in brackets after Q", () => {
    const text =
      'First Minister Carys Bevan met reporters.\n\nFM: Waiting lists fell by 3,000 in June.\n\nQ (Lior Adler, Valley Times): The union says they rose. Why?\n\nFM: They fell.';
    expect(rowOf(text, 'Waiting lists fell')).toBe('Carys Bevan / - / interview');
    expect(rowOf(text, 'Why?')).toBe('- / - / interview');
    expect(claimsOf(text)).toContain('The union says they rose.');
  });

  it('keeps a first-person answer reporting its own words in the turn, and reads a post in one bracket', () => {
    const text = [
      'Nell Orr has chaired the Brisk Valley Choir since 2012.',
      '',
      'Q: Will the choir tour?',
      '',
      'A: We have 48 singers.',
      '',
      'We have asked the council for a grant.',
      '',
      'Hon. Amos Reid (Minister for Culture): We gave the choir £4,000.',
      '',
      'Jools (caller, Brisk): I sang with them in 1999.',
    ].join('\n');
    expect(rowOf(text, 'We have asked the council')).toBe('Nell Orr / Brisk Valley Choir / interview');
    expect(rowOf(text, 'We gave the choir')).toBe('Amos Reid / Ministry of Culture / interview');
    expect(rowOf(text, 'I sang with them')).toBe('Jools / - / interview');
  });
});

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

describe('posts in sentence case and lower case, as council records and live blogs write them', () => {
  it('reads "Planning officer:" as the one person the list names beside that post', () => {
    const text = [
      'Present: Councillor Roz Quennell (chair). Officers: Selwyn Aubery, senior planning officer, Larch Hollow District Council.',
      '',
      'Chair: Can we hear the application?',
      '',
      'Planning officer: The site has room for 40 homes. Twelve of them would be for rent.',
    ].join('\n');
    expect(rowOf(text, 'The site has room')).toBe('Selwyn Aubery / Larch Hollow District Council / interview');
    expect(rowOf(text, 'Twelve of them')).toBe('Selwyn Aubery / Larch Hollow District Council / interview');
  });

  it('reads a speaker line "Name, post, Organisation:" above her words', () => {
    const text = [
      '10:05',
      'Ingrid Fennimore, head of housing, Larch Hollow District Council:',
      'We have 212 households on the waiting list.',
      'Forty of them are in temporary rooms.',
      '',
      '10:12',
      'Councillor Roz Quennell (chair): How long do they wait?',
      'Fennimore: About two years.',
    ].join('\n');
    expect(rowOf(text, 'We have 212 households')).toBe('Ingrid Fennimore / Larch Hollow District Council / interview');
    expect(rowOf(text, 'Forty of them')).toBe('Ingrid Fennimore / Larch Hollow District Council / interview');
    expect(claimsOf(text)).toContain('We have 212 households on the waiting list.');
  });
});
