import { datelineLength, hasBareTimeCodes, stageDirectionLength, timestampLength } from './dateline';

function afterDateline(text: string): string {
  return text.slice(datelineLength(text));
}

describe('datelineLength', () => {
  it.each([
    ['OSLO, Dec 2 (Reuters) - Twelve people died in the fire.', 'Twelve people died in the fire.'],
    ['LYON, 14 October 2026 - The company will build a plant.', 'The company will build a plant.'],
    ['ST. JOHN\u2019S \u2014 The ferry did not sail on Monday.', 'The ferry did not sail on Monday.'],
    ['NEW YORK (AP) \u2014 Shares fell 3 percent.', 'Shares fell 3 percent.'],
    ['BEIRUT/DAMASCUS, March 9 (AFP) - At least 14 people were killed.', 'At least 14 people were killed.'],
    ['KRAKÓW, Aug. 14, 2025 (PAP) -- Rail fares rise by 8 percent.', 'Rail fares rise by 8 percent.'],
    ['ROME (Reuters) - Prices rose.', 'Prices rose.'],
    ['GENEVA\u2014The agency said 40,000 people had fled.', 'The agency said 40,000 people had fled.'],
    ['DUNMORE, Scotland, Jan 9 (Reuters) - The pier closed.', 'The pier closed.'],
    ['PORT ELLEN, West Islay, Jan 9 - The pier closed.', 'The pier closed.'],
    ['SANTA ROSA, New Mexico, May 2 (AP) \u2014 Two wells ran dry.', 'Two wells ran dry.'],
  ])('strips the dateline of %j', (text, claim) => {
    expect(afterDateline(text)).toBe(claim);
  });

  it.each([
    'NATO said 300 troops would stay.',
    'Oslo \u2014 the capital \u2014 recorded 20 cm of snow.',
    'The mayor - who took office in May - said the bridge would reopen.',
    'A - the first option - costs less.',
    'Shares fell 3 percent.',
    'UN - ',
    'EU \u2013 China talks resumed on Monday.',
  ])('leaves %j whole', (text) => {
    expect(datelineLength(text)).toBe(0);
  });
});

describe('timestampLength', () => {
  it.each([
    ['[00:04:12] HOST: Welcome back.', 'HOST: Welcome back.'],
    ['(12:03) We lost 40 cows.', 'We lost 40 cows.'],
    ['01:02:33 - The fence was cut twice.', 'The fence was cut twice.'],
    ['[1:05:09.5] Nobody called us.', 'Nobody called us.'],
    ['[UPDATE 14:05] The bridge reopened at noon.', 'The bridge reopened at noon.'],
    ['[Updated 9:40] Two roads are closed.', 'Two roads are closed.'],
    ['>> KESSLER: The pumps failed.', 'KESSLER: The pumps failed.'],
    ['>>> In other news, the pier reopened.', 'In other news, the pier reopened.'],
    ['[14/05/2025, 18:02] Ines Varga: The dredger is back.', 'Ines Varga: The dredger is back.'],
    ['[5/14/25, 6:02:41 PM] Ines: Two berths are shut.', 'Ines: Two berths are shut.'],
    ['[18:02, 14/05/2025] Tom R: We lost a day.', 'Tom R: We lost a day.'],
    ['[2025-05-14 18:02] Ines Varga: Done.', 'Ines Varga: Done.'],
    ['14/05/2025, 18:02 - Ines Varga: The dredger is back.', 'Ines Varga: The dredger is back.'],
  ])('strips the time code of %j', (text, claim) => {
    expect(text.slice(timestampLength(text))).toBe(claim);
  });

  it.each([
    '9:30 was the deadline.',
    '10:32 Police said the road was closed.',
    '[00:04:12]',
    '[UPDATE 14:05]',
    '[Update] The bridge reopened.',
    'Prices rose 3:1 against the dollar.',
    '>>',
    '> A quoted line of an email.',
    '[14/05/2025] The dredger is back.',
    '14/05/2025, 18:02 the dredger was back.',
    '14/05/2025 was the last day of dredging.',
  ])('leaves %j whole', (text) => {
    expect(timestampLength(text)).toBe(0);
  });
});

describe('timestampLength with bare clock times', () => {
  it.each([
    ['10:04 Chair: Welcome.', 'Chair: Welcome.'],
    ['10:06 The two pumps failed.', 'The two pumps failed.'],
    ['9:15am – Harbour master: The gate is shut.', 'Harbour master: The gate is shut.'],
  ])('strips the bare time of %j in an article that times its turns so', (text, claim) => {
    expect(text.slice(timestampLength(text, true))).toBe(claim);
  });

  it.each(['9:30 was the deadline.', '10:04'])('leaves %j whole even then', (text) => {
    expect(timestampLength(text, true)).toBe(0);
  });

  it('leaves a bare time in its sentence otherwise', () => {
    expect(timestampLength('10:04 Chair: Welcome.')).toBe(0);
  });
});

describe('hasBareTimeCodes', () => {
  it('reads two paragraphs opening with a bare time before a label as turns timed with the clock', () => {
    expect(hasBareTimeCodes('Intro.\n\n10:04 Chair: Welcome.\n\n10:06 Jo Roe (Union): We object.')).toBe(true);
  });

  it.each([
    'Intro.\n\n10:04 Chair: Welcome.\n\n10:06 The vote was taken.',
    '10:32 Police said the road was closed.\n10:40 Police said: "Keep clear."\n10:45 Officers: "Keep clear."',
  ])('does not with fewer than two such labels: %j', (text) => {
    expect(hasBareTimeCodes(text)).toBe(false);
  });
});

describe('stageDirectionLength', () => {
  it.each([
    ['[laughs] One morning a month.', 'One morning a month.'],
    ['(LAUGHTER) We have met before.', 'We have met before.'],
    ['[Laughs.] That is not the same.', 'That is not the same.'],
    ['[crosstalk] - and nobody called us back.', 'and nobody called us back.'],
    ['(inaudible) the rest were late.', 'the rest were late.'],
  ])('strips the stage direction of %j', (text, claim) => {
    expect(text.slice(stageDirectionLength(text))).toBe(claim);
  });

  it.each([
    '[laughs]',
    '(2) The second item.',
    '[00:12] We began.',
    '[The council] has refused the plan.',
    '(SOUNDBITE OF ARCHIVED NEWS BROADCAST) The pumps stop at midnight.',
    'Laughs were heard.',
  ])('leaves %j whole', (text) => {
    expect(stageDirectionLength(text)).toBe(0);
  });
});
