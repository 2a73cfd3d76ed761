import { rows as rowsOf } from '../testing/attribution';

describe('a quote after an author’s sentence that introduces a new person', () => {
  it('gives "she said" in the next paragraph to the woman introduced with her age, not to the street she lives on', () => {
    const rows = rowsOf(
      'Greta Holloway, 72, has lived on Mill Lane since 1980.\n\n' +
        '"The gas man has not been since March," she said. "I cook on a camping stove."',
    );
    expect(rows).toEqual(['- / - / -', 'Greta Holloway / - / -', 'Greta Holloway / - / -']);
  });

  it('gives an unattributed quote paragraph to the person an apposition with "named" introduced', () => {
    const rows = rowsOf(
      'Pia Stenmark said the ferry was late again.\n\n' +
        'Her cousin, a retired welder named Osric Penhallow, drives the school run for four families.\n\n' +
        '"Some mornings I leave at six. The road floods twice a week."',
    );
    expect(rows.slice(1)).toEqual(['- / - / -', 'Osric Penhallow / - / -', 'Osric Penhallow / - / -']);
  });

  it('reads past a fronted place and takes the name in apposition, with the organisation she chairs', () => {
    const rows = rowsOf(
      'Down the coast in Wexley, the chair of Wexley Harbour Trust, Imelda Castellan, has written to the minister.\n\n' +
        '"We have 300 moorings and no dredger."',
    );
    expect(rows[1]).toBe('Imelda Castellan / Wexley Harbour Trust / -');
  });

  it('moves "she said" from the last speaker to an official a copula introduces', () => {
    const rows = rowsOf(
      '"We waited two hours," said Bettany Crole.\n\n' +
        'Dr Marisol Quenby is the head of emergency care at the Tarrow Health Board.\n\n' +
        '"We lost 40 ambulance hours a day in October," she said.',
    );
    expect(rows[2]).toBe('Marisol Quenby / Tarrow Health Board / -');
  });

  it('leaves an author’s sentence after the quote unattributed', () => {
    const rows = rowsOf(
      'Anselm Drury, 58, runs the only garage in Pellbrook.\n\n' +
        '"I fix forty cars a week."\n\n' +
        'The nearest other garage is 20 miles away.',
    );
    expect(rows).toEqual(['- / - / -', 'Anselm Drury / - / -', '- / - / -']);
  });

  it('does not carry a quote over a paragraph that introduces nobody', () => {
    const rows = rowsOf('The depot on Hale Road closed in 2021.\n\n"It was the only one for miles."');
    expect(rows).toEqual(['- / - / -', '- / - / -']);
  });
});

describe('an inverted speech verb with a descriptive noun for the person just introduced', () => {
  it('gives "said the Portuguese, who …" to the coach whose side the sentence before was about', () => {
    const rows = rowsOf(
      'On the pitch, Tiago Moreno Valente’s side beat Dunholm 3-0 on Sunday.\n\n' +
        '"The pitch was heavy, and we adapted," said the Portuguese, who took charge in May.',
    );
    expect(rows[1]).toBe('Tiago Moreno Valente / - / -');
  });

  it('gives "said the defender" to the player the sentence before opened with', () => {
    const rows = rowsOf(
      '"We were poor," Ainsley Crabtree said.\n\nCaptain Rufus Okonedo scored twice in the second half.\n\n' +
        '"I have waited two years for a goal like that," said the defender.',
    );
    expect(rows[2]).toBe('Rufus Okonedo / - / -');
  });

  it('reads a noun for a country’s people ("the Spaniard", "the Dane") as a description of the last speaker', () => {
    const rows = rowsOf(
      'Wexford coach Ignacio Berrocal said his side had kept a fifth clean sheet.\n\n' +
        '"That is what pleases me most," said the Spaniard, who arrived in March.',
    );
    expect(rows[1]?.startsWith('Ignacio Berrocal /')).toBe(true);
  });

  it('keeps a surname that looks like such a noun a name', () => {
    const rows = rowsOf('Marta Danes, an independent councillor, said the hall would close.');
    expect(rows[0]).toBe('Marta Danes / - / -');
  });
});

describe('organisations named by a bare word', () => {
  it('reads a perfect-tense denial by a company the text names as an organisation later', () => {
    const rows = rowsOf(
      'Holtgrave has rejected the union’s claim that it cut pay by 8 percent.\n\n' +
        'Holtgrave, which has run the depot since 2015, said pay had risen.',
    );
    expect(rows).toEqual(['- / Holtgrave / -', '- / Holtgrave / -']);
  });

  it('reads a bare word the rest of the sentence calls "it" as an organisation', () => {
    const rows = rowsOf('Quarrendon has denied that the site was unsafe, saying it had passed every inspection.');
    expect(rows[0]).toBe('- / Quarrendon / -');
  });

  it('does not make a bare word an organisation when the sentence calls the subject "he"', () => {
    const rows = rowsOf('Pennifold has denied that he broke the rules.');
    expect(rows[0]).not.toBe('- / Pennifold / -');
  });

  it('reads an apposition ranking a trade by size and a time phrase before the verb', () => {
    const rows = rowsOf(
      'Oxtavia, the region’s second-largest brewer, on Tuesday denied breaking its supply deal, a day after the pub group said it had not been paid.',
    );
    expect(rows[0]).toBe('- / Oxtavia / -');
  });

  it('reads an apposition and "last week" before the verb, the sentence calling the company "it"', () => {
    const rows = rowsOf('Vellacott, a rival caterer, last week denied reports that it was bidding for the contract.');
    expect(rows[0]).toBe('- / Vellacott / -');
  });

  it('leaves a time phrase after a participle to the description ("launched last year")', () => {
    const rows = rowsOf('Pellory, a rival app launched last year, said its sign-ups had tripled.');
    expect(rows[0]).toBe('- / Pellory / -');
  });

  it('reads "At <organisation>, analyst Name said": her organisation is the one fronted', () => {
    const rows = rowsOf('At Brindle Securities, analyst Odile Farrant said the bank’s margins had fallen to 2 percent.');
    expect(rows[0]).toBe('Odile Farrant / Brindle Securities / -');
  });

  it('does not take a fronted "at" time or a person’s request for an employer', () => {
    const rows = rowsOf('At Jane Roe’s request, analyst Odile Farrant said the margins had fallen.');
    expect(rows[0]).toBe('Odile Farrant / - / -');
  });

  it('resolves "the club’s chief executive" to a club named in full and by its first word, one club, not two', () => {
    const rows = rowsOf(
      'Fenwick Rovers said it was owed 2 million euros. Fenwick said on Monday it would sue.\n\n' +
        'The club’s chief executive, Aurelia Tamsett, said the club had written three times.',
    );
    expect(rows[2]).toBe('Aurelia Tamsett / Fenwick Rovers / -');
  });
});
