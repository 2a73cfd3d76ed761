import { isWebUrl, safeReturnPath } from './urls';

describe('isWebUrl', () => {
  it('accepts http and https addresses only', () => {
    expect(isWebUrl('https://www.example.org/a?b=c#d')).toBe(true);
    expect(isWebUrl('HTTP://EXAMPLE.ORG')).toBe(true);
    for (const hostile of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      '\tjavascript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org/file',
      '//evil.example/path',
      '/relative/path',
      'not a url',
      '',
      null,
      undefined,
    ]) {
      expect([hostile, isWebUrl(hostile)]).toEqual([hostile, false]);
    }
  });
});

describe('safeReturnPath', () => {
  it('keeps a path of this app with its query', () => {
    expect(safeReturnPath('/queue')).toBe('/queue');
    expect(safeReturnPath('/reports?format=csv&desk=world')).toBe('/reports?format=csv&desk=world');
  });

  it('sends anything that could leave the app, or loop back to sign-in, to the start page', () => {
    for (const hostile of [
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      'https://evil.example/queue',
      'javascript:alert(1)',
      'queue',
      '/sign-in',
      '/sign-in?next=/queue',
      '',
      null,
    ]) {
      expect([hostile, safeReturnPath(hostile)]).toEqual([hostile, '/']);
    }
  });
});
