import { contentHash, normaliseUrl } from './content-identity';

describe('contentHash', () => {
  it('is the same for the same text re-wrapped or with Windows line endings', () => {
    const text = 'Aleppo was split.\nThe army advanced.';
    expect(contentHash('  Aleppo was split.\r\n  The army   advanced.\n')).toBe(contentHash(text));
  });

  it('treats composed and decomposed accents as the same text', () => {
    expect(contentHash('Röttgen')).toBe(contentHash('Ro\u0308ttgen'));
  });

  it('differs when a word differs', () => {
    expect(contentHash('3,179 people left')).not.toBe(contentHash('3,178 people left'));
  });
});

describe('normaliseUrl', () => {
  it('drops fragments, tracking parameters, default ports and trailing slashes', () => {
    expect(normaliseUrl('HTTPS://Example.ORG:443/news/aleppo/?utm_source=x&b=2&a=1#top')).toBe('https://example.org/news/aleppo?a=1&b=2');
  });

  it('keeps paths case-sensitive', () => {
    expect(normaliseUrl('https://example.org/News')).not.toBe(normaliseUrl('https://example.org/news'));
  });
});
