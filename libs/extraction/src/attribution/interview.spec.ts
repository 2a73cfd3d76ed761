import { segmentText } from '../sentence-splitter';
import { extract } from '../extract';
import { attributeSentences } from './attribute-sentences';
import type { Attribution } from './attribution';
import { isPersonNoun, mayListPerson, presentedMedium } from './interview';
import { mediumOwningName } from './speaker-phrase';

/** speaker / organisation / method of the sentence that starts with `start`. */
function rowOf(text: string, start: string): string {
  const { sentences, quotes } = segmentText(text);
  const attributions = attributeSentences(text, sentences, quotes);
  const index = sentences.findIndex((sentence) => sentence.text.startsWith(start));
  const attribution: Attribution | undefined = attributions[index];
  if (!attribution) return `no sentence starts with ${start}`;
  return [attribution.speaker, attribution.organisation, attribution.method].map((value) => value ?? '-').join(' / ');
}

describe('interview labels', () => {
  const panel =
    'We asked Deputy Minister Jakob Ekwall of the Transport Ministry and Dr. Lenka Moravec, who runs the Dovre Sleep Clinic.\n\n';

  it('maps labels with ranks and roles, first names and initials to the people the introduction named', () => {
    const text = `${panel}DEPUTY MINISTER EKWALL: Trains run 9 percent late.\nLenka: Our patients wait 40 minutes.\nJE: Fewer than last year.\nDR. MORAVEC: Not in Dovre.`;
    expect(rowOf(text, 'DEPUTY MINISTER EKWALL:')).toBe('Jakob Ekwall / Transport Ministry / interview');
    expect(rowOf(text, 'Lenka:')).toBe('Lenka Moravec / Dovre Sleep Clinic / interview');
    expect(rowOf(text, 'JE:')).toBe('Jakob Ekwall / Transport Ministry / interview');
    expect(rowOf(text, 'DR. MORAVEC:')).toBe('Lenka Moravec / Dovre Sleep Clinic / interview');
  });

  it("lets a claim reported in the presenter's question go to its source, not to the presenter", () => {
    const text = `On Morning Desk, presenter Ada Lunn spoke to Lenka Moravec, who runs the Dovre Sleep Clinic.\n\nLUNN: The Pelle Health Board says waiting lists doubled.\nMORAVEC: They did.`;
    expect(rowOf(text, 'LUNN:')).toBe('- / Pelle Health Board / reported-speech');
    expect(rowOf(text, 'MORAVEC:')).toBe('Lenka Moravec / Dovre Sleep Clinic / interview');
  });

  it('marks a question reporting someone as asked, and no answer nor a later reference back to the same source', () => {
    const text =
      'We spoke to Lenka Moravec, who runs the Dovre Sleep Clinic.\n\nQ: The Pelle Health Board says waiting lists doubled.\nA: They did not. They rose by a tenth.\n\nThe board said the lists had doubled since May.';
    const { sentences, quotes } = segmentText(text);
    const attributions = attributeSentences(text, sentences, quotes);
    const asked = sentences.map((sentence, s) => `${sentence.text.slice(0, 12)}:${attributions[s]!.asked === true}`);
    expect(asked).toEqual(['We spoke to :false', 'Q: The Pelle:true', 'A: They did :false', 'They rose by:false', 'The board sa:false']);
    expect(rowOf(text, 'Q: The Pelle')).toBe('- / Pelle Health Board / reported-speech');
  });

  it('never reads the letter of a "Q." label as part of the source its question reports', () => {
    const text = `The inquiry heard Bo Tarn, who runs the Lydd Care Group.\n\nQ. Nurses have told us that wards had one carer at night. Is that right?\n\nA. It is not.`;
    const { sentences, quotes } = segmentText(text);
    const attribution = attributeSentences(text, sentences, quotes)[1];
    expect([attribution?.speaker, attribution?.organisation, attribution?.role].join(' / ')).not.toMatch(/\bQ\b/u);
    expect(rowOf(text, 'A. It')).toBe('Bo Tarn / Lydd Care Group / interview');
  });

  it('starts a new interviewee after a paragraph that introduces someone else', () => {
    const text = [
      'Our reporter Oren Sand spoke to Lenka Moravec, who runs the Dovre Sleep Clinic.',
      '',
      'Q: How long is the wait?',
      'A: Eleven weeks.',
      '',
      'We later talked to Bram Varga, chief executive of Orrin Bedding Company.',
      '',
      'Q: Are beds the problem?',
      'A: We sold 4,000 last year.',
    ].join('\n');
    expect(rowOf(text, 'A: Eleven')).toBe('Lenka Moravec / Dovre Sleep Clinic / interview');
    expect(rowOf(text, 'We later talked')).toBe('- / - / unattributed');
    expect(rowOf(text, 'A: We sold')).toBe('Bram Varga / Orrin Bedding Company / interview');
  });

  it("carries an answer over a last paragraph in the first person, never over the author's closing line", () => {
    const text = [
      'Lenka Moravec runs the Dovre Sleep Clinic.',
      '',
      'Q: How many patients?',
      'A: About 300 a month.',
      '',
      'We have three doctors for all of them.',
      '',
      'The clinic opens a second site in May.',
    ].join('\n');
    expect(rowOf(text, 'We have three')).toBe('Lenka Moravec / Dovre Sleep Clinic / interview');
    expect(rowOf(text, 'The clinic opens')).toBe('- / - / unattributed');
  });

  it('gives an answer to the person the question addressed by name', () => {
    const text =
      'Q: Dr Moravec, how long is the wait?\nA: Eleven weeks.\nQ: Mr Varga, and for a bed?\nA: Two days.\nQ: Why so fast?\nA: Stock.';
    expect(rowOf(text, 'A: Eleven')).toBe('Moravec / - / interview');
    expect(rowOf(text, 'A: Two')).toBe('Varga / - / interview');
    expect(rowOf(text, 'A: Stock')).toBe('Varga / - / interview');
  });

  it("finds the interviewee past a byline and an editor's note, never the byline's author", () => {
    const text =
      'Lenka Moravec, 48, has run the Dovre Sleep Clinic since 2019.\n\nBy Oren Sand\n\nThis interview was edited for length.\n\nQ: How long is the wait?\nA: Eleven weeks.';
    expect(rowOf(text, 'A: Eleven')).toBe('Lenka Moravec / Dovre Sleep Clinic / interview');
  });

  it('reads "Q." and "A –" labels like "Q:" and "A:", never an initial opening a sentence', () => {
    const text =
      'Lenka Moravec runs the Dovre Sleep Clinic.\n\nQ. How long is the wait?\nA. Eleven weeks.\nQ – And for children?\nA – Four.\n\nA. Varga, a nurse, said it was longer.';
    expect(rowOf(text, 'Q. How long')).toBe('- / - / interview');
    expect(rowOf(text, 'A. Eleven')).toBe('Lenka Moravec / Dovre Sleep Clinic / interview');
    expect(rowOf(text, 'A – Four')).toBe('Lenka Moravec / Dovre Sleep Clinic / interview');
    expect(rowOf(text, 'A. Varga')).not.toContain('interview');
  });

  it('gives a labelled turn the organisation the introduction named through "its" or "of"', () => {
    const text =
      'Damp has closed the Orvik Museum of Seafaring since May. Our editor spoke to its director, Selma Randvik.\n\nRANDVIK: About 300 boats are stored here.\nRandvik: We need two more rooms.';
    expect(rowOf(text, 'RANDVIK:')).toBe('Selma Randvik / Orvik Museum of Seafaring / interview');
    expect(rowOf(text, 'Randvik:')).toBe('Selma Randvik / Orvik Museum of Seafaring / interview');
    const utility =
      'We asked the chief executive of Brask Water, Tove Lind, about the drought.\n\nQ. How low is the lake?\nA. It is at 41 percent.';
    expect(rowOf(utility, 'A. It is')).toBe('Tove Lind / Brask Water / interview');
  });

  it('reads a label as the interviewer when the introduction has that person speak to the interviewee', () => {
    const intro = 'Ilse Varro spoke to the head of the Kettle Valley Clinic, Tomas Greel, about its debts.\n\n';
    const text = `${intro}Varro: The Kettle Valley Trust says the clinic owes it 2 million crowns.\nGreel: We owe nothing.`;
    expect(rowOf(text, 'Varro:')).toBe('- / Kettle Valley Trust / reported-speech');
    expect(rowOf(text, 'Greel:')).toBe('Tomas Greel / Kettle Valley Clinic / interview');
    // Speaking to a paper names no one asked: that speaker answers.
    const answered = 'Tomas Greel spoke to the Kettle Courier about the clinic.\n\nGreel: We owe nothing.';
    expect(rowOf(answered, 'Greel:')).toBe('Tomas Greel / - / interview');
  });

  it('reads a name in capitals and a dash as a label of someone named before, never a dateline', () => {
    const text =
      'Our reporter spoke to Tomas Greel, who heads the Kettle Valley Clinic.\n\nQ: How many beds are empty?\nGREEL — About 40 of them.\n\nORVIK — Officials said the ward would reopen.';
    expect(rowOf(text, 'GREEL —')).toBe('Tomas Greel / Kettle Valley Clinic / interview');
    expect(rowOf(text, 'ORVIK —')).not.toContain('interview');
  });

  it("keeps the interviewee when the transcript resumes after the author's paragraphs", () => {
    const text = [
      'Our reporter Ilse Varro spoke to Tomas Greel, who heads the Kettle Valley Clinic.',
      '',
      'Q: How many beds are empty?',
      'A: About 40 of them.',
      '',
      'The ward upstairs was shut in June.',
      '',
      'It had 12 nurses.',
      'Q: Why was it shut?',
      'A: Money, mostly.',
    ].join('\n');
    expect(rowOf(text, 'A: Money')).toBe('Tomas Greel / Kettle Valley Clinic / interview');
  });

  it('reads a label naming only a role as the one introduced person who holds it', () => {
    const text =
      'We asked Health Minister Tomas Greel and Mira Saleh, a nurse at the Kettle Valley Clinic.\n\nQ: How many beds are empty?\nMINISTER: About 40 of them.\nNURSE: More like 60.';
    expect(rowOf(text, 'MINISTER:')).toBe('Tomas Greel / Ministry of Health / interview');
    expect(rowOf(text, 'NURSE:')).toBe('Mira Saleh / Kettle Valley Clinic / interview');
    const twoDirectors =
      'We asked Tomas Greel, director of the Kettle Valley Clinic, and Mira Saleh, director of the Orvik Clinic.\n\nQ: How many beds are empty?\nDIRECTOR: About 40 of them.';
    expect(rowOf(twoDirectors, 'DIRECTOR:')).not.toContain('interview');
  });

  it("reads a label after a transcript's time code, the full name first and the surname later, and carries a turn over a time-coded paragraph", () => {
    const text = [
      'Anchor Pia Lundqvist talks to Oskar Brandt, who chairs the Sellby Beekeepers Association.',
      '',
      '[00:00:08] PIA LUNDQVIST: How many hives did you lose?',
      '',
      '[00:00:12] OSKAR BRANDT: About a third of them.',
      '',
      '[00:00:31] The mites came early this year.',
      '',
      '[00:00:40] LUNDQVIST: The Sellby Farm Board says the spraying is safe. Is it?',
      '',
      '[00:00:47] BRANDT: Not for bees.',
    ].join('\n');
    expect(rowOf(text, '[00:00:08]')).toBe('Pia Lundqvist / - / interview');
    expect(rowOf(text, '[00:00:12]')).toBe('Oskar Brandt / Sellby Beekeepers Association / interview');
    expect(rowOf(text, '[00:00:31]')).toBe('Oskar Brandt / Sellby Beekeepers Association / interview');
    expect(rowOf(text, '[00:00:40]')).toBe('- / Sellby Farm Board / reported-speech');
    expect(rowOf(text, '[00:00:47]')).toBe('Oskar Brandt / Sellby Beekeepers Association / interview');
  });

  it("reads a label standing on its own line, a person named before or a medium, as the next paragraph's turn", () => {
    const text = [
      'Greta Solheim runs the Vollan Food Bank. She spoke to the Harwick Gazette.',
      '',
      'HARWICK GAZETTE',
      'How many families come each week?',
      '',
      'SOLHEIM',
      'About 600, twice as many as in 2022.',
      '',
      'We cannot buy enough rice.',
      '',
      'HARWICK GAZETTE',
      'What would help?',
    ].join('\n');
    expect(rowOf(text, 'How many families')).toBe('- / - / interview');
    // A claim the question reports is its source's, an unnamed role's too, never the outlet's.
    const reported = text.replace('What would help?', 'The governor says the bank has enough rice.');
    expect(rowOf(reported, 'The governor says')).toBe('- / - / noun-phrase');
    expect(rowOf(text, 'About 600')).toBe('Greta Solheim / Vollan Food Bank / interview');
    expect(rowOf(text, 'We cannot')).toBe('Greta Solheim / Vollan Food Bank / interview');
    // A line with a name nobody introduced is a heading, not a label.
    const heading = 'Greta Solheim runs the Vollan Food Bank.\n\nMarta Ilves\nThe bank opened in 2019.';
    expect(rowOf(heading, 'The bank opened')).not.toContain('interview');
    const question = 'Greta Solheim runs the Vollan Food Bank.\n\nQ:\nHow many families come?\n\nA:\nAbout 600.';
    expect(rowOf(question, 'About 600')).toBe('Greta Solheim / Vollan Food Bank / interview');
  });

  it("reads a committee's numbered questions as questions, whoever asks, and a list of witnesses' titles and organisations", () => {
    const text = [
      'Witnesses: Ms Runa Falk, Chief Executive, Torvik Harbour Board; Dr Elias Moen, Head of Research, Brekke University.',
      '',
      'Q12 Chair: Ms Falk, how many berths are empty?',
      '',
      'Ms Falk: Eleven of forty.',
      '',
      'Most of them were let to trawlers.',
      '',
      'Q13 Lena Holt: Dr Moen, is that unusual?',
      '',
      'Dr Moen: It is the lowest figure since 1990.',
    ].join('\n');
    expect(rowOf(text, 'Q12 Chair:')).toBe('- / - / interview');
    expect(rowOf(text, 'Ms Falk:')).toBe('Runa Falk / Torvik Harbour Board / interview');
    expect(rowOf(text, 'Most of them')).toBe('Runa Falk / Torvik Harbour Board / interview');
    expect(rowOf(text, 'Q13 Lena Holt:')).toBe('- / - / interview');
    expect(rowOf(text, 'Dr Moen:')).toBe('Elias Moen / Brekke University / interview');
  });

  it('reads a print Q&A with no labels: questions as paragraphs of their own, answers in the first person', () => {
    const text = [
      "The Torvik Harbour Board lost money for a third year. Runa Falk has been the board's chief executive since 2020.",
      '',
      'How many berths are empty?',
      '',
      'Eleven of forty. We let most of the others to trawlers.',
      '',
      'Why did the ferries leave?',
      '',
      'Our fees were too high, and we cut them in May.',
      '',
      'The board will meet in June.',
      '',
      'Will they come back?',
      '',
      'I think two of them will.',
    ].join('\n');
    expect(rowOf(text, 'How many berths')).toBe('- / - / interview');
    expect(rowOf(text, 'Eleven of forty')).toBe('Runa Falk / Torvik Harbour Board / interview');
    expect(rowOf(text, 'The board will meet')).toBe('Runa Falk / Torvik Harbour Board / interview');
    expect(rowOf(text, 'I think two')).toBe('Runa Falk / Torvik Harbour Board / interview');
  });

  it("leaves an explainer's question headings and their third-person answers to the author", () => {
    const text = [
      'Runa Falk chairs the Torvik Harbour Board.',
      '',
      'What happened?',
      '',
      'The ferry company left the harbour in May.',
      '',
      'Who pays?',
      '',
      'The county covers the losses.',
      '',
      'What comes next?',
      '',
      'The board meets in June.',
    ].join('\n');
    expect(rowOf(text, 'The ferry company')).toBe('- / - / unattributed');
    expect(rowOf(text, 'The board meets')).toBe('- / - / unattributed');
  });

  it('reads an unlabelled paragraph after a labelled question as the answer', () => {
    const text =
      'Runa Falk chairs the Torvik Harbour Board.\n\nQ: How many berths are empty?\n\nEleven of forty.\n\nQ: And next year?\n\nFewer, we hope.';
    expect(rowOf(text, 'Eleven')).toBe('Runa Falk / Torvik Harbour Board / interview');
    expect(rowOf(text, 'Fewer')).toBe('Runa Falk / Torvik Harbour Board / interview');
  });

  it('reads a role after "has been" or "took over as" in the introduction', () => {
    const text =
      'The city cut its grant to the orchestra. Ada Lind took over as treasurer of the Orvik Philharmonic in May.\n\nQ: How much is missing?\nA: About 1.2 million crowns.';
    expect(rowOf(text, 'A: About')).toBe('Ada Lind / Orvik Philharmonic / interview');
  });
});

