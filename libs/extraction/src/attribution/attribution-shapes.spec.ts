import { lastWho as last, rows } from '../testing/attribution';

describe('attribution shapes newsrooms use (branch attr-shapes)', () => {
  it('reads the body a document was released by or obtained from, not the law it came out under', () => {
    expect(last('Parking fines rose by half, figures released by Ossley Town Council under the Freedom of Information Act show.')).toBe(
      '- / Ossley Town Council / -',
    );
    expect(last('Figures obtained from the Brenmoor Canal Trust under the Environmental Information Regulations show 40 breaches.')).toBe(
      '- / Brenmoor Canal Trust / -',
    );
    expect(last('Library visits fell by a fifth, figures obtained from the Kelby Arts Board show.')).toBe('- / Kelby Arts Board / -');
  });

  it('reads "the authority" as the public body named before it, and "the figures show" as that body’s', () => {
    const story = [
      'Parking fines issued by Ossley Town Council rose by half, figures released by the authority under the Freedom of Information Act show.',
      'The council issued 900 fines in 2025, the figures show.',
    ].join('\n\n');
    expect(rows(story)).toEqual(['- / Ossley Town Council / -', '- / Ossley Town Council / -']);
  });

  it('reads the agent of a passive speech verb after "It" or a plain noun phrase, a time after it left out', () => {
    expect(last('Ossley Town Council met on Monday. It was announced by the council last week that two parks would close.')).toBe(
      '- / Ossley Town Council / -',
    );
    expect(last('Brenmoor Foods said sales rose. A dividend of 2p a share was announced by the board, up from 1p.')).toBe(
      '- / Brenmoor Foods / -',
    );
    // a relative clause's passive is not the sentence's frame
    expect(last('The bypass, which was announced by the mayor in May, will cost £3m.')).toBe('- / - / -');
  });

  it('gives a quote tagged by a pronoun no one before can be to the person named right after it', () => {
    const feature = [
      'The ferry that keeps an island alive',
      'By Mara Quill',
      '"Without the boat, the school closes," she says. "Nobody would stay."',
      'Ines Tallow is 64 and has taught on the island for thirty years.',
    ].join('\n\n');
    const [, , first, second] = rows(feature);
    expect(first).toBe('Ines Tallow / - / -');
    expect(second).toBe('Ines Tallow / - / -');
    const study = [
      'Rents rose fastest near stations, a study by geographers at Kelby University has found.',
      '"The pattern was the same in every town," he said. Dr Amir Castell, who led the study, said prices near stops rose 9 per cent.',
    ].join('\n\n');
    expect(rows(study)[1]).toMatch(/^Amir Castell \//u);
  });

  it('keeps "she said" with the woman who spoke in the paragraph before, a newcomer named after it notwithstanding', () => {
    const story = ['Mayor Rhea Dunn said the council would appeal.', '"We will win," she said. Tova Marsh, a lawyer, disagrees.'].join(
      '\n\n',
    );
    expect(rows(story)[1]).toBe('Rhea Dunn / - / -');
  });

  it('never takes a byline’s author for the "she" of a quote', () => {
    const story = ['Harbour dues to double', 'By Mara Quill', '"It is the end of the fleet," she says.'].join('\n\n');
    expect(last(story)).toBe('- / - / -');
  });

  it('names a minister’s ministry as the text names the department that holds her portfolio', () => {
    const story = [
      'Coastal Towns Minister Ruth Abelard said a £20m fund would open in May.',
      'A spokesman for the Department for Coastal Towns said councils would have to bid.',
    ].join('\n\n');
    expect(rows(story)[0]).toBe('Ruth Abelard / Department for Coastal Towns / -');
    // another country's department with the same portfolio is not hers
    const two = [
      'The Brevan Interior Ministry said 40 boats were stopped.',
      'Calder’s deputy interior minister, Jon Pike, said none were.',
    ].join(' ');
    expect(rows(two)[1]).not.toBe('Jon Pike / Brevan Interior Ministry / -');
  });

  it('keeps a definite description with the body it stood for when another of its kind was named once in passing', () => {
    const story = [
      'A study by chemists at the University of Ossley found that the river carried twice the legal limit of nitrate.',
      'The university said samples were taken at 12 sites.',
      'A similar study at Kelby University in 2021 put the level at 1.5 times the limit.',
      'Readings were highest after rain, according to the university.',
    ].join('\n\n');
    expect(rows(story)).toEqual([
      '- / University of Ossley / -',
      '- / University of Ossley / -',
      '- / Kelby University / -',
      '- / University of Ossley / -',
    ]);
  });

  it('gives a defendant pleading on behalf of his company that company', () => {
    expect(
      last(
        'Owen Tarrant, 52, of Station Road, Kelby, pleaded guilty on behalf of his firm, Tarrant Scaffolding Ltd, to breaching a licence.',
      ),
    ).toBe('Owen Tarrant / Tarrant Scaffolding Ltd / -');
  });

  it('reads "the board" as the board of the body that spoke just before, not a place named since', () => {
    const story = [
      'Brenmoor Dairies said profits fell by a third.',
      'Chief executive Ana Lowe said it would shut its Kelby creamery next year.',
      'A final dividend of 2p a share was announced by the board, down from 3p.',
    ].join('\n\n');
    expect(last(story)).toBe('- / Brenmoor Dairies / -');
  });
});
