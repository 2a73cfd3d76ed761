import { attribute, row } from '../testing/attribution';

describe('"the company" past a site, product or clock named by one word (issue 15, branch orgref14)', () => {
  it('reads "its Stelby kiln" and "its Glazeline range" as things of the firm, not the firm "the company" stands for', () => {
    const text = [
      'Orlent Ceramics will close its Stelby kiln in May, cutting 30 jobs, the company said.',
      'The Stelby kiln fires about 9 million tiles a year.',
      'Orders for its Glazeline range fell 12 percent, the firm said.',
      'Hadwin Union official Jo Pratt said staff were told on Friday.',
      'Workers will be offered posts at other sites, the company said.',
    ].join('\n\n');
    expect(attribute(text).map(row)).toEqual([
      '- / Orlent Ceramics / -',
      '- / - / -',
      '- / Orlent Ceramics / -',
      'Jo Pratt / Hadwin Union / -',
      '- / Orlent Ceramics / -',
    ]);
  });

  it('reads a firm of two words no body word heads as "the business" once a site named by one word is set aside', () => {
    const text = [
      'Orlent Packaging to end night shift at Stelby mill',
      'Orlent Packaging will end the night shift at its Stelby mill, cutting 45 jobs, the company said.',
      'The Stelby plant makes about 90 million cartons a year.',
      'Hadwin Union official Jo Pratt said staff were told on Friday.',
      'Night staff will be offered day posts, the business said.',
    ].join('\n\n');
    expect(attribute(text).map(row).slice(-1)).toEqual(['- / Orlent Packaging / -']);
  });

  it('leaves a clock word after a time ("6:40 PM") out of the bodies "the business" may stand for', () => {
    const text = [
      'Updated 6:40 PM, May 3',
      'Orlent Ceramics will shut its night shift, the company said.',
      'Hadwin Union official Jo Pratt said staff were told on Friday.',
      'Staff will be offered day posts, the business said.',
    ].join('\n\n');
    expect(attribute(text).map(row).slice(-1)).toEqual(['- / Orlent Ceramics / -']);
  });
});
