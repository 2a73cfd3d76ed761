import { extract } from '../extract';

/** speaker / organisation / method of the claim `extract` gives that holds `start`. */
function rowOf(text: string, start: string): string {
  const claim = extract(text).claims.find((found) => found.text.includes(start));
  if (!claim) return `no claim holds ${start}`;
  const { attribution } = claim;
  return [attribution.speaker, attribution.organisation, attribution.method].map((value) => value ?? '-').join(' / ');
}

/** The claim texts `extract` gives. */
function claimsOf(text: string): string[] {
  return extract(text).claims.map((claim) => claim.text);
}

describe("a press conference's title block", () => {
  const presser = [
    'Press Conference on the Orwin Street Sinkhole',
    '',
    'Highways Director Petra Lundquist',
    'City of Quellingford Highways Department',
    '',
    'Fire Chief Ansgar Vey',
    'Quellingford Fire Department',
    '',
    '9:40 A.M.',
    '',
    'MS. LUNDQUIST: The hole is about 20 feet across.',
    '',
    'CHIEF VEY: We moved 14 people out of two houses.',
  ].join('\n');

  it('gives each speaker the body on the line under her post and name', () => {
    expect(rowOf(presser, 'The hole is')).toBe('Petra Lundquist / City of Quellingford Highways Department / interview');
    expect(rowOf(presser, 'We moved 14')).toBe('Ansgar Vey / Quellingford Fire Department / interview');
  });

  it('gives one body line to every post-and-name line above it', () => {
    const text = [
      'Transcript: press conference on the Fenwardine mumps cases',
      '',
      'Minister for Health Wilhelmina Brandeis',
      'Chief Medical Officer Dr Evander Okwuosa-Lind',
      'Department of Health, Westmark',
      '',
      'BRANDEIS: There are 31 confirmed cases.',
      '',
      'OKWUOSA-LIND: Nine of them are in one school.',
    ].join('\n');
    expect(rowOf(text, 'There are 31')).toBe('Wilhelmina Brandeis / Department of Health / interview');
    expect(rowOf(text, 'Nine of them')).toBe('Evander Okwuosa-Lind / Department of Health / interview');
  });

  it("gives a participant the body she represents in a list ('X, represented by its post, Dr NAME')", () => {
    const text = [
      'Transcript: briefing on the Fenwardine mumps cases',
      '',
      'Participants: Wilhelmina Brandeis, Minister for Health; Fenwardine Infirmary, represented by its clinical director, Dr Jorunn Ravnsborg.',
      '',
      'BRANDEIS: There are 31 confirmed cases.',
      '',
      'RAVNSBORG: Four children are on our wards.',
    ].join('\n');
    expect(rowOf(text, 'Four children')).toBe('Jorunn Ravnsborg / Fenwardine Infirmary / interview');
  });
});

describe("a committee's record", () => {
  const record = [
    'JOINT COMMITTEE ON HARBOURS AND FERRIES',
    '',
    'Ferry Timetables: Discussion',
    '',
    'Members present: Deputy Orla Vanstone, Deputy Cathal Tollemache.',
    '',
    'Deputy Cathal Tollemache in the Chair.',
    '',
    'Chairman: I welcome from the Island Ferries Company Mr. Tadhg Orrery, chairman. The committee received 40 submissions.',
    '',
    'Mr. Tadhg Orrery: We ran 3,100 sailings last year.',
    '',
    'Chairman: The committee will report in March.',
  ].join('\n');

  it("reads 'Chairman:' as the person noted in the Chair, not a witness who chairs another body", () => {
    expect(rowOf(record, 'The committee received 40')).toBe('Cathal Tollemache / Joint Committee on Harbours and Ferries / interview');
    expect(rowOf(record, 'will report in March')).toBe('Cathal Tollemache / Joint Committee on Harbours and Ferries / interview');
    expect(rowOf(record, 'We ran 3,100')).toBe('Tadhg Orrery / Island Ferries Company / interview');
  });

  it('gives each witness the body a welcome lists her under', () => {
    const text = [
      'JOINT COMMITTEE ON HARBOURS AND FERRIES',
      '',
      'Deputy Cathal Tollemache in the Chair.',
      '',
      'Chairman: I welcome from the Pier Licensing Agency Ms Ailbhe Quilligan-Ross, chief executive, and Mr. Eamon Sarsfield, head of ecology.',
      '',
      'Mr. Eamon Sarsfield: Most applications are decided in four months.',
    ].join('\n');
    expect(rowOf(text, 'Most applications')).toBe('Eamon Sarsfield / Pier Licensing Agency / interview');
  });
});

describe('broadcast labels of a body', () => {
  const broadcast = [
    'Coast Watch',
    '',
    'DR MIRELLE FANSHAWE, NORTH SHORE AMBULANCE SERVICE: We reached the beach in 19 minutes.',
    '',
    'STATEMENT, SKELLBROOK FERRY COMPANY (voiceover): The vessel passed its last inspection in May.',
    '',
    'Statement from Skellbrook Ferry Company: No passenger was hurt.',
  ].join('\n');

  it("reads 'FULL NAME, BODY:' as the person speaking for the body", () => {
    expect(rowOf(broadcast, 'We reached the beach')).toBe('Mirelle Fanshawe / NORTH SHORE AMBULANCE SERVICE / interview');
  });

  it("reads a statement's label as the body's turn, no one's, and keeps the label out of the claim", () => {
    expect(rowOf(broadcast, 'The vessel passed')).toBe('- / SKELLBROOK FERRY COMPANY / interview');
    expect(rowOf(broadcast, 'No passenger was hurt')).toBe('- / Skellbrook Ferry Company / interview');
    expect(claimsOf(broadcast)).toContain('The vessel passed its last inspection in May.');
  });

  it('leaves a place after a comma alone', () => {
    const text = ['Coast Watch', '', 'SAN TELMO, CALIFORNIA: The pier reopened on Monday.'].join('\n');
    expect(rowOf(text, 'The pier reopened')).not.toContain('CALIFORNIA /');
  });
});

describe("a council's labels of a post and a surname", () => {
  const meeting = [
    'Port Ashwell City Council',
    '',
    'Mayor Villafane: We are on item 4, the parking contract.',
    '',
    'Councilmember Ormsgill: I have had 40 complaints this year.',
    '',
    'Mayor Villafane: The motion carries, six to one.',
  ].join('\n');

  it('reads the surname after the post as the speaker', () => {
    expect(rowOf(meeting, 'The motion carries')).toBe('Villafane / - / interview');
    expect(rowOf(meeting, 'I have had 40')).toContain('Ormsgill');
  });

  it('reads no one in a post with a common word after it', () => {
    const text = ['Port Ashwell City Council', '', 'Head Planning: We approved 12 schemes.'].join('\n');
    expect(rowOf(text, 'We approved 12')).toBe('- / - / unattributed');
  });
});
