import { extract } from './extract';
import { unwrapHardLines } from './hard-wraps';

/** A wire report wrapped at 56 columns: two bodies' names run over a line break. */
const WRAPPED = [
  'Harbour tolls to rise',
  '',
  'VELLMOUTH, May 3 - Tolls for lorries crossing the harbour',
  'bridge will rise by a fifth in July, the Ministry of Roads',
  'and Inland Canals said on Friday, after a survey of the',
  'deck found cracks in four of its six spans.',
  '',
  'The Brindlemoor Valley Hauliers Association said the rise would',
  'cost its members 2.4 million a year, and Maeve Tavistrom, its',
  'chair, said lorries would use the coast road instead.',
  '',
].join('\n');

describe('text wrapped at a fixed width (branch orgspan18)', () => {
  it('reads a line break inside a paragraph as a space, one character for one, so offsets hold', () => {
    const text = unwrapHardLines(WRAPPED);
    expect(text).toHaveLength(WRAPPED.length);
    expect(text).toContain('the Ministry of Roads and Inland Canals said');
    // (the headline and the blank lines between paragraphs stay)
    expect(text.startsWith('Harbour tolls to rise\n\nVELLMOUTH')).toBe(true);
    expect(text).toContain('deck found cracks in four of its six spans.\n\nThe Brindlemoor');
  });

  it('finds the bodies whose names run over a line break as speakers', () => {
    const result = extract(WRAPPED);
    const organisations = result.claims.map((claim) => claim.attribution.organisation);
    expect(organisations).toContain('Ministry of Roads and Inland Canals');
    expect(organisations).toContain('Brindlemoor Valley Hauliers Association');
    expect(result.text).toBe(unwrapHardLines(WRAPPED));
  });

  it('leaves one sentence to a line, short label lines, lists and long lines as they are', () => {
    const perLine = [
      'The port authority said tolls for lorries would rise by a fifth in July after a survey.',
      'The hauliers association said the rise would cost its members 2.4 million a year.',
      'Its chair, Maeve Tavistrom, said lorries would use the coast road instead of the bridge.',
      'The ministry said the bridge deck had cracks in four of its six spans, built in 1968.',
      'Engineers said repairs would take at least two years and close one lane at a time.',
    ].join('\n');
    expect(unwrapHardLines(perLine)).toBe(perLine);
    const transcript = [
      'PRESENTER: Tolls for lorries crossing the harbour bridge will rise by a fifth in',
      'July. What will that cost your members, and what will they do about it now?',
      'PENNICK: About 2.4 million a year, and most of them will take the coast road',
      'instead, which adds forty minutes to every single run to the ferry terminal.',
      'PRESENTER: And the ministry says the deck has cracks in four of its six spans,',
      '- one lane would close at a time while the repairs go on for two more years',
    ].join('\n');
    const read = unwrapHardLines(transcript);
    expect(read).toContain('\nPENNICK:');
    expect(read).toContain('\nPRESENTER:');
    expect(read).toContain('\n- one lane');
    const long = `${'A sentence that runs on well past the width of any wrapped column of text, '.repeat(2)}\nand on.`;
    expect(unwrapHardLines(`${long}\n${long}\n${long}\n${long}\n${long}`)).toContain('\n');
  });
});
