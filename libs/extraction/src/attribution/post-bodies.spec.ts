import { rows } from '../testing/attribution';

describe('a post that names its own body, introduced right after another body spoke (issue 15, orgother13)', () => {
  const service = 'Grenhaw Fire Service said crews were called to a blaze at a timber yard on Monday.';
  const firm = '\n\nDolbrook Timber said the yard had been empty overnight.';

  it('gives "Fire Chief X" the fire service named before, not the firm that spoke just before her', () => {
    const text = `${service}${firm}\n\nFire Chief Teodor Vashlin said the blaze had started in a drying kiln. Vashlin said two engines stayed overnight.`;
    expect(rows(text).slice(-2)).toEqual(['Teodor Vashlin / Grenhaw Fire Service / -', 'Teodor Vashlin / Grenhaw Fire Service / -']);
  });

  it('keeps the body that spoke when its name fits the post', () => {
    const text = `${firm.trim()}\n\n${service}\n\nFire Chief Teodor Vashlin said the blaze had started in a drying kiln.`;
    expect(rows(text).pop()).toBe('Teodor Vashlin / Grenhaw Fire Service / -');
  });

  it('gives a force the post names by its kind as written when the text names none', () => {
    const text = `A timber yard burned down in Hesketon on Sunday.${firm}\n\nRegional police chief Teodor Vashlin said two men had been arrested.`;
    expect(rows(text).pop()).toBe('Teodor Vashlin / regional police / -');
  });

  it('still gives a post that names no body the body that spoke just before', () => {
    const text = `${firm.trim()}\n\nFinance director Marisa Quenk said the yard would reopen in May.`;
    expect(rows(text).pop()).toBe('Marisa Quenk / Dolbrook Timber / -');
  });
});
