import { rows } from '../testing/attribution';

describe('a medium told with words after it', () => {
  it('reads "told this newspaper" and "told the Lark" as a masthead with no media word', () => {
    const found = rows(
      'The Tessford Lark\n\nFerry to stop at night\n\nBy Ada Brenn\n\n' +
        'The harbour master, Hanna Vell, told this newspaper that the last sailing would leave at 7pm. ' +
        'Dock workers told the Lark after the meeting that two cranes had failed.',
    );
    expect(found.slice(-2)).toEqual(['Hanna Vell / - / Tessford Lark', '- / - / Tessford Lark']);
  });

  it('reads "told the paper that" and "told the regional radio station last week that" as the medium named before', () => {
    const found = rows(
      'Speaking to Dalmoor Radio on Thursday, the mayor, Ilse Dray, said the pool would close. ' +
        'Dray told the regional radio station last week that repairs would cost 2 million euros. ' +
        'The Sallick Herald reported the closure first. Tomas Kerl told the paper that 300 swimmers had signed a petition.',
    );
    expect(found[1]).toBe('Ilse Dray / - / Dalmoor Radio');
    expect(found[3]).toBe('Tomas Kerl / - / Sallick Herald');
  });

  it('reads a programme after a possessive, "speaking on", a news conference televised by and reporters from as the medium', () => {
    const found = rows(
      'The minister, Ruth Ruuska, said in an interview with the Brenlow Broadcasting Service’s late bulletin that 40 schools would shut. ' +
        'Tomas Kerl, speaking on Channel Dalmoor’s evening show, said the cuts were unlawful. ' +
        'Ruuska told a news conference televised by Dalmoor TV that the schools had fewer than 50 pupils each. ' +
        'Kerl told reporters from the Sallick Herald that parents would appeal.',
    );
    expect(found.map((row) => row.split(' / ')[2])).toEqual([
      'Brenlow Broadcasting Service',
      'Channel Dalmoor',
      'Dalmoor TV',
      'Sallick Herald',
    ]);
  });

  it('reads "told the evening show" as the medium whose evening show was named before', () => {
    const found = rows(
      'Tomas Kerl, speaking on Channel Dalmoor’s evening show, said the garage would shut. ' +
        'Ilse Dray told Dalmoor Radio that 40 drivers worked there. ' +
        'Kerl told the evening show that 12 buses had been sold.',
    );
    expect(found[2]).toBe('Tomas Kerl / - / Channel Dalmoor');
  });

  it('gives no outlet to a medium that is what was said about, nor to a body told', () => {
    const found = rows(
      'The Sallick Herald reported the closure first. ' +
        'Tomas Kerl said the paper would close its Ashmoor office in May. ' +
        'He told the council’s transport committee that 300 people had signed. ' +
        'Kerl, speaking on condition of anonymity, said the bus depot would shut.',
    );
    expect(found.slice(1).map((row) => row.split(' / ')[2])).toEqual(['-', '-', '-']);
  });
});
