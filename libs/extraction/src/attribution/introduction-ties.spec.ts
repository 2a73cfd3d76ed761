import { attribute, row } from '../testing/attribution';

describe('ties to an organisation stated where a person is introduced (issue 15, attr-org7)', () => {
  it('reads an organisation after "of" or "from" past a lower-case description of it', () => {
    const rows = attribute('Mo Kerr, of the campaign group Clean Air Now, said the air was worse. Kerr said 40 schools were affected.').map(
      row,
    );
    expect(rows).toEqual(['Mo Kerr / Clean Air Now / -', 'Mo Kerr / Clean Air Now / -']);
    expect(row(attribute('Mo Kerr, from the charity Kind Hands, said the air was worse.')[0])).toBe('Mo Kerr / Kind Hands / -');
  });

  it('keeps the subject "Her counterpart, Name of the X Party, said" and gives no role from the verb after a name', () => {
    expect(row(attribute('Her opposition counterpart, Pavel Stoke of the Green Party, said the minister was wrong.')[0])).toBe(
      'Pavel Stoke / Green Party / -',
    );
    const plain = attribute('Her counterpart, Pavel Stoke, said the minister was wrong.')[0];
    expect(row(plain)).toBe('Pavel Stoke / - / -');
    expect(plain?.role).toBeNull();
  });

  it('does not read a town before a mayor as the short name of an organisation that begins with it', () => {
    const text = "The Kelby Anglers' Club said fish had died. Kelby's mayor, Ole Ring, said the school would reopen.";
    expect(row(attribute(text)[1])).toBe('Ole Ring / - / -');
    expect(row(attribute(text.replace("Kelby's mayor", "Kelby's chairman"))[1])).toBe("Ole Ring / Kelby Anglers' Club / -");
  });

  it('reads "one of three directors of X" and "who sits on the board of X"', () => {
    const founders = attribute('Rates rose. Lena Moss, one of three directors of the Harwick Water Board, said bills would rise.');
    expect(row(founders[1])).toBe('Lena Moss / Harwick Water Board / -');
    const board = attribute(
      'Rates rose. Lena Moss, who sits on the board of the Harwick Water Board, said bills would rise. Moss said 40 pipes burst.',
    );
    expect(board.slice(1).map(row)).toEqual(['Lena Moss / Harwick Water Board / -', 'Lena Moss / Harwick Water Board / -']);
  });

  it('resolves "the chairwoman" to the person "who chairs" a body, and "Her colleague" to her organisation', () => {
    const chair = attribute(
      'Bills rose. Lena Moss, who chairs the Harwick Water Board, said 40 pipes burst. Tom Reed, a tenant, said his rent doubled. The chairwoman said repairs would take a year.',
    );
    expect(row(chair[3])).toBe('Lena Moss / Harwick Water Board / -');
    const colleague = attribute(
      'Lena Moss, a senior engineer with the Harwick Water Board, said 40 pipes burst. Her colleague Tom Reed said repairs would take a year.',
    );
    expect(row(colleague[1])).toBe('Tom Reed / Harwick Water Board / -');
  });

  it('reads "representing X", "on behalf of X" and "X chair" set off after the name', () => {
    for (const phrase of ['representing the Harwick Water Board', 'on behalf of the Harwick Water Board', 'Harwick Water Board chair'])
      expect(row(attribute(`Lena Moss, ${phrase}, said 40 pipes burst.`)[0])).toBe('Lena Moss / Harwick Water Board / -');
  });

  it('reads an organisation alone in brackets after a label name as hers', () => {
    const rows = attribute(
      'Lena Moss (Harwick Water Board): We lost 40 percent of our water.\n\nTom Reed (Kelby Tenants Association): Rents doubled.',
    ).map(row);
    expect(rows).toEqual(['Lena Moss / Harwick Water Board / -', 'Tom Reed / Kelby Tenants Association / -']);
    // (a place in brackets is where a caller is, not whom she speaks for)
    expect(row(attribute('Presenter: Our first caller is Brigitte.\n\nBRIGITTE (Eastmoor): The road flooded twice.').pop())).not.toContain(
      'Eastmoor',
    );
  });

  it('reads "is an engineer at X" as a post held there, not "is a patient at X"', () => {
    expect(row(attribute('Lena Moss is an engineer at the Harwick Water Board. "We lost 40 pipes," she said.')[1])).toBe(
      'Lena Moss / Harwick Water Board / -',
    );
    expect(row(attribute('Lena Moss is a patient at Kell General Hospital. "The wards are full," she said.')[1])).toBe('Lena Moss / - / -');
  });

  it('reads the organisation "led by" or "chaired by" her, and a fronted "As chief engineer of X,", for her later answers', () => {
    const qa = '\n\nQ: How bad?\n\nA: We lost 40 percent of our water.';
    for (const introduction of [
      'The Harwick Water Board is led by Lena Moss.',
      'The Harwick Water Board, chaired by Lena Moss, has lost 40 pipes.',
      'As chief engineer of the Harwick Water Board, Lena Moss has seen 40 pipes burst.',
    ])
      expect(row(attribute(introduction + qa).pop())).toBe('Lena Moss / Harwick Water Board / -');
    // (a flat she owns is no organisation)
    expect(row(attribute(`The flat, owned by Lena Moss, was empty.${qa}`).pop())).toBe('Lena Moss / - / -');
  });
});

describe('ties stated in a "where" clause on a body and by a verb of running it (branch attr-org4, second round)', () => {
  it('ties a person named in a present-tense "where" clause to the body before it, past a place or a description', () => {
    const placed = attribute(
      'Parts came from the Orm Valley Institute in Tromsø, where Sigrid Lund heads the lab. Lund said 40 units failed.',
    );
    expect(row(placed[1])).toBe('Sigrid Lund / Orm Valley Institute / -');
    const described = attribute(
      'Harwell & Daughters, the family bakery where Tom Reed runs the ovens, said flour ran out. Reed said prices doubled.',
    );
    expect(row(described[1])).toBe('Tom Reed / Harwell & Daughters / -');
  });

  it('does not tie a person to where she worked once, nor to where something happened to her', () => {
    const worked = attribute('Kessel Medical Centre, where Jo Marr worked for ten years, fired her. Marr said 40 files were lost.');
    expect(row(worked[1])).toBe('Jo Marr / - / -');
    const treated = attribute('She was taken to Harlow Hospital, where Jo Marr was treated. Marr said 40 people were hurt.');
    expect(row(treated[1])).toBe('Jo Marr / - / -');
  });

  it('reads the object of "runs" or "chairs" as a body, not the "X branch" of one', () => {
    const runs = attribute('Ceri Watts runs Harnby Tool Library from a garage. "We lent 900 tools," Watts said.');
    expect(row(runs[1])).toBe('Ceri Watts / Harnby Tool Library / -');
    const branch = attribute("Ana Lusk, who chairs the Orm Valley branch of the Walkers' Association, said 40 paths shut.");
    expect(row(branch[0])).toBe("Ana Lusk / Walkers' Association / -");
  });
});