describe('labels with a post, offices and role labels', () => {
  /** The attribution of the sentence that starts with `start`. */
  function attributionOf(text: string, start: string): Attribution | undefined {
    const { sentences, quotes } = segmentText(text);
    const attributions = attributeSentences(text, sentences, quotes);
    return attributions[sentences.findIndex((sentence) => sentence.text.startsWith(start))];
  }

  it('reads "NAME, POST:" as the named person, the post never part of her name, and REPORTER as a question', () => {
    const text = [
      'We put questions to Lars Vennick, the chief executive of Holmfirth Water, at its annual briefing.',
      '',
      'LARS VENNICK, CHIEF EXECUTIVE: Leaks fell by 12 percent this year.',
      '',
      'REPORTER: And the price?',
      '',
      'VENNICK: It rises by 3 percent in April.',
    ].join('\n');
    expect(rowOf(text, 'LARS VENNICK')).toBe('Lars Vennick / Holmfirth Water / interview');
    expect(attributionOf(text, 'LARS VENNICK')?.labelCue).toBe('name-post');
    expect(rowOf(text, 'REPORTER:')).toBe('- / - / interview');
    expect(attributionOf(text, 'REPORTER:')?.labelCue).toBe('question-answer');
    expect(rowOf(text, 'VENNICK:')).toBe('Lars Vennick / Holmfirth Water / interview');
    expect(attributionOf(text, 'VENNICK:')?.labelCue).toBe('name');
  });

  it('reads "NAME (Post, Organisation):" with the organisation the brackets give', () => {
    const text = [
      'Panel on house prices',
      '',
      'INGA TOLL (Chief Economist, Brevik Savings Bank): Mortgage rates reached 6 percent in May.',
      '',
      'MODERATOR: And since?',
      '',
      'TOLL: They fell to 5 percent in June.',
    ].join('\n');
    expect(rowOf(text, 'INGA TOLL')).toBe('Inga Toll / Brevik Savings Bank / interview');
    expect(rowOf(text, 'TOLL: They')).toBe('Inga Toll / Brevik Savings Bank / interview');
    // A place and its region before a colon are no one's label.
    expect(rowOf('SAN TOMAS, CALIFORNIA: Fires burned 2,000 acres on Sunday.', 'SAN TOMAS')).toBe('- / - / unattributed');
  });

  it('reads a parliament report: "Name (Seat) (Party):", "The Minister for X (Name):", the office alone later, and "hon." inside a sentence', () => {
    const text = [
      'Housing Waiting Lists',
      '',
      'Mrs Hilde Marr (Oxley West) (Lab): Waiting lists in my constituency grew by 4,000 last year.',
      '',
      'The Minister for Housing (Tom Rayne): I thank the hon. Lady, but the lists fell in the spring.',
      '',
      'Mrs Marr: Not in Oxley.',
      '',
      'The Minister for Housing: Our figures show 1,200 fewer families waiting.',
      '',
      'Madam Deputy Speaker: Order.',
    ].join('\n');
    expect(rowOf(text, 'Mrs Hilde Marr')).toBe('Hilde Marr / - / interview');
    expect(rowOf(text, 'The Minister for Housing (Tom')).toBe('Tom Rayne / Ministry of Housing / interview');
    expect(attributionOf(text, 'The Minister for Housing (Tom')?.labelCue).toBe('office');
    expect(rowOf(text, 'Mrs Marr:')).toBe('Hilde Marr / - / interview');
    expect(rowOf(text, 'The Minister for Housing: Our')).toBe('Tom Rayne / Ministry of Housing / interview');
    expect(rowOf(text, 'Madam Deputy Speaker')).toBe('- / - / interview');
  });

  it('reads question time: members by seat or office alone, named only in the introduction, and the Speaker asking', () => {
    const text = [
      'Question time in the assembly. The Member for Oxbury North, Tilda Maru, asked the Minister for Energy, Kofi Brandt, about meters, and the Leader of the Opposition, Ivo Sand, joined in. The Premier, Rhea Coll, answered last. The Minister promised in May that Jon Petrie would lead a review.',
      '',
      'The Speaker: The Member for Oxbury North.',
      '',
      'The Member for Oxbury North: Smart meters failed in 9,000 homes last winter.',
      '',
      'The Minister for Energy: The number was 2,100.',
      '',
      'The Leader of the Opposition: The regulator counted 9,000.',
      '',
      'The Minister: The regulator counted faults, not homes.',
      '',
      'The Premier: We replaced every faulty meter by March.',
    ].join('\n');
    expect(rowOf(text, 'The Speaker:')).toBe('- / - / interview');
    expect(rowOf(text, 'The Member for Oxbury North: Smart')).toBe('Tilda Maru / - / interview');
    expect(attributionOf(text, 'The Member for Oxbury North: Smart')?.labelCue).toBe('office');
    expect(rowOf(text, 'The Minister for Energy:')).toBe('Kofi Brandt / Ministry of Energy / interview');
    expect(rowOf(text, 'The Leader of the Opposition:')).toBe('Ivo Sand / - / interview');
    // Jon Petrie stands after a verb of the sentence that names the post: no holder of it.
    expect(rowOf(text, 'The Minister: The')).toBe('Kofi Brandt / Ministry of Energy / interview');
    expect(rowOf(text, 'The Premier:')).toBe('Rhea Coll / - / interview');
  });

  it('reads a participants list and a caption of names in capitals, posts and organisations, for the labels by title and surname', () => {
    const text = [
      'Briefing on the dam repairs',
      '',
      'PARTICIPANTS:',
      '',
      'SELMA RUUD, Chief Engineer, Ostervik Water Board',
      '',
      'DR. JONAH AKE, Medical Officer, Ostervik Health Trust',
      '',
      'ENGINEER RUUD: The spillway cracked in two places.',
      '',
      'QUESTION: Was anyone hurt?',
      '',
      'DR. AKE: We treated four workers for cuts.',
      '',
      '[CAPTION: BORIS LIND, STATION OFFICER, OSTERVIK FIRE AND RESCUE SERVICE]',
      '',
      'LIND: Our crews pumped water for ten hours.',
    ].join('\n');
    expect(rowOf(text, 'ENGINEER RUUD')).toBe('Selma Ruud / Ostervik Water Board / interview');
    expect(rowOf(text, 'DR. AKE')).toBe('Jonah Ake / Ostervik Health Trust / interview');
    expect(rowOf(text, 'LIND:')).toBe('Boris Lind / Ostervik Fire and Rescue Service / interview');
    // A place and its region on a line of their own list no one.
    expect(rowOf('SAN TOMAS, CALIFORNIA\n\nTOMAS: Fires burned 2,000 acres.', 'TOMAS:')).toBe('- / - / unattributed');
  });

  it('reads a caller labelled by the first name the turn before introduced her, and no common word so introduced', () => {
    const text = [
      'Phone-in on bin collections. Presenter Ola Strand took calls with Councillor Vik Haug of Nordby Council.',
      '',
      'STRAND: First on the line is Brigitte, in Eastmoor. Go ahead, Brigitte.',
      '',
      'BRIGITTE: My bins have not been emptied for three weeks.',
      '',
      'HAUG: Eastmoor missed two collections in May.',
      '',
      'STRAND: Note the new timetable. Brigitte again, briefly.',
      '',
      'NOTE: Collections resume on Monday.',
      '',
      'BRIGITTE: Nobody told us.',
    ].join('\n');
    expect(rowOf(text, 'BRIGITTE: My')).toBe('Brigitte / - / interview');
    expect(rowOf(text, 'BRIGITTE: Nobody')).toBe('Brigitte / - / interview');
    expect(rowOf(text, 'NOTE:')).toBe('- / - / unattributed');
    // Nobody introduced her in the turn before: no one's label.
    expect(rowOf('Bins were late.\n\nBRIGITTE: Three weeks.', 'BRIGITTE')).toBe('- / - / unattributed');
  });

  it('reads a caller by first name with her place in brackets, and "CALLER (Name):"', () => {
    const text = [
      'Phone-in on buses. Presenter Ola Strand took calls with Councillor Vik Haug of Nordby Council.',
      '',
      'STRAND: First, Brigitte in Eastmoor.',
      '',
      'BRIGITTE (Eastmoor): My bus has not come for three weeks.',
      '',
      'STRAND: Next is Tomasz, calling from Westby.',
      '',
      'CALLER (Tomasz): The 14 runs twice a day now.',
    ].join('\n');
    expect(rowOf(text, 'BRIGITTE (Eastmoor)')).toBe('Brigitte / - / interview');
    expect(rowOf(text, 'CALLER (Tomasz)')).toBe('Tomasz / - / interview');
    // A dateline after a headline naming the place is no caller.
    const wire = 'Floods hit 14 villages in Kesavpur district\n\nKESAVPUR, Aug 21 (NPS): Nine people died, police said.';
    expect(rowOf(wire, 'KESAVPUR')).toBe('- / police / reported-speech');
  });

  it("reads no holder from an office label whose sentence ends before the holder's name (a tight maximum length)", () => {
    const text = 'The Minister for Housing (Tom Rayne): We built 400 homes.';
    const { sentences, quotes } = segmentText(text, { maxSentenceLength: 2 });
    const attributions = attributeSentences(text, sentences, quotes);
    expect(attributions).toHaveLength(sentences.length);
    expect(attributions.some((attribution) => attribution?.speaker === 'Tom')).toBe(false);
  });

  it('reads a court transcript: "THE COURT:" is the judge named before, "THE WITNESS:" the one answering', () => {
    const text = [
      'Judge Petra Lang heard the application. The prosecutor, Ivo Brand, called Constable Mia Dorn of Kelby Police.',
      '',
      'THE COURT: Bail is refused for now.',
      '',
      'MR. BRAND: The prosecution calls Constable Mia Dorn.',
      '',
      'EXAMINATION',
      '',
      'Q. Constable, what did you see?',
      '',
      'A. Two men ran from the van at 10 p.m.',
      '',
      'THE WITNESS: One of them was carrying a bag.',
    ].join('\n');
    expect(rowOf(text, 'THE COURT:')).toBe('Petra Lang / - / interview');
    expect(attributionOf(text, 'THE COURT:')?.labelCue).toBe('office');
    expect(rowOf(text, 'A. Two men')).toBe('Mia Dorn / Kelby Police / interview');
    expect(rowOf(text, 'THE WITNESS:')).toBe('Mia Dorn / Kelby Police / interview');
  });

  it('gives the "A." turns after a turn that calls a witness to that witness, not to the judge named first', () => {
    const text = [
      'Judge Petra Lang heard the application. The prosecutor, Ivo Brand, called Constable Mia Dorn of Kelby Police.',
      '',
      'THE COURT: Call your witness.',
      '',
      'MR. BRAND: The prosecution calls Constable Mia Dorn.',
      '',
      'Q. What did you see that night?',
      '',
      'A. Two men ran from the van at 10 p.m.',
    ].join('\n');
    expect(rowOf(text, 'A. Two men')).toBe('Mia Dorn / Kelby Police / interview');
  });

  it('gives GUEST turns to the guest the question addressed, and INTERVIEWEE to the one introduced', () => {
    const guests = [
      'Presenter Oda Lind spoke to Karl Wenz, a geologist at the University of Brask, and to Nina Falk, who runs the Brask Quarry Trust.',
      '',
      'PRESENTER: Karl Wenz, how deep is the crack?',
      '',
      'GUEST: About 40 metres.',
      '',
      'PRESENTER: Nina Falk, will the quarry close?',
      '',
      'GUEST: Not this year.',
    ].join('\n');
    expect(rowOf(guests, 'GUEST: About')).toBe('Karl Wenz / University of Brask / interview');
    expect(rowOf(guests, 'GUEST: Not')).toBe('Nina Falk / Brask Quarry Trust / interview');
    const single = 'We spoke to Nina Falk, who runs the Brask Quarry Trust.\n\nJOURNALIST: Will it close?\n\nINTERVIEWEE: Not this year.';
    expect(rowOf(single, 'INTERVIEWEE:')).toBe('Nina Falk / Brask Quarry Trust / interview');
    expect(rowOf(single, 'JOURNALIST:')).toBe('- / - / interview');
  });

  it("reads a television transcript: a correspondent's narration is the report's own voice, unnamed voices no one's", () => {
    const text = [
      'EVENING DESK: the ferry strike',
      '',
      'JO LAAK, RIVERSIDE TV HOST: Good evening. Ferries to the islands stopped at noon.',
      '',
      'EMIL SAND, RIVERSIDE TV CORRESPONDENT (voice-over): About 3,000 passengers were stranded at the pier.',
      '',
      'UNIDENTIFIED MALE: We waited six hours.',
      '',
      'SAND: Police closed the pier at 1 p.m.',
      '',
      'RUTH OYE, PRESIDENT, SEAFARERS UNION: All 200 of our members stopped work.',
    ].join('\n');
    expect(rowOf(text, 'EMIL SAND')).toBe('- / - / interview');
    expect(rowOf(text, 'UNIDENTIFIED MALE')).toBe('- / - / unattributed');
    expect(rowOf(text, 'SAND:')).toBe('- / - / interview');
    expect(rowOf(text, 'RUTH OYE')).toBe('Ruth Oye / SEAFARERS UNION / interview');
  });

  it('carries a turn over up to three paragraphs with no label when another label follows, marked as continued', () => {
    const paragraphs = (count: number): string =>
      [
        'We spoke to Nina Falk, who runs the Brask Quarry Trust.',
        '',
        'Q: How many work there?',
        '',
        'FALK: About 80 people.',
        ...Array.from({ length: count }, (_, k) => ['', `The second shift has ${k + 10} drivers.`]).flat(),
        '',
        'Q: And next year?',
      ].join('\n');
    expect(rowOf(paragraphs(3), 'The second shift has 12')).toBe('Nina Falk / Brask Quarry Trust / interview');
    expect(attributionOf(paragraphs(3), 'The second shift has 12')?.labelCue).toBe('continued');
    // Four paragraphs with no label are the author's, not the last speaker's.
    expect(rowOf(paragraphs(4), 'The second shift has 10')).toBe('- / - / unattributed');
  });
});

