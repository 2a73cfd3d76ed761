import { lastWho, rows, rowWithMethodOf } from '../testing/attribution';

describe('advice-column labels, the publication told, and outsiders of a body', () => {
  it('reads a salutation on its own line as no label, however often the name recurs', () => {
    const text =
      'Dear Isolde,\n\nMy rent rose by £40.\n\nWorried, Hobb Lane\n\nISOLDE REPLIES: The law allows one rise a year.\n\n' +
      'Dear Isolde,\n\nMy boiler broke twice.\n\nCold, Vellick\n\nISOLDE REPLIES: You have 30 days to reject it.';
    expect(rows(text).every((row) => row === '- / - / -')).toBe(true);
  });

  it('gives an answer labelled "NAME REPLIES:" to no one, the columnist being the author', () => {
    expect(rowWithMethodOf('Dear Jo,\n\nMy bank charged me £40.\n\nISOLDE REPLIES: That rule changed in 2021.', 'That rule')).toBe(
      '- / - / interview',
    );
    expect(lastWho('Dear Jo,\n\nIs that legal?\n\nJO PELK ANSWERS: Banks must refund charges within 14 days.')).toBe('- / - / -');
  });

  it('keeps the cues inside a column answer', () => {
    const text = 'Dear Jo,\n\nIs that legal?\n\nJO REPLIES: It is.\n\nA spokesman for the Lenders Forum said 4 banks complied.';
    expect(lastWho(text)).toBe('- / Lenders Forum / -');
  });

  it('reads "told this magazine" as the medium named on the first line', () => {
    const text =
      'Thessaly Quarterly — In Conversation\n\nTessa Moor runs the Ostrel Ferry Company. ' +
      'Last year she told this magazine that fares would fall by 5 per cent.';
    expect(lastWho(text)).toBe('Tessa Moor / Ostrel Ferry Company / Thessaly Quarterly');
  });

  it('reads a masthead title joined by an ampersand whole', () => {
    expect(
      lastWho('Dale & Fell Monthly — Interview\n\nResidents met on Monday. Some tenants told this magazine that damp got worse.'),
    ).toBe('- / - / Dale & Fell Monthly');
  });

  it('leaves "told this newspaper" without an outlet when the first line names no medium', () => {
    expect(lastWho('Tessa Moor runs the Ostrel Ferry Company. She told this newspaper that fares would fall by 5 per cent.')).toBe(
      'Tessa Moor / Ostrel Ferry Company / -',
    );
  });

  it.each([
    ["Ransby Build laid 40 roads. Ransby's rivals say it won by underbidding."],
    ['Ransby Build laid 40 roads. Their detractors say the roads crack.'],
    ["Ransby Build laid 40 roads. The firm's customers say prices rose 9 per cent."],
    ['Ransby Build laid 40 roads. Ransby suppliers say they were paid late.'],
  ])('gives no organisation to the rivals, critics, customers or suppliers of a body: %s', (text) => {
    expect(lastWho(text)).toBe('- / - / -');
  });

  it('keeps the medium that outsiders of a body told', () => {
    expect(lastWho('Gullan Harbour Board met. Harbour users told the Gullan Gazette the board knew of the silt.')).toBe(
      '- / - / Gullan Gazette',
    );
  });

  it('keeps the medium that a group of unnamed people told, "-men" plurals included', () => {
    expect(lastWho('The port reopened. Fishermen told Radio Kell that 4 boats sank.')).toBe('- / - / Radio Kell');
    expect(lastWho('The port reopened. Some older commuters told Radio Kell that 4 buses were late.')).toBe('- / - / Radio Kell');
    expect(lastWho('The port reopened. Businesswomen said 4 shops had shut.')).toBe('- / - / -');
  });

  it('still gives a body its own officers', () => {
    expect(lastWho("Ransby Build laid 40 roads. Ransby's chief executive said 3 roads cracked.")).toBe('- / Ransby Build / -');
  });
});
