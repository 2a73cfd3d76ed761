import { attribute, lastWho, row } from '../testing/attribution';

describe('a document under another noun right after a sentence that gave a body document as its source', () => {
  it.each([
    // "the accounts" of the annual report the sentence before gave as the company's.
    [
      'Quillmoor Haulage Group lost £6m last year, according to its annual report. The accounts show revenue of £80 million.',
      '- / Quillmoor Haulage Group / -',
    ],
    // A filing is the body's that filed it.
    [
      'Quillmoor Haulage Group lost £6m last year, according to its annual report. The filing showed that its depot in Arnby made £2m.',
      '- / Quillmoor Haulage Group / -',
    ],
    // "discloses" states what the document found.
    [
      'Quillmoor Haulage Group lost £6m last year, according to its annual report. The pay report discloses that the chief earned £1m.',
      '- / Quillmoor Haulage Group / -',
    ],
    // No document named just before: nobody's finding.
    ['Quillmoor Haulage Group runs 40 depots. Drivers went on strike in May. The accounts show revenue of £80 million.', '- / - / -'],
    // A person spoke since the document: not the body's document.
    [
      'Quillmoor Haulage Group lost £6m last year, according to its annual report. Union organiser Petra Vance said drivers were leaving. The accounts show revenue of £80 million.',
      '- / - / -',
    ],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });

  it('leaves the document to the body whose document was named last, not to the one heard from last', () => {
    const text =
      "Quillmoor Haulage Group lost £6m last year, according to its annual report. The Road Freight Office's statistics give a national figure of 4 per cent. The bulletin shows that Quillmoor was the worst of 30 firms.";
    expect(row(attribute(text)[2])).not.toBe('- / Quillmoor Haulage Group / -');
  });

  it('gives "according to the filing" with no owner to be found to nobody, not to the last speaker', () => {
    expect(lastWho('Union organiser Petra Vance said the firm was in profit. It made $4 million last year, according to the filing.')).toBe(
      '- / - / -',
    );
  });
});

describe('a post and the portfolio it is of or for', () => {
  const story =
    'Arnby Borough Council is to cut £12m from its budget. Arnby Borough Council said care costs had risen by a fifth. ' +
    'The cuts will fall on roads and parks, Arnby Borough Council said. The town has lost two other employers this year. ';

  it.each([
    // The whole post is the role, and its portfolio names no owner: the story's council.
    [
      `${story}The director of children's services, Petra Vance, said costs rose by 4 per cent.`,
      "Petra Vance / director of children's services / Arnby Borough Council",
    ],
    [
      `${story}Head of libraries and culture Petra Vance said visits fell by a third.`,
      'Petra Vance / Head of libraries and culture / Arnby Borough Council',
    ],
    // A portfolio that names a body is its owner, as before.
    [
      `${story}The director of the Arnby Arts Trust, Petra Vance, said visits fell by a third.`,
      'Petra Vance / director / Arnby Arts Trust',
    ],
  ])('%s', (text, expected) => {
    const last = attribute(text).at(-1);
    expect([last?.speaker, last?.role, last?.organisation].map((value) => value ?? '-').join(' / ')).toBe(expected);
  });
});

describe('the organisation a story opens with is its subject by any lead', () => {
  it.each([
    // Named first and most (five against three): the chief executive is its.
    [
      'Pellmoor Foods is to cut 40 jobs. Pellmoor Foods said orders had fallen. Quenby Partners said the plan was wrong. ' +
        'Quenby Partners said more jobs would go. Quenby Partners said so again. Pellmoor Foods said it would shut a line. ' +
        'Pellmoor Foods said the bakery would close. Shopper Ann Bell said the town was quiet. Chief executive Tamsin Reeve said the cuts were painful.',
      'Tamsin Reeve / Pellmoor Foods / -',
    ],
    // The one named most leads by less than twice and the story opened with the other: no story organisation.
    [
      'Quenby Partners advises investors. Pellmoor Foods said orders had fallen. Quenby Partners said the plan was wrong. ' +
        'Quenby Partners said more jobs would go. Pellmoor Foods said it would shut a line. Pellmoor Foods said the bakery would close. ' +
        'Pellmoor Foods said so again. Shopper Ann Bell said the town was quiet. Chief executive Tamsin Reeve said the cuts were painful.',
      'Tamsin Reeve / - / -',
    ],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });
});