describe('labels in brackets, in Markdown, and reports inside a turn', () => {
  /** The text of the claim whose sentence starts with `start`, as `extract` cuts it. */
  function claimOf(text: string, start: string): string | undefined {
    const result = extract(text);
    const index = result.sentences.findIndex((sentence) => sentence.text.startsWith(start));
    return result.claims[index]?.text;
  }

  function attributionOf(text: string, start: string): Attribution | undefined {
    const { sentences, quotes } = segmentText(text);
    return attributeSentences(text, sentences, quotes)[sentences.findIndex((sentence) => sentence.text.startsWith(start))];
  }

  const meeting = [
    'Brellow Parish Council met on Monday about the flooded underpass. Councillor Tamsin Oduro chaired. Answering questions were Piers Hallam, chief highways engineer of Norvale County Council, and the lock keeper, Ilse Marten, of the Brellow Canal Trust.',
    '',
    '[Chair] Thank you all for coming. We have forty minutes.',
    '',
    '[Chief Highways Engineer] The pumps failed at 4 a.m. on Sunday.',
    '',
    '[Resident] My car was under water for two days.',
    '',
    '[Lock Keeper] The canal did not overflow.',
    '',
    '[Mr Hallam] The pumps are eleven years old.',
  ].join('\n');

  it('reads "[Post]" as the person the introduction names beside that post, or chairing', () => {
    expect(rowOf(meeting, '[Chair] Thank you')).toBe('Tamsin Oduro / - / interview');
    expect(rowOf(meeting, 'We have forty')).toBe('Tamsin Oduro / - / interview');
    expect(rowOf(meeting, '[Chief Highways Engineer]')).toBe('Piers Hallam / Norvale County Council / interview');
    expect(rowOf(meeting, '[Lock Keeper]')).toBe('Ilse Marten / Brellow Canal Trust / interview');
    expect(rowOf(meeting, '[Mr Hallam]')).toBe('Piers Hallam / Norvale County Council / interview');
  });

  it('reads a post with a colon as the person named beside it, and a surname that is also a post as that person', () => {
    const text = [
      'Answering questions were Ronan Fitch, chief fire officer of Wessmoor Fire and Rescue Service, and the harbour master, Gwen Tallis, of the Lanmouth Harbour Commissioners. Jo Baker, a nurse, asked first.',
      '',
      'BAKER: How many engines came?',
      '',
      'CHIEF FIRE OFFICER: Fourteen engines came.',
      '',
      'Harbour Master: The quay is sound.',
      '',
      '[Mr Baker] Thank you.',
    ].join('\n');
    expect(rowOf(text, 'CHIEF FIRE')).toBe('Ronan Fitch / Wessmoor Fire and Rescue Service / interview');
    expect(rowOf(text, 'Harbour Master:')).toBe('Gwen Tallis / Lanmouth Harbour Commissioners / interview');
    expect(rowOf(text, '[Mr Baker]')).toBe('Jo Baker / - / interview');
  });

  it('reads "[Role]" nobody named holds as someone speaking whom the text does not name', () => {
    expect(rowOf(meeting, '[Resident]')).toBe('- / - / interview');
    expect(attributionOf(meeting, '[Resident]')?.role).toBe('resident');
  });

  it('leaves bracketed labels out of the claim, and never reads a bracket alone on its line, a time or a number as one', () => {
    expect(claimOf(meeting, '[Chief Highways Engineer]')).toBe('The pumps failed at 4 a.m. on Sunday.');
    expect(claimOf(meeting, '[Resident]')).toBe('My car was under water for two days.');
    const blog = 'Live: the Brellow floods\n\n[UPDATE 14:05] The underpass reopened.\n\n[MUSIC]\n\n[Laughter] That was the week.';
    expect(rowOf(blog, '[UPDATE 14:05]')).toBe('- / - / unattributed');
    expect(rowOf(blog, '[Laughter]')).toBe('- / - / unattributed');
  });

  it('reads a Markdown label in bold, a first name or initials, and leaves its marks out of the claim', () => {
    const text = [
      '*We spoke to Orla Benn, who runs the Kessock Ferry Company, and to Dev Rana of the Harbour Users Group. Our editor, Sam Lyle, asked the questions.*',
      '',
      '**SL:** Orla, how many sailings were lost?',
      '',
      '**Orla:** We cancelled 31 sailings in March.',
      '',
      '**DR**: Our members lost 40 days of work.',
    ].join('\n');
    expect(rowOf(text, '**Orla:**')).toBe('Orla Benn / Kessock Ferry Company / interview');
    expect(claimOf(text, '**Orla:**')).toBe('We cancelled 31 sailings in March.');
    expect(rowOf(text, '**DR**:')).toBe('Dev Rana / Harbour Users Group / interview');
    expect(claimOf(text, '**DR**:')).toBe('Our members lost 40 days of work.');
  });

  it('gives a sentence of an answer that reports a named organisation or a colleague to them, the label still left out', () => {
    const text = [
      'We spoke to Orla Benn, who runs the Kessock Ferry Company.',
      '',
      'Q: Why were sailings lost?',
      '',
      'A: The Marine Weather Office has told us that March was the stormiest on record. We lost 31 sailings.',
      '',
      'Q: And the crews?',
      '',
      'A: Our chief engineer, Tomas Ekdahl, said it best: "The ships are older than the crews." According to the Marine Weather Office, April will be calmer.',
    ].join('\n');
    expect(rowOf(text, 'A: The Marine')).toBe('- / Marine Weather Office / reported-speech');
    expect(claimOf(text, 'A: The Marine')).toBe('The Marine Weather Office has told us that March was the stormiest on record.');
    expect(rowOf(text, 'We lost 31')).toBe('Orla Benn / Kessock Ferry Company / interview');
    expect(rowOf(text, 'According to')).toBe('Orla Benn / Kessock Ferry Company / interview');
  });

  it('reads a first name or initials for a person the introduction names in a phrase it cannot read as a description', () => {
    const text = [
      'We asked Ines Carvalho, who manages the Owlpen Growers Cooperative, and Tobiah Renn, chief executive of the processor Dunmore Seafoods.',
      '',
      'Q: Did you keep buying?',
      '',
      'Tobiah: We kept the contracts open.',
      '',
      'TR: We paid twice the price.',
    ].join('\n');
    expect(rowOf(text, 'Tobiah:')).toMatch(/^Tobiah Renn \/ /);
    expect(rowOf(text, 'TR:')).toMatch(/^Tobiah Renn \/ /);
  });

  it('gives an answer to the person the question ends by addressing, by name or by post', () => {
    const text = [
      'The Vell Times spoke to Hanna Berg, who chairs the Vell Housing Cooperative, and to Transport Minister Ivo Stam.',
      '',
      'Q: Mr Stam, why so slow?',
      '',
      'A: Planning appeals.',
      '',
      'Q: Is that true, Ms Berg?',
      '',
      'A: Partly. The council sold 14 plots.',
      '',
      'Q: And the new line, Minister?',
      '',
      'A: It opens in May.',
    ].join('\n');
    expect(rowOf(text, 'A: Planning')).toMatch(/^Ivo Stam \//);
    expect(rowOf(text, 'A: Partly')).toBe('Hanna Berg / Vell Housing Cooperative / interview');
    expect(rowOf(text, 'The council sold')).toBe('Hanna Berg / Vell Housing Cooperative / interview');
    expect(rowOf(text, 'A: It opens')).toMatch(/^Ivo Stam \//);
  });

  it('reads a print Q&A whose answers are mostly not in the first person when the introduction says she was interviewed', () => {
    const qa = (introduction: string): string =>
      [
        `Ana Ferreira, 58, is the new president of the Lisbon Bakers' Guild. ${introduction}`,
        '',
        'How has the price of flour changed?',
        '',
        'It doubled in two years. A bag cost 14 euros in 2022.',
        '',
        'Have prices gone up?',
        '',
        'Twice. A loaf costs 1.40 euros now.',
        '',
        'Are bakeries closing?',
        '',
        'Forty-one closed last year, by our count.',
      ].join('\n');
    expect(rowOf(qa('We met her in her bakery.'), 'Twice.')).toBe("Ana Ferreira / Lisbon Bakers' Guild / interview");
    // With no such introduction, answers mostly in the third person are the author's, as an explainer's are.
    expect(rowOf(qa('The guild is 300 years old.'), 'Twice.')).toBe('- / - / unattributed');
  });

  it("reads a paragraph ending 'Name … answers:' as the label of the paragraph after it, never a sentence that quotes", () => {
    const text = [
      'Ask the expert: is the Alder safe to swim in?',
      '',
      'Dr. Freya Lind, a water scientist at the University of Marsh, answers:',
      '',
      'The Alder failed the bathing-water test at two of its five sites last summer.',
      '',
      'Jo Ek said the test was unfair: "It was one bad week."',
      '',
      'The council will test again in June.',
    ].join('\n');
    expect(rowOf(text, 'The Alder failed')).toBe('Freya Lind / University of Marsh / interview');
    expect(rowOf(text, 'The council will')).toBe('- / - / unattributed');
  });

  it('carries a turn over a paragraph that quotes someone else, who is reported there, not introduced, through "your paper"', () => {
    const text = [
      'Ilka Brandt, chief executive of Vessel Yards, spoke to Jonah Pike of the Ostby Post.',
      '',
      '— Pike: How many jobs?',
      '',
      '— Brandt: About 150 in the first year.',
      '',
      'The union\'s chairman, Aldo Ferri, told your paper last month: "We would take half of that." I agree with him.',
      '',
      '— Pike: And the council?',
    ].join('\n');
    expect(rowOf(text, 'The union')).toBe('Aldo Ferri / - / direct-quote');
    // "your paper" in an answer is the interviewer's medium.
    expect(attributionOf(text, 'The union')?.outlet).toBe('Ostby Post');
    expect(rowOf(text, 'I agree')).toBe('Ilka Brandt / Vessel Yards / interview');
  });

  it("keeps an answer's reports of the speaker's own organisation, of a common noun and of pronouns the speaker's", () => {
    const text = [
      'We spoke to Orla Benn, who runs the Kessock Ferry Company.',
      '',
      'Q: Why?',
      '',
      'A: The Kessock Ferry Company has said for years that the pier is too short. Local skippers say the same. We told the council in May.',
    ].join('\n');
    expect(rowOf(text, 'A: The Kessock')).toBe('Orla Benn / Kessock Ferry Company / interview');
    expect(rowOf(text, 'Local skippers')).toBe('Orla Benn / Kessock Ferry Company / interview');
    expect(rowOf(text, 'We told')).toBe('Orla Benn / Kessock Ferry Company / interview');
  });
});

describe("interview turns: the speaker's organisation and role labels", () => {
  it('reads a role label as the person the question before it addresses, also for a turn heard before her introduction', () => {
    const text = [
      'Farm Hour, hosted by Lena Brook.',
      '',
      'HOST: Welcome back.',
      '',
      'GROWER: We lost half the apples in May.',
      '',
      'HOST: That was Ida Wren, who keeps 40 hectares of orchards. We also hear from Dr Omar Sayed, head of pests at the Fruit Research Institute. Ida, was it the frost?',
      '',
      'GROWER: It was. Three nights below zero.',
      '',
      'HOST: Dr Sayed, is that unusual?',
      '',
      'SCIENTIST: Frost in May comes about once a decade.',
    ].join('\n');
    expect(rowOf(text, 'GROWER: We lost')).toBe('Ida Wren / - / interview');
    expect(rowOf(text, 'GROWER: It was')).toBe('Ida Wren / - / interview');
    expect(rowOf(text, 'SCIENTIST:')).toBe('Omar Sayed / Fruit Research Institute / interview');
  });

  it('leaves a role label nobody addresses or names unattributed, and never gives two labels the same person', () => {
    const lone = 'We asked a grower.\n\nHOST: Welcome back.\n\nGROWER: We lost half the apples in May.';
    expect(rowOf(lone, 'GROWER:')).not.toMatch(/^Ida/u);
    const twice = [
      'We spoke to Ida Wren, who keeps orchards.',
      '',
      'HOST: Ida, how bad was May?',
      '',
      'GROWER: Bad. We lost half the apples.',
      '',
      'HOST: Ida, and June?',
      '',
      'FARMER: Worse.',
    ].join('\n');
    expect(rowOf(twice, 'GROWER:')).toBe('- / - / unattributed');
    expect(rowOf(twice, 'FARMER:')).toBe('- / - / unattributed');
  });

  it('gives an interviewee with no organisation the one she ties herself to in her own turns, her earlier turns too', () => {
    const text = [
      'Jo Marrin spoke to us about the winter.',
      '',
      'Q: How busy are you?',
      '',
      'A: Very. We gave out 900 parcels in May.',
      '',
      'Q: Who are you, exactly?',
      '',
      "A: I've run the Brackley Food Bank since 2019.",
    ].join('\n');
    expect(rowOf(text, 'A: Very')).toBe('Jo Marrin / Brackley Food Bank / interview');
    expect(rowOf(text, "A: I've run")).toBe('Jo Marrin / Brackley Food Bank / interview');
    for (const answer of [
      'I work for the Harbour Tenants Union.',
      "I'm head of volunteers at the Harbour Tenants Union.",
      'We at the Harbour Tenants Union want a cap.',
    ]) {
      const own = `Ama Kell spoke to us.\n\nQ: Who are you?\n\nA: ${answer} Rents rose 9 percent.`;
      expect(rowOf(own, 'A:')).toBe('Ama Kell / Harbour Tenants Union / interview');
    }
    // Words about someone else's organisation, or inside a quote, tie her to nothing.
    const other =
      'Ama Kell spoke to us.\n\nQ: Who are you?\n\nA: My brother works for the Harbour Tenants Union. I said "I run the Harbour Tenants Union" as a joke.';
    expect(rowOf(other, 'A:')).toBe('Ama Kell / - / interview');
  });

  it("reads the interviewee's organisation from the author's sentence before a post introduced with none", () => {
    const text =
      'Kessel Shipping Group runs 46 warehouses across the north. Managing director Elke Vossberg talked to the magazine.\n\nQ: How big?\n\nA: It holds 62,000 pallets.';
    expect(rowOf(text, 'A:')).toBe('Elke Vossberg / Kessel Shipping Group / interview');
    // A post that exists outside organisations too names none.
    const neighbour =
      'Kessel Shipping Group runs 46 warehouses. Pensioner Elke Vossberg talked to the magazine.\n\nQ: How big?\n\nA: Huge.';
    expect(rowOf(neighbour, 'A:')).toBe('Elke Vossberg / - / interview');
  });

  it("gives a colleague named by her boss's possessive the boss's organisation", () => {
    const text = [
      'We spoke to Ruth Abel, chief executive of Harbour Ferries.',
      '',
      'ABEL: We run 12 ships.',
      '',
      "Abel's operations director, Tom Wielander, joined the conversation.",
      '',
      'WIELANDER: We have 14 vacancies.',
    ].join('\n');
    expect(rowOf(text, 'WIELANDER:')).toBe('Tom Wielander / Harbour Ferries / interview');
  });

  it('gives the answers of a transcript that opens before its introduction to the person introduced after the first turns', () => {
    const text = [
      'Clinic hours cut',
      '',
      'Q: How busy is the clinic?',
      '',
      'A: We see 140 patients a day.',
      '',
      'Dr Jo Roe has run the Elm Park Clinic since 2019. She spoke to us on Friday.',
      '',
      'Q: Why cut the hours?',
      '',
      'A: The trust has to save money.',
    ].join('\n');
    expect(rowOf(text, 'A: We see')).toBe('Jo Roe / Elm Park Clinic / interview');
    // The introduction is the author's, not a paragraph of the answer before it.
    expect(rowOf(text, 'Dr Jo Roe')).toBe('- / - / unattributed');
    expect(rowOf(text, 'A: The trust')).toBe('Jo Roe / Elm Park Clinic / interview');
    // Someone an answer names is not introduced.
    const named = 'Q: Who decided?\n\nA: The mayor, Ida Kroll, decided it.\n\nQ: When?\n\nA: In May.';
    expect(rowOf(named, 'A: In May')).not.toMatch(/^Ida Kroll/u);
  });
});

describe('who answers a transcript, and for whom', () => {
  it('reads a credit line as the author and a closing bio as the interviewee', () => {
    const text = [
      'Why are the hedgerows thinning? We asked an ecologist.',
      'Interview by Tomas Greer',
      'Q: How many miles were lost?',
      'A: About 2,000 miles a year in the county.',
      'Q: Why?',
      'A: Ploughing closer to the edge.',
      'Dr Ilse Varga is head of field ecology at the Marrow Institute for Rural Studies.',
    ].join('\n\n');
    expect(rowOf(text, 'A: About 2,000')).toBe('Ilse Varga / Marrow Institute for Rural Studies / interview');
    expect(rowOf(text, 'A: Ploughing')).toBe('Ilse Varga / Marrow Institute for Rural Studies / interview');
    expect(rowOf(text, 'Dr Ilse Varga is head')).toBe('- / - / unattributed');
  });

  it('keeps "by" in a clause from making anyone the author', () => {
    const text = [
      'The scheme was designed by Tomas Greer.',
      'Q: How many miles were lost?',
      'A: About 2,000 miles a year in the county.',
    ].join('\n\n');
    expect(rowOf(text, 'A: About 2,000')).toBe('Tomas Greer / - / interview');
  });

  it('pairs a list of people with a list of organisations by "respectively"', () => {
    const text = [
      'HOST: With me are Oona Revel and Kasper Lindgren, of Fellside Water and the Brandt Valley Canoe Club respectively.',
      'LINDGREN: The river has never been this low.',
      'REVEL: We take less than our licence allows.',
    ].join('\n\n');
    expect(rowOf(text, 'LINDGREN:')).toBe('Kasper Lindgren / Brandt Valley Canoe Club / interview');
    expect(rowOf(text, 'REVEL:')).toBe('Oona Revel / Fellside Water / interview');
  });

  it('reads a bare post whose noun the role lists lack in a list of guests', () => {
    const text = [
      'On the panel were Mr Ivo Brandt, director of finance at the Tarran Port Authority; and Ms Edda Kern, regional organiser of the Dockers and Crane Drivers Union.',
      'Ms Kern: Our members were never consulted.',
    ].join('\n\n');
    expect(rowOf(text, 'Ms Kern:')).toBe('Edda Kern / Dockers and Crane Drivers Union / interview');
  });

  it('gives a role label with a full name in brackets to that person, who asks', () => {
    const text = [
      'PRESENTER (Ruth Amble): Fares rise again on Monday. Nils, why?',
      'NILS: Because diesel costs 30 percent more.',
      'That was Nils Okafor, who runs the Skarrow Bus Company.',
    ].join('\n\n');
    expect(rowOf(text, 'PRESENTER (Ruth Amble): Fares')).toBe('Ruth Amble / - / interview');
  });

  it('moves a speaker to the organisation she says she joined, from that turn on', () => {
    const text = [
      'Last spring Mira Holt was finance director of the Elmside Housing Trust; she now runs the Tenants Advice Network.',
      'HOST: How many homes were empty then?',
      'MIRA: We had 140 empty homes in March.',
      'HOST: And now?',
      'MIRA: I left the trust in June, and I joined the network in August. At the network we hear from 50 tenants a week.',
      'HOST: Thank you.',
      'MIRA: The waiting list is longer than ever.',
    ].join('\n\n');
    expect(rowOf(text, 'MIRA: We had 140')).toBe('Mira Holt / Elmside Housing Trust / interview');
    expect(rowOf(text, 'At the network')).toBe('Mira Holt / Tenants Advice Network / interview');
    expect(rowOf(text, 'MIRA: The waiting list')).toBe('Mira Holt / Tenants Advice Network / interview');
  });

  it('gives "He said" in an answer to the man the answer named, not to the woman answering', () => {
    const text = [
      'We spoke to Greta Solberg, who chairs the Brisk Lane Residents Association.',
      'Q: What did the developer promise?',
      'A: The developer\'s managing director, Piotr Lasko, came to our meeting in May. He said: "Every tree on the site will be replanted."',
      'Q: And?',
      'A: Not one has been.',
    ].join('\n\n');
    expect(rowOf(text, 'He said')).toBe('Piotr Lasko / - / pronoun');
    expect(rowOf(text, 'A: The developer')).toBe('Greta Solberg / Brisk Lane Residents Association / interview');
    expect(rowOf(text, 'A: Not one')).toBe('Greta Solberg / Brisk Lane Residents Association / interview');
  });

  it('leaves "she said" in an answer to the speaker when the turn named no one else of that gender', () => {
    const text = [
      'We spoke to Greta Solberg, who chairs the Brisk Lane Residents Association.',
      'Q: What did the developer promise?',
      'A: Its managing director, Piotr Lasko, came to our meeting. She said the trees would be replanted.',
    ].join('\n\n');
    expect(rowOf(text, 'She said')).not.toMatch(/^Piotr Lasko/u);
  });
});

describe('transcripts as recording tools, broadcasters and briefing rooms publish them', () => {
  it("reads a transcription tool's name and time code on a line of its own as the label of the turn below it", () => {
    const text = [
      'Lena Ford  0:02\nHello and welcome. My guest is Piet Hallam, who chairs the Marlow Rowing Club.',
      'Piet Hallam  0:15\nThe club has 300 members.',
      'We rowed 40,000 kilometres last year.',
      'Speaker 3  1:02\nThe river was closed for a month.',
    ].join('\n\n');
    expect(rowOf(text, 'The club has')).toBe('Piet Hallam / Marlow Rowing Club / interview');
    expect(rowOf(text, 'We rowed')).toBe('Piet Hallam / Marlow Rowing Club / interview');
    // A voice the tool could not name is no one the text names, and not the guest before it.
    expect(rowOf(text, 'The river was')).toBe('- / - / interview');
  });

  it('reads a name, a bracketed time code and a colon before the turn on the same line', () => {
    const text = 'We spoke to Piet Hallam, who chairs the Marlow Rowing Club.\n\nPiet Hallam (00:01:15): The club has 300 members.';
    expect(rowOf(text, 'Piet Hallam (00')).toBe('Piet Hallam / Marlow Rowing Club / interview');
  });

  it('leaves a name and a clock time in a sentence alone', () => {
    const text = 'Piet Hallam 10:15 was the time the race began.';
    expect(rowOf(text, 'Piet Hallam')).not.toMatch(/interview$/u);
  });

  it('ends on a turn whose speaker says "I\'m now joined by …" with no organisation of her own', () => {
    const text = ["Lena Ford  0:02\nI'm now joined by Piet Hallam. Piet, welcome.", 'Piet Hallam  0:15\nThanks.'].join('\n\n');
    expect(rowOf(text, "I'm now joined")).toBe('Lena Ford / - / interview');
  });

  it('reads a broadcaster\'s "NAME, HOST:" on a line of its own as the label of the paragraph below it', () => {
    const text = 'JO MARSH, HOST:\n\nRain has fallen for nine days in Brill, and the river is rising.\n\nMARSH: How high is it?';
    expect(rowOf(text, 'Rain has fallen')).toMatch(/^Jo Marsh \/ .* \/ interview$/u);
  });

  it("gives a presenter the medium the transcript's heading names, never a reporter nor a guest", () => {
    const text = [
      'Brill Valley Radio - Breakfast',
      'JO MARSH, HOST: Rain has fallen for nine days in Brill.',
      'TOM BELL, CORRESPONDENT: The river rose a metre overnight.',
      'We spoke to Ada Kerr, who chairs the Brill Flood Group.',
      'KERR: Forty homes were flooded.',
    ].join('\n\n');
    expect(rowOf(text, 'JO MARSH')).toBe('Jo Marsh / Brill Valley Radio / interview');
    expect(rowOf(text, 'TOM BELL')).not.toMatch(/Brill Valley Radio/u);
    expect(rowOf(text, 'KERR:')).toBe('Ada Kerr / Brill Flood Group / interview');
  });

  it('reads a bare "Q" as a reporter\'s turn in a transcript that asks with it, never a single "Q" sentence', () => {
    const text = [
      'Briefing by press secretary Dara Quill of the Harbour Board.',
      'MR. QUILL: The pier reopens on Monday.',
      'Q Dara, who pays for the repairs?',
      'MR. QUILL: The board does.',
      'Q Is the pier safe?',
      'MR. QUILL: It is.',
      'Q Thank you.',
    ].join('\n\n');
    expect(rowOf(text, 'Q Thank')).toBe('- / - / interview');
    expect(rowOf(text, 'Q Is the pier')).not.toMatch(/^Dara Quill/u);
    expect(rowOf(text, 'MR. QUILL: The board')).toMatch(/^Dara Quill \//u);
    expect(rowOf('Q Street was closed for two days after the storm.', 'Q Street')).not.toMatch(/interview$/u);
  });
});

describe('what an answer reports', () => {
  const intro = 'We spoke to Ilse Varga, who chairs the Tannery Workers Union.\n\n';

  it('keeps "what NAME said" in an answer as the object of the answerer\'s own sentence', () => {
    const text = `${intro}Q: What do your members say?\n\nA: They say what Dr Omar Field said, only louder.`;
    expect(rowOf(text, 'A: They say')).toBe('Ilse Varga / Tannery Workers Union / interview');
  });

  it('gives a quote of one unnamed colleague ("one of our members told us") to no one of the answerer\'s organisation', () => {
    const text = `${intro}Q: Is it hard?\n\nA: One of our members told us last week, "I have not had a day off since March."\n\nA: Our members tell us that the shifts are too long.`;
    expect(rowOf(text, 'A: One of our')).toBe('- / Tannery Workers Union / reported-speech');
    expect(rowOf(text, 'A: Our members tell')).toBe('Ilse Varga / Tannery Workers Union / interview');
  });

  it('reads a number word before "said" in an answer as no person', () => {
    const text = `${intro}Q: What did the survey find?\n\nA: We asked 90 members. Thirty-two said they had been injured at work.`;
    expect(rowOf(text, 'Thirty-two said')).toBe('Ilse Varga / Tannery Workers Union / interview');
  });
});

describe('speaker lines of call transcripts and headings that name the organisation', () => {
  const call = [
    'Brightwater Ferries Q2 2031 Results Call',
    'Ama Frost -- Chief Executive Officer',
    'Operator',
    'Welcome to the call. I hand over to the chief executive.',
    'Ama Frost -- Chief Executive Officer',
    'Bookings rose 12 percent in the quarter.',
    'We added two routes in May.',
    'Operator',
    'Our next question comes from Leo Hart.',
    'Leo Hart -- Kestrel Capital -- Analyst',
    'Are fares going up?',
    'Ama Frost -- Chief Executive Officer',
    'Fares will not rise before the autumn.',
  ].join('\n\n');

  it('reads "Name -- Post" on its own line as the label of the paragraph below, for the organisation the heading names', () => {
    expect(rowOf(call, 'Bookings rose')).toBe('Ama Frost / Brightwater Ferries / interview');
    expect(rowOf(call, 'We added two')).toBe('Ama Frost / Brightwater Ferries / interview');
    expect(rowOf(call, 'Fares will not')).toBe('Ama Frost / Brightwater Ferries / interview');
  });

  it("ends a turn at the operator's line and keeps the operator's and an analyst's words from the executive", () => {
    expect(rowOf(call, 'Our next question')).toBe('- / - / interview');
    expect(rowOf(call, 'Are fares')).not.toMatch(/^Ama Frost/u);
  });

  it('reads no speaker line from a name and a dash before words that hold no post, nor from a line that is not alone', () => {
    const text = 'Ama Frost -- Brightwater Ferries\n\nBookings rose 12 percent in the quarter.';
    expect(rowOf(text, 'Bookings rose')).not.toMatch(/interview$/u);
    const inline = 'Heading of the page\n\nAma Frost -- Chief Executive Officer said bookings rose 12 percent.';
    expect(rowOf(inline, 'Ama Frost')).not.toMatch(/interview$/u);
  });

  it("gives a role label's holder named in the heading the heading's one organisation, and no one else it", () => {
    const briefing = [
      'Press briefing by Ines Holt, Spokesperson for the Lakes Shipping Council, and Ben Roy, Deputy Spokesperson',
      'Question: Ben, are the locks open?',
      'Deputy Spokesperson: Two of the three locks reopened on Monday.',
    ].join('\n\n');
    expect(rowOf(briefing, 'Deputy Spokesperson:')).toBe('Ben Roy / Lakes Shipping Council / interview');
    // An introduction's first paragraph is no heading: a doctor it names keeps no organisation of another guest's.
    const intro = [
      'The Lakes Shipping Council cut sailings. We spoke to its director, Ines Holt, and to Dr Ben Roy, a family doctor.',
      'PRESENTER: Why?',
      'HOLT: Fuel.',
      'ROY: My patients cannot get to the mainland.',
    ].join('\n\n');
    expect(rowOf(intro, 'ROY:')).toBe('Ben Roy / - / interview');
  });
});

describe('turns in dialogue dashes, and answers that name a place', () => {
  const dialogue = [
    'Mira Kalan has been director of the Ostrava Glassworks since 2019. Our correspondent met her there.',
    '— How many people work here?',
    '— About 400. In 1990 it was 2,000.',
    '— The union says you will close the furnace. Will you?',
    '— We will not. The furnace was relined in March.',
    'It cost us four million.',
    '— Exports are falling.',
    '— They are. Sales to Lindau fell by a third.',
  ].join('\n\n');

  it('alternates questions and answers by their dashes, a statement in the question turn too', () => {
    expect(rowOf(dialogue, 'About 400.')).toBe('Mira Kalan / Ostrava Glassworks / interview');
    expect(rowOf(dialogue, 'The union says')).not.toMatch(/^Mira Kalan/u);
    expect(rowOf(dialogue, 'It cost us')).toBe('Mira Kalan / Ostrava Glassworks / interview');
    expect(rowOf(dialogue, 'Exports are')).toBe('- / - / interview');
    expect(rowOf(dialogue, 'They are.')).toBe('Mira Kalan / Ostrava Glassworks / interview');
  });

  it('reads no dialogue from a list in dashes that asks nothing', () => {
    const list = ['The plan has four parts:', '— new furnaces;', '— a training centre;', '— a second shift;', '— a shop.'].join('\n\n');
    expect(rowOf(list, 'a training centre')).not.toMatch(/interview$/u);
  });

  it('carries an answer on over a paragraph naming a place the text describes as no one', () => {
    const text = [
      'We spoke to Mira Kalan, director of the Ostrava Glassworks.',
      'Q: Is trade down?',
      'A: Yes, by a fifth.',
      'Our shop in Dolnje Selo closed in June.',
      'Q: Why?',
      'A: Rents.',
    ].join('\n\n');
    expect(rowOf(text, 'Our shop in')).toBe('Mira Kalan / Ostrava Glassworks / interview');
  });
});

describe('an interviewee introduced by her post alone', () => {
  it('answers "A." for the organisation whose post the introduction interviewed, under no name', () => {
    const text = [
      'Boats have queued outside Tern Cove since the spring.',
      'We put our questions to the harbour master of the Tern Cove Harbour Board, who answered by email.',
      'Q. How long is the queue?',
      'A. Eleven boats wait on most days.',
      'Q. Why?',
      'A. The channel silted up in March.',
    ].join('\n\n');
    expect(rowOf(text, 'A. Eleven')).toBe('- / Tern Cove Harbour Board / interview');
    expect(rowOf(text, 'A. The channel')).toBe('- / Tern Cove Harbour Board / interview');
  });

  it('keeps a described person the introduction names over a post', () => {
    const text = [
      'We put our questions to Ada Voss, who runs the Tern Cove Harbour Board, and to its harbour master, who answered by email.',
      'Q. How long is the queue?',
      'A. Eleven boats wait on most days.',
    ].join('\n\n');
    expect(rowOf(text, 'A. Eleven')).toMatch(/^Ada Voss \//u);
  });
});

describe('a label with a rank before the name and an organisation in brackets', () => {
  it('reads "Cllr NAME (Organisation):" as her label, not a post whose holder the brackets name', () => {
    const text =
      'Notes of the meeting.\n\nCllr Ada Penrose (Brill Parish Council): We voted to object.\n\nPRESENTER (Ada Penrose): Welcome back.';
    expect(rowOf(text, 'Cllr Ada')).toBe('Ada Penrose / Brill Parish Council / interview');
    expect(rowOf(text, 'PRESENTER (Ada')).toMatch(/^(Ada Penrose|-) \//u);
    // A surname that is also a noun for a person is no post either.
    expect(rowOf('Notes.\n\nDr Tom Reed (Brill Anglers Club): We counted 40 trout.', 'Dr Tom')).toBe(
      'Tom Reed / Brill Anglers Club / interview',
    );
  });
});

describe("a presenter's show named in her label's post", () => {
  it('reads the words before the presenting word as the medium, and none from a post without them', () => {
    expect(presentedMedium('RIVERSIDE TODAY ANCHOR')).toBe('Riverside Today');
    expect(presentedMedium('riverside today host')).toBe('Riverside Today');
    expect(presentedMedium('HOST')).toBeNull();
    expect(presentedMedium('SENIOR PRESENTER')).toBeNull();
    expect(presentedMedium('CHIEF EXECUTIVE')).toBeNull();
  });

  it("gives the presenter's turns, later ones under her surname too, to the show her post names", () => {
    const text =
      'Transcript\n\nKIM BELL, RIVERSIDE TODAY ANCHOR: The bridge shuts on Monday.\n\nJO ROE: It does not.\n\nBELL: The council says it does.';
    expect(rowOf(text, 'KIM BELL')).toBe('Kim Bell / Riverside Today / interview');
  });
});

describe('labels in bold with a full stop, names before a dash, and posts interviewed by name of organisation', () => {
  const intro = 'Ada Penrose runs the Brill Valley Bakery. She spoke to Tom Ash of the Brill Echo.\n\n';

  it('reads "**Q.**" and "**A.**" as a question and an answer, the claim without the label', () => {
    const text = `${intro}**Q.** How many loaves?\n\n**A.** We bake 900 loaves a day.`;
    expect(rowOf(text, '**A.**')).toBe('Ada Penrose / Brill Valley Bakery / interview');
    const claim = extract(text).claims.find((c) => c.text.includes('900 loaves'));
    expect(claim?.text).toBe('We bake 900 loaves a day.');
  });

  it('reads a name in mixed case and a long dash as a label only for someone named before it', () => {
    const text = `${intro}Tom Ash — How many loaves?\n\nAda Penrose — We bake 900 loaves a day.`;
    expect(rowOf(text, 'Ada Penrose —')).toBe('Ada Penrose / Brill Valley Bakery / interview');
    expect(rowOf('Ada Penrose — We bake 900 loaves a day.', 'Ada Penrose')).not.toMatch(/interview$/u);
    expect(rowOf(`${intro}Ada Penrose — the owner — said the shop would stay open.`, 'Ada Penrose —')).not.toMatch(/interview$/u);
  });

  it('answers for the organisation of a post the introduction says it interviewed, with no frame of its own', () => {
    for (const introduction of [
      'We spoke to the head of the Brill Valley Bakery.',
      'We put our questions to a spokeswoman for the Brill Valley Bakery.',
    ]) {
      const text = `Bread prices rose.\n\n${introduction}\n\nQ: How many loaves?\n\nA: We bake 900 loaves a day.`;
      expect(rowOf(text, 'A: We bake')).toBe('- / Brill Valley Bakery / interview');
    }
  });
});

describe('bracketed labels with a colon', () => {
  const intro = 'Ada Penrose runs the Brill Valley Bakery. She spoke to Tom Ash of the Brill Echo.\n\n';

  it('reads "[PENROSE]: …" as her label', () => {
    const text = `${intro}[ASH]: How many loaves?\n\n[PENROSE]: We bake 900 loaves a day.`;
    expect(rowOf(text, '[PENROSE]')).toBe('Ada Penrose / Brill Valley Bakery / interview');
  });
});

describe('hearing records, closed captions and numbered voices', () => {
  it('reads a title and a surname in capitals closed by a period as the turn of the person named under that surname', () => {
    const text = [
      'The panel heard Dr. Ines Karlsen, director of the Brill Water Board, and Tom Adair, who farms near Lydd.',
      '    Mr. ADAIR. Our well failed twice last year. We now buy 400 litres a week.',
      '    Dr. KARLSEN. The board tested 900 wells in May.',
      '    Senator VOSS. The county lost 12 wells in the drought.',
    ].join('\n\n');
    expect(rowOf(text, 'Our well failed')).toBe('Tom Adair / - / interview');
    expect(rowOf(text, 'We now buy')).toBe('Tom Adair / - / interview');
    expect(rowOf(text, 'The board tested')).toBe('Ines Karlsen / Brill Water Board / interview');
    // A member the text names only in the label is known by that surname, not taken for the witness before her.
    expect(rowOf(text, 'The county lost')).toBe('Voss / - / interview');
  });

  it('reads "The CHAIRMAN." as the chair the preamble names, else as a turn of procedure', () => {
    const named = [
      'The panel met at 10 a.m., Hon. Rosa Quint (chairman of the panel) presiding.',
      '    The CHAIRMAN. Our county lost 30 wells last summer.',
      '    Mr. ADAIR. Ours failed twice.',
    ].join('\n\n');
    expect(rowOf(named, 'Our county lost')).toBe('Rosa Quint / - / interview');
    const unnamed = [
      'We heard Tom Adair, who farms near Lydd.',
      '    Mr. ADAIR. Ours failed twice.',
      '    The CHAIRMAN. The panel will now adjourn.',
    ].join('\n\n');
    expect(rowOf(unnamed, 'The panel will')).toBe('- / - / interview');
  });

  it('reads a numbered voice with a colon and no time code as a label, and as the person who said who she is under it', () => {
    const text = [
      'Speaker 1: Welcome back. My guest runs a power company.',
      "Speaker 2: Hello, I'm Jo Lind, chief executive of Brill Power. We restored power to 2,000 homes.",
      'Speaker 1: How many are still cut off?',
      'Speaker 2: About 300.',
    ].join('\n\n');
    expect(rowOf(text, 'We restored')).toBe('Jo Lind / Brill Power / interview');
    expect(rowOf(text, 'Speaker 2: About')).toBe('Jo Lind / Brill Power / interview');
    expect(extract(text).claims.map((claim) => claim.text)).toContain('About 300.');
  });

  it('leaves a sentence whose title and name are in mixed case, or whose capitals are no surname after a title, alone', () => {
    const text = 'Dr. Karlsen. The board met twice.\n\nThe meeting ended at noon.';
    expect(rowOf(text, 'The board met')).not.toMatch(/interview$/u);
  });

  it("strips the chevrons of a caption's change of speaker, reads the label after them and a bare turn as a new voice", () => {
    const text = [
      'Speaking were Mayor Ada Penrose and Jo Lind, a spokeswoman for Brill Power.',
      '>> ADA PENROSE: We opened two shelters today.',
      'About 300 people have used them.',
      '>> Are the roads open?',
      ">> Hi, I'm Jo Lind with Brill Power. We restored power to 2,000 homes.",
      '>> PENROSE: The bridge stays shut.',
    ].join('\n\n');
    expect(rowOf(text, '>> ADA PENROSE')).toBe('Ada Penrose / - / interview');
    expect(rowOf(text, 'About 300')).toBe('Ada Penrose / - / interview');
    expect(rowOf(text, 'We restored')).toBe('Jo Lind / Brill Power / interview');
    expect(rowOf(text, '>> PENROSE')).toBe('Ada Penrose / - / interview');
    const claims = extract(text).claims.map((claim) => claim.text);
    expect(claims).toContain('The bridge stays shut.');
    expect(claims.some((claim) => claim.startsWith('>>'))).toBe(false);
  });

  it('never carries a turn on over a bare caption turn that names no one', () => {
    const text = ['We heard Jo Lind of Brill Power.', '>> JO LIND: We restored power.', '>> Thank you all. The rain has stopped.'].join(
      '\n\n',
    );
    expect(rowOf(text, '>> Thank you')).not.toMatch(/^Jo Lind/u);
  });

  it("gives every turn of a transcription tool's numbered voice to the person who said who she is in one of them", () => {
    const text = [
      'Officials from the Brill Water Board and Detective Sergeant Mara Holt of the Lydd Police spoke.',
      "Speaker 2 (00:01:10):\nI'm Mara Holt, I run the fraud unit. We arrested two men on Monday.",
      'Speaker 3 (00:02:00):\nHow much was taken?',
      'Speaker 2 (00:02:04):\nAbout 40,000 pounds.',
      'Speaker 4 (00:03:00):\nThe board will refund every customer.',
    ].join('\n\n');
    expect(rowOf(text, 'We arrested')).toBe('Mara Holt / Lydd Police / interview');
    expect(rowOf(text, 'About 40,000')).toBe('Mara Holt / Lydd Police / interview');
    expect(rowOf(text, 'The board will')).toBe('- / - / interview');
  });
});

describe('role labels in another written form, and a turn that speaks of someone named before', () => {
  it('reads "CEO:" as the one person introduced as chief executive', () => {
    const text = "Brill Power's chief executive, Ada Quint, spoke to us.\n\nQ: How many jobs?\n\nCEO: We cut 40 jobs last year.";
    expect(rowOf(text, 'CEO:')).toBe('Ada Quint / Brill Power / interview');
  });

  it('leaves "CEO:" to no one when two people hold the post in its forms', () => {
    const text =
      "Brill Power's chief executive, Ada Quint, and Lydd Gas's managing director, Owen Ash, spoke to us.\n\nQ: How many jobs?\n\nCEO: We cut 40 jobs.";
    expect(rowOf(text, 'CEO:')).not.toMatch(/^(?:Ada Quint|Owen Ash)/u);
  });

  it('carries a turn on over a paragraph in which the speaker, saying "I", names someone introduced before it', () => {
    const text = [
      'We spoke to Ada Quint, who runs Brill Power, and to Owen Ash, who chairs the Lydd Tenants Group.',
      'QUINT: We cut 40 jobs last year.',
      'Another 12 go in March. Owen Ash thinks that is too many, and I understand why.',
      'The plant lost £3m in 2024.',
      'ASH: The town lost 300 jobs.',
    ].join('\n\n');
    expect(rowOf(text, 'Another 12')).toBe('Ada Quint / Brill Power / interview');
    expect(rowOf(text, 'The plant lost')).toBe('Ada Quint / Brill Power / interview');
  });

  it('still ends a turn at a paragraph that names someone for the first time, or that says whom the author interviewed', () => {
    const text = [
      'We spoke to Ada Quint, who runs Brill Power.',
      'QUINT: We cut 40 jobs last year.',
      'I later spoke to Owen Ash, who chairs the Lydd Tenants Group. He was angry.',
      'The plant lost £3m in 2024.',
      'QUINT: We will hire again.',
    ].join('\n\n');
    expect(rowOf(text, 'The plant lost')).not.toMatch(/^Ada Quint/u);
  });
});

describe('turns of chat exports, offices in a heading, dashes after brackets and documents read in a turn', () => {
  const chat = [
    'The messages below were exchanged by Ines Varga, the harbour master of the Ardmore Port Authority; Tomas Reiler, finance director of Ardmore Borough Council; and Helen Brandt of Skerry Pilots.',
    'The exchange reads:',
    '[14/05/2025, 18:02] Ines Varga: The dredger has been idle for 9 days.',
    '[14/05/2025, 18:05] Tomas R: We paid 40,000 euros for it in March.',
    '[14/05/2025, 18:07] Helen (Skerry): Two of our pilots were stood down.',
    'At noon the council issued a statement saying the dredger was working normally.',
    'The messages continue:',
    '[14/05/2025, 18:20] +44 7700 900123: My crew has not been paid since April.',
    '[14/05/2025, 18:24] Ines Varga: The pump failed again.',
  ].join('\n\n');

  it("reads a chat export's date-and-time stamp before the sender's name, the name cut to an initial, and a first name with the company", () => {
    expect(rowOf(chat, '[14/05/2025, 18:02]')).toBe('Ines Varga / Ardmore Port Authority / interview');
    expect(rowOf(chat, '[14/05/2025, 18:05]')).toBe('Tomas Reiler / Ardmore Borough Council / interview');
    expect(rowOf(chat, '[14/05/2025, 18:07]')).toBe('Helen Brandt / Skerry Pilots / interview');
  });

  it('leaves the stamp and the label out of the claim', () => {
    const claim = extract(chat).claims.find((candidate) => candidate.text.includes('idle for 9 days'));
    expect(claim?.text).toBe('The dredger has been idle for 9 days.');
  });

  it("gives a sender shown by her number to no one named, and no message to the author's paragraphs between blocks", () => {
    expect(rowOf(chat, '[14/05/2025, 18:20]')).toBe('- / - / interview');
    expect(rowOf(chat, 'At noon the council')).not.toMatch(/^Helen Brandt/u);
    expect(rowOf(chat, 'The messages continue')).toBe('- / - / unattributed');
  });

  const briefing = [
    'PREMIER OF ARDMORE\nTHE HON. JOAN PELL MP',
    'TRANSCRIPT',
    'Also in attendance: the Minister for Ports, Al Brand; the Chief Executive of the Ardmore Harbour Board, Dr Eva Lind',
    'PREMIER: We have opened 40 berths since 2023.',
    'JOURNALIST: Premier, the Opposition Leader, Tom Ekholm, says 90 berths closed.',
    'PREMIER: That is wrong. None closed.',
    'What Mr Ekholm is counting are the berths of the old quay, which moved.',
    'JOURNALIST: Dr Lind, how many ships wait?',
    'CHIEF EXECUTIVE: Eleven this morning.',
    'MINISTER BRAND: And two of them leave tonight.',
  ].join('\n\n');

  it("reads an office's label as the holder a transcript's heading names in capitals under the office", () => {
    expect(rowOf(briefing, 'PREMIER: We have')).toBe('Joan Pell / - / interview');
    expect(rowOf(briefing, 'PREMIER: That is')).toBe('Joan Pell / - / interview');
  });

  it('never takes for the holder of a post a name that holds another post beside it, or the next item of a list', () => {
    expect(rowOf(briefing, 'CHIEF EXECUTIVE:')).toBe('Eva Lind / Ardmore Harbour Board / interview');
    expect(rowOf(briefing, 'MINISTER BRAND:')).not.toMatch(/Harbour Board/u);
  });

  it('carries a turn on over a paragraph referring by surname to someone named in full before', () => {
    expect(rowOf(briefing, 'What Mr Ekholm')).toBe('Joan Pell / - / interview');
  });

  const radio = [
    "On Harwick Radio's Drive Show, Ana Lunn asked Jo Ekberg, who chairs the Fenby Flood Group, about the wall.",
    'Ana Lunn – The wall was meant to protect 900 homes. Jo, what happened?',
    'Jo Ekberg – The money ran out. I have the Western Rivers Authority\'s letter here. It says: "No further funding can be committed before 2028."',
    'Mark Dunne (recorded earlier) – We flooded twice.',
    'Jo Ekberg (in the studio) – We flooded three times.',
  ].join('\n\n');

  it("gives the interviewer's own statements to the medium whose programme the introduction names", () => {
    expect(rowOf(radio, 'Ana Lunn –')).toBe('Ana Lunn / Harwick Radio / interview');
  });

  it('reads a name with brackets closed by a long dash as a label only for someone named before', () => {
    expect(rowOf(radio, 'Jo Ekberg (in the studio)')).toBe('Jo Ekberg / Fenby Flood Group / interview');
    expect(rowOf(radio, 'Mark Dunne')).not.toMatch(/^Mark Dunne/u);
  });

  it("gives words read from a document named in the turn's sentence before to the document's organisation", () => {
    expect(rowOf(radio, 'It says:')).toBe('- / Western Rivers Authority / pronoun');
  });
});

describe('the medium owning a programme, and nouns for people that are first names', () => {
  it("reads the station that owns a programme by its possessive, and nothing from an owner that is no medium's name", () => {
    expect(mediumOwningName("Kestrel Radio's Morning Programme")).toBe('Kestrel Radio');
    expect(mediumOwningName('Fenby Television’s Drive Show')).toBe('Fenby Television');
    expect(mediumOwningName("Orrin Council's Housing Committee")).toBeNull();
    expect(mediumOwningName('Kestrel Radio')).toBeNull();
  });

  it('takes a noun for a person that is also a first name for no noun ("Helen:" names Helen)', () => {
    expect(isPersonNoun('farmer')).toBe(true);
    expect(isPersonNoun('helen')).toBe(false);
  });
});

describe('mayListPerson', () => {
  it('lets through a line of one or two commas, as a listed person has', () => {
    expect(mayListPerson('MARTA VIK, Harbour Master')).toBe(true);
    expect(mayListPerson('[CAPTION: MARTA VIK, Harbour Master, Port of Skarvik]')).toBe(true);
    expect(mayListPerson('  MARTA VIK, Harbour Master, Port of Skarvik  ')).toBe(true);
  });

  it('rules out a line without a comma or with more than two, which the pattern never matches', () => {
    expect(mayListPerson('The harbour master said the quay would close.')).toBe(false);
    expect(mayListPerson('Ferries, tugs, barges and yachts, all of them, waited.')).toBe(false);
    expect(mayListPerson('')).toBe(false);
  });
});

describe('a label read as a dateline, at the end of the text', () => {
  it('reads a time code and a dash with no word after them as nothing, without throwing', () => {
    expect(() => extract('0:00:37.2 -')).not.toThrow();
    expect(() => extract('Intro.\n\n0:01:05 —')).not.toThrow();
    expect(extract('0:00:37.2 -').claims.every((claim) => claim.attribution.speaker === null)).toBe(true);
  });
});
