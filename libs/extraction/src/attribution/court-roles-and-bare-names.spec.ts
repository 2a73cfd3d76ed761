import { findEntities } from '../entities/find-entities';
import { rows } from '../testing/attribution';

function typeOf(text: string, name: string): string | undefined {
  return findEntities(text).find((entity) => entity.text === name)?.type;
}

describe("a court's advocates (issue 15, attr-org7)", () => {
  it('gives defence counsel the defendant organisation the plea sentence opens with, at later mentions too', () => {
    const text =
      'Brantwood Quarries Ltd admitted two breaches of its blasting licence at Marlow Magistrates Court. ' +
      'Defending, Olwen Petrie said the firm had replaced its blasting contractor. ' +
      'Mrs Petrie said the company had never been prosecuted before.';
    const [, defending, later] = rows(text);
    expect(defending).toBe('Olwen Petrie / Brantwood Quarries Ltd / -');
    expect(later).toBe('Olwen Petrie / Brantwood Quarries Ltd / -');
  });

  it('reads "Defence lawyer Name", "Name, defending," and a company pleading through its director', () => {
    const lawyer = rows('Tarrow Freight Limited was fined $80,000 on Monday. Defence lawyer Ilse Varga said the firm had fenced the yard.');
    expect(lawyer[1]).toBe('Ilse Varga / Tarrow Freight Limited / -');
    const behalf = rows(
      'Peter Hale, 51, of Mill Lane, pleaded guilty on behalf of his company, Hale Bakery (Dunmore) Ltd, to three offences. ' +
        'Rhona Keyes, defending, said the bakery had since been deep cleaned.',
    );
    expect(behalf[1]).toBe('Rhona Keyes / Hale Bakery (Dunmore) Ltd / -');
  });

  it('gives no organisation when the defendant is a person, or the company was not prosecuted', () => {
    expect(rows('Colin Marsh, 44, denies causing death by careless driving. Defending, Ruth Abney said he had slept.')[1]).toBe(
      'Ruth Abney / - / -',
    );
    expect(rows('Kelby Haulage Ltd was not prosecuted. Defending, Ruth Abney said her client was sorry.')[1]).toBe('Ruth Abney / - / -');
  });

  it('reads "For the regulator, X, Name said", "Name, for the company, said" and "For the Crown" as the body named before', () => {
    expect(rows('For the regulator, Coastal Safety Authority, Dana Morven said the quay had no barrier.')[0]).toBe(
      'Dana Morven / Coastal Safety Authority / -',
    );
    const company = rows('Elder Mills Ltd admitted the breach. Solicitor Ewan Tait, for the company, said the valve had failed.');
    expect(company[1]).toBe('Ewan Tait / Elder Mills Ltd / -');
    const crown = rows(
      'The report went to the Crown Prosecution Office in March. For the Crown, Isla Penrose said the tank had overflowed.',
    );
    expect(crown[1]).toBe('Isla Penrose / Crown Prosecution Office / -');
  });

  it('leaves a fronted "For X," that does not open the speaker\'s clause, and a Crown nothing names', () => {
    expect(rows('For Ashby Foods, the results were good, Nora Quill said.')[0]).toBe('Nora Quill / - / -');
    expect(rows('For the Crown, Isla Penrose said the tank had overflowed.')[0]).toBe('Isla Penrose / - / -');
  });
});

describe('media named without a media word (issue 15, attr-org7)', () => {
  it('reads "told NAME" and "Speaking to NAME," as the outlet, and a call sign in an aside', () => {
    expect(rows('Rosa Lind runs the depot. She told Harbour Pulse the depot would close.')[1]).toBe('Rosa Lind / - / Harbour Pulse');
    expect(rows('Rosa Lind runs the depot. Speaking to Quaywatch on Friday, Lind said it would close.')[1]).toBe(
      'Rosa Lind / - / Quaywatch',
    );
    expect(rows('Rosa Lind runs the depot. Lind, speaking to CKRV on Monday, said it would close.')[1]).toBe('Rosa Lind / - / CKRV');
  });

  it('keeps people, bodies and plural acronyms told as addressees, not outlets', () => {
    expect(rows('Ana Berg said so. Rosa Lind told Ana Berg the depot would close.')[1]).toBe('Rosa Lind / - / -');
    expect(rows('Rosa Lind told MPs the depot would close.')[0]).toBe('Rosa Lind / - / -');
    expect(rows('Rosa Lind told Parliament the depot would close.')[0]).toBe('Rosa Lind / - / -');
    expect(rows('Rosa Lind told Harbour staff the depot would close.')[0]).toBe('Rosa Lind / - / -');
  });
});

