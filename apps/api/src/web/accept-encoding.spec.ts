import { preferredEncoding } from './accept-encoding';

describe('preferredEncoding', () => {
  const both = ['br', 'gzip'];

  it('answers with the file as it is when no coding is asked for or acceptable', () => {
    expect(preferredEncoding(undefined, both)).toBeNull();
    expect(preferredEncoding('', both)).toBeNull();
    expect(preferredEncoding('identity', both)).toBeNull();
    expect(preferredEncoding('deflate, zstd', both)).toBeNull();
    expect(preferredEncoding('gzip;q=0, br;q=0', both)).toBeNull();
    expect(preferredEncoding('gzip', [])).toBeNull();
  });

  it('prefers the server’s order among codings the browser likes equally (browsers list gzip first)', () => {
    expect(preferredEncoding('gzip, deflate, br, zstd', both)).toBe('br');
    expect(preferredEncoding('gzip, deflate', both)).toBe('gzip');
    expect(preferredEncoding('GZIP', both)).toBe('gzip');
    expect(preferredEncoding('*', both)).toBe('br');
  });

  it('follows q-values: a higher one wins, q=0 refuses, identity wins only when preferred', () => {
    expect(preferredEncoding('br;q=0.5, gzip', both)).toBe('gzip');
    expect(preferredEncoding('br;q=0, *', both)).toBe('gzip');
    expect(preferredEncoding('gzip;q=0.5, identity', both)).toBeNull();
    expect(preferredEncoding('gzip, identity;q=0.5', both)).toBe('gzip');
    expect(preferredEncoding('gzip;q=nonsense, br ; q=0.9', both)).toBe('br');
  });
});
