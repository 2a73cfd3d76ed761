import { findEntities } from '../entities/find-entities';
import { rows } from '../testing/attribution';

describe('surnames that are English words or verbs (issue 15, attr-ref4)', () => {
  it('reads a surname wink tags as a verb before "said" and a bare noun as the speaker', () => {
    expect(rows('Councillor Ivo Drew opened the meeting. Drew said residents had waited long enough.')[1]).toBe('Ivo Drew / - / -');
  });

  it('reads a common word opening the sentence as the surname of someone named in full, before a verb or a comma', () => {
    const text =
      'Plant manager Nell Hope spoke first. Hope said the kiln would close in May. Hope rejected that. ' +
      'Hope, who has run the plant since 2019, told staff it was final.';
    const [, said, rejected, relative] = rows(text);
    expect(said).toBe('Nell Hope / - / -');
    expect(rejected).toBe('Nell Hope / - / -');
    expect(relative).toBe('Nell Hope / - / -');
  });

  it('leaves the common word a word when nobody bears it as a surname, or when no verb or comma follows', () => {
    expect(rows('Hope said nothing would change.')[0]).toBe('- / - / -');
    expect(rows('Plant manager Nell Hope spoke first. Hope is fading in the valley.')[1]).toBe('- / - / -');
  });
});

describe('"the former X" (issue 15, attr-ref4)', () => {
  it('is the person described as having held the post, never its present holder', () => {
    const text =
      'Tess Arden, who was harbour master until 2020, said the sea wall was weak. ' +
      'Harbour master Joel Vance said repairs were planned. ' +
      'The former harbour master said the plans came too late.';
    expect(rows(text)[2]).toBe('Tess Arden / - / -');
  });

  it('is someone described by a past post of leading when nobody held the noun, and no one when nobody was so described', () => {
    const text =
      'Rolf Kade, who ran the mill for a decade, said the boilers were old. ' +
      'Managing director Ines Ruud said the boilers were replaced in 2021. ' +
      'The former managing director said he had warned the board.';
    expect(rows(text)[2]).toBe('Rolf Kade / - / -');
    const nobody = rows('Managing director Ines Ruud said the boilers were new. The former managing director said they were not.');
    expect(nobody[1]).not.toBe('Ines Ruud / - / -');
  });
});

describe('who a post-holder introduced after an organisation speaks for (issue 15, attr-ref4)', () => {
  it('skips a body the author quotes only in a subordinate clause ("came a day after X said")', () => {
    const text =
      'Brindle Ceramics Ltd said on Monday that orders had fallen. ' +
      'The warning came a day after the Ceramic Trades Federation said demand had slumped. ' +
      'Managing director Ola Fenn said the firm would not cut prices.';
    expect(rows(text)[2]).toBe('Ola Fenn / Brindle Ceramics Ltd / -');
  });

  it('still gives the body that spoke in a main clause to the post-holder after it', () => {
    const text =
      'Brindle Ceramics Ltd said on Monday that orders had fallen. ' +
      'The Ceramic Trades Federation said demand had slumped. ' +
      'Chief executive Ola Fenn said members were worried.';
    expect(rows(text)[2]).toBe('Ola Fenn / Ceramic Trades Federation / -');
  });

  it('reads "joined X from Y" as where she came from, not whom she speaks for', () => {
    const [first] = rows('Ola Fenn, who joined Brindle Tiles from the flooring group Varnek Holdings in 2021, said prices would rise.');
    expect(first).not.toContain('Varnek');
    expect(rows('Ola Fenn, from the flooring group Varnek Holdings, said prices would rise.')[0]).toBe('Ola Fenn / Varnek Holdings / -');
  });
});

describe('a business referred back to by what it makes or sells (issue 15, attr-ref4)', () => {
  it('reads "the tile maker" after a company is named as that company, and "it" after it', () => {
    const text =
      'Shares in Brindle Ceramics Ltd fell 9 percent on Monday. The Stoke-based tile maker said orders had dropped. It blamed a warm winter.';
    const [, maker, it] = rows(text);
    expect(maker).toBe('- / Brindle Ceramics Ltd / -');
    expect(it).toBe('- / Brindle Ceramics Ltd / -');
  });

  it('keeps the noun a role when no business was named just before', () => {
    expect(rows('The tile maker said orders had dropped.')[0]).toBe('- / - / -');
  });
});

describe('court reports and posts opening a sentence (issue 15, attr-ref4)', () => {
  it('reads "Prosecuting for X, Name said" as Name speaking for X, the participle no word of the name', () => {
    const text = 'Prosecuting for Tamsin District Council, Rhys Okafor said the kitchen was dirty. He said mice had been seen.';
    expect(rows(text)).toEqual(['Rhys Okafor / Tamsin District Council / -', 'Rhys Okafor / Tamsin District Council / -']);
    expect(findEntities(text).map((entity) => entity.text)).toContain('Tamsin District Council');
  });

  it('reads an English word opening the sentence before a post as the post’s modifier, not an organisation', () => {
    expect(rows('Environmental health officer Dina Marr said the drains were blocked.')[0]).toBe('Dina Marr / - / -');
    const text = 'Energy Minister Paul Osk spoke on Monday. Energy analyst Kim Lo said prices would rise.';
    expect(rows(text)[1]).toBe('Kim Lo / - / -');
  });

  it('keeps a short name the text writes inside a longer name an organisation before a post', () => {
    const text = 'The Harlow Kestrels lost on Friday. Kestrels owner Mia Brand said the coach would stay.';
    expect(rows(text)[1]).toBe('Mia Brand / Harlow Kestrels / -');
  });

  it('reads an owner’s possessive before a plural common noun as a business, not a person', () => {
    const entities = findEntities('Ioan Parry has run Parry’s Removals since 2004.');
    expect(entities.map((entity) => [entity.text, entity.type])).toContainEqual(['Parry’s Removals', 'organisation']);
  });
});
