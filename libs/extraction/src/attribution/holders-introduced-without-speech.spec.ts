import { rows } from '../testing/attribution';

describe('post-holders introduced in an author sentence with no verb of saying (issue 15, orgnone17)', () => {
  it('ties "Its chair is Name" and "The trust\'s director of nursing is Name" to the body the possessive owns', () => {
    expect(rows('The Quenwick Canal Trust said tolls would rise. Its chair is Ivo Scarrowby. Scarrowby said 12 locks leaked.')[2]).toBe(
      'Ivo Scarrowby / Quenwick Canal Trust / -',
    );
    expect(
      rows(
        "Wards closed at the Orrel Vale Health Trust on Monday, the trust said. The trust's director of nursing is Petra Lusk. Lusk said 30 beds were shut. She said four nurses were off sick.",
      ).slice(2),
    ).toEqual(['Petra Lusk / Orrel Vale Health Trust / -', 'Petra Lusk / Orrel Vale Health Trust / -']);
  });

  it('reads the copula past "now", "has been" and a description before the name', () => {
    for (const tie of [
      'Its chair is now Ivo Scarrowby.',
      'Its chair has been Ivo Scarrowby since 2019.',
      'Its chair is the retired surveyor Ivo Scarrowby.',
    ])
      expect(rows(`The Quenwick Canal Trust said tolls would rise. ${tie} Scarrowby said 12 locks leaked.`)[2]).toBe(
        'Ivo Scarrowby / Quenwick Canal Trust / -',
      );
  });

  it('ties "X, whose director general is Name" and "X\'s chief executive is Name"', () => {
    expect(
      rows('Hauliers are licensed by the Tarn Freight Board, whose director general is Ilsa Metz. Metz said 40 licences were revoked.')[1],
    ).toBe('Ilsa Metz / Tarn Freight Board / -');
    expect(rows("Tolls rose at Halvey Ports. Halvey Ports's chief executive is Ilsa Metz. Metz said 40 ships waited.")[2]).toBe(
      'Ilsa Metz / Halvey Ports / -',
    );
  });

  it('ties a post set before the name in apposition in an author sentence ("…, when its clerk, Name, read …")', () => {
    expect(
      rows(
        'The Ellerwick Parish Council met on Monday. The dispute reached the Ellerwick Parish Council, when its clerk, Alva Stroud, read out a letter. Stroud said 90 residents had signed.',
      )[2],
    ).toBe('Alva Stroud / Ellerwick Parish Council / -');
  });

  it('ties a body that is the subject of a passive of leading, named or described', () => {
    expect(
      rows(
        'The Aslowe Valley Water Board said bills would rise. The utility has been led since 2020 by Tamsyn Orde. Orde said 50 mains burst.',
      )[2],
    ).toBe('Tamsyn Orde / Aslowe Valley Water Board / -');
    expect(
      rows('The Aslowe Valley Water Board said bills would rise. The board is chaired by Tamsyn Orde. Orde said 50 mains burst.')[2],
    ).toBe('Tamsyn Orde / Aslowe Valley Water Board / -');
  });

  it('leaves alone a former post, a person a body serves, a tie by something other than a post, and a bare noun with no body named', () => {
    const base = 'The Quenwick Canal Trust said tolls would rise.';
    for (const tie of [
      'Its former chair is Ivo Scarrowby.',
      'Its oldest member is Ivo Scarrowby.',
      'Its chair is married to Ivo Scarrowby.',
    ])
      expect(rows(`${base} ${tie} Scarrowby said 12 locks leaked.`)[2]).toBe('Ivo Scarrowby / - / -');
    expect(rows("Tolls rose on the canal. The board's chairman is Ivo Scarrowby. Scarrowby said 12 locks leaked.")[2]).toBe(
      'Ivo Scarrowby / - / -',
    );
  });
});