describe('names of organisations and their people (issue 15, attr-org7)', () => {
  it('reads a plural possessive before a person and in her apposition', () => {
    expect(rows("Norrland Brokers' Tove Aske said rates would fall.")[0]).toBe('Tove Aske / Norrland Brokers / -');
    expect(rows("Tove Aske, Norrland Tankers' head of research, said rates would fall.")[0]).toBe('Tove Aske / Norrland Tankers / -');
    // a plural possessive inside a body's name stays in it
    expect(typeOf("The figures came from Kessby Growers' Cooperative.", "Kessby Growers' Cooperative")).toBe('organisation');
  });

  it('joins "X of Y and Z" with members\' plurals, a portfolio\'s list and "Friends of X"', () => {
    expect(typeOf('The Guild of Harbour Pilots and Boatmen said so.', 'Guild of Harbour Pilots and Boatmen')).toBe('organisation');
    expect(typeOf('The Ministry for Housing, Planning and Local Roads said so.', 'Ministry for Housing, Planning and Local Roads')).toBe(
      'organisation',
    );
    expect(rows('Friends of the Larrow Woods chairman Ivo Dane said the oaks were felled.')[0]).toBe(
      'Ivo Dane / Friends of the Larrow Woods / -',
    );
    expect(rows('Friends of Ruth Vale said she loved the woods.')[0]).not.toContain('Friends of Ruth Vale');
  });

  it('reads "Name of the X Fire and Rescue Service" and "who chairs the X Valley branch of Y"', () => {
    expect(rows('Station officer Marek Dunn of the Orrin Vale Fire and Rescue Service said two sheds burned.')[0]).toBe(
      'Marek Dunn / Orrin Vale Fire and Rescue Service / -',
    );
    expect(rows('Priya Kaur, who chairs the Tessel Valley branch of the Hill Relief Society, said 300 meals were served.')[0]).toBe(
      'Priya Kaur / Hill Relief Society / -',
    );
  });

  it("reads a surname that is a first name in the plural after a body's possessive as a person, not a team", () => {
    expect(rows("Crews joined the Dock Workers Union. The union's Tane Williams said crews worked nights.")[1]).toBe(
      'Tane Williams / Dock Workers Union / -',
    );
  });

  it('reads a bare name traded on a market, or writing a market note, as a company', () => {
    expect(rows('Veltby said on Tuesday that orders had fallen. Shares in Veltby fell 4 percent.')[0]).toBe('- / Veltby / -');
    expect(rows('Corran said in a market note that rates had peaked.')[0]).toBe('- / Corran / -');
    expect(rows('Ines Lowe said in a note to clients that rates had peaked.')[0]).toBe('Ines Lowe / - / -');
  });

  it('reads "the club" as a name ending in FC', () => {
    expect(rows('Dunmore FC will sell the ground, the club said.')[0]).toBe('- / Dunmore FC / -');
  });

  it('reads no claim in a quarrel told ("argued for three hours over …")', () => {
    expect(rows('At the meeting, councillors and residents argued for two hours over the bus cuts.')[0]).toBe('- / - / -');
  });
});

describe("a briefing's header (issue 15, attr-org7)", () => {
  it('gives the briefer the body on its own header line, and her unlabelled opening statement', () => {
    const text = [
      'WEEKLY BRIEFING',
      'Department of Rivers and Coasts',
      'Briefer: Helga Strand, Press Secretary',
      'Tuesday 4 March',
      'Good afternoon.',
      'The flood barrier at Kessby will close on Friday for repairs.',
      'Q: How long will it be closed?',
      'MS STRAND: About two weeks.',
    ].join('\n\n');
    const all = rows(text);
    expect(all[5]).toBe('Helga Strand / Department of Rivers and Coasts / -');
    expect(all[7]).toBe('Helga Strand / Department of Rivers and Coasts / -');
  });

  it('reads no opening statement when no labelled turn is hers', () => {
    const text = [
      'WEEKLY BRIEFING',
      'Department of Rivers and Coasts',
      'Briefer: Helga Strand, Press Secretary',
      'The barrier will close on Friday.',
    ].join('\n\n');
    expect(rows(text)[3]).toBe('- / - / -');
  });
});
