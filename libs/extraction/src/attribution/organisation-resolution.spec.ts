import { attribute, row } from '../testing/attribution';

describe('the organisation a claim speaks for, resolved across the article (branch attr-org, 2026-12-06)', () => {
  it('gives a post-holder tied to a short form of a name the organisation the article named in full before', () => {
    const turns = attribute(
      [
        'The Talvin Ministry of Transport said 40 bridges needed repair.',
        'Talvin’s transport minister, Ada Holm, said she would ask for more money.',
      ].join('\n\n'),
    );
    expect(row(turns[1])).toBe('Ada Holm / Talvin Ministry of Transport / -');
  });

  it('passes over a headline’s short form named before the full name', () => {
    const turns = attribute(
      [
        'Grindle cuts jobs',
        'Grindle Tool Works will cut 140 jobs at its Harby plant.',
        'Grindle chairman Otto Marsh said the orders had not come back.',
      ].join('\n\n'),
    );
    expect(row(turns[2])).toBe('Otto Marsh / Grindle Tool Works / -');
  });

  it('does not take a body whose name holds the organisation’s in a possessive for its full name', () => {
    const turns = attribute(
      [
        'The Corvale University Students’ Union said rents had risen.',
        'Corvale University said 300 rooms would be refitted.',
        'Its registrar, Ines Falk, said the work would cost £2 million.',
      ].join('\n\n'),
    );
    expect(row(turns[2])).toBe('Ines Falk / Corvale University / -');
  });

  it('does not read "the university" or "<Name> University chief" as a union named after the university', () => {
    const officials = attribute(
      [
        'The Corvale University Students’ Union said rents had risen by a tenth.',
        'The halls are owned by Corvale University.',
        'Officials at the university said 300 rooms would be refitted.',
      ].join('\n\n'),
    );
    expect(row(officials[2])).toBe('- / Corvale University / -');
    const chief = attribute(
      [
        'The Corvale University Students’ Union said rents had risen by a tenth.',
        'Corvale University chief Professor Ines Falk said 300 rooms would be refitted.',
      ].join('\n\n'),
    );
    expect(row(chief[1])).toBe('Ines Falk / Corvale University / -');
  });

  it('gives a fire brigade’s or a police force’s rank, named without its owner, the body of that kind that spoke before', () => {
    const fire = attribute(
      [
        'Nobody was hurt, the Kellby Volunteer Fire Brigade said.',
        'Deputy Commander Ana Ruiz, who led the second crew, said the roof had collapsed at 3am.',
      ].join('\n\n'),
    );
    expect(row(fire[1])).toBe('Ana Ruiz / Kellby Volunteer Fire Brigade / -');
    const police = attribute(
      ['Marlby Police put the crowd at about 4,000.', 'Superintendent Omar Haddad said officers had made nine arrests.'].join('\n\n'),
    );
    expect(row(police[1])).toBe('Omar Haddad / Marlby Police / -');
    // (a rank with no body of its kind heard from speaks for none)
    const none = attribute('Talbot Foods said sales fell.\n\nDeputy Commander Ana Ruiz said the roof had collapsed.');
    expect(row(none[1])).toBe('Ana Ruiz / - / -');
  });

  it('reads "<Word> chief Name" as the one organisation named before whose name holds the word', () => {
    const turns = attribute(
      'The Velm Canal Trust said the lock would stay shut.\n\nCanal chief Ilse Borg told Radio Velm the repair would cost £2 million.',
    );
    expect(row(turns[1])).toBe('Ilse Borg / Velm Canal Trust / Radio Velm');
  });

  it('leaves owners of businesses of their own, speaking as a group, to no organisation that spoke before', () => {
    const turns = attribute(
      'The Velm Canal Trust said the lock would stay shut for a month.\n\nBoat owners on the canal said the closure came at the worst time.',
    );
    expect(row(turns[1])).toBe('- / - / -');
  });
});
