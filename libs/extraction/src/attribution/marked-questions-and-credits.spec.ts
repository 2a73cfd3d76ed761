import { extract } from '../extract';
import { rowWithMethodOf as rowOf } from '../testing/attribution';

/** The claim texts `extract` gives. */
function claimsOf(text: string): string[] {
  return extract(text).claims.map((claim) => claim.text);
}

describe('questions labelled "Q —" or "Q." that state rather than ask', () => {
  const dashed = [
    'Quarry Quarterly — Face to Face',
    '',
    'Who pays for the dust?',
    '',
    'Ottilie Brandt runs Hesketh Stone, which digs limestone at two pits near Carbury. We asked her about the blasting.',
    '',
    'Q — How many blasts a week?',
    '',
    'Ottilie Brandt — Three at most, and never before ten in the morning.',
    '',
    'Q — Neighbours say the windows shake twice a day.',
    '',
    'Ottilie Brandt — Our seismographs logged 41 blasts in the whole of March.',
    '',
    'Q — What comes next?',
    '',
    'Ottilie Brandt — A third pit, if the county agrees.',
  ].join('\n');

  it('keeps the label out of a statement put to the guest once the transcript asks so twice', () => {
    const claims = claimsOf(dashed);
    expect(claims).toContain('Neighbours say the windows shake twice a day.');
    expect(claims.some((claim) => /^Q\s*[—.]/u.test(claim))).toBe(false);
  });

  it('gives that statement to the interviewer, not to the guest who answered before it', () => {
    expect(rowOf(dashed, 'Neighbours say the windows shake')).not.toContain('Ottilie Brandt');
    expect(rowOf(dashed, 'Our seismographs logged')).toBe('Ottilie Brandt / Hesketh Stone / interview');
  });

  it('reads no unlabelled Q&A into a headline question and the introduction after it', () => {
    expect(rowOf(dashed, 'Ottilie Brandt runs Hesketh Stone')).toBe('- / - / unattributed');
  });

  it('needs the convention: a single "Q." paragraph with no question mark is no label', () => {
    const once = ['Q. Street was closed for an hour on Monday.', '', 'The council said the works had overrun.'].join('\n');
    expect(claimsOf(once)).toContain('Q. Street was closed for an hour on Monday.');
  });
});

describe('a bare "A" after a bare "Q"', () => {
  const bare = [
    'Drewmoor Rovers coach Corwen Drewitt and the club secretary, Zelda Pyefinch, spoke to reporters on Thursday.',
    '',
    'Q Corwen, is the keeper fit?',
    '',
    'A He trained this morning. We have 21 players available.',
    '',
    'Q Zelda, what did the league decide?',
    '',
    'A It fined the club 4,000 pounds for the floodlight failure.',
    '',
    'Q Corwen, anything for the fans?',
    '',
    'A Bring scarves.',
  ].join('\n');

  it('cuts the letter from the answer', () => {
    const claims = claimsOf(bare);
    expect(claims).toContain('We have 21 players available.');
    expect(claims).toContain('It fined the club 4,000 pounds for the floodlight failure.');
    expect(claims.some((claim) => claim.startsWith('A '))).toBe(false);
  });

  it('gives each answer to the person the question addresses by first name', () => {
    expect(rowOf(bare, 'We have 21 players')).toMatch(/^Corwen Drewitt \//);
    expect(rowOf(bare, 'It fined the club')).toMatch(/^Zelda Pyefinch \//);
  });

  it('reads "A" as an article after anything but a question', () => {
    const prose = ['Floodwater closed the ring road on Sunday.', '', 'A Drewmoor resident said the drains had failed.'].join('\n');
    expect(claimsOf(prose)).toContain('A Drewmoor resident said the drains had failed.');
  });
});

describe('a credit line naming the interviewer', () => {
  const credited = [
    'Quarndell Sound Archive',
    '',
    'Narrator: Hepzibah Wystan, retired signal operator',
    'Interviewer: Bertram Akinbode',
    'Recorded 3 June 2025.',
    '',
    'B. Akinbode: The railway company says the branch line carried 90,000 passengers in its last year. Does that sound right?',
    '',
    'H. Wystan: Nearer half that. I sold the tickets.',
  ].join('\n');

  it("makes his labelled turn a question, so what he reports is the body's, not his", () => {
    expect(rowOf(credited, 'The railway company says')).not.toMatch(/^Bertram Akinbode/);
  });

  it('leaves the narrator her answers', () => {
    expect(rowOf(credited, 'Nearer half that')).toMatch(/^Hepzibah Wystan \//);
  });
});

describe('indefinite pronouns as subjects of a speech verb', () => {
  it('name no source, so the labelled turn keeps its speaker', () => {
    const text = [
      'Presenter Ferdinand Vosberg spoke to Corwin Lathe, who chairs the Oldport Traders.',
      '',
      'VOSBERG: Was the market ever free to use?',
      '',
      'LATHE: Nobody said it was. Stalls have paid 12 pounds a day since 2019.',
    ].join('\n');
    expect(rowOf(text, 'Nobody said it was')).toMatch(/^Corwin Lathe \//);
  });

  it('in prose give no speaker and no organisation', () => {
    expect(rowOf('Everybody says the bridge is unsafe.', 'Everybody says')).toBe('- / - / unattributed');
    expect(rowOf('Someone said the ferry was late.', 'Someone said')).toBe('- / - / unattributed');
  });
});
